import { WordListKey } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface WordListRow {
  key: WordListKey;
  text: string;
  updatedAt: Date;
  updatedByName: string;
}

/** The city-wide word lists an admin edited (a key without a row uses the shipped list). Three rows at most. */
@Injectable()
export class WordListRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async all(manager: EntityManager = this.dataSource.manager): Promise<WordListRow[]> {
    return manager.query<WordListRow[]>(
      `SELECT "key", "text", "updated_at" AS "updatedAt", "updated_by_name" AS "updatedByName" FROM "word_lists" ORDER BY "key"`,
    );
  }

  /** Which edits exist and when they were made: changes whenever a list is saved (a cheap check before every screening). */
  async version(manager: EntityManager = this.dataSource.manager): Promise<string> {
    const rows = await manager.query<{ version: string | null }[]>(
      `SELECT string_agg("key" || '@' || to_char("updated_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), ',' ORDER BY "key") AS "version"
       FROM "word_lists"`,
    );
    return rows[0]?.version ?? '';
  }

  async lock(key: WordListKey, manager: EntityManager): Promise<WordListRow | null> {
    const rows = await manager.query<WordListRow[]>(
      `SELECT "key", "text", "updated_at" AS "updatedAt", "updated_by_name" AS "updatedByName" FROM "word_lists" WHERE "key" = $1 FOR UPDATE`,
      [key],
    );
    return rows[0] ?? null;
  }

  async save(key: WordListKey, text: string, editor: { id: string; name: string }, manager: EntityManager): Promise<void> {
    // clock_timestamp(): two saves in one transaction still get different versions.
    await manager.query(
      `INSERT INTO "word_lists" ("key", "text", "updated_by", "updated_by_name", "updated_at") VALUES ($1, $2, $3, $4, clock_timestamp())
       ON CONFLICT ("key") DO UPDATE SET "text" = $2, "updated_by" = $3, "updated_by_name" = $4, "updated_at" = clock_timestamp()`,
      [key, text, editor.id, editor.name],
    );
  }
}
