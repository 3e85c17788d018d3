import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env['E2E_PORT'] ?? 4310);
const chromium = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};

/** Browser tests against the production build served by e2e/serve-app.mjs on a fresh database. */
export default defineConfig({
  testDir: './tests',
  outputDir: '../tmp/e2e-results',
  fullyParallel: true,
  workers: 2,
  // No retries: a flaky test is a bug to fix, and retried registrations would exhaust the per-IP limit.
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report lets `npm test` repeat each failure's error at the very end of its output (CI logs show the tail).
  reporter: [['list'], ['json', { outputFile: '../tmp/e2e-report.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: chromium,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium, viewport: { width: 1280, height: 900 } } },
    { name: 'phone', use: { ...devices['Pixel 5'], launchOptions: chromium, viewport: { width: 360, height: 740 } } },
  ],
  webServer: {
    command: `node e2e/serve-app.mjs`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PORT: String(port) },
  },
});
