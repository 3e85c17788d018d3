import { effectiveStatusSql } from '@consulta/api/consultation';
import { ConsultationStatus, ModerationMode } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DocumentAnchorQueries } from '../anchor';

export interface ConsultationState {
  id: string;
  status: ConsultationStatus;
  moderationMode: ModerationMode;
}

/**
 * Read-only look-ups in the consultation domain's tables that participation needs on its write path
 * (status; the current version and anchors through DocumentAnchorQueries). Keys are looked up in the current version only.
 */
@Injectable()
export class ConsultationLookupRepository extends DocumentAnchorQueries {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  async state(consultationId: string, manager: EntityManager = this.dataSource.manager): Promise<ConsultationState | null> {
    const rows = await manager.query<ConsultationState[]>(
      `SELECT c."id", (${effectiveStatusSql('c')}) AS "status", c."moderation_mode" AS "moderationMode" FROM "consultations" c WHERE c."id" = $1`,
      [consultationId],
    );
    return rows[0] ?? null;
  }
}
