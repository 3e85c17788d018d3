import { ReportCommentRowDto } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReportRowCursor } from '../report-cursor';

/** The aggregates of ReportFiguresDto as SQL returns them: counts by key, turned into labelled lists by the service. */
export interface RawFigures {
  comments: number;
  replies: number;
  accountParticipants: number;
  offPlatform: number;
  byChannel: Record<string, number>;
  bySubmitterType: Record<string, number>;
  byArea: Record<string, number>;
  bySection: Record<string, number>;
  byStance: Record<string, number>;
  commentsByDay: Record<string, number>;
  repliesByDay: Record<string, number>;
  byState: Record<string, number>;
  rejectedByReason: Record<string, number>;
  byDecision: Record<string, number>;
}

export interface RawTheme {
  themeId: string;
  name: string;
  description: string;
  colour: string;
  response: string | null;
  count: number;
  stance: Record<string, number>;
  quotes: { number: number; text: string }[];
}

export interface ConsultationFacts {
  id: string;
  slug: string;
  title: string;
  opensAt: Date | null;
  closesAt: Date | null;
}

/** A live row with the receipt time the next page's cursor needs. */
export type LiveRow = ReportCommentRowDto & { receivedAtExact: string; commentId: string };

/** Days are counted in the city's time zone. */
const TIME_ZONE = 'Europe/Warsaw';
/** Quotes in the report are cut to this many characters. */
const QUOTE_MAX_LENGTH = 400;
/** A whole-paragraph comment shows the paragraph's opening characters as its passage. */
const PASSAGE_OPENING_LENGTH = 120;

/**
 * Published comments of consultation $1 with how and when they were received: off-platform submissions by the date
 * the city received them, online ones by their creation. The report numbers them in this order (then by id).
 */
const PUBLISHED_COMMENTS = `
  SELECT c.*, coalesce(mi."channel", 'online') AS "channel", coalesce(mi."received_at", c."created_at") AS "received"
  FROM "comments" c LEFT JOIN "moderation_items" mi ON mi."item_id" = c."id"
  WHERE c."consultation_id" = $1 AND c."state" = 'published'`;

/** The latest approved decision of each published comment of consultation $1. */
const DECISIONS = `
  SELECT DISTINCT ON (d."comment_id") d."comment_id", d."decision", d."justification"
  FROM "dispositions" d JOIN "comments" dc ON dc."id" = d."comment_id"
  WHERE dc."consultation_id" = $1 AND dc."state" = 'published' AND d."state" = 'approved'
  ORDER BY d."comment_id", d."version" DESC`;

/** A section's title: from the newest document version that has the key. */
const SECTION_TITLES = `
  SELECT DISTINCT ON (s."key") s."key", s."title"
  FROM "document_sections" s JOIN "document_versions" v ON v."id" = s."version_id"
  WHERE v."consultation_id" = $1 ORDER BY s."key", v."number" DESC`;

const PARAGRAPHS = `
  SELECT v."number", p."key", p."text"
  FROM "document_paragraphs" p JOIN "document_versions" v ON v."id" = p."version_id"
  WHERE v."consultation_id" = $1`;

const THEME_NAMES = `
  SELECT ta."comment_id", array_agg(t."name" ORDER BY t."name") AS "names"
  FROM "theme_assignments" ta JOIN "themes" t ON t."id" = ta."theme_id"
  WHERE t."consultation_id" = $1 GROUP BY ta."comment_id"`;

/**
 * The columns of a report row from `n` (numbered published comments) and the joined look-ups. Never an author's name
 * or e-mail: organisations by their organisation name, residents by type only; the text is the current (redacted) one.
 */
