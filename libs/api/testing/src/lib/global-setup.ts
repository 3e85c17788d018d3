/* Jest globalSetup for API integration tests: one fresh database per run, migrations applied once. */
import { baseDataSourceOptions, startEmbeddedPostgres } from '@consulta/api/core';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { TestDatabaseHandle } from './test-database';

export default async function globalSetup(): Promise<void> {
  let handle: TestDatabaseHandle;
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) {
    // A real PostgreSQL (CI): a database of our own, dropped in globalTeardown.
    const name = `consulta_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    handle = { url: url.toString(), drop: { serverUrl, name } };
  } else {
    const embedded = await startEmbeddedPostgres(undefined, 40);
    handle = { url: embedded.url, embedded };
  }

  const dataSource = new DataSource(baseDataSourceOptions(handle.url, 2));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  process.env['TEST_DATABASE_URL'] = handle.url;
  (globalThis as { __consultaTestDatabase?: TestDatabaseHandle }).__consultaTestDatabase = handle;
}
