// Load time of the published report page in a real browser (issue 6: "the published page loads in under 1 second on
// localhost"): starts the built app (dist/) on a database that holds a published report, opens the report page in
// Debian's Chromium with an empty cache each time, and times from navigation start (the page's performance clock) until
// the heading and the first row of the comment table are on screen.
//
// Usage: npx nx run-many -t build -p api web && DATABASE_URL=postgres://postgres@127.0.0.1:5432/consulta_bench_report_100000 \
//          node tools/bench/report-page.mjs [--slug misja-krakowa] [--runs 10]
// The database is the one `npm run bench:report` seeds and publishes into (it keeps them unless BENCH_DROP_DB=1).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { slug: { type: 'string', default: 'misja-krakowa' }, runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);
if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to a database with a published report (see the header of this file).');
  process.exit(2);
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', JOBS_WORKER: 'false', SEED_DEMO: 'false' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  for (let attempt = 0; ; attempt++) {
    const ready = await fetch(`${base}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (attempt > 120) throw new Error('The app did not become ready within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  const times = [];
  try {
    for (let run = 0; run <= runs; run++) {
      const context = await browser.newContext(); // empty cache and storage: a first visit
      const page = await context.newPage();
      await page.goto(`${base}/k/${values.slug}/report`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('table.report-comments__table tbody tr').first().waitFor();
      // Milliseconds since the navigation started, by the page's own clock (excludes starting the browser context).
      const elapsed = await page.evaluate(() => Math.round(performance.now()));
      await context.close();
      if (run > 0) times.push(elapsed); // run 0 warms the server's caches
    }
  } finally {
    await browser.close();
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(JSON.stringify({ runs: times.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: times[times.length - 1], timesMs: times }));
} finally {
  api.kill('SIGTERM');
}
