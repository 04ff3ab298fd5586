#!/usr/bin/env bash
# Measures the default run: time from `java -jar` to the first page served, the CPU time the launcher's processes
# used until then (Java and MariaDB: on a loaded machine a steadier figure than the wall clock), resident memory
# after start-up (all its processes together), and the time a SIGTERM takes to stop everything; for a first start
# (empty data folder: on the day of the build, at the default run's address, a copy of the demo the build wrote), a
# first start that writes its own demo (another address, as on any later day: MariaDB's prepared database is copied,
# the demo is written through Lantoa's services) and warm starts (the first folder again). One line per start.
#
# Usage: infra/bench/startup.sh [runs]     (builds the launcher first if it is missing)
#        BENCH_ENV="LANTOA_CDS=false" infra/bench/startup.sh    (environment for the launcher, to compare)
set -euo pipefail
cd "$(dirname "$0")/../.."
source infra/bench/proc-tree.sh
RUNS="${1:-3}"
JAR="${BENCH_JAR:-infra/launcher/target/lantoa-launcher.jar}"
PORT="${BENCH_PORT:-18080}"
[ -f "$JAR" ] || mvn -q -B -DskipTests package

DATA=$(mktemp -d "${PWD}/target-bench-XXXX")
OWN_DEMO=$(mktemp -d "${PWD}/target-bench-XXXX")
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$DATA" "$OWN_DEMO"' EXIT
# The build's demo links to the default run's address; the benchmark's own port does not change what a page costs.
DEFAULT_URL="LANTOA_BASE_URL=http://localhost:8080"

now_ms() { date +%s%3N; }

measure() {
  local label="$1" folder="$2" url="$3"
  local start; start=$(now_ms)
  # shellcheck disable=SC2086
  env $url ${BENCH_ENV:-} LANTOA_DATA_DIR="$folder" LANTOA_PORT="$PORT" java -jar "$JAR" >"$folder/run.log" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null -H "Accept: text/html" "http://localhost:$PORT/login"; do
    if ! kill -0 "$PID" 2>/dev/null; then echo "Lantoa exited; see $folder/run.log"; tail -20 "$folder/run.log"; exit 1; fi
    sleep 0.05
  done
  local ready; ready=$(now_ms)
  local cpu; cpu=$(tree_cpu_ms "$PID")
  sleep 2
  local rss; rss=$(tree_rss_kib "$PID")
  local db_rss; db_rss=$(pgrep -f "mariadbd.*$folder" | xargs -r ps -o rss= -p | awk '{s+=$1} END {print s+0}')
  local stopping; stopping=$(now_ms)
  kill "$PID"; wait "$PID" 2>/dev/null || true
  local stopped; stopped=$(now_ms)
  printf '%-12s first page after %6d ms   CPU %6.1f s   RSS all %4d MiB (mariadbd %3d)   stopped in %5d ms\n' \
    "$label" $((ready - start)) "$(echo "$cpu / 1000" | bc -l)" $((rss / 1024)) $((db_rss / 1024)) $((stopped - stopping))
  sleep 1
}

echo "Lantoa start-up on $(nproc) cores, $(java -version 2>&1 | head -1)"
measure "first start" "$DATA" "$DEFAULT_URL"
grep -q "dữ liệu demo đã ghi sẵn" "$DATA/run.log" || echo "  (the build's demo was not used: built on another day, or with -Dexec.skip)"
measure "own demo" "$OWN_DEMO" "LANTOA_BASE_URL=http://localhost:$PORT"
for i in $(seq 1 "$RUNS"); do
  measure "warm start" "$DATA" "$DEFAULT_URL"
done
