import { AuditAction, AuditTargetType } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { KeysetCursor } from '../moderation-cursor';

export interface NewAuditEntry {
  actorId: string | null;
  actorName: string;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  consultationId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditRow extends NewAuditEntry {
  id: string;
  createdAt: Date;
  createdAtExact: string;
}

export interface AuditFilter {
  actorId?: string;
  action?: AuditAction;
  consultationId?: string;
  from?: Date;
  to?: Date;
}

/** The append-only audit log: inserts (always in the transaction of the action) and keyset reads, newest first. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async append(entry: NewAuditEntry, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "audit_log" ("actor_id", "actor_name", "action", "target_type", "target_id", "consultation_id", "before", "after")
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)`,
      [
        entry.actorId,
        entry.actorName,
        entry.action,
        entry.targetType,
        entry.targetId,
        entry.consultationId,
        entry.before === null ? null : JSON.stringify(entry.before),
        entry.after === null ? null : JSON.stringify(entry.after),
      ],
    );
  }

  /** Newest first; one range scan of the (filter column, created_at, id) index that matches the filter. */
  async page(filter: AuditFilter, cursor: KeysetCursor | null, limit: number): Promise<AuditRow[]> {
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    const where: string[] = ['true'];
    if (filter.actorId) where.push(`"actor_id" = ${param(filter.actorId)}`);
    if (filter.action) where.push(`"action" = ${param(filter.action)}`);
    if (filter.consultationId) where.push(`"consultation_id" = ${param(filter.consultationId)}`);
    if (filter.from) where.push(`"created_at" >= ${param(filter.from)}`);
    if (filter.to) where.push(`"created_at" < ${param(filter.to)}`);
    if (cursor) where.push(`("created_at", "id") < (${param(cursor.at)}::timestamptz, ${param(cursor.id)}::uuid)`);
    return this.dataSource.manager.query<AuditRow[]>(
      `SELECT "id", "actor_id" AS "actorId", "actor_name" AS "actorName", "action", "target_type" AS "targetType", "target_id" AS "targetId",
              "consultation_id" AS "consultationId", "before", "after", "created_at" AS "createdAt",
              to_char("created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAtExact"
       FROM "audit_log" WHERE ${where.join(' AND ')} ORDER BY "created_at" DESC, "id" DESC LIMIT ${param(limit)}`,
      params,
    );
  }
}
