#!/usr/bin/env bash
# The listening desk's "open cases below" at national size (issue 12), in one run on loopback, without Docker:
#  1. starts Lantoa on a fresh data folder (embedded MariaDB) and writes straight into its database a national tree
#     (infra/bench/reporting/Generate.java with no months of reports: 1 ministry, 34 Sở, ~700 Phòng GDĐT, ~3,300
#     commune offices, ~54,000 schools), then the desk's cases (infra/bench/desk-below/Generate.java): 20,000 open cases
#     spread over the units below the largest Sở, 20,000 answered or closed ones there, 60,000 cases in the other
#     provinces, 100 of the Sở's open cases escalated to it, and a hotline officer of the Sở;
#  2. restarts Lantoa on that data and measures, signed in as that officer, the Sở's page /admin/u/{id}/desk/below
#     (counts by unit, topic and age, the escalated cases and the 100 oldest), a drill-down, a topic filter and one case
#     below: warm-up, sequential requests, then several clients at once; then EXPLAINs the queries behind the page.
# Goal (issue 12): p95 under 200 ms for the Sở's page.
#
# Usage: infra/bench/desk-below.sh
# Settings (environment): BENCH_PORT (18091), BENCH_SCHOOLS (54000), BENCH_OPEN_BELOW (20000), BENCH_CLOSED_BELOW (20000),
#   BENCH_ELSEWHERE (60000), BENCH_ESCALATED (100), BENCH_WARMUP (50), BENCH_REQUESTS (300), BENCH_CLIENTS (4),
#   BENCH_DB_BUFFER_POOL_MB (1024), BENCH_KEEP=1 keeps the data folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
JAR=infra/launcher/target/lantoa-launcher.jar
PORT="${BENCH_PORT:-18091}"
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
echo "The desk's open cases below a Sở at national size, on $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "Other load on this machine right now: $(uptime | sed 's/.*load average/load average/')"
echo "Measuring $JAR in a tree at $(git log -1 --format='%h %s' | cut -c1-90)"
echo
echo "== 1. The national tree and the desk's cases, written straight into the database"
start_lantoa
BENCH_MONTHS=0 BENCH_AUDIT=0 run infra/bench/reporting/Generate.java | tee "$DATA/tree.out" | grep '^units:' || true
while IFS='=' read -r k v; do export "BENCH_${k^^}=$v"; done < <(sed -n 's/^BENCH //p' "$DATA/tree.out")
run infra/bench/desk-below/Generate.java | tee "$DATA/cases.out" | grep -v '^BENCH '
while IFS='=' read -r k v; do export "BENCH_${k^^}=$v"; done < <(sed -n 's/^BENCH //p' "$DATA/cases.out")
stop_lantoa

echo
echo "== 2. The Sở's pages, Lantoa restarted on the data"
start_lantoa
export BENCH_CASE
BENCH_CASE=$(SQL_HEADER=0 run infra/bench/reporting/Sql.java "SELECT c.id FROM desk_case c JOIN unit u ON u.id = c.unit_id WHERE u.parent_id = $BENCH_CHILD AND c.status = 'MOI' LIMIT 1" | head -1)
run infra/bench/desk-below/Bench.java | tee "$DATA/pages.out"

echo
echo "The queries behind (a), as OpenBelow runs them:"
PATH_OF=$(SQL_HEADER=0 run infra/bench/reporting/Sql.java "SELECT path FROM unit WHERE id = $BENCH_PROVINCE" | head -1)
OPEN="'MOI', 'DA_TIEP_NHAN', 'DANG_XU_LY', 'CHO_BO_SUNG'"
BELOW="c.spam = FALSE AND c.status IN ($OPEN) AND c.unit_path LIKE '$PATH_OF%' AND c.unit_path <> '$PATH_OF'"
COUNTS="SELECT SUBSTRING_INDEX(SUBSTRING(c.unit_path, $(( ${#PATH_OF} + 1 ))), '/', 1) AS child, CASE WHEN c.received_at >= NOW() - INTERVAL 3 DAY THEN 0 WHEN c.received_at >= NOW() - INTERVAL 10 DAY THEN 1 WHEN c.received_at >= NOW() - INTERVAL 30 DAY THEN 2 ELSE 3 END AS band, COUNT(*) FROM desk_case c WHERE $BELOW GROUP BY child, band"
TOPICS="SELECT c.topic, COUNT(*) FROM desk_case c WHERE $BELOW GROUP BY c.topic"
OLDEST="SELECT c.id FROM desk_case c WHERE $BELOW ORDER BY c.received_at, c.id LIMIT 100"
run infra/bench/reporting/Sql.java "EXPLAIN $COUNTS" "EXPLAIN $TOPICS" "EXPLAIN $OLDEST" | sed 's/^/  /'

echo
echo "== Summary"
grep -h '^units:' "$DATA/tree.out" | sed 's/^/  /'
grep -h '^units:\|^cases:\|^escalated' "$DATA/cases.out" | sed 's/^/  /'
echo "  open cases below the Sở: $BENCH_OPEN_BELOW; cases in the database: $BENCH_CASES"
SHOWN=$(sed -n 's/^first answer: [0-9]*, [^0-9]*\([0-9.]*\) .*/\1/p' "$DATA/pages.out" | tr -d .)
echo "  the page's total equals that count (made by joining the units below to their cases): $([ "$SHOWN" = "$BENCH_OPEN_BELOW" ] && echo yes || echo "NO, it shows $SHOWN")"
sed -n '/^first answer/,$p' "$DATA/pages.out" | sed 's/^/  /'
echo "  goal for (a): p95 < 200 ms"
echo "  total run time: $(( ($(date +%s) - START) / 60 )) min"
