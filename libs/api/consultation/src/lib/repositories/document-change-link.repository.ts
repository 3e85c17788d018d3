import { AuditAction, AuditTargetType } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface ChangeLinks {
  themeIds: string[];
  commentIds: string[];
}

export interface ChangeLinkAuditEntry {
  actorId: string;
  actorName: string;
  consultationId: string;
  toVersion: number;
  paragraphKey: string;
  before: ChangeLinks | null;
  after: ChangeLinks | null;
}

/**
 * The document_change_links table, plus the few reads of other domains' tables it needs. They are plain SQL on purpose:
 * participation, themes and moderation all import this library, so it cannot import theirs (no cycles) — it reads
 * `themes` and `comments` by their documented columns and appends to moderation's `audit_log` exactly as
 * moderation's AuditRepository does.
 */
@Injectable()
export class DocumentChangeLinkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The links of every change made by versions after `fromVersion` up to `toVersion`, merged per paragraph (oldest
   * version first, no duplicates). Only themes that still exist and comments that are still published are returned.
   */
  async linksBetween(
    consultationId: string,
    fromVersion: number,
    toVersion: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, ChangeLinks>> {
    const rows = await manager.query<{ paragraphKey: string; themeIds: string[]; commentIds: string[] }[]>(
      `SELECT l."paragraph_key" AS "paragraphKey",
              ARRAY(SELECT t."id"::text FROM unnest(l."theme_ids") WITH ORDINALITY AS u("id", "n")
                    JOIN "themes" t ON t."id" = u."id" AND t."consultation_id" = l."consultation_id" ORDER BY u."n") AS "themeIds",
              ARRAY(SELECT c."id"::text FROM unnest(l."comment_ids") WITH ORDINALITY AS u("id", "n")
                    JOIN "comments" c ON c."id" = u."id" AND c."consultation_id" = l."consultation_id" AND c."state" = 'published'
                    ORDER BY u."n") AS "commentIds"
       FROM "document_change_links" l
       WHERE l."consultation_id" = $1 AND l."to_version" > $2 AND l."to_version" <= $3
       ORDER BY l."to_version", l."paragraph_key"`,
      [consultationId, fromVersion, toVersion],
    );
    const links = new Map<string, ChangeLinks>();
    for (const row of rows) {
      const merged = links.get(row.paragraphKey) ?? { themeIds: [], commentIds: [] };
      merged.themeIds = [...new Set([...merged.themeIds, ...row.themeIds])];
      merged.commentIds = [...new Set([...merged.commentIds, ...row.commentIds])];
      links.set(row.paragraphKey, merged);
    }
    return links;
  }

  /** The stored links of one change, as written (unfiltered), or null. */
  async find(consultationId: string, toVersion: number, paragraphKey: string, manager: EntityManager): Promise<ChangeLinks | null> {
    const [row] = await manager.query<ChangeLinks[]>(
      `SELECT "theme_ids"::text[] AS "themeIds", "comment_ids"::text[] AS "commentIds" FROM "document_change_links"
       WHERE "consultation_id" = $1 AND "to_version" = $2 AND "paragraph_key" = $3`,
      [consultationId, toVersion, paragraphKey],
    );
    return row ?? null;
  }

  async save(
    consultationId: string,
    toVersion: number,
    paragraphKey: string,
    links: ChangeLinks,
    updatedBy: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO "document_change_links" ("consultation_id", "to_version", "paragraph_key", "theme_ids", "comment_ids", "updated_by", "updated_at")
       VALUES ($1, $2, $3, $4::uuid[], $5::uuid[], $6, now())
       ON CONFLICT ("consultation_id", "to_version", "paragraph_key")
       DO UPDATE SET "theme_ids" = EXCLUDED."theme_ids", "comment_ids" = EXCLUDED."comment_ids",
                     "updated_by" = EXCLUDED."updated_by", "updated_at" = EXCLUDED."updated_at"`,
      [consultationId, toVersion, paragraphKey, links.themeIds, links.commentIds, updatedBy],
    );
  }

  async delete(consultationId: string, toVersion: number, paragraphKey: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM "document_change_links" WHERE "consultation_id" = $1 AND "to_version" = $2 AND "paragraph_key" = $3`, [
      consultationId,
      toVersion,
      paragraphKey,
    ]);
  }

  /** Which of `ids` are themes of the consultation. */
  async existingThemeIds(consultationId: string, ids: string[], manager: EntityManager): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await manager.query<{ id: string }[]>(
      `SELECT "id"::text AS "id" FROM "themes" WHERE "consultation_id" = $1 AND "id" = ANY($2::uuid[])`,
      [consultationId, ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Which of `ids` are published comments of the consultation (only those appear in the public report). */
  async publishedCommentIds(consultationId: string, ids: string[], manager: EntityManager): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await manager.query<{ id: string }[]>(
      `SELECT "id"::text AS "id" FROM "comments" WHERE "consultation_id" = $1 AND "state" = 'published' AND "id" = ANY($2::uuid[])`,
      [consultationId, ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** One row of moderation's append-only audit log, in the caller's transaction (see the class comment). */
  async appendAudit(entry: ChangeLinkAuditEntry, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "audit_log" ("actor_id", "actor_name", "action", "target_type", "target_id", "consultation_id", "before", "after")
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)`,
      [
        entry.actorId,
        entry.actorName,
        AuditAction.LinkDocumentChange,
        AuditTargetType.DocumentChange,
        `${entry.toVersion}:${entry.paragraphKey}`,
        entry.consultationId,
        entry.before === null ? null : JSON.stringify(entry.before),
        entry.after === null ? null : JSON.stringify(entry.after),
      ],
    );
  }
}
