// Helper of moderation-queue.sh: `prepare` signs the bench moderators in and writes the filter URLs and wrk's Lua script; `report` reads the wrk outputs, checks the p99 target per filter and rewrites the moderation-queue results in docs/performance.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseWrk, writeDocsSection } from './bench-common.mjs';

const env = process.env;
const START = '<!-- bench:moderation-queue:start -->';
const END = '<!-- bench:moderation-queue:end -->';
const SLUG = 'misja-krakowa';

/**
 * The queue filters measured: each the first page as the web app asks for it (toQueueQuery: state and sort always sent, section and
 * area only with a consultation, no limit, so the API's default page of 25).
 */
function filters(big, small, area) {
  const c = `consultation=${SLUG}`;
  return [
    ['default view (pending, oldest first)', 'state=pending&sort=oldest'],
    ['pending, newest first', 'state=pending&sort=newest'],
    ['published', 'state=published&sort=oldest'],
    ['published, newest first', 'state=published&sort=newest'],
    ['rejected', 'state=rejected&sort=oldest'],
    ['hidden', 'state=hidden&sort=oldest'],
    ['withdrawn', 'state=withdrawn&sort=oldest'],
    ['replies, pending', 'state=pending&sort=oldest&type=reply'],
    ['consultation', `state=pending&sort=oldest&${c}`],
    [`section ${big} (biggest)`, `state=pending&sort=oldest&${c}&section=${big}`],
    [`section ${small}`, `state=pending&sort=oldest&${c}&section=${small}`],
    ['stance proposes_change', 'state=pending&sort=oldest&stance=proposes_change'],
    [`area ${area}`, `state=pending&sort=oldest&${c}&area=${area}`],
    ['channel online', 'state=pending&sort=oldest&channel=online'],
    ['flag profanity', 'state=pending&sort=oldest&flag=profanity'],
    ['flag personal_data', 'state=pending&sort=oldest&flag=personal_data'],
    ['flag link', 'state=pending&sort=oldest&flag=link'],
    ['flag near_duplicate', 'state=pending&sort=oldest&flag=near_duplicate'],
    ['flag posting_rate', 'state=pending&sort=oldest&flag=posting_rate'],
    ['flag reports', 'state=pending&sort=oldest&flag=reports'],
    ['reported only', 'state=pending&sort=oldest&reported=true'],
    ['reported only, published', 'state=published&sort=oldest&reported=true'],
    ['unclaimed', 'state=pending&sort=oldest&claim=unclaimed'],
    ['claimed by me', 'state=pending&sort=oldest&claim=mine'],
    ['most flags', 'state=pending&sort=most_flags'],
    ['most reports, published', 'state=published&sort=most_reports'],
    ['search "fördern" (diacritics)', `state=pending&sort=oldest&q=${encodeURIComponent('fördern')}`],
    ['search "fordern" (folded)', 'state=pending&sort=oldest&q=fordern'],
    ['search "klima", published', 'state=published&sort=oldest&q=klima'],
    ['search "źródło" (no match)', `state=pending&sort=oldest&q=${encodeURIComponent('źródło')}`],
    ['search two words, published', `state=published&sort=newest&q=${encodeURIComponent('öffentlichen verkehr')}`],
    ['section + stance + area, published', `state=published&sort=newest&${c}&section=${big}&stance=support&area=${area}`],
    ['flag near_duplicate + unclaimed', 'state=pending&sort=oldest&flag=near_duplicate&claim=unclaimed'],
    ['search + section, published', `state=published&sort=oldest&${c}&section=${big}&q=klima`],
  ].map(([name, query]) => ({ name, path: `/api/moderation/queue?${query}` }));
}

/** Signs in one account with the CSRF double-submit (cookie + X-XSRF-TOKEN header); returns the Cookie header for later GETs. */
async function signIn(base, email, password) {
  const first = await fetch(`${base}/api/health`);
  const xsrf = first.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .find((cookie) => cookie.startsWith('XSRF-TOKEN='));
  if (!xsrf) throw new Error('No XSRF-TOKEN cookie from the API.');
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: xsrf, 'x-xsrf-token': xsrf.slice('XSRF-TOKEN='.length) },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`Sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .find((cookie) => cookie.startsWith('consulta_session='));
  if (!session) throw new Error(`No session cookie for ${email}.`);
  return `${session}; ${xsrf}`;
}

async function prepare() {
  const base = env.BASE;
  const moderators = Number(env.MODERATORS);
  const cookies = [];
  for (let i = 1; i <= moderators; i++) {
    cookies.push(await signIn(base, `bench-moderator-${String(i).padStart(2, '0')}@bench.consulta.test`, env.BENCH_PASSWORD));
  }
  const counts = await (await fetch(`${base}/api/consultations/${SLUG}/comment-counts`)).json();
  const sections = [...counts.sections].sort((a, b) => b.count - a.count);
  const consultation = await (await fetch(`${base}/api/consultations/${SLUG}`)).json();
  const area = consultation.areas?.[0]?.key ?? 'd01-stare-miasto';
  const list = filters(sections[0].sectionKey, sections[sections.length - 1].sectionKey, area);

  // Every filter must answer 200 with a page before it is timed.
  const sizes = [];
  for (const filter of list) {
    const response = await fetch(`${base}${filter.path}`, { headers: { cookie: cookies[0] } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${filter.path} answered ${response.status}: ${body}`);
    sizes.push(JSON.parse(body).items.length);
  }
  writeFileSync(join(env.WORK, 'cookies.txt'), cookies.join('\n') + '\n');
  writeFileSync(
    join(env.WORK, 'filters.tsv'),
    list.map((filter, index) => `${filter.name}\t${filter.path}\t${sizes[index]}`).join('\n') + '\n',
  );
  // Each request takes the next filter and the next moderator's session, so the mixed run has 20 sessions and every filter.
  const lua = `-- generated by moderation-queue.mjs
local paths = { ${list.map((filter) => JSON.stringify(filter.path)).join(', ')} }
local cookies = { ${cookies.map((cookie) => JSON.stringify(cookie)).join(', ')} }
local counter = 0
function setup(thread) thread:set("offset", math.random(1, 1000)) end
function init(args) counter = tonumber(offset) or 0 end
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Cookie"] = cookies[(counter % #cookies) + 1] })
end
`;
  writeFileSync(join(env.WORK, 'mixed.lua'), lua);
  writeFileSync(
    join(env.WORK, 'single.lua'),
    `-- one path (env FILTER_PATH), the 20 moderators' sessions in turn
local cookies = { ${cookies.map((cookie) => JSON.stringify(cookie)).join(', ')} }
local path = os.getenv("FILTER_PATH")
local counter = 0
function request()
  counter = counter + 1
  return wrk.format("GET", path, { ["Cookie"] = cookies[(counter % #cookies) + 1] })
end
`,
  );
  console.log(`${cookies.length} moderators signed in; ${list.length} filters, first-page sizes ${sizes.join(', ')}`);
}

