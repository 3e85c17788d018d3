import { CommentSort, CommentState, DispositionDecision, RejectionReason, Stance, SubmitterType } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CommentCursor } from '../cursor';
import { CommentEntity, CommentRevisionEntity } from '../entities';

/** A comment as read for display: the row plus its author's name, consultation and derived flags. */
export interface CommentRow {
  id: string;
  consultationId: string;
  consultationSlug: string;
  consultationTitle: string;
  authorId: string | null;
  authorDisplayName: string | null;
  sectionKey: string;
  paragraphKey: string | null;
  quote: string | null;
  documentVersion: number;
  text: string;
  stance: Stance;
  proposedWording: string | null;
  areaKey: string | null;
  submitterType: SubmitterType;
  organisationName: string | null;
  state: CommentState;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  agreeCount: number;
  replyCount: number;
  createdAt: Date;
  editedAt: Date | null;
  /** created_at with its microseconds, for cursors. */
  createdAtExact: string;
  official: boolean;
  anchorMissing: boolean;
  /** The latest approved disposition (moderation's "dispositions" table), null when none. */
  dispositionDecision: DispositionDecision | null;
  dispositionExplanation: string | null;
  dispositionDecidedAt: Date | null;
  /** 'online', or how staff received it (moderation_items.channel); null when the comment has no moderation row. */
  channel: string | null;
}

export type NewComment = Pick<
  CommentEntity,
  | 'id'
  | 'consultationId'
  | 'authorId'
  | 'sectionKey'
  | 'paragraphKey'
  | 'quote'
  | 'quoteStart'
  | 'quoteEnd'
  | 'documentVersion'
  | 'text'
  | 'stance'
  | 'proposedWording'
  | 'areaKey'
  | 'submitterType'
  | 'organisationName'
  | 'state'
>;

export type CommentChanges = Partial<Pick<CommentEntity, 'text' | 'stance' | 'proposedWording' | 'areaKey'>>;

/** What a list shows: one consultation, optionally one section and/or paragraph. */
export interface CommentFilter {
  consultationId: string;
  sectionKey?: string;
  paragraphKey?: string;
}

/** Which rows a list query reads: one state on the hot-path indexes, or one author's rows in some states. */
export type CommentScope = { state: CommentState } | { authorId: string; states: CommentState[] };

/**
 * Comments as read for display, from `source`: the table itself, or an already ordered and limited subquery
 * aliased c, so that the joins and per-row subqueries run for the page's rows only.
 */
const selectComments = (source = '"comments" c'): string => `
  SELECT c."id", c."consultation_id" AS "consultationId", co."slug" AS "consultationSlug", co."title" AS "consultationTitle",
         c."author_id" AS "authorId", u."display_name" AS "authorDisplayName",
         c."section_key" AS "sectionKey", c."paragraph_key" AS "paragraphKey", c."quote",
         c."document_version" AS "documentVersion", c."text", c."stance", c."proposed_wording" AS "proposedWording",
         c."area_key" AS "areaKey", c."submitter_type" AS "submitterType", c."organisation_name" AS "organisationName",
         c."state", c."rejection_reason" AS "rejectionReason", c."rejection_note" AS "rejectionNote",
         c."agree_count" AS "agreeCount", c."reply_count" AS "replyCount", c."created_at" AS "createdAt", c."edited_at" AS "editedAt",
         to_char(c."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAtExact",
         EXISTS (SELECT 1 FROM "replies" r WHERE r."comment_id" = c."id" AND r."official" AND r."state" = 'published') AS "official",
         CASE WHEN c."paragraph_key" IS NOT NULL
              THEN NOT EXISTS (SELECT 1 FROM "document_paragraphs" p WHERE p."version_id" = cv."id" AND p."key" = c."paragraph_key")
              ELSE NOT EXISTS (SELECT 1 FROM "document_sections" s WHERE s."version_id" = cv."id" AND s."key" = c."section_key")
         END AS "anchorMissing",
         dp."decision" AS "dispositionDecision", dp."justification" AS "dispositionExplanation", dp."approved_at" AS "dispositionDecidedAt",
         (SELECT mi."channel" FROM "moderation_items" mi WHERE mi."item_id" = c."id") AS "channel"
  FROM ${source}
  JOIN "consultations" co ON co."id" = c."consultation_id"
  LEFT JOIN "users" u ON u."id" = c."author_id"
  LEFT JOIN LATERAL (
    SELECT v."id" FROM "document_versions" v WHERE v."consultation_id" = c."consultation_id" ORDER BY v."number" DESC LIMIT 1
  ) cv ON true
  LEFT JOIN LATERAL (
    SELECT d."decision", d."justification", d."approved_at" FROM "dispositions" d
    WHERE d."comment_id" = c."id" AND d."state" = 'approved' ORDER BY d."version" DESC LIMIT 1
  ) dp ON true`;
const SELECT_COMMENT = selectComments();

