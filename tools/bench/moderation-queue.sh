#!/usr/bin/env bash
# Load benchmark of the moderation queue: 20 signed-in moderators asking for the first page of every filter (mixed, then each alone); p99 target per filter; writes docs/performance.md.
#
# Needs: `npx nx build api` done, the database from tools/bench/seed-comments.ts + tools/bench/seed-moderation.ts, wrk (Debian package).
# Usage: bash tools/bench/moderation-queue.sh
# Environment (all optional):
#   DATABASE_URL      the seeded database (postgres://postgres@127.0.0.1:5432/consulta_bench)
#   BENCH_PORT        port of the API started here (39218), on 127.0.0.1 only
#   BENCH_DURATION    seconds of the mixed run (30); BENCH_PER_FILTER seconds per filter alone (5)
#   BENCH_CONNECTIONS concurrent moderators = wrk connections (20); BENCH_THREADS (2)
#   BENCH_POOL_SIZE   DATABASE_POOL_SIZE of the API (10)
#   BENCH_P99_MS      p99 target in ms for the mixed run and for every filter (100)
#   BENCH_PASSWORD    password of the bench moderators (as given to seed-moderation.ts)
#   BENCH_NO_DOCS=1   print only, leave docs/performance.md alone
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/consulta_bench}"
PORT="${BENCH_PORT:-39218}"
DURATION="${BENCH_DURATION:-30}"
PER_FILTER="${BENCH_PER_FILTER:-5}"
CONNECTIONS="${BENCH_CONNECTIONS:-20}"
THREADS="${BENCH_THREADS:-2}"
POOL_SIZE="${BENCH_POOL_SIZE:-10}"
P99_TARGET_MS="${BENCH_P99_MS:-100}"
BENCH_PASSWORD="${BENCH_PASSWORD:-bench-password-2026}"
MODERATORS="$CONNECTIONS"
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
  rm -rf "$WORK"
}
trap cleanup EXIT

if (exec 3<> "/dev/tcp/127.0.0.1/${PORT}") 2> /dev/null; then
  echo "Port ${PORT} is already in use: set BENCH_PORT to a free port." >&2
  exit 2
fi

echo "Starting the API (pool ${POOL_SIZE}) on ${BASE} ..."
# RATE_LIMIT_FACTOR: every sign-in comes from 127.0.0.1.
env DATABASE_URL="$DATABASE_URL" BENCH_ENDPOINTS=true MIGRATIONS_RUN=false SEED_DEMO=false NODE_ENV=production RATE_LIMIT_FACTOR=1000 \
  DATABASE_POOL_SIZE="$POOL_SIZE" PORT="$PORT" HOST=127.0.0.1 \
  node dist/apps/api/main.js > "$WORK/api.log" 2>&1 &
API_PID=$!
for _ in $(seq 1 100); do
  curl -fs "$BASE/api/health" > /dev/null 2>&1 && break
  kill -0 "$API_PID" 2> /dev/null || { cat "$WORK/api.log" >&2; exit 1; }
  sleep 0.2
done
curl -fs "$BASE/api/health" > /dev/null || { echo "The API did not become healthy." >&2; cat "$WORK/api.log" >&2; exit 1; }

export WORK BASE MODERATORS BENCH_PASSWORD
node tools/bench/moderation-queue.mjs prepare

echo "Warming up (5 s, all filters) ..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$WORK/mixed.lua" "$BASE" > /dev/null

WRK_MIXED="wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION}s --latency -s moderation-mixed.lua ${BASE}"
echo "Measuring: $WRK_MIXED"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/mixed.lua" "$BASE" | tee "$WORK/mixed.txt"

index=0
while IFS=$'\t' read -r name path _; do
  echo "Filter ${index}: ${name} (${PER_FILTER} s)"
  FILTER_PATH="$path" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${PER_FILTER}s" --latency -s "$WORK/single.lua" "$BASE" > "$WORK/filter-${index}.txt"
  grep -E '^\s+99%|Requests/sec|Non-2xx|Socket' "$WORK/filter-${index}.txt" | tr -s ' ' | paste -sd ' ' -
  index=$((index + 1))
done < "$WORK/filters.tsv"

read -r POSTGRES_VERSION DATA_SUMMARY <<< "$(DATABASE_URL="$DATABASE_URL" node -e '
  const { Client } = require("pg"); const client = new Client({ connectionString: process.env.DATABASE_URL });
  (async () => {
    await client.connect();
    const version = (await client.query("SHOW server_version")).rows[0].server_version.split(" ")[0];
    const states = (await client.query(`SELECT "state", count(*)::int AS n FROM "comments" GROUP BY 1 ORDER BY 2 DESC`)).rows;
    const flagged = (await client.query(`SELECT count(*)::int AS n FROM "moderation_items" WHERE "item_type" = $$comment$$ AND "flag_count" > 0`)).rows[0].n;
    const replies = (await client.query(`SELECT count(*)::int AS n FROM "replies"`)).rows[0].n;
    const total = states.reduce((sum, row) => sum + row.n, 0);
    console.log(version + " " + total + " comments (" + states.map((row) => row.n + " " + row.state).join(", ") + "), " + flagged + " of them flagged, " + replies + " replies; moderation data from tools/bench/seed-moderation.ts");
    await client.end();
  })();
')"

export DOCS DURATION PER_FILTER CONNECTIONS THREADS POOL_SIZE P99_TARGET_MS POSTGRES_VERSION DATA_SUMMARY WRK_MIXED
node tools/bench/moderation-queue.mjs report
