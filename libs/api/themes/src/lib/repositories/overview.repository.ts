import { CommentState, Stance } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface ThemeCountRow {
  themeId: string;
  key: string;
  label: string;
  count: number;
}

export interface RepresentativeRow {
  themeId: string;
  commentId: string;
  text: string;
  stance: Stance;
}

const PUBLISHED = `'${CommentState.Published}'`;

/** Aggregates of published comments per theme for the overview (and, by the same definitions, the report). */
@Injectable()
export class OverviewRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async totals(consultationId: string): Promise<{ published: number; uncovered: number }> {
    const [row] = await this.dataSource.query<{ published: number; uncovered: number }[]>(
      `SELECT count(*)::int AS "published",
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "theme_assignments" a WHERE a."comment_id" = c."id"))::int AS "uncovered"
       FROM "comments" c WHERE c."consultation_id" = $1 AND c."state" = ${PUBLISHED}`,
      [consultationId],
    );
    return row;
  }

  /** Published comments per theme and stance. */
  stances(consultationId: string): Promise<ThemeCountRow[]> {
    return this.dataSource.query<ThemeCountRow[]>(
      `SELECT a."theme_id" AS "themeId", c."stance" AS "key", c."stance" AS "label", count(*)::int AS "count"
       FROM "themes" t JOIN "theme_assignments" a ON a."theme_id" = t."id" JOIN "comments" c ON c."id" = a."comment_id"
       WHERE t."consultation_id" = $1 AND c."state" = ${PUBLISHED} GROUP BY a."theme_id", c."stance"`,
      [consultationId],
    );
  }

  /** Published comments per theme and area (comments without an area are not counted here), named from the consultation's areas. */
  areas(consultationId: string): Promise<ThemeCountRow[]> {
    return this.dataSource.query<ThemeCountRow[]>(
      `SELECT a."theme_id" AS "themeId", c."area_key" AS "key", COALESCE(ar."name", c."area_key") AS "label", count(*)::int AS "count"
       FROM "themes" t JOIN "theme_assignments" a ON a."theme_id" = t."id" JOIN "comments" c ON c."id" = a."comment_id"
       LEFT JOIN "consultation_areas" ar ON ar."consultation_id" = t."consultation_id" AND ar."key" = c."area_key"
       WHERE t."consultation_id" = $1 AND c."state" = ${PUBLISHED} AND c."area_key" IS NOT NULL
       GROUP BY a."theme_id", c."area_key", ar."name" ORDER BY count(*) DESC, c."area_key"`,
      [consultationId],
    );
  }

  /** Published comments per theme and section, titled from the current document version (else the key). */
  sections(consultationId: string): Promise<ThemeCountRow[]> {
    return this.dataSource.query<ThemeCountRow[]>(
      `WITH current_version AS (
         SELECT "id" FROM "document_versions" WHERE "consultation_id" = $1 ORDER BY "number" DESC LIMIT 1)
       SELECT a."theme_id" AS "themeId", c."section_key" AS "key", COALESCE(s."title", c."section_key") AS "label", count(*)::int AS "count"
       FROM "themes" t JOIN "theme_assignments" a ON a."theme_id" = t."id" JOIN "comments" c ON c."id" = a."comment_id"
       LEFT JOIN "document_sections" s ON s."version_id" = (SELECT "id" FROM current_version) AND s."key" = c."section_key"
       WHERE t."consultation_id" = $1 AND c."state" = ${PUBLISHED}
       GROUP BY a."theme_id", c."section_key", s."title", s."position" ORDER BY count(*) DESC, s."position" NULLS LAST, c."section_key"`,
      [consultationId],
    );
  }

  /** Per theme, the `limit` published comments most agreed with (then oldest). */
  representatives(consultationId: string, limit: number): Promise<RepresentativeRow[]> {
    return this.dataSource.query<RepresentativeRow[]>(
      `SELECT "themeId", "commentId", "text", "stance" FROM (
         SELECT a."theme_id" AS "themeId", c."id" AS "commentId", c."text", c."stance",
                row_number() OVER (PARTITION BY a."theme_id" ORDER BY c."agree_count" DESC, c."created_at", c."id") AS "rank"
         FROM "themes" t JOIN "theme_assignments" a ON a."theme_id" = t."id" JOIN "comments" c ON c."id" = a."comment_id"
         WHERE t."consultation_id" = $1 AND c."state" = ${PUBLISHED}) ranked
       WHERE "rank" <= $2 ORDER BY "themeId", "rank"`,
      [consultationId, limit],
    );
  }
}
