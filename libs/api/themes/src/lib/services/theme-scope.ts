import { ConsultationService } from '@consulta/api/consultation';
import { requireRole, SessionUser } from '@consulta/api/identity';
import { STAFF_ROLES } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';

export interface ScopedConsultation {
  id: string;
  slug: string;
}

/** The first step of every themes service method: staff only, then the consultation by slug (404 when there is none). */
@Injectable()
export class ThemeScope {
  constructor(private readonly consultations: ConsultationService) {}

  async consultation(slug: string, actor: SessionUser | null | undefined): Promise<ScopedConsultation> {
    requireRole(actor, ...STAFF_ROLES);
    const consultation = await this.consultations.findVisible(slug, actor);
    return { id: consultation.id, slug: consultation.slug };
  }
}
