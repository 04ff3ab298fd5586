#!/usr/bin/env bash
# An emergency notice to every school of a province (issue 14 item 5), in one run on loopback, without Docker:
#  1. starts Lantoa (the launcher: embedded MariaDB, S3 and an SMTP sink) on a fresh data folder and writes straight into
#     its database a national tree (infra/bench/reporting/Generate.java with no months of reports: 1 ministry, 34 Sở,
#     ~700 Phòng GDĐT, ~3,300 commune offices, ~54,000 schools), then (infra/bench/notice/Generate.java) an admin of the
#     Sở with the most schools to send as, and a principal (unit admin) for each of its schools, who is mailed;
#  2. restarts Lantoa on that data and (infra/bench/notice/Bench.java) loads every school's home page once, so all are in
#     the page cache, then previews and sends a storm notice to all the Sở's schools as its admin would, and measures
#     from the click on "send": the time until every school's home page shows the banner (polled by BENCH_CLIENTS at once),
#     and until the notice's mails have all left the outbox for the SMTP sink.
#
# Usage: infra/bench/notice.sh
# Settings (environment): BENCH_PORT (18093), BENCH_SCHOOLS (54000), BENCH_CLIENTS (4), BENCH_DB_BUFFER_POOL_MB (1024),
#   BENCH_KEEP=1 keeps the data folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
JAR=infra/launcher/target/lantoa-launcher.jar
PORT="${BENCH_PORT:-18093}"
export BENCH_URL="http://127.0.0.1:$PORT"

[ -f "$JAR" ] || mvn -B -q -DskipTests package

DATA=$(mktemp -d "${ROOT}/target-bench-XXXX")
PID=""
DB_PID=""
cleanup() {
  stop_lantoa || true
  if [ -z "${BENCH_KEEP:-}" ]; then rm -rf "$DATA"; else echo "data kept in $DATA"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Our own copy of the launcher, so a rebuild during the run cannot change the schema under us.
mkdir -p "$DATA/app"
cp "$JAR" "$DATA/app/" && cp -r "$(dirname "$JAR")/lib" "$DATA/app/"
APP="$DATA/app/$(basename "$JAR")"
CP=$(ls "$DATA"/app/lib/mysql-connector-j-*.jar 2>/dev/null | head -1)
[ -n "$CP" ] || CP=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | sort -V | tail -1)
run() { java -Xmx1g -cp "$CP" "$@"; }

start_lantoa() {
  local started; started=$(date +%s%N)
  # LANTOA_FORK=false: Lantoa in the launcher's own JVM with the JVM's default heap, as a server for national data
  # would be sized, and $PID is then the JVM that jcmd and the CPU figures below look at.
  env LANTOA_DB_BUFFER_POOL_MB="${BENCH_DB_BUFFER_POOL_MB:-1024}" LANTOA_DATA_DIR="$DATA/lantoa" LANTOA_PORT="$PORT" \
    LANTOA_API_REQUESTS_PER_MINUTE=1000000 LANTOA_FORK="${LANTOA_FORK:-false}" java -jar "$APP" >"$DATA/run.log" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null -H 'Accept: text/html' "$BENCH_URL/login"; do
    if ! kill -0 "$PID" 2>/dev/null; then
      echo "Lantoa exited during start:"; grep -m3 -E 'ERROR|Exception' "$DATA/run.log" || tail -5 "$DATA/run.log"; exit 1
    fi
    sleep 0.5
  done
  DB_PID=$(pgrep -f -- "--datadir=$DATA/lantoa/mariadb/data " | head -1)
  local port; port=$(tr '\0' '\n' <"/proc/$DB_PID/cmdline" | sed -n 's/^--port=//p')
  export BENCH_JDBC="jdbc:mysql://127.0.0.1:$port/lantoa?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&useSSL=false&allowPublicKeyRetrieval=true"
  printf 'Lantoa up after %.1f s (MariaDB on port %s)\n' "$(echo "($(date +%s%N) - $started) / 1000000000" | bc -l)" "$port"
}

stop_lantoa() {
  if [ -n "$PID" ]; then
    kill "$PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$PID" 2>/dev/null || true
    PID=""
  fi
  if [ -n "$DB_PID" ]; then
    for _ in $(seq 1 60); do kill -0 "$DB_PID" 2>/dev/null || break; sleep 0.5; done
    kill "$DB_PID" 2>/dev/null || true
    DB_PID=""
  fi
}

START=$(date +%s)
echo "An emergency notice to every school of a province, on $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "Other load on this machine right now: $(uptime | sed 's/.*load average/load average/')"
echo "Measuring $JAR in a tree at $(git log -1 --format='%h %s' | cut -c1-90)"
echo
echo "== 1. The national tree, the Sở's sender and its schools' principals, written straight into the database"
start_lantoa
BENCH_MONTHS=0 BENCH_AUDIT=0 run infra/bench/reporting/Generate.java | tee "$DATA/tree.out" | grep '^units:' || true
while IFS='=' read -r k v; do export "BENCH_${k^^}=$v"; done < <(sed -n 's/^BENCH //p' "$DATA/tree.out")
run infra/bench/notice/Generate.java | tee "$DATA/people.out" | grep -v '^BENCH '
while IFS='=' read -r k v; do export "BENCH_${k^^}=$v"; done < <(sed -n 's/^BENCH //p' "$DATA/people.out")
stop_lantoa

echo
echo "== 2. The notice, Lantoa restarted on the data"
start_lantoa
run infra/bench/notice/Bench.java | tee "$DATA/notice.out"

echo
echo "== Summary"
grep -h '^units:' "$DATA/tree.out" "$DATA/people.out" | sed 's/^/  /'
grep -v '^SUMMARY' "$DATA/notice.out" | sed 's/^/  /'
echo "  total run time: $(( ($(date +%s) - START) / 60 )) min"
