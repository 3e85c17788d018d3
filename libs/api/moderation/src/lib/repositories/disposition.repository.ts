import { DispositionDecision, DispositionState } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface DispositionRow {
  id: string;
  commentId: string;
  version: number;
  decision: DispositionDecision;
  justification: string;
  state: DispositionState;
  draftedBy: string | null;
  draftedByName: string;
  approvedByName: string | null;
  approvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A comment locked for a disposition, with what decides whether one may be drafted. */
export interface DispositionTarget {
  id: string;
  consultationId: string;
  state: string;
  authorId: string | null;
}

const COLUMNS = `d."id", d."comment_id" AS "commentId", d."version", d."decision", d."justification", d."state",
  d."drafted_by" AS "draftedBy", d."drafted_by_name" AS "draftedByName", d."approved_by_name" AS "approvedByName",
  d."approved_at" AS "approvedAt", d."created_at" AS "createdAt", d."updated_at" AS "updatedAt"`;

/** Every query on dispositions (the city's decisions on comments, versioned). */
@Injectable()
export class DispositionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Locks the comments (in id order, so two bulk drafts cannot deadlock) for drafting. */
  async lockComments(ids: string[], manager: EntityManager): Promise<DispositionTarget[]> {
    return manager.query<DispositionTarget[]>(
      `SELECT "id", "consultation_id" AS "consultationId", "state", "author_id" AS "authorId"
       FROM "comments" WHERE "id" = ANY($1::uuid[]) ORDER BY "id" FOR UPDATE`,
      [ids],
    );
  }

  /** The comments of a near-duplicate group (ids in the moderation rows). */
  async groupCommentIds(groupId: string): Promise<string[]> {
    const rows = await this.dataSource.manager.query<{ id: string }[]>(
      `SELECT "item_id" AS "id" FROM "moderation_items" WHERE "duplicate_group_id" = $1 AND "item_type" = 'comment'`,
      [groupId],
    );
    return rows.map((row) => row.id);
  }

  async forComment(commentId: string, manager: EntityManager = this.dataSource.manager): Promise<DispositionRow[]> {
    return manager.query<DispositionRow[]>(`SELECT ${COLUMNS} FROM "dispositions" d WHERE d."comment_id" = $1 ORDER BY d."version"`, [
      commentId,
    ]);
  }

  /** Comment ids among `ids` that have an open draft. */
  async withDraft(ids: string[], manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT "comment_id" AS "id" FROM "dispositions" WHERE "comment_id" = ANY($1::uuid[]) AND "state" = 'draft'`,
      [ids],
    );
    return rows.map((row) => row.id);
  }

  async insertDrafts(
    commentIds: string[],
    draft: { decision: DispositionDecision; justification: string; draftedBy: string; draftedByName: string },
    manager: EntityManager,
  ): Promise<DispositionRow[]> {
    return manager.query<DispositionRow[]>(
      `INSERT INTO "dispositions" AS d ("comment_id", "version", "decision", "justification", "state", "drafted_by", "drafted_by_name")
       SELECT ids."id", coalesce((SELECT max(x."version") FROM "dispositions" x WHERE x."comment_id" = ids."id"), 0) + 1, $2, $3, 'draft', $4, $5
       FROM unnest($1::uuid[]) AS ids("id")
       RETURNING ${COLUMNS}`,
      [commentIds, draft.decision, draft.justification, draft.draftedBy, draft.draftedByName],
    );
  }

  /** Locks one disposition version (and its comment first, the same order as drafting). */
  async lock(id: string, manager: EntityManager): Promise<(DispositionRow & { consultationId: string }) | null> {
    const comments = await manager.query<{ commentId: string }[]>(
      `SELECT "comment_id" AS "commentId" FROM "dispositions" WHERE "id" = $1`,
      [id],
    );
    if (!comments[0]) return null;
    await manager.query(`SELECT 1 FROM "comments" WHERE "id" = $1 FOR UPDATE`, [comments[0].commentId]);
    const rows = await manager.query<(DispositionRow & { consultationId: string })[]>(
      `SELECT ${COLUMNS}, c."consultation_id" AS "consultationId"
       FROM "dispositions" d JOIN "comments" c ON c."id" = d."comment_id" WHERE d."id" = $1 FOR UPDATE OF d`,
      [id],
    );
    return rows[0] ?? null;
  }

  async updateDraft(id: string, change: { decision: DispositionDecision; justification: string }, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "dispositions" SET "decision" = $2, "justification" = $3, "updated_at" = now() WHERE "id" = $1`, [
      id,
      change.decision,
      change.justification,
    ]);
  }

  async withdraw(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "dispositions" SET "state" = 'withdrawn', "updated_at" = now() WHERE "id" = $1`, [id]);
  }

  async approve(id: string, approver: { id: string; name: string }, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE "dispositions" SET "state" = 'approved', "approved_by" = $2, "approved_by_name" = $3, "approved_at" = now(), "updated_at" = now()
       WHERE "id" = $1`,
      [id, approver.id, approver.name],
    );
  }

  async byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<DispositionRow | null> {
    const rows = await manager.query<DispositionRow[]>(`SELECT ${COLUMNS} FROM "dispositions" d WHERE d."id" = $1`, [id]);
    return rows[0] ?? null;
  }

  async singleStepAllowed(consultationId: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query<{ allowed: boolean }[]>(
      `SELECT "single_step_dispositions" AS "allowed" FROM "moderation_settings" WHERE "consultation_id" = $1`,
      [consultationId],
    );
    return rows[0]?.allowed ?? false;
  }
}
