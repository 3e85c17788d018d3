import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface StoredIdempotencyKey {
  requestHash: string;
  resourceType: string;
  resourceId: string;
}

/** Idempotency keys of submissions; the primary key (user_id, key) settles concurrent retries. */
@Injectable()
export class IdempotencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(userId: string, key: string, manager: EntityManager = this.dataSource.manager): Promise<StoredIdempotencyKey | null> {
    const rows = await manager.query<StoredIdempotencyKey[]>(
      `SELECT "request_hash" AS "requestHash", "resource_type" AS "resourceType", "resource_id" AS "resourceId"
       FROM "idempotency_keys" WHERE "user_id" = $1 AND "key" = $2`,
      [userId, key],
    );
    return rows[0] ?? null;
  }

  /**
   * Claims the key for a resource about to be created in the same transaction. false when the key is
   * taken: a concurrent claim waits here until the other transaction commits (then false) or rolls back (then true).
   */
  async claim(userId: string, key: string, value: StoredIdempotencyKey, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO "idempotency_keys" ("user_id", "key", "request_hash", "resource_type", "resource_id")
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1`,
      [userId, key, value.requestHash, value.resourceType, value.resourceId],
    );
    return rows.length > 0;
  }
}
