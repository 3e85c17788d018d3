import { baseDataSourceOptions } from '@consulta/api/core';
import { CONSULTATION_ENTITIES } from '@consulta/api/consultation';
import { IDENTITY_ENTITIES } from '@consulta/api/identity';
import { PARTICIPATION_ENTITIES } from '@consulta/api/participation';
import { pendingSchemaChanges, testDatabaseUrl } from '@consulta/api/testing';
import { DataSource } from 'typeorm';
import { THEMES_ENTITIES } from './entities';

describe('themes schema', () => {
  it('is exactly what the committed migrations create', async () => {
    const changes = await pendingSchemaChanges([
      ...IDENTITY_ENTITIES,
      ...CONSULTATION_ENTITIES,
      ...PARTICIPATION_ENTITIES,
      ...THEMES_ENTITIES,
    ]);
    expect(changes).toEqual([]);
  });

  it('refuses two themes of one consultation whose names differ only in case', async () => {
    const dataSource = new DataSource({ ...baseDataSourceOptions(testDatabaseUrl(), 1) });
    await dataSource.initialize();
    try {
      const [consultation] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO "consultations" ("slug", "title", "summary", "moderation_mode") VALUES ('schemat-tematow', 'T', 'S', 'post') RETURNING "id"`,
      );
      const insert = (name: string) =>
        dataSource.query(`INSERT INTO "themes" ("consultation_id", "name", "colour", "origin") VALUES ($1, $2, '#1f5fa8', 'staff')`, [
          consultation.id,
          name,
        ]);
      await insert('Zieleń');
      await expect(insert('ZIELEŃ')).rejects.toThrow(/UQ_themes_consultation_name/);
    } finally {
      await dataSource.destroy();
    }
  });
});
