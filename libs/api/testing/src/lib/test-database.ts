import type { EmbeddedPostgres } from '@consulta/api/core';

export interface TestDatabaseHandle {
  url: string;
  embedded?: EmbeddedPostgres;
  drop?: { serverUrl: string; name: string };
}

/** The URL the globalSetup prepared; fails loudly when a spec runs without it. */
export function testDatabaseUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run integration specs through their Jest config (globalSetup).');
  return url;
}
