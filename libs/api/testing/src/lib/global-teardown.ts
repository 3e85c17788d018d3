import { Client } from 'pg';
import { TestDatabaseHandle } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const handle = (globalThis as { __consultaTestDatabase?: TestDatabaseHandle }).__consultaTestDatabase;
  if (!handle) return;
  if (handle.embedded) await handle.embedded.stop();
  if (handle.drop) {
    const admin = new Client({ connectionString: handle.drop.serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${handle.drop.name}" WITH (FORCE)`);
    await admin.end();
  }
}
