import {
  ClaimFilter,
  CommentState,
  DispositionProgress,
  ModerationItemType,
  ModerationQueueSort,
  RejectionReason,
  Stance,
  SubmissionChannel,
  SubmitterType,
} from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { KeysetCursor } from '../moderation-cursor';

/** One comment or reply as the queue shows it (raw row). */
export interface QueueRow {
  type: ModerationItemType;
  id: string;
  commentId: string;
  consultationId: string;
  consultationSlug: string;
  consultationTitle: string;
  sectionKey: string;
  paragraphKey: string | null;
  text: string;
  stance: Stance | null;
  proposedWording: string | null;
  areaKey: string | null;
  submitterType: SubmitterType | null;
  organisationName: string | null;
  authorId: string | null;
  authorDisplayName: string | null;
  official: boolean;
  state: CommentState;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  flagReasons: string[] | null;
  flagCount: number;
  reportCount: number;
  duplicateGroupId: string | null;
  duplicateGroupSize: number;
  claimedBy: string | null;
  claimedByName: string | null;
  claimedUntil: Date | null;
  redacted: boolean;
  dispositionProgress: DispositionProgress;
  channel: SubmissionChannel;
  receivedAt: Date | null;
  submitterName: string | null;
  createdAt: Date;
  createdAtExact: string;
}

export interface QueueFilter {
  type: ModerationItemType;
  consultationId?: string;
  state: CommentState;
  sectionKey?: string;
  stance?: Stance;
  areaKey?: string;
  channel?: SubmissionChannel;
  flag?: string;
  reported?: boolean;
  claim?: ClaimFilter;
  /** Comments only. */
  disposition?: DispositionProgress;
  /** A to_tsquery('simple') text (see toPrefixQuery). */
  tsQuery?: string;
}

/** The lockable current state of an item. */
export interface LockedItem {
  type: ModerationItemType;
  id: string;
  commentId: string;
  consultationId: string;
  authorId: string | null;
  state: CommentState;
  text: string;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  claimedBy: string | null;
  claimActive: boolean;
}

const TABLE = { [ModerationItemType.Comment]: 'comments', [ModerationItemType.Reply]: 'replies' } as const;

/** Whether comment x has a disposition version in `state` (IDX_dispositions_comment_state_version). */
const hasDisposition = (state: 'draft' | 'approved'): string =>
  `EXISTS (SELECT 1 FROM "dispositions" d WHERE d."comment_id" = x."id" AND d."state" = '${state}')`;

const DISPOSITION_FILTER: Record<DispositionProgress, string> = {
  [DispositionProgress.None]: `NOT ${hasDisposition('draft')} AND NOT ${hasDisposition('approved')}`,
  [DispositionProgress.Draft]: hasDisposition('draft'),
  [DispositionProgress.Approved]: `${hasDisposition('approved')} AND NOT ${hasDisposition('draft')}`,
};

/**
 * The item (x = the comment or the reply) with its thread root c and moderation row m. For comments x and c are
 * the same row. Every column the queue shows; `source` is the already filtered, ordered and limited page.
 */
function selectItems(type: ModerationItemType, source: string): string {
  const isReply = type === ModerationItemType.Reply;
  return `
  SELECT '${type}' AS "type", x."id", c."id" AS "commentId", c."consultation_id" AS "consultationId",
         co."slug" AS "consultationSlug", co."title" AS "consultationTitle",
         c."section_key" AS "sectionKey", c."paragraph_key" AS "paragraphKey", x."text",
         ${isReply ? 'NULL' : 'c."stance"'} AS "stance", ${isReply ? 'NULL' : 'c."proposed_wording"'} AS "proposedWording",
         c."area_key" AS "areaKey", ${isReply ? 'NULL' : 'c."submitter_type"'} AS "submitterType",
         ${isReply ? 'NULL' : 'c."organisation_name"'} AS "organisationName",
         x."author_id" AS "authorId", u."display_name" AS "authorDisplayName", ${isReply ? 'x."official"' : 'false'} AS "official",
         x."state", x."rejection_reason" AS "rejectionReason", x."rejection_note" AS "rejectionNote",
         m."flag_reasons" AS "flagReasons", coalesce(m."flag_count", 0) AS "flagCount", coalesce(m."report_count", 0) AS "reportCount",
         m."duplicate_group_id" AS "duplicateGroupId",
         CASE WHEN m."duplicate_group_id" IS NULL THEN 0
              ELSE (SELECT count(*)::int FROM "moderation_items" g WHERE g."duplicate_group_id" = m."duplicate_group_id") END AS "duplicateGroupSize",
         CASE WHEN m."claimed_until" > now() THEN m."claimed_by" END AS "claimedBy",
         CASE WHEN m."claimed_until" > now() THEN cu."display_name" END AS "claimedByName",
         CASE WHEN m."claimed_until" > now() THEN m."claimed_until" END AS "claimedUntil",
         coalesce(m."redacted", false) AS "redacted", coalesce(m."channel", 'online') AS "channel",
         m."received_at" AS "receivedAt", m."submitter_name" AS "submitterName",
         ${
           isReply
             ? `'none'`
             : `CASE WHEN ${hasDisposition('draft')} THEN 'draft' WHEN ${hasDisposition('approved')} THEN 'approved' ELSE 'none' END`
         } AS "dispositionProgress",
         x."created_at" AS "createdAt",
         to_char(x."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAtExact"
  FROM ${source}
  ${isReply ? 'JOIN "comments" c ON c."id" = x."comment_id"' : 'JOIN "comments" c ON c."id" = x."id"'}
  JOIN "consultations" co ON co."id" = c."consultation_id"
  LEFT JOIN "moderation_items" m ON m."item_id" = x."id"
  LEFT JOIN "users" u ON u."id" = x."author_id"
  LEFT JOIN "users" cu ON cu."id" = m."claimed_by"`;
}