const ROW_COLUMNS = `
  n."number"::int AS "number", n."submitter_type" AS "submitterType",
  CASE WHEN n."submitter_type" <> 'resident' THEN n."organisation_name" END AS "organisationName",
  n."channel", n."received" AS "receivedAt", n."section_key" AS "sectionKey", coalesce(st."title", n."section_key") AS "sectionTitle",
  CASE WHEN n."quote" IS NOT NULL THEN n."quote"
       WHEN pp."text" IS NULL THEN NULL
       WHEN char_length(pp."text") <= ${PASSAGE_OPENING_LENGTH} THEN pp."text"
       ELSE rtrim(left(pp."text", ${PASSAGE_OPENING_LENGTH})) || '…' END AS "passage",
  n."text", n."proposed_wording" AS "proposedWording", n."stance", n."area_key" AS "areaKey",
  coalesce(tn."names", '{}'::text[]) AS "themes", dd."decision", dd."justification"`;

const rowJoins = (withThemes: boolean): string => `
  LEFT JOIN "section_titles" st ON st."key" = n."section_key"
  LEFT JOIN "paragraphs" pp ON pp."number" = n."document_version" AND pp."key" = n."paragraph_key"
  LEFT JOIN "decisions" dd ON dd."comment_id" = n."id"
  ${withThemes ? 'LEFT JOIN "theme_names" tn ON tn."comment_id" = n."id"' : 'LEFT JOIN (SELECT NULL::uuid AS "comment_id", NULL::text[] AS "names") tn ON false'}`;

const rowLookups = (withThemes: boolean): string => `
  "section_titles" AS (${SECTION_TITLES}),
  "paragraphs" AS (${PARAGRAPHS}),
  "decisions" AS (${DECISIONS})${withThemes ? `,\n  "theme_names" AS (${THEME_NAMES})` : ''}`;

/**
 * Reads of the live data a report is made of (consultation, document, comments, replies, moderation, dispositions,
 * themes). Every method takes the manager of the caller's transaction: the generation reads everything in one
 * REPEATABLE READ snapshot so that the figures agree with each other and with the table.
 */
@Injectable()
export class ReportDataRepository {
  async consultation(slug: string, manager: EntityManager): Promise<ConsultationFacts | null> {
    const rows = await manager.query<ConsultationFacts[]>(
      `SELECT "id", "slug", "title", "opens_at" AS "opensAt", "closes_at" AS "closesAt" FROM "consultations" WHERE "slug" = $1`,
      [slug],
    );
    return rows[0] ?? null;
  }

