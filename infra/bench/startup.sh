#!/usr/bin/env bash
# Measures the default run: time from `java -jar` to the first page served, and resident memory after
# start-up, for a first start (empty data folder: MariaDB installs, Flyway migrates, demo data is written)
# and a warm start (same folder again). Prints one line per start.
#
# Usage: infra/bench/startup.sh [runs]     (builds the launcher first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-3}"
JAR=infra/launcher/target/lantoa-launcher.jar
PORT="${BENCH_PORT:-18080}"
[ -f "$JAR" ] || mvn -q -B -DskipTests install

DATA=$(mktemp -d "${PWD}/target-bench-XXXX")
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT

now_ms() { date +%s%3N; }

measure() {
  local label="$1"
  local start; start=$(now_ms)
  LANTOA_DATA_DIR="$DATA" LANTOA_PORT="$PORT" java -jar "$JAR" >"$DATA/run.log" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null -H "Accept: text/html" "http://localhost:$PORT/login"; do
    if ! kill -0 "$PID" 2>/dev/null; then echo "Lantoa exited; see $DATA/run.log"; tail -20 "$DATA/run.log"; exit 1; fi
    sleep 0.05
  done
  local ready; ready=$(now_ms)
  sleep 2
  local java_rss; java_rss=$(ps -o rss= -p "$PID" | tr -d ' ')
  local db_rss; db_rss=$(pgrep -f "mariadbd.*$DATA" | xargs -r ps -o rss= -p | awk '{s+=$1} END {print s+0}')
  printf '%-12s first page after %5d ms   RSS java %4d MiB   RSS mariadbd %4d MiB\n' \
    "$label" $((ready - start)) $((java_rss / 1024)) $((db_rss / 1024))
  kill "$PID"; wait "$PID" 2>/dev/null || true
  sleep 1
}

echo "Lantoa start-up on $(nproc) cores, $(java -version 2>&1 | head -1)"
measure "first start"
for i in $(seq 1 "$RUNS"); do
  measure "warm start"
done