function report() {
  const target = Number(env.P99_TARGET_MS);
  const load = loadavg();
  const list = readFileSync(join(env.WORK, 'filters.tsv'), 'utf8')
    .trim()
    .split('\n')
    .map((line, index) => {
      const [name, path, size] = line.split('\t');
      return { name, path, size, result: parseWrk(readFileSync(join(env.WORK, `filter-${index}.txt`), 'utf8')) };
    });
  const mixed = parseWrk(readFileSync(join(env.WORK, 'mixed.txt'), 'utf8'));
  const slowest = [...list].sort((a, b) => b.result.p99 - a.result.p99);
  const failures = [
    !(mixed.p99 < target) && `mixed p99 ${mixed.p99} ms is not under ${target} ms`,
    ...list.filter((f) => !(f.result.p99 < target)).map((f) => `"${f.name}" p99 ${f.result.p99} ms`),
    [mixed, ...list.map((f) => f.result)].some((r) => r.non2xx + r.socketErrors > 0) && 'some requests failed (non-2xx or socket errors)',
    [mixed, ...list.map((f) => f.result)].some((r) => !(r.requests > 0)) && 'wrk output could not be read',
  ].filter(Boolean);

  const f = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
  const row = (name, r, size) =>
    `| ${name} | ${size ?? ''} | ${f(r.requestsPerSecond, 0)} | ${f(r.p50, 2)} | ${f(r.p90, 2)} | ${f(r.p99, 2)} | ${f(r.max, 1)} | ${r.non2xx + r.socketErrors} |`;
  const table = [
    '| Filter (first page) | items | Requests/s | p50 ms | p90 ms | p99 ms | max ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    row(`**All filters in rotation** (${env.DURATION} s)`, mixed, ''),
    ...list.map((filter) => row(`${filter.name}: \`${filter.path.replace('/api/moderation/queue', '')}\``, filter.result, filter.size)),
  ].join('\n');
  const verdict = failures.length === 0 ? 'PASS' : `FAIL: ${failures.join('; ')}`;
  console.log(`\n${table}\n`);
  console.log(
    `Slowest filter: ${slowest[0].name} (p99 ${f(slowest[0].result.p99, 2)} ms). Load average ${load.map((n) => n.toFixed(1)).join(' / ')}`,
  );
  console.log(verdict);

  if (env.BENCH_NO_DOCS !== '1') {
    const section = [
      START,
      `Measured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} by \`bash tools/bench/moderation-queue.sh\`.`,
      '',
      `- Machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, Node ${process.version}, PostgreSQL ${env.POSTGRES_VERSION}; wrk and the API on the same machine; load average when the run ended ${load.map((n) => n.toFixed(1)).join(' / ')} (1/5/15 min)${load[0] > cpus().length ? ': **a loaded machine**, other processes were competing for the CPU' : ''}.`,
      `- Data: ${env.DATA_SUMMARY}.`,
      `- API: one process, \`DATABASE_POOL_SIZE=${env.POOL_SIZE}\`, \`NODE_ENV=production\`; ${env.MODERATORS} moderators signed in through \`POST /api/auth/login\`, each request with the next one's session cookie; 5 s warm-up.`,
      `- Mixed: \`${env.WRK_MIXED}\` (Lua script cycling through every filter below). Per filter: \`wrk -t${env.THREADS} -c${env.CONNECTIONS} -d${env.PER_FILTER}s --latency\` on that URL alone, one after the other.`,
      '',
      table,
      '',
      `**Slowest filter: ${slowest[0].name}, p99 ${f(slowest[0].result.p99, 2)} ms**; mixed p99 ${f(mixed.p99, 2)} ms (target < ${target} ms at ${env.CONNECTIONS} concurrent moderators). Result: ${verdict}.`,
      END,
    ].join('\n');
    writeDocsSection(env.DOCS, START, END, section);
  }
  process.exit(failures.length === 0 ? 0 : 1);
}

const command = process.argv[2];
if (command === 'prepare') {
  prepare().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else if (command === 'report') {
  report();
} else {
  console.error('Usage: node tools/bench/moderation-queue.mjs prepare|report (run by moderation-queue.sh)');
  process.exit(2);
}
