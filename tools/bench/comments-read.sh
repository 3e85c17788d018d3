#!/usr/bin/env bash
# Load benchmark of the comments hot path (first page of the biggest section) against a fixed-JSON endpoint of the same app and size; writes docs/performance.md.
#
# Needs: `npx nx build api` done, the database from tools/bench/seed-comments.ts, wrk (Debian package).
# Usage: bash tools/bench/comments-read.sh
# Environment (all optional):
#   DATABASE_URL      the seeded database (postgres://postgres@127.0.0.1:5432/consulta_bench)
#   BENCH_PORT        port of the API started here (39217), on 127.0.0.1 only
#   BENCH_DURATION    seconds per measured wrk run (30); BENCH_CONNECTIONS (100); BENCH_THREADS (2)
#   BENCH_POOL_SIZE   DATABASE_POOL_SIZE of the API (10)
#   BENCH_WORKERS     API processes behind one port (1 = a single process; 2 = node:cluster, see docs/performance.md)
#   BENCH_P99_MS      p99 target in ms (50); BENCH_MIN_RATIO throughput ratio target (0.5)
#   BENCH_DROP_DB=1   drop the benchmark database at the end (otherwise it is kept for the next run)
#   BENCH_NO_DOCS=1   print only, leave docs/performance.md alone
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/consulta_bench}"
PORT="${BENCH_PORT:-39217}"
DURATION="${BENCH_DURATION:-30}"
CONNECTIONS="${BENCH_CONNECTIONS:-100}"
THREADS="${BENCH_THREADS:-2}"
POOL_SIZE="${BENCH_POOL_SIZE:-10}"
WORKERS="${BENCH_WORKERS:-1}"
P99_TARGET_MS="${BENCH_P99_MS:-50}"
MIN_RATIO="${BENCH_MIN_RATIO:-0.5}"
SLUG=misja-krakowa
BASE="http://127.0.0.1:${PORT}"
DOCS="$ROOT/docs/performance.md"
WORK="$(mktemp -d)"

[[ -f dist/apps/api/main.js ]] || { echo "dist/apps/api/main.js is missing: run 'npx nx build api' first." >&2; exit 2; }
command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)." >&2; exit 2; }

API_PID=""
cleanup() {
  if [[ -n "$API_PID" ]] && kill -0 "$API_PID" 2> /dev/null; then
    kill "$API_PID" 2> /dev/null || true
    wait "$API_PID" 2> /dev/null || true
  fi
  if [[ "${BENCH_DROP_DB:-0}" == "1" ]]; then
    DATABASE_URL="$DATABASE_URL" node -e '
      const { Client } = require("pg");
      const url = new URL(process.env.DATABASE_URL); const name = url.pathname.slice(1); url.pathname = "/postgres";
      const client = new Client({ connectionString: url.toString() });
      client.connect().then(() => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => client.end());
    ' && echo "Dropped the benchmark database."
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if (exec 3<> "/dev/tcp/127.0.0.1/${PORT}") 2> /dev/null; then
  echo "Port ${PORT} is already in use: set BENCH_PORT to a free port." >&2
  exit 2
fi

echo "Starting the API (${WORKERS} process(es), pool ${POOL_SIZE}) on ${BASE} ..."
ENTRY=dist/apps/api/main.js
[[ "$WORKERS" -gt 1 ]] && ENTRY=tools/bench/cluster.cjs
env DATABASE_URL="$DATABASE_URL" BENCH_ENDPOINTS=true MIGRATIONS_RUN=false SEED_DEMO=false NODE_ENV=production \
  DATABASE_POOL_SIZE="$POOL_SIZE" PORT="$PORT" HOST=127.0.0.1 BENCH_WORKERS="$WORKERS" \
  node "$ENTRY" > "$WORK/api.log" 2>&1 &
API_PID=$!
for _ in $(seq 1 100); do
  curl -fs "$BASE/api/health" > /dev/null 2>&1 && break
  kill -0 "$API_PID" 2> /dev/null || { cat "$WORK/api.log" >&2; exit 1; }
  sleep 0.2
done
curl -fs "$BASE/api/health" > /dev/null || { echo "The API did not become healthy." >&2; cat "$WORK/api.log" >&2; exit 1; }

# The biggest section, as the public counts endpoint reports it.
SECTION="$(curl -fs "$BASE/api/consultations/$SLUG/comment-counts" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const c=JSON.parse(s);const big=c.sections.sort((a,b)=>b.count-a.count)[0];console.log(big.sectionKey+" "+big.count+" "+c.total)})')"
read -r SECTION_KEY SECTION_COUNT TOTAL_COMMENTS <<< "$SECTION"
COMMENTS_URL="$BASE/api/consultations/$SLUG/comments?section=${SECTION_KEY}&limit=20"
BYTES="$(curl -fs "$COMMENTS_URL" | wc -c)"
FIXED_URL="$BASE/api/bench/fixed?bytes=${BYTES}"
FIXED_BYTES="$(curl -fs "$FIXED_URL" | wc -c)"
echo "Section ${SECTION_KEY}: ${SECTION_COUNT} of ${TOTAL_COMMENTS} comments; first page ${BYTES} bytes, fixed body ${FIXED_BYTES} bytes."

echo "Warming up (5 s each) ..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$COMMENTS_URL" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$FIXED_URL" > /dev/null

WRK_COMMENTS="wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION}s --latency '${COMMENTS_URL}'"
WRK_FIXED="wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION}s --latency '${FIXED_URL}'"
echo "Measuring: $WRK_COMMENTS"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$COMMENTS_URL" | tee "$WORK/comments.txt"
echo "Measuring: $WRK_FIXED"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$FIXED_URL" | tee "$WORK/fixed.txt"

POSTGRES_VERSION="$(DATABASE_URL="$DATABASE_URL" node -e '
  const { Client } = require("pg"); const client = new Client({ connectionString: process.env.DATABASE_URL });
  client.connect().then(() => client.query("SHOW server_version")).then((r) => { console.log(r.rows[0].server_version); return client.end(); });
')"

export WORK DOCS SECTION_KEY SECTION_COUNT TOTAL_COMMENTS BYTES FIXED_BYTES DURATION CONNECTIONS THREADS POOL_SIZE WORKERS \
  P99_TARGET_MS MIN_RATIO POSTGRES_VERSION WRK_COMMENTS WRK_FIXED
node tools/bench/report.mjs
