import { CommentState, SuggestionState } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface SuggestionRow {
  id: string;
  consultationId: string;
  commentId: string;
  commentText: string;
  themeId: string;
  themeName: string;
  themeColour: string;
  confidence: number;
  state: SuggestionState;
  createdAt: Date;
}

export interface SuggestionFilter {
  state: SuggestionState;
  themeId?: string;
}

const COLUMNS = `s."id", s."consultation_id" AS "consultationId", s."comment_id" AS "commentId", c."text" AS "commentText",
  s."theme_id" AS "themeId", t."name" AS "themeName", t."colour" AS "themeColour", s."confidence", s."state", s."created_at" AS "createdAt"`;

/** Every query on "theme_suggestions". */
@Injectable()
export class SuggestionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private where(consultationId: string, filter: SuggestionFilter, params: unknown[]): string[] {
    const param = (value: unknown): string => `$${params.push(value)}`;
    // Only suggestions for comments that are still published.
    const where = [
      `s."consultation_id" = ${param(consultationId)}`,
      `s."state" = ${param(filter.state)}`,
      `c."state" = '${CommentState.Published}'`,
    ];
    if (filter.themeId) where.push(`s."theme_id" = ${param(filter.themeId)}`);
    return where;
  }

  /** Most confident first, keyset on (confidence desc, id). */
  page(
    consultationId: string,
    filter: SuggestionFilter,
    cursor: { value: number; id: string } | null,
    limit: number,
  ): Promise<SuggestionRow[]> {
    const params: unknown[] = [];
    const where = this.where(consultationId, filter, params);
    const param = (value: unknown): string => `$${params.push(value)}`;
    if (cursor)
      where.push(
        `(s."confidence" < ${param(cursor.value)} OR (s."confidence" = $${params.length} AND s."id" > ${param(cursor.id)}::uuid))`,
      );
    return this.dataSource.query<SuggestionRow[]>(
      `SELECT ${COLUMNS} FROM "theme_suggestions" s JOIN "comments" c ON c."id" = s."comment_id" JOIN "themes" t ON t."id" = s."theme_id"
       WHERE ${where.join(' AND ')} ORDER BY s."confidence" DESC, s."id" LIMIT ${param(limit)}`,
      params,
    );
  }

  async total(consultationId: string, filter: SuggestionFilter): Promise<number> {
    const params: unknown[] = [];
    const where = this.where(consultationId, filter, params);
    const [row] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS "count" FROM "theme_suggestions" s JOIN "comments" c ON c."id" = s."comment_id" WHERE ${where.join(' AND ')}`,
      params,
    );
    return row.count;
  }

  async lock(consultationId: string, id: string, manager: EntityManager): Promise<SuggestionRow | null> {
    const rows = await manager.query<SuggestionRow[]>(
      `SELECT ${COLUMNS} FROM "theme_suggestions" s JOIN "comments" c ON c."id" = s."comment_id" JOIN "themes" t ON t."id" = s."theme_id"
       WHERE s."id" = $1 AND s."consultation_id" = $2 FOR UPDATE OF s`,
      [id, consultationId],
    );
    return rows[0] ?? null;
  }

  async decide(id: string, state: SuggestionState, decidedBy: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "theme_suggestions" SET "state" = $2, "decided_by" = $3, "decided_at" = now() WHERE "id" = $1`, [
      id,
      state,
      decidedBy,
    ]);
  }

  /** (comment, theme) pairs staff already decided on: never suggested again. */
  async decidedPairs(consultationId: string): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ commentId: string; themeId: string }[]>(
      `SELECT "comment_id" AS "commentId", "theme_id" AS "themeId" FROM "theme_suggestions" WHERE "consultation_id" = $1 AND "state" <> $2`,
      [consultationId, SuggestionState.Pending],
    );
    return new Set(rows.map((row) => `${row.commentId}:${row.themeId}`));
  }

  /** Replaces the consultation's pending suggestions with a run's (idempotent: a retried job writes the same rows). */
  async replacePending(
    consultationId: string,
    jobId: string,
    suggestions: readonly { commentId: string; themeId: string; confidence: number }[],
    manager: EntityManager,
  ): Promise<number> {
    await manager.query(`DELETE FROM "theme_suggestions" WHERE "consultation_id" = $1 AND "state" = $2`, [
      consultationId,
      SuggestionState.Pending,
    ]);
    let inserted = 0;
    for (let start = 0; start < suggestions.length; start += 5000) {
      const batch = suggestions.slice(start, start + 5000);
      const rows = await manager.query<unknown[]>(
        `INSERT INTO "theme_suggestions" ("consultation_id", "comment_id", "theme_id", "confidence", "state", "job_id")
         SELECT $1, s."comment_id", s."theme_id", s."confidence", $2, $3
         FROM unnest($4::uuid[], $5::uuid[], $6::float8[]) AS s("comment_id", "theme_id", "confidence")
         -- Comments or themes gone since the job read them are skipped.
         WHERE EXISTS (SELECT 1 FROM "comments" c WHERE c."id" = s."comment_id")
           AND EXISTS (SELECT 1 FROM "themes" t WHERE t."id" = s."theme_id" AND t."consultation_id" = $1)
         ON CONFLICT ("comment_id", "theme_id") DO NOTHING RETURNING "id"`,
        [
          consultationId,
          SuggestionState.Pending,
          jobId,
          batch.map((s) => s.commentId),
          batch.map((s) => s.themeId),
          batch.map((s) => Math.min(1, Math.max(0, s.confidence))),
        ],
      );
      inserted += rows.length;
    }
    return inserted;
  }
}
