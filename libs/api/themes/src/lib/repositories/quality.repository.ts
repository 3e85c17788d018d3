import { CommentState } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface SampleRow {
  id: string;
  consultationId: string;
  seed: number;
  createdAt: Date;
}

export interface SampleItemRow {
  commentId: string;
  text: string;
  codedThemeIds: string[] | null;
}

/** Quality-check samples and staff's coding of them. */
@Injectable()
export class QualityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Published comment ids, oldest first (the order the seeded draw picks from). */
  async publishedIds(consultationId: string, manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT "id" FROM "comments" WHERE "consultation_id" = $1 AND "state" = $2 ORDER BY "created_at", "id"`,
      [consultationId, CommentState.Published],
    );
    return rows.map((row) => row.id);
  }

  async insert(
    sample: { consultationId: string; seed: number; createdBy: string },
    commentIds: readonly string[],
    manager: EntityManager,
  ): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO "theme_quality_samples" ("consultation_id", "seed", "created_by") VALUES ($1, $2, $3) RETURNING "id"`,
      [sample.consultationId, sample.seed, sample.createdBy],
    );
    await manager.query(
      `INSERT INTO "theme_quality_sample_items" ("sample_id", "comment_id", "position")
       SELECT $1, x."id", x."position" FROM unnest($2::uuid[]) WITH ORDINALITY AS x("id", "position")`,
      [row.id, commentIds],
    );
    return row.id;
  }

  async sample(consultationId: string, id: string): Promise<SampleRow | null> {
    const rows = await this.dataSource.query<SampleRow[]>(
      `SELECT "id", "consultation_id" AS "consultationId", "seed", "created_at" AS "createdAt" FROM "theme_quality_samples"
       WHERE "id" = $1 AND "consultation_id" = $2`,
      [id, consultationId],
    );
    return rows[0] ?? null;
  }

  async latest(consultationId: string): Promise<SampleRow | null> {
    const rows = await this.dataSource.query<SampleRow[]>(
      `SELECT "id", "consultation_id" AS "consultationId", "seed", "created_at" AS "createdAt" FROM "theme_quality_samples"
       WHERE "consultation_id" = $1 ORDER BY "created_at" DESC, "id" DESC LIMIT 1`,
      [consultationId],
    );
    return rows[0] ?? null;
  }

  /** The sample's comments in drawing order (comments deleted since are gone with their rows). */
  items(sampleId: string): Promise<SampleItemRow[]> {
    return this.dataSource.query<SampleItemRow[]>(
      `SELECT i."comment_id" AS "commentId", c."text", i."coded_theme_ids" AS "codedThemeIds"
       FROM "theme_quality_sample_items" i JOIN "comments" c ON c."id" = i."comment_id"
       WHERE i."sample_id" = $1 ORDER BY i."position"`,
      [sampleId],
    );
  }

  /** Records staff's coding; null when the comment is not in the sample. */
  async code(sampleId: string, commentId: string, themeIds: readonly string[], codedBy: string): Promise<SampleItemRow | null> {
    const rows = await this.dataSource.query<SampleItemRow[]>(
      `WITH coded AS (
         UPDATE "theme_quality_sample_items" SET "coded_theme_ids" = $3::uuid[], "coded_by" = $4, "coded_at" = now()
         WHERE "sample_id" = $1 AND "comment_id" = $2 RETURNING "comment_id", "coded_theme_ids")
       SELECT x."comment_id" AS "commentId", c."text", x."coded_theme_ids" AS "codedThemeIds" FROM coded x JOIN "comments" c ON c."id" = x."comment_id"`,
      [sampleId, commentId, themeIds, codedBy],
    );
    return rows[0] ?? null;
  }
}
