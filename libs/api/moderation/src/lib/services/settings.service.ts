import { ConsultationService } from '@consulta/api/consultation';
import { requireRole, SessionUser } from '@consulta/api/identity';
import {
  AuditAction,
  AuditTargetType,
  DEFAULT_REPORT_THRESHOLD,
  ModerationSettingsDto,
  Role,
  STAFF_ROLES,
  UpdateModerationSettingsRequest,
} from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../repositories/audit.repository';
import { ModerationItemRepository } from '../repositories/moderation-item.repository';
import { ReportRepository } from '../repositories/report.repository';

/** Per-consultation moderation settings: staff read them, admins change them (audited). */
@Injectable()
export class SettingsService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly items: ModerationItemRepository,
    private readonly audit: AuditRepository,
    private readonly consultations: ConsultationService,
  ) {}

  async get(slug: string, actor: SessionUser): Promise<ModerationSettingsDto> {
    requireRole(actor, ...STAFF_ROLES);
    const consultation = await this.consultations.findVisible(slug, actor);
    const settings = await this.reports.settings(consultation.id);
    return {
      consultationSlug: consultation.slug,
      reportThreshold: settings?.reportThreshold ?? DEFAULT_REPORT_THRESHOLD,
      singleStepDispositions: settings?.singleStepDispositions ?? false,
      updatedAt: settings ? new Date(settings.updatedAt).toISOString() : null,
    };
  }

  async update(slug: string, request: UpdateModerationSettingsRequest, actor: SessionUser): Promise<ModerationSettingsDto> {
    requireRole(actor, Role.Admin);
    const consultation = await this.consultations.findVisible(slug, actor);
    await this.items.transaction(async (manager) => {
      const current = await this.reports.lockSettings(consultation.id, manager);
      const before = {
        reportThreshold: current?.reportThreshold ?? DEFAULT_REPORT_THRESHOLD,
        singleStepDispositions: current?.singleStepDispositions ?? false,
      };
      const after = {
        reportThreshold: request.reportThreshold ?? before.reportThreshold,
        singleStepDispositions: request.singleStepDispositions ?? before.singleStepDispositions,
      };
      await this.reports.saveSettings(consultation.id, after, actor.id, manager);
      await this.audit.append(
        {
          actorId: actor.id,
          actorName: actor.displayName,
          action: AuditAction.UpdateSettings,
          targetType: AuditTargetType.Consultation,
          targetId: consultation.id,
          consultationId: consultation.id,
          before,
          after,
        },
        manager,
      );
    });
    return this.get(slug, actor);
  }
}