  async consultationById(id: string, manager: EntityManager): Promise<ConsultationFacts | null> {
    const rows = await manager.query<ConsultationFacts[]>(
      `SELECT "id", "slug", "title", "opens_at" AS "opensAt", "closes_at" AS "closesAt" FROM "consultations" WHERE "id" = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Whether the themes tables exist (they come with the themes feature's migration). */
  async hasThemes(manager: EntityManager): Promise<boolean> {
    const rows = await manager.query<{ present: boolean }[]>(
      `SELECT to_regclass('themes') IS NOT NULL AND to_regclass('theme_assignments') IS NOT NULL AS "present"`,
    );
    return rows[0].present;
  }

  /** Every aggregate in one statement (one scan of the published comments, materialised once). */
  async figures(consultationId: string, manager: EntityManager): Promise<RawFigures> {
    const counts = (from: string, key: string, where = 'true'): string =>
      `(SELECT coalesce(json_object_agg("k", "n"), '{}') FROM (SELECT ${key} AS "k", count(*)::int AS "n" FROM ${from} WHERE ${where} GROUP BY 1) x)`;
    const rows = await manager.query<{ figures: RawFigures }[]>(
      `WITH "pc" AS MATERIALIZED (${PUBLISHED_COMMENTS}),
       "pr" AS MATERIALIZED (
         SELECT r."author_id", r."created_at" FROM "replies" r JOIN "comments" rc ON rc."id" = r."comment_id"
         WHERE rc."consultation_id" = $1 AND rc."state" = 'published' AND r."state" = 'published'),
       "decisions" AS (${DECISIONS})
       SELECT json_build_object(
         'comments', (SELECT count(*)::int FROM "pc"),
         'replies', (SELECT count(*)::int FROM "pr"),
         'accountParticipants', (SELECT count(*)::int FROM (
            SELECT "author_id" FROM "pc" WHERE "channel" = 'online' AND "author_id" IS NOT NULL
            UNION SELECT "author_id" FROM "pr" WHERE "author_id" IS NOT NULL) a),
         'offPlatform', (SELECT count(*)::int FROM "pc" WHERE "channel" <> 'online'),
         'byChannel', ${counts('"pc"', '"channel"')},
         'bySubmitterType', ${counts('"pc"', '"submitter_type"')},
         'byArea', ${counts('"pc"', `coalesce("area_key", '')`)},
         'bySection', ${counts('"pc"', '"section_key"')},
         'byStance', ${counts('"pc"', '"stance"')},
         'commentsByDay', ${counts('"pc"', `to_char("received" AT TIME ZONE '${TIME_ZONE}', 'YYYY-MM-DD')`)},
         'repliesByDay', ${counts('"pr"', `to_char("created_at" AT TIME ZONE '${TIME_ZONE}', 'YYYY-MM-DD')`)},
         'byState', ${counts('"comments"', '"state"', '"consultation_id" = $1')},
         'rejectedByReason', ${counts('"comments"', `coalesce("rejection_reason", 'other')`, `"consultation_id" = $1 AND "state" = 'rejected'`)},
         'byDecision', ${counts(`"pc" LEFT JOIN "decisions" dd ON dd."comment_id" = "pc"."id"`, `coalesce(dd."decision", 'none')`)}
       ) AS "figures"`,
      [consultationId],
    );
    return rows[0].figures;
  }

  async areas(consultationId: string, manager: EntityManager): Promise<{ key: string; name: string }[]> {
    return manager.query(`SELECT "key", "name" FROM "consultation_areas" WHERE "consultation_id" = $1 ORDER BY "position", "key"`, [
      consultationId,
    ]);
  }

  /** Sections in the current version's order, then keys only earlier versions have (newest title). */
  async sections(consultationId: string, manager: EntityManager): Promise<{ key: string; title: string }[]> {
    return manager.query(
      `WITH "titles" AS (
         SELECT DISTINCT ON (s."key") s."key", s."title", v."number", s."position"
         FROM "document_sections" s JOIN "document_versions" v ON v."id" = s."version_id"
         WHERE v."consultation_id" = $1 ORDER BY s."key", v."number" DESC)
       SELECT "key", "title" FROM "titles" ORDER BY "number" DESC, "position"`,
      [consultationId],
    );
  }

  /** Document version numbers, oldest first. */
  async documentVersions(consultationId: string, manager: EntityManager): Promise<number[]> {
    const rows = await manager.query<{ number: number }[]>(
      `SELECT "number" FROM "document_versions" WHERE "consultation_id" = $1 ORDER BY "number"`,
      [consultationId],
    );
    return rows.map((row) => row.number);
  }

  /** Themes with their published comments' count, stance split and most-agreed quotes (numbered as in the table). */
  async themes(consultationId: string, quotesPerTheme: number, manager: EntityManager): Promise<RawTheme[]> {
    if (!(await this.hasThemes(manager))) return [];
    return manager.query<RawTheme[]>(
      `WITH "pc" AS (${PUBLISHED_COMMENTS}),
       "numbered" AS (SELECT "pc".*, row_number() OVER (ORDER BY "received", "id") AS "number" FROM "pc"),
       "assigned" AS (
         SELECT ta."theme_id", n."number", n."text", n."stance", n."agree_count",
                row_number() OVER (PARTITION BY ta."theme_id" ORDER BY n."agree_count" DESC, n."number") AS "rank"
         FROM "theme_assignments" ta JOIN "themes" t ON t."id" = ta."theme_id" JOIN "numbered" n ON n."id" = ta."comment_id"
         WHERE t."consultation_id" = $1),
       "stats" AS (
         SELECT "theme_id", count(*)::int AS "count",
                json_build_object(
                  'support', count(*) FILTER (WHERE "stance" = 'support'),
                  'oppose', count(*) FILTER (WHERE "stance" = 'oppose'),
                  'neutral', count(*) FILTER (WHERE "stance" = 'neutral'),
                  'proposes_change', count(*) FILTER (WHERE "stance" = 'proposes_change')) AS "stance",
                coalesce(json_agg(json_build_object(
                  'number', "number",
                  'text', CASE WHEN char_length("text") <= ${QUOTE_MAX_LENGTH} THEN "text" ELSE rtrim(left("text", ${QUOTE_MAX_LENGTH - 1})) || '…' END)
                  ORDER BY "rank") FILTER (WHERE "rank" <= $2), '[]') AS "quotes"
         FROM "assigned" GROUP BY "theme_id")
       SELECT t."id" AS "themeId", t."name", coalesce(t."description", '') AS "description", t."colour", t."response",
              coalesce(s."count", 0) AS "count",
              coalesce(s."stance", '{"support":0,"oppose":0,"neutral":0,"proposes_change":0}'::json) AS "stance",
              coalesce(s."quotes", '[]'::json) AS "quotes"
       FROM "themes" t LEFT JOIN "stats" s ON s."theme_id" = t."id"
       WHERE t."consultation_id" = $1
       ORDER BY coalesce(s."count", 0) DESC, t."name", t."id"`,
      [consultationId, quotesPerTheme],
    );
  }

  async countPublished(consultationId: string, manager: EntityManager): Promise<number> {
    const rows = await manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS "count" FROM "comments" WHERE "consultation_id" = $1 AND "state" = 'published'`,
      [consultationId],
    );
    return rows[0].count;
  }

