#!/usr/bin/env bash
# Benchmark of the consultation report at 10,000 and 100,000 comments: seeds a database per size, times the draft and publish jobs (peak RSS per file) and the public report API; writes docs/performance.md.
#
# Usage: npm run bench:report   (or bash tools/bench/report-bench.sh)
# Environment (all optional):
#   BENCH_PG            server URL without a database (postgres://postgres@127.0.0.1:5432)
#   BENCH_SIZES         comment counts ("10000 100000")
#   BENCH_SKIP_SEED=1   reuse the databases of an earlier run (each run publishes one more version)
#   BENCH_DROP_DB=1     drop the databases at the end
#   BENCH_NO_DOCS=1     print only, leave docs/performance.md alone
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PG="${BENCH_PG:-postgres://postgres@127.0.0.1:5432}"
SIZES="${BENCH_SIZES:-10000 100000}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

results=()
for size in $SIZES; do
  url="$PG/consulta_bench_report_$size"
  if [[ "${BENCH_SKIP_SEED:-0}" != "1" ]]; then
    echo "== Seeding $size comments into $url"
    DATABASE_URL="$url" BENCH_COMMENTS="$size" BENCH_USERS="$((size / 5))" node tools/run-ts.cjs tools/bench/seed-comments.ts
    DATABASE_URL="$url" node tools/run-ts.cjs tools/bench/report-seed.ts
  fi
  echo "== Measuring $size"
  DATABASE_URL="$url" node --expose-gc tools/run-ts.cjs tools/bench/report-bench.ts > "$WORK/$size.json"
  cat "$WORK/$size.json"
  results+=("$WORK/$size.json")
  if [[ "${BENCH_DROP_DB:-0}" == "1" ]]; then
    DATABASE_URL="$url" node -e '
      const { Client } = require("pg");
      const url = new URL(process.env.DATABASE_URL); const name = url.pathname.slice(1); url.pathname = "/postgres";
      const client = new Client({ connectionString: url.toString() });
      client.connect().then(() => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => client.end());
    '
  fi
done

node tools/bench/report-docs.mjs "${results[@]}"
