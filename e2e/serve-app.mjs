// Starts the built app for the browser tests on a fresh database (a new PostgreSQL database when DATABASE_URL is set,
// otherwise an embedded one in a temporary folder), with the demo content, and records the demo accounts it prints.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const env = { ...process.env, RATE_LIMIT_FACTOR: '10', SEED_DEMO: 'true', NODE_ENV: 'development', DEV_OUTBOX: 'true', HOST: '127.0.0.1' };
env.PUBLIC_URL = `http://127.0.0.1:${env.PORT ?? 4310}`;
let cleanup = () => Promise.resolve();

if (process.env.DATABASE_URL) {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const stale = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'consulta_e2e_%'`);
  for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  const name = `consulta_e2e_${Date.now()}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
} else {
  const dataDir = mkdtempSync(join(tmpdir(), 'consulta-e2e-'));
  env.DATA_DIR = dataDir;
  cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
}

const accounts = {};
mkdirSync('tmp', { recursive: true });
const server = spawn(process.execPath, ['dist/apps/api/main.js'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  // The seeder prints each demo account once as: "  role  email  password"
  for (const match of chunk.toString().matchAll(/^\s+(admin|moderator|resident)\s+(\S+@\S+)\s+(\S+)\s*$/gm)) {
    accounts[match[2]] = { role: match[1], email: match[2], password: match[3] };
    writeFileSync('tmp/e2e-demo-accounts.json', JSON.stringify(Object.values(accounts), null, 2));
  }
});

const stop = async () => {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  await cleanup().catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', async (code) => {
  await cleanup().catch(() => undefined);
  process.exit(code ?? 1);
});
