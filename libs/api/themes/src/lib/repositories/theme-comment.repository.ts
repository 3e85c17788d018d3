import { CommentState, Stance, ThemeAssignmentSource } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface CorpusComment {
  id: string;
  text: string;
  stance: Stance;
}

export interface ThemeCommentRow {
  id: string;
  text: string;
  stance: Stance;
  sectionKey: string;
  sectionTitle: string;
  areaKey: string | null;
  createdAt: Date;
  createdAtExact: string;
  themes: { id: string; name: string; colour: string; source: ThemeAssignmentSource }[];
}

export interface ThemeCommentFilter {
  /** A theme id, 'none' (no theme), or undefined (all). */
  theme?: string;
  /** A to_tsquery('simple') text. */
  tsQuery?: string;
}

export interface AssignmentPair {
  commentId: string;
  themeId: string;
}

const PUBLISHED = `'${CommentState.Published}'`;

/** The title of the section a comment is on: the current version's, else the comment's own version's, else its key. */
const SECTION_TITLE = `COALESCE(
  (SELECT s."title" FROM "document_sections" s WHERE s."key" = c."section_key" AND s."version_id" =
     (SELECT v."id" FROM "document_versions" v WHERE v."consultation_id" = c."consultation_id" ORDER BY v."number" DESC LIMIT 1)),
  (SELECT s."title" FROM "document_sections" s JOIN "document_versions" v ON v."id" = s."version_id"
   WHERE v."consultation_id" = c."consultation_id" AND v."number" = c."document_version" AND s."key" = c."section_key"),
  c."section_key")`;

/**
 * Read queries on a consultation's published comments for the themes pages and the engine: the filtered list, the
 * corpora the engine works on, texts of representatives. Only published comments: the rest is not feedback yet.
 */
@Injectable()
export class ThemeCommentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private where(consultationId: string, filter: ThemeCommentFilter, params: unknown[]): string[] {
    const param = (value: unknown): string => `$${params.push(value)}`;
    const where = [`c."consultation_id" = ${param(consultationId)}`, `c."state" = ${PUBLISHED}`];
    if (filter.theme === 'none') where.push(`NOT EXISTS (SELECT 1 FROM "theme_assignments" a WHERE a."comment_id" = c."id")`);
    else if (filter.theme) {
      where.push(`EXISTS (SELECT 1 FROM "theme_assignments" a WHERE a."comment_id" = c."id" AND a."theme_id" = ${param(filter.theme)})`);
    }
    if (filter.tsQuery) {
      // Moderation keeps the folded text of each comment; a comment without that row (written before moderation existed)
      // is searched on its text folded here for Polish letters.
      where.push(
        `to_tsvector('simple'::regconfig, COALESCE((SELECT m."search_text" FROM "moderation_items" m WHERE m."item_id" = c."id"),
                                                   translate(lower(c."text"), 'ąćęłńóśźż', 'acelnoszz')))
         @@ to_tsquery('simple'::regconfig, ${param(filter.tsQuery)})`,
      );
    }
    return where;
  }

  /** Oldest first (the order comments arrived), keyset on (created_at, id). */
  page(
    consultationId: string,
    filter: ThemeCommentFilter,
    cursor: { at: string; id: string } | null,
    limit: number,
  ): Promise<ThemeCommentRow[]> {
    const params: unknown[] = [];
    const where = this.where(consultationId, filter, params);
    const param = (value: unknown): string => `$${params.push(value)}`;
    if (cursor) where.push(`(c."created_at", c."id") > (${param(cursor.at)}::timestamptz, ${param(cursor.id)}::uuid)`);
    return this.dataSource.query<ThemeCommentRow[]>(
      `SELECT c."id", c."text", c."stance", c."section_key" AS "sectionKey", ${SECTION_TITLE} AS "sectionTitle", c."area_key" AS "areaKey",
              c."created_at" AS "createdAt", to_char(c."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAtExact",
              COALESCE((SELECT json_agg(json_build_object('id', t."id", 'name', t."name", 'colour', t."colour", 'source', a."source")
                                 ORDER BY lower(t."name"), t."id")
                        FROM "theme_assignments" a JOIN "themes" t ON t."id" = a."theme_id" WHERE a."comment_id" = c."id"), '[]'::json) AS "themes"
       FROM "comments" c WHERE ${where.join(' AND ')}
       ORDER BY c."created_at", c."id" LIMIT ${param(limit)}`,
      params,
    );
  }

  async total(consultationId: string, filter: ThemeCommentFilter): Promise<number> {
    const params: unknown[] = [];
    const where = this.where(consultationId, filter, params);
    const [row] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS "count" FROM "comments" c WHERE ${where.join(' AND ')}`,
      params,
    );
    return row.count;
  }

  /** Every published comment, oldest first (a stable order: the engine's results depend on the order of its input). */
  published(consultationId: string): Promise<CorpusComment[]> {
    return this.dataSource.query<CorpusComment[]>(
      `SELECT c."id", c."text", c."stance" FROM "comments" c WHERE c."consultation_id" = $1 AND c."state" = ${PUBLISHED}
       ORDER BY c."created_at", c."id"`,
      [consultationId],
    );
  }

  /** Published comments no theme covers, oldest first. */
  uncovered(consultationId: string): Promise<CorpusComment[]> {
    return this.dataSource.query<CorpusComment[]>(
      `SELECT c."id", c."text", c."stance" FROM "comments" c
       WHERE c."consultation_id" = $1 AND c."state" = ${PUBLISHED}
         AND NOT EXISTS (SELECT 1 FROM "theme_assignments" a WHERE a."comment_id" = c."id")
       ORDER BY c."created_at", c."id"`,
      [consultationId],
    );
  }

  /** Assignments of the consultation's published comments. */
  assignments(consultationId: string): Promise<AssignmentPair[]> {
    return this.dataSource.query<AssignmentPair[]>(
      `SELECT a."comment_id" AS "commentId", a."theme_id" AS "themeId"
       FROM "theme_assignments" a JOIN "comments" c ON c."id" = a."comment_id"
       WHERE c."consultation_id" = $1 AND c."state" = ${PUBLISHED} ORDER BY a."comment_id", a."theme_id"`,
      [consultationId],
    );
  }

  /** Text and stance of published comments among `ids` (any order). */
  async byIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CorpusComment>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<CorpusComment[]>(
      `SELECT c."id", c."text", c."stance" FROM "comments" c WHERE c."id" = ANY($1::uuid[]) AND c."state" = ${PUBLISHED}`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}
