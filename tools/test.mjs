// npm test: lint, unit and integration tests (Jest, real database), production build, browser tests (Playwright + axe).
// With DATABASE_URL every stage uses that PostgreSQL server (each run in fresh databases); without it, embedded PGlite.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const stages = [
  ['format', ['npx', 'prettier', '--check', '.']],
  ['lint', ['npx', 'nx', 'run-many', '-t', 'lint', '--output-style=static', '--parallel=2']],
  ['unit and integration tests', ['npx', 'nx', 'run-many', '-t', 'test', '--output-style=static', '--parallel=2', '--skip-nx-cache']],
  ['build', ['npx', 'nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static']],
  ['browser tests', ['npx', 'playwright', 'test', '-c', 'e2e/playwright.config.ts']],
];

const only = process.argv.slice(2);
const E2E_REPORT = 'tmp/e2e-report.json';
const results = [];
rmSync(E2E_REPORT, { force: true });
for (const [name, [command, ...args]] of stages) {
  if (only.length > 0 && !only.some((wanted) => name.startsWith(wanted))) continue;
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push({ name, ok: run.status === 0, seconds });
  if (run.status !== 0) break;
}

/** Each failed browser test with the first lines of its error, from Playwright's JSON report. */
function browserFailures() {
  if (!existsSync(E2E_REPORT)) return [];
  const failures = [];
  const visit = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        for (const result of test.results ?? []) {
          if (result.status === 'passed' || result.status === 'skipped') continue;
          const message = (result.errors ?? [])
            .map((error) => error.message ?? '')
            .join('\n')
            // eslint-disable-next-line no-control-regex
            .replace(/\u001b\[[0-9;]*m/g, '');
          const where = result.errors?.find((error) => error.location)?.location;
          failures.push({
            title: `[${test.projectName}] ${[...titles, spec.title].join(' › ')}`,
            where: where ? `${where.file}:${where.line}` : '',
            message: message.split('\n').slice(0, 20).join('\n'),
          });
        }
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...titles, child.title]);
  };
  for (const suite of JSON.parse(readFileSync(E2E_REPORT, 'utf8')).suites ?? []) visit(suite, []);
  return failures;
}

const failedBrowser = results.find((result) => result.name === 'browser tests' && !result.ok);
if (failedBrowser) {
  for (const failure of browserFailures()) {
    console.log(`\n=== failed: ${failure.title}\n${failure.where}\n${failure.message}`);
  }
}

console.log('\n=== summary');
for (const { name, ok, seconds } of results) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name} (${seconds} s)`);
const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
