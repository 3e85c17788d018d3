import { CONSULTATION_ENTITIES } from '@consulta/api/consultation';
import { IDENTITY_ENTITIES } from '@consulta/api/identity';
import { PARTICIPATION_ENTITIES } from '@consulta/api/participation';
import { pendingSchemaChanges } from '@consulta/api/testing';
import { DataSource } from 'typeorm';
import { testDatabaseUrl } from '@consulta/api/testing';
import { baseDataSourceOptions } from '@consulta/api/core';
import { MODERATION_ENTITIES } from './entities';

describe('moderation schema', () => {
  it('is exactly what the committed migrations create', async () => {
    const changes = await pendingSchemaChanges([
      ...IDENTITY_ENTITIES,
      ...CONSULTATION_ENTITIES,
      ...PARTICIPATION_ENTITIES,
      ...MODERATION_ENTITIES,
    ]);
    expect(changes).toEqual([]);
  });

  describe('audit_log', () => {
    let dataSource: DataSource;
    beforeAll(async () => {
      dataSource = new DataSource({ ...baseDataSourceOptions(testDatabaseUrl(), 1) });
      await dataSource.initialize();
    });
    afterAll(() => dataSource.destroy());

    it('accepts inserts and refuses UPDATE, DELETE and TRUNCATE', async () => {
      const [row] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO "audit_log" ("actor_name", "action", "target_type", "target_id", "after") VALUES ('Test', 'approve', 'comment', 'x', '{"state":"published"}') RETURNING "id"`,
      );
      await expect(dataSource.query(`UPDATE "audit_log" SET "actor_name" = 'Someone else' WHERE "id" = $1`, [row.id])).rejects.toThrow(
        /append-only/,
      );
      await expect(dataSource.query(`DELETE FROM "audit_log" WHERE "id" = $1`, [row.id])).rejects.toThrow(/append-only/);
      await expect(dataSource.query(`TRUNCATE "audit_log"`)).rejects.toThrow(/append-only/);
      const [kept] = await dataSource.query<{ actorName: string }[]>(
        `SELECT "actor_name" AS "actorName" FROM "audit_log" WHERE "id" = $1`,
        [row.id],
      );
      expect(kept.actorName).toBe('Test');
    });
  });
});