  /**
   * One page of the live table after `cursor`: a top-N of the published comments by receipt (no window over the whole
   * set), numbered from the cursor's number; the look-ups run for the page's rows only.
   */
  async livePage(consultationId: string, cursor: ReportRowCursor | null, limit: number, manager: EntityManager): Promise<LiveRow[]> {
    const withThemes = await this.hasThemes(manager);
    const params: unknown[] = [consultationId, limit, cursor?.number ?? 0];
    const after = cursor ? `WHERE ("received", "id") > ($4::timestamptz, $5::uuid)` : '';
    if (cursor) params.push(cursor.at, cursor.id);
    return manager.query<LiveRow[]>(
      `WITH "page" AS (
         SELECT p.*, $3::int + row_number() OVER (ORDER BY "received", "id") AS "number"
         FROM (SELECT * FROM (${PUBLISHED_COMMENTS}) pc ${after} ORDER BY "received", "id" LIMIT $2) p),
       ${rowLookups(withThemes)}
       SELECT ${ROW_COLUMNS}, n."id" AS "commentId",
              to_char(n."received" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "receivedAtExact"
       FROM "page" n ${rowJoins(withThemes)}
       ORDER BY n."number"`,
      params,
    );
  }

  /**
   * Copies the whole live table into report_comment_rows for `versionId` in one INSERT … SELECT: the rows never pass
   * through the API process, so memory stays flat whatever their number. Returns how many were copied.
   */
  async snapshotRows(consultationId: string, versionId: string, manager: EntityManager): Promise<number> {
    const withThemes = await this.hasThemes(manager);
    const rows = await manager.query<{ count: number }[]>(
      `WITH "pc" AS (${PUBLISHED_COMMENTS}),
       "numbered" AS (SELECT "pc".*, row_number() OVER (ORDER BY "received", "id") AS "number" FROM "pc"),
       ${rowLookups(withThemes)},
       "inserted" AS (
         INSERT INTO "report_comment_rows" ("version_id", "number", "submitter_type", "organisation_name", "channel", "received_at",
           "section_key", "section_title", "passage", "text", "proposed_wording", "stance", "area_key", "themes", "decision", "justification")
         SELECT $2::uuid, r.* FROM (SELECT ${ROW_COLUMNS} FROM "numbered" n ${rowJoins(withThemes)}) r
         RETURNING 1)
       SELECT count(*)::int AS "count" FROM "inserted"`,
      [consultationId, versionId],
    );
    return rows[0].count;
  }
}
