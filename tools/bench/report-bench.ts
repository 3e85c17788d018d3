// Times the report's draft and publish jobs on one seeded database (peak RSS per file), then the public report API over HTTP; prints one JSON line.
//
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/consulta_bench_report node tools/run-ts.cjs tools/bench/report-bench.ts
// The database comes from seed-comments.ts + report-seed.ts. Each run publishes one more version of the report.
import { configureApp } from '@consulta/api/core';
import { DEMO_CONSULTATION_SLUG } from '@consulta/api/consultation';
import { JobContext } from '@consulta/api/jobs';
import {
  GENERATE_REPORT_JOB,
  GenerateReportHandler,
  PUBLISH_REPORT_JOB,
  PublishReportHandler,
  PublishReportPayload,
} from '@consulta/api/reports';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { DataSource } from 'typeorm';

/** Peak resident set (MiB) since the last reset, from the kernel (VmHWM); reset with clear_refs "5". */
function peakRssMb(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}
function resetPeakRss(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not allowed: the peak then covers the whole run so far.
  }
}
const rssMb = (): number => process.memoryUsage().rss / 1024 / 1024;
const round = (n: number, digits = 0): number => Number(n.toFixed(digits));

function context<T>(kind: string, payload: T, onProgress: (fraction: number, message: string | null | undefined) => void): JobContext<T> {
  return {
    jobId: randomUUID(),
    kind,
    payload,
    attempt: 1,
    createdBy: null,
    signal: new AbortController().signal,
    reportProgress: (fraction, message) => onProgress(fraction, message),
  };
}

async function timeRequests(url: string, count: number): Promise<{ p50: number; p95: number; max: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < count + 3; i++) {
    const start = performance.now();
    const response = await fetch(url);
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
    if (i >= 3) times.push(performance.now() - start);
    bytes = body.length;
  }
  times.sort((a, b) => a - b);
  return {
    p50: round(times[Math.floor(times.length / 2)], 1),
    p95: round(times[Math.floor(times.length * 0.95)], 1),
    max: round(times[times.length - 1], 1),
    bytes,
  };
}

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url || !/bench/i.test(new URL(url).pathname))
    throw new Error('DATABASE_URL must name a benchmark database (its name contains "bench")');
  Object.assign(process.env, {
    MIGRATIONS_RUN: 'false',
    SEED_DEMO: 'false',
    JOBS_WORKER: 'false',
    NODE_ENV: 'production',
    DATABASE_POOL_SIZE: '4',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { AppModule } = require('../../apps/api/src/app/app.module') as typeof import('../../apps/api/src/app/app.module');
  const app = await NestFactory.create(AppModule, { logger: ['error', 'warn'], bodyParser: false });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
  const dataSource = app.get(DataSource);
  const [consultation] = await dataSource.query<{ id: string }[]>(`SELECT "id" FROM "consultations" WHERE "slug" = $1`, [
    DEMO_CONSULTATION_SLUG,
  ]);
  const [counts] = await dataSource.query<{ comments: number; published: number }[]>(
    `SELECT count(*)::int AS "comments", count(*) FILTER (WHERE "state" = 'published')::int AS "published" FROM "comments" WHERE "consultation_id" = $1`,
    [consultation.id],
  );

  // Draft: three runs after one warm-up, the job's whole work (snapshot transaction + save).
  const generate = app.get(GenerateReportHandler);
  const draftMs: number[] = [];
  for (let i = 0; i < 4; i++) {
    const start = performance.now();
    await generate.process(context(GENERATE_REPORT_JOB, { consultationId: consultation.id }, () => undefined));
    if (i > 0) draftMs.push(performance.now() - start);
  }
  draftMs.sort((a, b) => a - b);

  // Publish: the steps are told apart by the job's progress messages; each step's peak RSS from the kernel.
  const [admin] = await dataSource.query<{ id: string }[]>(`SELECT "id" FROM "users" WHERE "role" = 'admin' ORDER BY "email" LIMIT 1`);
  const [{ next }] = await dataSource.query<{ next: number }[]>(
    `SELECT coalesce(max("version"), 0)::int + 1 AS "next" FROM "report_versions" WHERE "consultation_id" = $1`,
    [consultation.id],
  );
  const steps: { label: string; ms: number; peakRssMb: number }[] = [];
  let current: { label: string; start: number } | null = null;
  const close = (): void => {
    if (current) steps.push({ label: current.label, ms: round(performance.now() - current.start), peakRssMb: round(peakRssMb()) });
  };
  global.gc?.();
  const baselineRssMb = rssMb();
  const publishStart = performance.now();
  resetPeakRss();
  const payload: PublishReportPayload = {
    consultationId: consultation.id,
    version: next,
    changeNote: next > 1 ? 'Ponowny pomiar (benchmark).' : null,
    actorId: admin?.id ?? randomUUID(),
    actorName: 'Benchmark',
  };
  await app.get(PublishReportHandler).process(
    context(PUBLISH_REPORT_JOB, payload, (_fraction, message) => {
      const label = message ?? '';
      if (current?.label === label) return;
      close();
      resetPeakRss();
      current = { label, start: performance.now() };
    }),
  );
  close();
  const publishMs = performance.now() - publishStart;
  const [files] = await dataSource.query<{ files: Record<string, number> }[]>(
    `SELECT json_object_agg(f."format", f."size") AS "files" FROM "report_files" f JOIN "report_versions" v ON v."id" = f."version_id"
     WHERE v."consultation_id" = $1 AND v."version" = $2`,
    [consultation.id, next],
  );

  // The public page's API: the report (latest), its first page of comments, and the CSV download (streamed from chunks).
  const slug = DEMO_CONSULTATION_SLUG;
  const report = await timeRequests(`${base}/consultations/${slug}/report`, 30);
  const comments = await timeRequests(`${base}/consultations/${slug}/report/versions/${next}/comments`, 30);
  const csv = await timeRequests(`${base}/consultations/${slug}/report/versions/${next}/files/csv`, 5);
  await app.close();

  console.log(
    JSON.stringify({
      comments: counts.comments,
      published: counts.published,
      version: next,
      draftMs: { median: round(draftMs[1]), max: round(draftMs[2]) },
      publishMs: round(publishMs),
      baselineRssMb: round(baselineRssMb),
      steps,
      files: files.files,
      api: { report, comments, csv },
      load: loadavg().map((n) => round(n, 2)),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