/** Every query on moderation items: the queue, claims, locks and decisions' state changes. */
@Injectable()
export class ModerationItemRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * One keyset page of the queue. The page is picked on the item table (state and time indexes) joined with
   * its moderation row; the display joins run for the page's rows only.
   */
  async page(filter: QueueFilter, sort: ModerationQueueSort, cursor: KeysetCursor | null, limit: number, me: string): Promise<QueueRow[]> {
    const isReply = filter.type === ModerationItemType.Reply;
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    // The thread root's columns: for a comment its own row (no self-join, so these filters can use the comments indexes).
    const root = isReply ? 'c' : 'x';
    const where = [`x."state" = ${param(filter.state)}`];
    if (filter.consultationId) where.push(`${root}."consultation_id" = ${param(filter.consultationId)}`);
    if (filter.sectionKey !== undefined) where.push(`${root}."section_key" = ${param(filter.sectionKey)}`);
    if (filter.stance !== undefined && !isReply) where.push(`${root}."stance" = ${param(filter.stance)}`);
    if (filter.areaKey !== undefined) where.push(`${root}."area_key" = ${param(filter.areaKey)}`);
    if (filter.channel !== undefined) where.push(`coalesce(m."channel", 'online') = ${param(filter.channel)}`);
    if (filter.flag !== undefined) where.push(`m."flag_reasons" @> ARRAY[${param(filter.flag)}]::varchar[]`);
    if (filter.reported === true) where.push(`m."report_count" > 0`);
    if (filter.reported === false) where.push(`coalesce(m."report_count", 0) = 0`);
    if (filter.claim === ClaimFilter.Mine) where.push(`m."claimed_by" = ${param(me)} AND m."claimed_until" > now()`);
    if (filter.claim === ClaimFilter.Unclaimed) where.push(`(m."claimed_by" IS NULL OR m."claimed_until" <= now())`);
    if (filter.disposition !== undefined && !isReply) where.push(DISPOSITION_FILTER[filter.disposition]);
    if (filter.tsQuery)
      where.push(`to_tsvector('simple'::regconfig, m."search_text") @@ to_tsquery('simple'::regconfig, ${param(filter.tsQuery)})`);

    const ascending = sort === ModerationQueueSort.Oldest;
    const countColumn =
      sort === ModerationQueueSort.MostFlags
        ? 'coalesce(m."flag_count", 0)'
        : sort === ModerationQueueSort.MostReports
          ? 'coalesce(m."report_count", 0)'
          : null;
    // An array, not a split string: the count column itself contains ", " (coalesce(…, 0)).
    const keyList = countColumn ? [countColumn, 'x."created_at"', 'x."id"'] : ['x."created_at"', 'x."id"'];
    const keyColumns = keyList.join(', ');
    if (cursor) {
      const keys = countColumn
        ? `${param(cursor.count)}::int, ${param(cursor.at)}::timestamptz, ${param(cursor.id)}::uuid`
        : `${param(cursor.at)}::timestamptz, ${param(cursor.id)}::uuid`;
      where.push(`(${keyColumns}) ${ascending ? '>' : '<'} (${keys})`);
    }
    const direction = ascending ? 'ASC' : 'DESC';
    const order = `ORDER BY ${keyList.map((column) => `${column} ${direction}`).join(', ')}`;
    const pageSource = `(
      SELECT x.* FROM "${TABLE[filter.type]}" x
      ${isReply ? 'JOIN "comments" c ON c."id" = x."comment_id"' : ''}
      LEFT JOIN "moderation_items" m ON m."item_id" = x."id"
      WHERE ${where.join(' AND ')} ${order} LIMIT ${param(limit)}) x`;
    return this.dataSource.manager.query<QueueRow[]>(`${selectItems(filter.type, pageSource)} ${order}`, params);
  }

  async findRows(type: ModerationItemType, ids: string[], manager: EntityManager = this.dataSource.manager): Promise<QueueRow[]> {
    if (ids.length === 0) return [];
    return manager.query<QueueRow[]>(
      `${selectItems(type, `"${TABLE[type]}" x`)} WHERE x."id" = ANY($1::uuid[]) ORDER BY x."created_at", x."id"`,
      [ids],
    );
  }

  /** Makes sure the item has its moderation row (items created before moderation existed, or without screening). */
  async ensureItem(type: ModerationItemType, id: string, manager: EntityManager): Promise<void> {
    if (type === ModerationItemType.Comment) {
      await manager.query(
        `INSERT INTO "moderation_items" ("item_id", "item_type", "comment_id", "consultation_id", "author_id", "search_text", "created_at")
         SELECT c."id", 'comment', c."id", c."consultation_id", c."author_id", lower(c."text"), c."created_at" FROM "comments" c WHERE c."id" = $1
         ON CONFLICT ("item_id") DO NOTHING`,
        [id],
      );
    } else {
      await manager.query(
        `INSERT INTO "moderation_items" ("item_id", "item_type", "comment_id", "reply_id", "consultation_id", "author_id", "search_text", "created_at")
         SELECT r."id", 'reply', r."comment_id", r."id", c."consultation_id", r."author_id", lower(r."text"), r."created_at"
         FROM "replies" r JOIN "comments" c ON c."id" = r."comment_id" WHERE r."id" = $1
         ON CONFLICT ("item_id") DO NOTHING`,
        [id],
      );
    }
  }

  /** Locks the comment or reply row (then its moderation row) until the transaction ends. */
  async lock(type: ModerationItemType, id: string, manager: EntityManager): Promise<LockedItem | null> {
    const rows = await manager.query<Omit<LockedItem, 'type'>[]>(
      type === ModerationItemType.Comment
        ? `SELECT x."id", x."id" AS "commentId", x."consultation_id" AS "consultationId", x."author_id" AS "authorId", x."state", x."text",
                  x."rejection_reason" AS "rejectionReason", x."rejection_note" AS "rejectionNote"
           FROM "comments" x WHERE x."id" = $1 FOR UPDATE`
        : `SELECT x."id", x."comment_id" AS "commentId", c."consultation_id" AS "consultationId", x."author_id" AS "authorId", x."state", x."text",
                  x."rejection_reason" AS "rejectionReason", x."rejection_note" AS "rejectionNote"
           FROM "replies" x JOIN "comments" c ON c."id" = x."comment_id" WHERE x."id" = $1 FOR UPDATE OF x`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    await this.ensureItem(type, id, manager);
    const claims = await manager.query<{ claimedBy: string | null; claimActive: boolean }[]>(
      `SELECT "claimed_by" AS "claimedBy", coalesce("claimed_until" > now(), false) AS "claimActive"
       FROM "moderation_items" WHERE "item_id" = $1 FOR UPDATE`,
      [id],
    );
    return { type, ...row, claimedBy: claims[0]?.claimedBy ?? null, claimActive: claims[0]?.claimActive ?? false };
  }

  async setDecision(
    type: ModerationItemType,
    id: string,
    change: { state: CommentState; rejectionReason: RejectionReason | null; rejectionNote: string | null },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(`UPDATE "${TABLE[type]}" SET "state" = $2, "rejection_reason" = $3, "rejection_note" = $4 WHERE "id" = $1`, [
      id,
      change.state,
      change.rejectionReason,
      change.rejectionNote,
    ]);
  }

  async setText(type: ModerationItemType, id: string, text: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "${TABLE[type]}" SET "text" = $2 WHERE "id" = $1`, [id, text]);
  }

  async addToReplyCount(commentId: string, delta: number, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "comments" SET "reply_count" = "reply_count" + $2 WHERE "id" = $1`, [commentId, delta]);
  }

  /** After a decision: the claim ends; approving or restoring starts the report count afresh. */
  async afterDecision(id: string, resetReports: boolean, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE "moderation_items" SET "claimed_by" = NULL, "claimed_until" = NULL
         ${resetReports ? ', "reports_since_review" = 0' : ''} WHERE "item_id" = $1`,
      [id],
    );
  }

  async markRedacted(id: string, searchText: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "moderation_items" SET "redacted" = true, "search_text" = $2 WHERE "item_id" = $1`, [id, searchText]);
  }

  /**
   * Claims up to `count` pending items nobody holds (oldest first) for `moderatorId`. SKIP LOCKED: moderators
   * claiming at the same time get different items instead of waiting for each other.
   */
  async claimBatch(
    type: ModerationItemType,
    consultationId: string | undefined,
    count: number,
    moderatorId: string,
    claimMinutes: number,
    manager: EntityManager,
  ): Promise<string[]> {
    const params: unknown[] = [count];
    const consultation = consultationId ? `AND c."consultation_id" = $${params.push(consultationId)}` : '';
    const candidates = await manager.query<{ id: string }[]>(
      `SELECT x."id" FROM "${TABLE[type]}" x
       ${type === ModerationItemType.Reply ? 'JOIN "comments" c ON c."id" = x."comment_id"' : 'JOIN "comments" c ON c."id" = x."id"'}
       LEFT JOIN "moderation_items" m ON m."item_id" = x."id"
       WHERE x."state" = 'pending' ${consultation} AND (m."claimed_by" IS NULL OR m."claimed_until" <= now())
       ORDER BY x."created_at", x."id" LIMIT $1 FOR UPDATE OF x SKIP LOCKED`,
      params,
    );
    const ids = candidates.map((row) => row.id);
    for (const id of ids) await this.ensureItem(type, id, manager);
    if (ids.length) {
      await manager.query(
        `UPDATE "moderation_items" SET "claimed_by" = $2, "claimed_until" = now() + make_interval(mins => $3) WHERE "item_id" = ANY($1::uuid[])`,
        [ids, moderatorId, claimMinutes],
      );
    }
    return ids;
  }

  async setClaim(id: string, moderatorId: string | null, claimMinutes: number, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE "moderation_items" SET "claimed_by" = $2::uuid,
         "claimed_until" = CASE WHEN $2::uuid IS NULL THEN NULL ELSE now() + make_interval(mins => $3) END WHERE "item_id" = $1`,
      [id, moderatorId, claimMinutes],
    );
  }

  async flags(
    id: string,
  ): Promise<{ reason: string; detail: string; start: number | null; end: number | null; match: string | null; createdAt: Date }[]> {
    return this.dataSource.manager.query(
      `SELECT "reason", "detail", "start_offset" AS "start", "end_offset" AS "end", "match", "created_at" AS "createdAt"
       FROM "moderation_flags" WHERE "item_id" = $1 ORDER BY "start_offset" NULLS LAST, "created_at"`,
      [id],
    );
  }

  async revisions(
    commentId: string,
  ): Promise<{ text: string; stance: Stance; proposedWording: string | null; areaKey: string | null; replacedAt: Date }[]> {
    return this.dataSource.manager.query(
      `SELECT "text", "stance", "proposed_wording" AS "proposedWording", "area_key" AS "areaKey", "created_at" AS "replacedAt"
       FROM "comment_revisions" WHERE "comment_id" = $1 ORDER BY "created_at", "id"`,
      [commentId],
    );
  }

  async redactions(id: string): Promise<{ originalText: string; redactedText: string; redactedByName: string; createdAt: Date }[]> {
    return this.dataSource.manager.query(
      `SELECT "original_text" AS "originalText", "redacted_text" AS "redactedText", "redacted_by_name" AS "redactedByName", "created_at" AS "createdAt"
       FROM "redactions" WHERE "item_id" = $1 ORDER BY "created_at", "id"`,
      [id],
    );
  }

  async addRedaction(
    redaction: { itemId: string; originalText: string; redactedText: string; redactedBy: string; redactedByName: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO "redactions" ("item_id", "original_text", "redacted_text", "redacted_by", "redacted_by_name") VALUES ($1, $2, $3, $4, $5)`,
      [redaction.itemId, redaction.originalText, redaction.redactedText, redaction.redactedBy, redaction.redactedByName],
    );
  }

  async duplicateIds(groupId: string, exceptId: string): Promise<string[]> {
    const rows = await this.dataSource.manager.query<{ id: string }[]>(
      `SELECT "item_id" AS "id" FROM "moderation_items" WHERE "duplicate_group_id" = $1 AND "item_id" <> $2 ORDER BY "created_at" LIMIT 50`,
      [groupId, exceptId],
    );
    return rows.map((row) => row.id);
  }
}
