// Turns the two wrk outputs of comments-read.sh into a table, checks the targets and rewrites the results section of docs/performance.md.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseWrk, writeDocsSection } from './bench-common.mjs';

const env = process.env;
const START = '<!-- bench:comments-read:start -->';
const END = '<!-- bench:comments-read:end -->';

const comments = parseWrk(readFileSync(join(env.WORK, 'comments.txt'), 'utf8'));
const fixed = parseWrk(readFileSync(join(env.WORK, 'fixed.txt'), 'utf8'));
const ratio = comments.requestsPerSecond / fixed.requestsPerSecond;
const p99Target = Number(env.P99_TARGET_MS);
const minRatio = Number(env.MIN_RATIO);
const failures = [
  !(comments.p99 < p99Target) && `comments p99 ${comments.p99} ms is not under ${p99Target} ms`,
  !(ratio >= minRatio) && `throughput ratio ${ratio.toFixed(2)} is under ${minRatio}`,
  comments.non2xx + comments.socketErrors + fixed.non2xx + fixed.socketErrors > 0 && 'some requests failed (non-2xx or socket errors)',
  !(comments.requests > 0 && fixed.requests > 0) && 'wrk output could not be read',
].filter(Boolean);

const f = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const row = (name, r) =>
  `| ${name} | ${f(r.requestsPerSecond, 0)} | ${f(r.p50, 2)} | ${f(r.p90, 2)} | ${f(r.p99, 2)} | ${f(r.max, 1)} | ${r.non2xx} | ${r.socketErrors} |`;
const table = [
  '| Endpoint | Requests/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | socket errors |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  row(`Comments, section \`${env.SECTION_KEY}\`, first page (${env.BYTES} B)`, comments),
  row(`Fixed JSON (${env.FIXED_BYTES} B)`, fixed),
].join('\n');
const verdict = failures.length === 0 ? 'PASS' : `FAIL: ${failures.join('; ')}`;

console.log(
  `\n${table}\n\nThroughput ratio comments / fixed: ${f(ratio, 2)} (target ≥ ${minRatio}); comments p99 ${f(comments.p99, 2)} ms (target < ${p99Target} ms)`,
);
console.log(verdict);

if (env.BENCH_NO_DOCS !== '1') {
  const memoryGiB = (totalmem() / 1024 ** 3).toFixed(1);
  const section = [
    START,
    `Measured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} by \`bash tools/bench/comments-read.sh\`.`,
    '',
    `- Machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${memoryGiB} GiB memory, Node ${process.version}, PostgreSQL ${env.POSTGRES_VERSION}; wrk and the API on the same machine over loopback; load average when the run ended ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')} (1/5/15 min; anything well above the core count means other processes were competing for the CPU).`,
    `- Data: ${env.TOTAL_COMMENTS} published comments, ${env.SECTION_COUNT} on section \`${env.SECTION_KEY}\`.`,
    `- API: ${env.WORKERS === '1' ? 'one process' : `${env.WORKERS} processes (node:cluster)`}, \`DATABASE_POOL_SIZE=${env.POOL_SIZE}\`, \`NODE_ENV=production\`; 5 s warm-up of each URL first.`,
    `- Commands (same run, one after the other):`,
    `  - \`${env.WRK_COMMENTS}\``,
    `  - \`${env.WRK_FIXED}\``,
    '',
    table,
    '',
    `**Throughput ratio (comments / fixed): ${f(ratio, 2)}** (target ≥ ${minRatio}). **Comments p99: ${f(comments.p99, 2)} ms** (target < ${p99Target} ms). Result: ${verdict}.`,
    END,
  ].join('\n');
  writeDocsSection(env.DOCS, START, END, section);
}

process.exit(failures.length === 0 ? 0 : 1);
