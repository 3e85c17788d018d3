import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** Which table an agreement is about: comments or replies (same shape, same counters). */
export type AgreementTarget = 'comment' | 'reply';

const TABLES: Record<AgreementTarget, { agreements: string; column: string; counted: string }> = {
  comment: { agreements: 'comment_agreements', column: 'comment_id', counted: 'comments' },
  reply: { agreements: 'reply_agreements', column: 'reply_id', counted: 'replies' },
};

export interface AgreementRow {
  commentId: string | null;
  replyId: string | null;
  createdAt: Date;
}

/** "I agree" marks and the denormalised agree_count, always changed together in one transaction. */
@Injectable()
export class AgreementRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Adds the mark and returns the new count, or null when the person already agreed (the primary key decides, even under a race). */
  async add(target: AgreementTarget, id: string, userId: string, manager: EntityManager): Promise<number | null> {
    const table = TABLES[target];
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO "${table.agreements}" ("${table.column}", "user_id") VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
      [id, userId],
    );
    if (inserted.length === 0) return null;
    return this.addToCount(target, id, 1, manager);
  }

  /** Removes the mark and returns the new count, or null when there was none. */
  async remove(target: AgreementTarget, id: string, userId: string, manager: EntityManager): Promise<number | null> {
    const table = TABLES[target];
    // TypeORM answers DELETE ... RETURNING with [rows, affected].
    const [, affected] = await manager.query<[unknown[], number]>(
      `DELETE FROM "${table.agreements}" WHERE "${table.column}" = $1 AND "user_id" = $2 RETURNING 1`,
      [id, userId],
    );
    if (affected === 0) return null;
    return this.addToCount(target, id, -1, manager);
  }

  /** Of these ids, the ones the user agreed with (one query per page, never per item). */
  async agreedBy(target: AgreementTarget, userId: string | null | undefined, ids: string[]): Promise<Set<string>> {
    if (!userId || ids.length === 0) return new Set();
    const table = TABLES[target];
    const rows = await this.dataSource.manager.query<{ id: string }[]>(
      `SELECT "${table.column}" AS "id" FROM "${table.agreements}" WHERE "user_id" = $1 AND "${table.column}" = ANY($2)`,
      [userId, ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  async listByUser(userId: string): Promise<AgreementRow[]> {
    return this.dataSource.manager.query<AgreementRow[]>(
      `SELECT "comment_id" AS "commentId", NULL::uuid AS "replyId", "created_at" AS "createdAt" FROM "comment_agreements" WHERE "user_id" = $1
       UNION ALL
       SELECT NULL::uuid, "reply_id", "created_at" FROM "reply_agreements" WHERE "user_id" = $1
       ORDER BY "createdAt"`,
      [userId],
    );
  }

  /** Takes back every mark of a person (account deletion), keeping the counters right. */
  async removeAllBy(userId: string, manager: EntityManager): Promise<void> {
    for (const table of Object.values(TABLES)) {
      await manager.query(
        `UPDATE "${table.counted}" t SET "agree_count" = t."agree_count" - 1
         FROM "${table.agreements}" a WHERE a."${table.column}" = t."id" AND a."user_id" = $1`,
        [userId],
      );
      await manager.query(`DELETE FROM "${table.agreements}" WHERE "user_id" = $1`, [userId]);
    }
  }

  private async addToCount(target: AgreementTarget, id: string, delta: number, manager: EntityManager): Promise<number> {
    const rows = await manager.query<[{ agree_count: number }[], number]>(
      `UPDATE "${TABLES[target].counted}" SET "agree_count" = "agree_count" + $2 WHERE "id" = $1 RETURNING "agree_count"`,
      [id, delta],
    );
    return rows[0][0].agree_count;
  }
}
