import { CommentState, ThemeAssignmentSource, ThemeOrigin } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface ThemeRow {
  id: string;
  consultationId: string;
  name: string;
  description: string;
  colour: string;
  origin: ThemeOrigin;
  response: string | null;
  commentCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewTheme {
  consultationId: string;
  name: string;
  description: string;
  colour: string;
  origin: ThemeOrigin;
  createdBy: string | null;
}

const THEME_COLUMNS = `t."id", t."consultation_id" AS "consultationId", t."name", t."description", t."colour", t."origin", t."response",
  t."created_at" AS "createdAt", t."updated_at" AS "updatedAt",
  (SELECT count(*)::int FROM "theme_assignments" a JOIN "comments" c ON c."id" = a."comment_id"
   WHERE a."theme_id" = t."id" AND c."state" <> '${CommentState.Withdrawn}') AS "commentCount"`;

/** Themes and their assignments: every query on "themes" and "theme_assignments". */
@Injectable()
export class ThemeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Serialises changes to one consultation's set of themes (count limit, name checks): a row lock on the consultation. */
  async lockConsultation(consultationId: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT 1 FROM "consultations" WHERE "id" = $1 FOR NO KEY UPDATE`, [consultationId]);
  }

  list(consultationId: string, manager: EntityManager = this.dataSource.manager): Promise<ThemeRow[]> {
    return manager.query<ThemeRow[]>(
      `SELECT ${THEME_COLUMNS} FROM "themes" t WHERE t."consultation_id" = $1 ORDER BY lower(t."name"), t."id"`,
      [consultationId],
    );
  }

  async byId(consultationId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<ThemeRow | null> {
    const rows = await manager.query<ThemeRow[]>(`SELECT ${THEME_COLUMNS} FROM "themes" t WHERE t."id" = $1 AND t."consultation_id" = $2`, [
      id,
      consultationId,
    ]);
    return rows[0] ?? null;
  }

  /** Locks the theme row (assignments, updates and deletion of one theme never interleave). */
  async lock(consultationId: string, id: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query<unknown[]>(`SELECT 1 FROM "themes" WHERE "id" = $1 AND "consultation_id" = $2 FOR UPDATE`, [
      id,
      consultationId,
    ]);
    return rows.length > 0;
  }

  /** Ids of the given themes that belong to the consultation. */
  async existing(consultationId: string, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await manager.query<{ id: string }[]>(
      `SELECT "id" FROM "themes" WHERE "consultation_id" = $1 AND "id" = ANY($2::uuid[])`,
      [consultationId, ids],
    );
    return rows.map((row) => row.id);
  }

  async count(consultationId: string, manager: EntityManager): Promise<number> {
    const [row] = await manager.query<{ count: number }[]>(`SELECT count(*)::int AS "count" FROM "themes" WHERE "consultation_id" = $1`, [
      consultationId,
    ]);
    return row.count;
  }

  /** The id of the theme with this name (case-insensitive), other than `exceptId`. */
  async withName(consultationId: string, name: string, manager: EntityManager, exceptId?: string): Promise<string | null> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT "id" FROM "themes" WHERE "consultation_id" = $1 AND lower("name") = lower($2) AND ($3::uuid IS NULL OR "id" <> $3::uuid)`,
      [consultationId, name, exceptId ?? null],
    );
    return rows[0]?.id ?? null;
  }

  async usedColours(consultationId: string, manager: EntityManager): Promise<Map<string, number>> {
    const rows = await manager.query<{ colour: string; count: number }[]>(
      `SELECT "colour", count(*)::int AS "count" FROM "themes" WHERE "consultation_id" = $1 GROUP BY "colour"`,
      [consultationId],
    );
    return new Map(rows.map((row) => [row.colour, row.count]));
  }

  async insert(theme: NewTheme, manager: EntityManager): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO "themes" ("consultation_id", "name", "description", "colour", "origin", "created_by")
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id"`,
      [theme.consultationId, theme.name, theme.description, theme.colour, theme.origin, theme.createdBy],
    );
    return row.id;
  }

  async update(
    id: string,
    fields: { name: string; description: string; colour: string; response: string | null },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE "themes" SET "name" = $2, "description" = $3, "colour" = $4, "response" = $5, "updated_at" = now() WHERE "id" = $1`,
      [id, fields.name, fields.description, fields.colour, fields.response],
    );
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM "themes" WHERE "id" = $1`, [id]);
  }

  /** Moves every assignment of `fromId` to `intoId` (kept once when both had the comment); returns how many moved. */
  async moveAssignments(fromId: string, intoId: string, manager: EntityManager): Promise<number> {
    const moved = await manager.query<unknown[]>(
      `INSERT INTO "theme_assignments" ("theme_id", "comment_id", "source", "assigned_by", "created_at")
       SELECT $2, "comment_id", "source", "assigned_by", "created_at" FROM "theme_assignments" WHERE "theme_id" = $1
       ON CONFLICT ("theme_id", "comment_id") DO NOTHING RETURNING "comment_id"`,
      [fromId, intoId],
    );
    return moved.length;
  }

  /** The consultation's comments among `ids` that can be themed (any state but withdrawn), locked against deletion. */
  async themableComments(consultationId: string, ids: readonly string[], manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT "id" FROM "comments" WHERE "consultation_id" = $1 AND "id" = ANY($2::uuid[]) AND "state" <> $3 FOR KEY SHARE`,
      [consultationId, ids, CommentState.Withdrawn],
    );
    return rows.map((row) => row.id);
  }

  /** Adds assignments (existing ones are left as they are); returns the comment ids actually added. */
  async assign(
    themeId: string,
    commentIds: readonly string[],
    source: ThemeAssignmentSource,
    assignedBy: string | null,
    manager: EntityManager,
  ): Promise<string[]> {
    if (commentIds.length === 0) return [];
    const rows = await manager.query<{ commentId: string }[]>(
      `INSERT INTO "theme_assignments" ("theme_id", "comment_id", "source", "assigned_by")
       SELECT $1, unnest($2::uuid[]), $3, $4
       ON CONFLICT ("theme_id", "comment_id") DO NOTHING RETURNING "comment_id" AS "commentId"`,
      [themeId, commentIds, source, assignedBy],
    );
    return rows.map((row) => row.commentId);
  }

  async unassign(themeId: string, commentIds: readonly string[], manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<{ commentId: string }[]>(
      // Wrapped in a SELECT: TypeORM answers a bare DELETE … RETURNING as [rows, count].
      `WITH removed AS (DELETE FROM "theme_assignments" WHERE "theme_id" = $1 AND "comment_id" = ANY($2::uuid[]) RETURNING "comment_id")
       SELECT "comment_id" AS "commentId" FROM removed`,
      [themeId, commentIds],
    );
    return rows.map((row) => row.commentId);
  }
}
