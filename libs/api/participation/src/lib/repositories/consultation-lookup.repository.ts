import { effectiveStatusSql } from '@consulta/api/consultation';
import { ConsultationStatus, ModerationMode } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface ConsultationState {
  id: string;
  status: ConsultationStatus;
  moderationMode: ModerationMode;
}

export interface CurrentVersion {
  id: string;
  number: number;
}

/**
 * Read-only look-ups in the consultation domain's tables that participation needs on its write path
 * (status, current version, anchors). Keys are looked up in the current version only.
 */
@Injectable()
export class ConsultationLookupRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async state(consultationId: string, manager: EntityManager = this.dataSource.manager): Promise<ConsultationState | null> {
    const rows = await manager.query<ConsultationState[]>(
      `SELECT c."id", (${effectiveStatusSql('c')}) AS "status", c."moderation_mode" AS "moderationMode" FROM "consultations" c WHERE c."id" = $1`,
      [consultationId],
    );
    return rows[0] ?? null;
  }

  async currentVersion(consultationId: string): Promise<CurrentVersion | null> {
    const rows = await this.dataSource.manager.query<CurrentVersion[]>(
      `SELECT "id", "number" FROM "document_versions" WHERE "consultation_id" = $1 ORDER BY "number" DESC LIMIT 1`,
      [consultationId],
    );
    return rows[0] ?? null;
  }

  async sectionExists(versionId: string, sectionKey: string): Promise<boolean> {
    const rows = await this.dataSource.manager.query<unknown[]>(
      `SELECT 1 FROM "document_sections" WHERE "version_id" = $1 AND "key" = $2`,
      [versionId, sectionKey],
    );
    return rows.length > 0;
  }

  /** The paragraph with this key in this version, with the key of the section it is in. */
  async paragraph(versionId: string, paragraphKey: string): Promise<{ text: string; sectionKey: string } | null> {
    const rows = await this.dataSource.manager.query<{ text: string; sectionKey: string }[]>(
      `SELECT p."text", s."key" AS "sectionKey" FROM "document_paragraphs" p JOIN "document_sections" s ON s."id" = p."section_id"
       WHERE p."version_id" = $1 AND p."key" = $2`,
      [versionId, paragraphKey],
    );
    return rows[0] ?? null;
  }
}