/** Every query on comments, their revisions and their counters. */
@Injectable()
export class CommentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<CommentRow | null> {
    const rows = await manager.query<CommentRow[]>(`${SELECT_COMMENT} WHERE c."id" = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Locks the comment row until the transaction ends (edits, withdrawal, counters). */
  async lock(id: string, manager: EntityManager): Promise<Pick<CommentEntity, 'id' | 'authorId' | 'state'> | null> {
    const rows = await manager.query<Pick<CommentEntity, 'id' | 'authorId' | 'state'>[]>(
      `SELECT "id", "author_id" AS "authorId", "state" FROM "comments" WHERE "id" = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * One page in display order, after `cursor`. With a state scope this is a single range scan of one
   * of the (consultation, section|paragraph|-, state, created_at|agree_count, id) indexes.
   */
  async page(
    filter: CommentFilter,
    scope: CommentScope,
    sort: CommentSort,
    cursor: CommentCursor | null,
    limit: number,
  ): Promise<CommentRow[]> {
    const params: unknown[] = [filter.consultationId];
    const where = ['c."consultation_id" = $1'];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.sectionKey !== undefined) where.push(`c."section_key" = ${param(filter.sectionKey)}`);
    if (filter.paragraphKey !== undefined) where.push(`c."paragraph_key" = ${param(filter.paragraphKey)}`);
    if ('state' in scope) where.push(`c."state" = ${param(scope.state)}`);
    else where.push(`c."author_id" = ${param(scope.authorId)}`, `c."state" = ANY(${param(scope.states)})`);

    const byAgreement = sort === CommentSort.MostAgreed;
    const ascending = sort === CommentSort.Oldest;
    const sortColumn = byAgreement ? 'c."agree_count"' : 'c."created_at"';
    if (cursor) {
      const key = byAgreement ? `${param(Number(cursor.key))}::int` : `${param(cursor.key)}::timestamptz`;
      where.push(`(${sortColumn}, c."id") ${ascending ? '>' : '<'} (${key}, ${param(cursor.id)}::uuid)`);
    }
    const direction = ascending ? 'ASC' : 'DESC';
    const order = `ORDER BY ${sortColumn} ${direction}, c."id" ${direction}`;
    // The range scan picks the page first; the planner then joins and checks replies for those rows only
    // (on the whole filter it would hash every official reply of the database per request).
    const pageRows = `(SELECT * FROM "comments" c WHERE ${where.join(' AND ')} ${order} LIMIT ${param(limit)}) c`;
    return this.dataSource.manager.query<CommentRow[]>(`${selectComments(pageRows)} ${order}`, params);
  }

  /** Published comments matching the filter, from the per-anchor counts a trigger keeps (migration 1764000300000). */
  async countPublished(filter: CommentFilter): Promise<number> {
    const params: unknown[] = [filter.consultationId];
    const where = ['"consultation_id" = $1'];
    if (filter.sectionKey !== undefined) where.push(`"section_key" = $${params.push(filter.sectionKey)}`);
    if (filter.paragraphKey !== undefined) where.push(`"paragraph_key" = $${params.push(filter.paragraphKey)}`);
    const rows = await this.dataSource.manager.query<{ count: number }[]>(
      `SELECT coalesce(sum("published"), 0)::int AS "count" FROM "comment_anchor_counts" WHERE ${where.join(' AND ')}`,
      params,
    );
    return rows[0].count;
  }

  /** Published comments per section and paragraph (paragraph null: on the section as a whole); same source as countPublished. */
  async countPublishedByAnchor(consultationId: string): Promise<{ sectionKey: string; paragraphKey: string | null; count: number }[]> {
    return this.dataSource.manager.query(
      `SELECT "section_key" AS "sectionKey", nullif("paragraph_key", '') AS "paragraphKey", "published" AS "count"
       FROM "comment_anchor_counts" WHERE "consultation_id" = $1 AND "published" > 0`,
      [consultationId],
    );
  }

  async listByAuthor(authorId: string): Promise<CommentRow[]> {
    return this.dataSource.manager.query<CommentRow[]>(
      `${SELECT_COMMENT} WHERE c."author_id" = $1 ORDER BY c."created_at" DESC, c."id" DESC`,
      [authorId],
    );
  }

  async insert(comment: NewComment, manager: EntityManager): Promise<void> {
    await manager.insert(CommentEntity, comment);
  }

  /** Keeps the previous wording as a revision (for staff), then applies the changes. */
  async edit(id: string, changes: CommentChanges, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "comment_revisions" ("comment_id", "text", "stance", "proposed_wording", "area_key")
       SELECT "id", "text", "stance", "proposed_wording", "area_key" FROM "comments" WHERE "id" = $1`,
      [id],
    );
    await manager.update(CommentEntity, { id }, { ...changes, editedAt: () => 'now()' });
  }

  async revisions(commentId: string): Promise<CommentRevisionEntity[]> {
    return this.dataSource.manager.find(CommentRevisionEntity, { where: { commentId }, order: { createdAt: 'ASC' } });
  }

  async setState(id: string, state: CommentState, manager: EntityManager): Promise<void> {
    await manager.update(CommentEntity, { id }, { state });
  }

  async addToReplyCount(id: string, delta: number, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "comments" SET "reply_count" = "reply_count" + $2 WHERE "id" = $1`, [id, delta]);
  }

  async countInConsultation(consultationId: string): Promise<number> {
    return this.dataSource.manager.count(CommentEntity, { where: { consultationId } });
  }
}
