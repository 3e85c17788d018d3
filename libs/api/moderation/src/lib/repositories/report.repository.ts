import { DEFAULT_REPORT_THRESHOLD, ReportReason } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** Residents' reports and the per-consultation settings that decide when they hold an item. */
@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts the report unless this person already reported the item; returns its time, or null when it was a repeat. */
  async add(itemId: string, reporterId: string, reason: ReportReason, note: string | null, manager: EntityManager): Promise<Date | null> {
    const rows = await manager.query<{ createdAt: Date }[]>(
      `INSERT INTO "moderation_reports" ("item_id", "reporter_id", "reason", "note") VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT "UQ_moderation_reports_item_reporter" DO NOTHING RETURNING "created_at" AS "createdAt"`,
      [itemId, reporterId, reason, note],
    );
    return rows[0]?.createdAt ?? null;
  }

  /** Counts the new report; returns the reports since the last review. */
  async count(itemId: string, manager: EntityManager): Promise<number> {
    const rows = await manager.query<{ since: number }[]>(
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
      `WITH counted AS (
         UPDATE "moderation_items" SET "report_count" = "report_count" + 1, "reports_since_review" = "reports_since_review" + 1
         WHERE "item_id" = $1 RETURNING "reports_since_review")
       SELECT "reports_since_review" AS "since" FROM counted`,
      [itemId],
    );
    return rows[0].since;
  }

  /** Adds the 'reports' flag (once) when the threshold holds the item. */
  async flagReported(itemId: string, detail: string, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "moderation_flags" ("item_id", "reason", "detail") VALUES ($1, 'reports', $2)`, [itemId, detail]);
    await manager.query(
      `UPDATE "moderation_items" SET "flag_count" = "flag_count" + 1,
         "flag_reasons" = CASE WHEN 'reports' = ANY("flag_reasons") THEN "flag_reasons" ELSE array_append("flag_reasons", 'reports') END
       WHERE "item_id" = $1`,
      [itemId],
    );
  }

  async forItem(itemId: string): Promise<{ reason: ReportReason; note: string | null; createdAt: Date }[]> {
    return this.dataSource.manager.query(
      `SELECT "reason", "note", "created_at" AS "createdAt" FROM "moderation_reports" WHERE "item_id" = $1 ORDER BY "created_at", "id"`,
      [itemId],
    );
  }

  async threshold(consultationId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const rows = await manager.query<{ threshold: number }[]>(
      `SELECT "report_threshold" AS "threshold" FROM "moderation_settings" WHERE "consultation_id" = $1`,
      [consultationId],
    );
    return rows[0]?.threshold ?? DEFAULT_REPORT_THRESHOLD;
  }

  async settings(consultationId: string): Promise<{ reportThreshold: number; singleStepDispositions: boolean; updatedAt: Date } | null> {
    const rows = await this.dataSource.manager.query<{ reportThreshold: number; singleStepDispositions: boolean; updatedAt: Date }[]>(
      `SELECT "report_threshold" AS "reportThreshold", "single_step_dispositions" AS "singleStepDispositions", "updated_at" AS "updatedAt"
       FROM "moderation_settings" WHERE "consultation_id" = $1`,
      [consultationId],
    );
    return rows[0] ?? null;
  }

  /** The settings row locked for a change (null: defaults, no row yet). */
  async lockSettings(
    consultationId: string,
    manager: EntityManager,
  ): Promise<{ reportThreshold: number; singleStepDispositions: boolean } | null> {
    const rows = await manager.query<{ reportThreshold: number; singleStepDispositions: boolean }[]>(
      `SELECT "report_threshold" AS "reportThreshold", "single_step_dispositions" AS "singleStepDispositions"
       FROM "moderation_settings" WHERE "consultation_id" = $1 FOR UPDATE`,
      [consultationId],
    );
    return rows[0] ?? null;
  }

  async saveSettings(
    consultationId: string,
    settings: { reportThreshold: number; singleStepDispositions: boolean },
    updatedBy: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO "moderation_settings" ("consultation_id", "report_threshold", "single_step_dispositions", "updated_by", "updated_at")
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT ("consultation_id") DO UPDATE SET "report_threshold" = $2, "single_step_dispositions" = $3, "updated_by" = $4, "updated_at" = now()`,
      [consultationId, settings.reportThreshold, settings.singleStepDispositions, updatedBy],
    );
  }
}
