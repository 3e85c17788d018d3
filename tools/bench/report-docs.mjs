// Turns the JSON lines of report-bench.ts (one file per size) into the "Report" results of docs/performance.md and checks the targets.
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { writeDocsSection } from './bench-common.mjs';

const START = '<!-- bench:report:start -->';
const END = '<!-- bench:report:end -->';
const TARGETS = { draftMs: 5_000, pdfMs: 60_000, pageMs: 1_000 };

const runs = process.argv.slice(2).map((path) => JSON.parse(readFileSync(path, 'utf8')));
const n = (value) => Number(value).toLocaleString('en-GB');
const step = (run, prefix) => run.steps.find((s) => s.label.startsWith(prefix)) ?? { ms: NaN, peakRssMb: NaN };
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const largest = runs.reduce((a, b) => (b.comments > a.comments ? b : a));

const failures = [
  largest.draftMs.max >= TARGETS.draftMs && `draft ${largest.draftMs.max} ms at ${n(largest.comments)} comments is not under 5 s`,
  step(largest, 'Składanie pliku PDF').ms >= TARGETS.pdfMs && `PDF ${step(largest, 'Składanie pliku PDF').ms} ms is not under 60 s`,
  largest.api.report.p95 >= TARGETS.pageMs && `public report API p95 ${largest.api.report.p95} ms is not under 1 s`,
].filter(Boolean);

const rows = runs.map((run) => {
  const pdf = step(run, 'Składanie pliku PDF');
  const csv = step(run, 'Zapisywanie pliku CSV');
  const xlsx = step(run, 'Zapisywanie pliku XLSX');
  const json = step(run, 'Zapisywanie pliku JSON');
  const table = step(run, 'Zapisywanie tabeli uwag');
  return `| ${n(run.comments)} (${n(run.published)} published) | ${n(run.draftMs.median)} / ${n(run.draftMs.max)} | ${n(run.publishMs)} | ${n(table.ms)} | ${n(json.ms)} | ${n(csv.ms)} | ${n(xlsx.ms)} | ${n(pdf.ms)} | ${run.baselineRssMb} | ${csv.peakRssMb} | ${xlsx.peakRssMb} | ${pdf.peakRssMb} |`;
});
const files = runs.map(
  (run) => `| ${n(run.comments)} | ${mb(run.files.json)} | ${mb(run.files.csv)} | ${mb(run.files.xlsx)} | ${mb(run.files.pdf ?? 0)} |`,
);
const api = runs.map(
  (run) =>
    `| ${n(run.comments)} | ${run.api.report.p50} / ${run.api.report.p95} (${n(run.api.report.bytes)} B) | ${run.api.comments.p50} / ${run.api.comments.p95} | ${run.api.csv.p50} / ${run.api.csv.p95} |`,
);
const section = `${START}
### Results

Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, PostgreSQL on the
same machine; the machine is shared with other work, load average (1, 5, 15 min) at the end of each run: ${runs
  .map((run) => `${n(run.comments)}: ${run.load.join(', ')}`)
  .join('; ')}.

Jobs (ms; the draft is the median / max of three runs after a warm-up; publication is one run of the whole job, its steps
told apart by the job's progress messages). Peak RSS (MiB) is the kernel's high-water mark of the process during the step (reset at
each step), against the process's RSS before publishing:

| Comments | Draft | Publish (all) | Table snapshot | JSON | CSV | XLSX | PDF | RSS before | Peak CSV | Peak XLSX | Peak PDF |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Files (MiB):

| Comments | JSON | CSV | XLSX | PDF |
| --- | ---: | ---: | ---: | ---: |
${files.join('\n')}

Public API, sequential requests on localhost (ms, p50 / p95 of 30; the CSV of 5, whole download):

| Comments | GET report | GET first page of comments | GET CSV file |
| --- | ---: | ---: | ---: |
${api.join('\n')}

Targets: draft < 5 s, PDF < 60 s at 100,000 comments; public page API < 1 s; memory flat from 10k to 100k.
${failures.length ? `**Not met:** ${failures.join('; ')}.` : 'All met in this run.'}
${END}`;

if (process.env.BENCH_NO_DOCS === '1') console.log(section);
else writeDocsSection(join(process.cwd(), 'docs/performance.md'), START, END, section);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exitCode = 1;
}
