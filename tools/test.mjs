// npm test: lint, unit and integration tests (Jest, real database), production build, browser tests (Playwright + axe).
// With DATABASE_URL every stage uses that PostgreSQL server (each run in fresh databases); without it, embedded PGlite.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const stages = [
  ['format', ['npx', 'prettier', '--check', '.']],
  ['lint', ['npx', 'nx', 'run-many', '-t', 'lint', '--output-style=static', '--parallel=2']],
  ['unit and integration tests', ['npx', 'nx', 'run-many', '-t', 'test', '--output-style=static', '--parallel=2', '--skip-nx-cache']],
  ['build', ['npx', 'nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static']],
  ['browser tests', ['npx', 'playwright', 'test', '-c', 'e2e/playwright.config.ts']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, [command, ...args]] of stages) {
  if (only.length > 0 && !only.some((wanted) => name.startsWith(wanted))) continue;
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push({ name, ok: run.status === 0, seconds });
  if (run.status !== 0) break;
}

console.log('\n=== summary');
for (const { name, ok, seconds } of results) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name} (${seconds} s)`);
const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
