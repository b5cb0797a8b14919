#!/usr/bin/env bash
# Measures fabrik serve with wrk (docs/performance.md, "HTTP"):
# GET /health and GET /orders/{deal} for one won deal of a generated dataset.
#
#   scripts/http-benchmark.sh [DB]           (default DB: /tmp/h100k.sqlite)
#
# Environment: ITEMS (100000), FABRIK (.build/release/fabrik, built if
# missing), DEAL (the first won deal), PORT (18080), DURATION (10s), THREADS (2), CONNECTIONS (32).
# Generates, imports and plans (as of 2026-12-01) when DB does not exist.
# Needs wrk (Debian: apt-get install wrk). Loopback only.
set -euo pipefail

cd "$(dirname "$0")/.."
DB=${1:-/tmp/h100k.sqlite}
ITEMS=${ITEMS:-100000}
FABRIK=${FABRIK:-.build/release/fabrik}
PORT=${PORT:-18080}
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
if [ ! -x "$FABRIK" ]; then
    swift build -c release --product fabrik
fi

if [ ! -f "$DB" ]; then
    DATA="${DB%.sqlite}-data"
    rm -rf "$DATA"
    "$FABRIK" generate "$DATA" --items "$ITEMS"
    "$FABRIK" import "$DATA" --db "$DB"
    "$FABRIK" mrp run --db "$DB" --as-of 2026-12-01 >/dev/null
fi

DEAL=${DEAL:-$("$FABRIK" deal list --stage won --db "$DB" --json | grep -o '"deal_id": *"[^"]*"' \
    | awk -F'"' 'NR == 1 { print $4 }')}
[ -n "$DEAL" ] || { echo "no won deal in $DB" >&2; exit 1; }

LOG=$(mktemp)
"$FABRIK" serve --db "$DB" --port "$PORT" >"$LOG" 2>/dev/null &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -f "$LOG"' EXIT

BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do
    curl -sf "$BASE/health" >/dev/null 2>&1 && break
    sleep 0.1
done
curl -sf "$BASE/health" >/dev/null || { echo "the server did not start" >&2; exit 1; }

# Warm the plan cache (the first /orders loads the stored plan).
curl -sf -o /dev/null -w "first /orders/$DEAL: %{time_total} s\n" "$BASE/orders/$DEAL"

echo "== GET /health"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE/health"
echo "== GET /orders/$DEAL"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE/orders/$DEAL"
