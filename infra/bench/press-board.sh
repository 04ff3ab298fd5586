#!/usr/bin/env bash
# The press desk's national board of open incidents below (issue 13), in one run on loopback, without Docker:
#  1. starts Lantoa on a fresh data folder (embedded MariaDB) and writes straight into its database a national tree
#     (infra/bench/reporting/Generate.java with no months of reports: 1 ministry, 34 Sở, ~700 Phòng GDĐT, ~3,300
#     commune offices, ~54,000 schools), then the incidents (infra/bench/press-board/Generate.java): 2,000 open incidents
#     spread over every unit below the ministry, 8,000 closed ones, 20 open ones of the ministry itself, and a reporter
#     of the ministry;
#  2. restarts Lantoa on that data and measures, signed in as that reporter, the ministry's board
#     /admin/u/{id}/press/incidents/below (counts by severity and by Sở, then the first 50 incidents, most severe and
#     oldest first), a drill-down to the largest Sở, a severity filter and a deep page: warm-up, sequential requests, then
#     several clients at once; checks the page's total against a count made by joining the units to their incidents;
#     then EXPLAINs the queries behind the page.
# Goal (issue 13): p95 under 200 ms for the national board.
#
# Usage: infra/bench/press-board.sh
# Settings (environment): BENCH_PORT (18092), BENCH_SCHOOLS (54000), BENCH_OPEN (2000), BENCH_CLOSED (8000), BENCH_OWN (20),
#   BENCH_WARMUP (50), BENCH_REQUESTS (300), BENCH_CLIENTS (4), BENCH_DB_BUFFER_POOL_MB (1024), BENCH_KEEP=1 keeps the data folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
JAR=infra/launcher/target/lantoa-launcher.jar
PORT="${BENCH_PORT:-18092}"
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
echo "The national board of open incidents below the ministry, on $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "Other load on this machine right now: $(uptime | sed 's/.*load average/load average/')"
echo "Measuring $JAR in a tree at $(git log -1 --format='%h %s' | cut -c1-90)"
echo
echo "== 1. The national tree and the incidents, written straight into the database"
start_lantoa
BENCH_MONTHS=0 BENCH_AUDIT=0 run infra/bench/reporting/Generate.java | tee "$DATA/tree.out" | grep '^units:' || true
while IFS='=' read -r k v; do export "BENCH_${k^^}=$v"; done < <(sed -n 's/^BENCH //p' "$DATA/tree.out")
run infra/bench/press-board/Generate.java | tee "$DATA/incidents.out" | grep -v '^BENCH '
while IFS='=' read -r k v; do export "BENCH_${k^^}=$v"; done < <(sed -n 's/^BENCH //p' "$DATA/incidents.out")
stop_lantoa

echo
echo "== 2. The ministry's board, Lantoa restarted on the data"
start_lantoa
run infra/bench/press-board/Bench.java | tee "$DATA/pages.out"

echo
echo "The queries behind (a), as IncidentsBelow runs them:"
PATH_OF=$(SQL_HEADER=0 run infra/bench/reporting/Sql.java "SELECT path FROM unit WHERE id = $BENCH_MINISTRY" | head -1)
BELOW="i.status <> 'CLOSED' AND i.unit_path LIKE '$PATH_OF%' AND i.unit_path <> '$PATH_OF'"
COUNTS="SELECT SUBSTRING_INDEX(SUBSTRING(i.unit_path, $(( ${#PATH_OF} + 1 ))), '/', 1) AS child, i.severity, COUNT(*) FROM press_incident i WHERE $BELOW GROUP BY child, i.severity"
PAGE="SELECT i.id, i.unit_id, i.code, i.title, i.incident_type, i.severity, i.owner_id, a.full_name, i.first_alert_at, i.statement_due_at, i.first_statement_at FROM press_incident i LEFT JOIN app_user a ON a.id = i.owner_id WHERE $BELOW ORDER BY CASE i.severity WHEN 'CRITICAL' THEN 0 WHEN 'GRAVE' THEN 1 WHEN 'SERIOUS' THEN 2 WHEN 'MINOR' THEN 3 ELSE 4 END, i.first_alert_at, i.id LIMIT 50 OFFSET 0"
run infra/bench/reporting/Sql.java "EXPLAIN $COUNTS" "EXPLAIN $PAGE" | sed 's/^/  /'

echo
echo "== Summary"
grep -h '^units:' "$DATA/tree.out" | sed 's/^/  /'
grep -h '^units:\|^incidents:' "$DATA/incidents.out" | sed 's/^/  /'
echo "  open incidents below the ministry: $BENCH_OPEN_BELOW; incidents in the database: $BENCH_INCIDENTS"
SHOWN=$(sed -n 's/^first answer: [0-9]*, [^0-9]*\([0-9.,]*\) .*/\1/p' "$DATA/pages.out" | tr -d '.,')
echo "  the page's total equals that count (made by joining the units below to their incidents): $([ "$SHOWN" = "$BENCH_OPEN_BELOW" ] && echo yes || echo "NO, it shows $SHOWN")"
sed -n '/^first answer/,$p' "$DATA/pages.out" | sed 's/^/  /'
echo "  goal for (a): p95 < 200 ms"
echo "  total run time: $(( ($(date +%s) - START) / 60 )) min"
