import { baseDataSourceOptions } from '@consulta/api/core';
import { CONSULTATION_ENTITIES } from '@consulta/api/consultation';
import { IDENTITY_ENTITIES } from '@consulta/api/identity';
import { MODERATION_ENTITIES } from '@consulta/api/moderation';
import { PARTICIPATION_ENTITIES } from '@consulta/api/participation';
import { pendingSchemaChanges, testDatabaseUrl } from '@consulta/api/testing';
import { DataSource } from 'typeorm';
import { REPORT_ENTITIES } from './entities';

describe('reports schema', () => {
  it('is exactly what the committed migrations create', async () => {
    const changes = await pendingSchemaChanges([
      ...IDENTITY_ENTITIES,
      ...CONSULTATION_ENTITIES,
      ...PARTICIPATION_ENTITIES,
      ...MODERATION_ENTITIES,
      ...REPORT_ENTITIES,
    ]);
    expect(changes).toEqual([]);
  });

  describe('report_file_chunks', () => {
    let dataSource: DataSource;
    beforeAll(async () => {
      dataSource = new DataSource({ ...baseDataSourceOptions(testDatabaseUrl(), 1) });
      await dataSource.initialize();
    });
    afterAll(() => dataSource.destroy());

    it('refuses an empty chunk and one over 1 MiB, and a second file of the same format for a version', async () => {
      const [consultation] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO "consultations" ("slug", "title", "summary", "moderation_mode") VALUES ('schemat-raportu', 'T', 'S', 'post') RETURNING "id"`,
      );
      const [version] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO "report_versions" ("consultation_id", "version", "content", "comment_count") VALUES ($1, 1, '{}', 0) RETURNING "id"`,
        [consultation.id],
      );
      const [file] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO "report_files" ("version_id", "format", "size", "sha256") VALUES ($1, 'csv', 0, '') RETURNING "id"`,
        [version.id],
      );
      await dataSource.query(`INSERT INTO "report_file_chunks" ("file_id", "seq", "bytes") VALUES ($1, 0, $2)`, [
        file.id,
        Buffer.alloc(1024 * 1024, 1),
      ]);
      await expect(
        dataSource.query(`INSERT INTO "report_file_chunks" ("file_id", "seq", "bytes") VALUES ($1, 1, $2)`, [
          file.id,
          Buffer.alloc(1024 * 1024 + 1, 1),
        ]),
      ).rejects.toThrow(/CHK_report_file_chunks_size/);
      await expect(
        dataSource.query(`INSERT INTO "report_file_chunks" ("file_id", "seq", "bytes") VALUES ($1, 1, '')`, [file.id]),
      ).rejects.toThrow(/CHK_report_file_chunks_size/);
      await expect(
        dataSource.query(`INSERT INTO "report_files" ("version_id", "format", "size", "sha256") VALUES ($1, 'csv', 0, '')`, [version.id]),
      ).rejects.toThrow(/UQ_report_files_version_format/);
      await expect(
        dataSource.query(
          `INSERT INTO "report_versions" ("consultation_id", "version", "content", "comment_count") VALUES ($1, 1, '{}', 0)`,
          [consultation.id],
        ),
      ).rejects.toThrow(/UQ_report_versions_consultation_version/);
    });
  });
});
