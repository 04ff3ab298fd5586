#!/usr/bin/env bash
# Reporting at national scale (issue 4), in one run on loopback, without Docker:
#  1. starts Lantoa on a fresh data folder (embedded MariaDB), then writes straight into its database, in bulk, a
#     national tree (1 ministry, 34 Sở, ~700 Phòng GDĐT, ~3,300 commune offices, ~54,000 schools), one 20-number
#     monthly form issued by the ministry to every school (to the parent, due the 20th of the next month), and the 12
#     months before the current one sent by ~95% of the schools (some late), with the rows a send writes
#     (report, report_version, report_value, report_group_lock, audit_event) and the maintained report_total;
#  2. restarts Lantoa on that data (MariaDB back to its own settings) and measures median and p95 latency of
#     (a) the largest district's deadline screen, (b) the largest province's report dashboard, (c) the ministry's
#     roll-up of last month: warm-up, sequential requests, then a few concurrent clients; then times and EXPLAINs
#     the queries behind them;
#  3. the deadline rush: one JSON API submission of the current month per school, BENCH_RUSH_CONCURRENCY in flight;
#     submissions/s, errors, and in the database one SUBMITTED report and one SUBMITTED report_version per school;
#     what one submission costs (statements, rows, redo, CPU);
#  4. optionally (BENCH_COMPARE=1, the default) the rush again on the same data, for BENCH_COMPARE_LIMIT (10000) schools,
#     with settings changed (BENCH_COMPARE_ENV, default LANTOA_REPORTING_BATCH_SENDS=false: every send in its own
#     transaction instead of written together with the sends that arrived with it), to show what the group commit
#     brings; compare it with the first 10,000 of step 3; then (BENCH_DRAFTS=1, the default) the same number of schools
#     each saving a draft first (PUT), as the page's autosave does, and then sending it;
#  5. a CPU profile (JFR) of the pages and of sends, each recorded apart from the measurements; database size and
#     generation time in the summary; everything stops and the data folder is removed on exit.
#
# Usage: infra/bench/reporting.sh
# Settings (environment): BENCH_PORT (18090), BENCH_SCHOOLS (54000), BENCH_DISTRICTS (700), BENCH_COMMUNES (3300),
#   BENCH_MONTHS (12), BENCH_WARMUP (200), BENCH_REQUESTS (300), BENCH_CLIENTS (4), BENCH_RUSH_CONCURRENCY (32),
#   BENCH_RUSH_WARMUP (2000 late reports of earlier months before each rush), BENCH_RUSH_LIMIT (0: every school),
#   BENCH_COMPARE (1), BENCH_COMPARE_LIMIT (10000), BENCH_COMPARE_ENV (see above), BENCH_JFR (1),
#   BENCH_DB_BUFFER_POOL_MB (2048: MariaDB's innodb_buffer_pool_size), BENCH_KEEP=1 keeps the data folder,
#   DATASOURCE_POOL_SIZE is passed to Lantoa as is.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
JAR=infra/launcher/target/lantoa-launcher.jar
PORT="${BENCH_PORT:-18090}"
export BENCH_URL="http://127.0.0.1:$PORT"
HERE=infra/bench/reporting

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

# Our own copy of the launcher: the jar may be rebuilt while we run, and a rebuilt one could disagree with the
# schema this run's database was migrated with.
mkdir -p "$DATA/app"
cp "$JAR" "$DATA/app/" && cp -r "$(dirname "$JAR")/lib" "$DATA/app/"
APP="$DATA/app/$(basename "$JAR")"
CP=$(ls "$DATA"/app/lib/mysql-connector-j-*.jar 2>/dev/null | head -1)
[ -n "$CP" ] || CP=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | sort -V | tail -1)
bench() { java -Xmx2g -cp "$CP" "$HERE/$1.java" "${@:2}"; }
RUN=0

start_lantoa() {
  RUN=$((RUN + 1))
  local started; started=$(date +%s%N)
  # API tokens last long enough for the whole rush, whatever the machine's speed.
  local attempt
  for attempt in 1 2; do
    # MariaDB gets the memory a server for this data would have (the launcher's default suits a laptop's demo).
    # LANTOA_FORK=false: Lantoa in the launcher's own JVM with the JVM's default heap, as a server for national data
    # would be sized, and $PID is then the JVM that jcmd and the CPU figures below look at.
    env LANTOA_DB_BUFFER_POOL_MB="${BENCH_DB_BUFFER_POOL_MB:-2048}" "$@" LANTOA_DATA_DIR="$DATA/lantoa" LANTOA_PORT="$PORT" \
      LANTOA_API_TOKEN_SECONDS=14400 LANTOA_API_REQUESTS_PER_MINUTE=1000000 LANTOA_FORK="${LANTOA_FORK:-false}" java -jar "$APP" >"$DATA/run-$RUN.log" 2>&1 &
    PID=$!
    until curl -sf -o /dev/null -H 'Accept: text/html' "$BENCH_URL/login"; do
      if ! kill -0 "$PID" 2>/dev/null; then PID=""; break; fi
      sleep 0.5
    done
    [ -n "$PID" ] && break
    cp "$DATA/run-$RUN.log" "$ROOT/target-bench-failed-start-$RUN-$attempt.log"
    echo "Lantoa exited during start $RUN (log kept in target-bench-failed-start-$RUN-$attempt.log):"
    grep -m3 -E 'ERROR|Exception' "$DATA/run-$RUN.log" || tail -5 "$DATA/run-$RUN.log"
    local orphan; orphan=$(pgrep -f -- "--datadir=$DATA/lantoa/mariadb/data " | head -1 || true)
    [ -n "$orphan" ] && kill "$orphan" 2>/dev/null || true
    sleep 3
    [ "$attempt" = 2 ] && exit 1
    echo "trying once more"
  done
  DB_PID=$(pgrep -f -- "--datadir=$DATA/lantoa/mariadb/data " | head -1)
  local port; port=$(tr '\0' '\n' <"/proc/$DB_PID/cmdline" | sed -n 's/^--port=//p')
  export BENCH_JDBC="jdbc:mysql://127.0.0.1:$port/lantoa?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&useSSL=false&allowPublicKeyRetrieval=true"
  export BENCH_PIDS="lantoa=$PID,mariadbd=$DB_PID"
  printf 'Lantoa up after %.1f s (MariaDB on port %s)%s\n' "$(echo "($(date +%s%N) - $started) / 1000000000" | bc -l)" "$port" "${*:+ with $*}"
}

stop_lantoa() {
  if [ -n "$PID" ]; then
    kill "$PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$PID" 2>/dev/null || true
    PID=""
  fi
  # MariaDB stops with the launcher's shutdown hook; make sure ours is gone before the folder is reused or removed.
  if [ -n "$DB_PID" ]; then
    for _ in $(seq 1 60); do kill -0 "$DB_PID" 2>/dev/null || break; sleep 0.5; done
    kill "$DB_PID" 2>/dev/null || true
    DB_PID=""
  fi
}

db_size() {
  SQL_HEADER=0 bench Sql "SELECT table_name, ROUND((data_length + index_length) / 1048576), table_rows FROM information_schema.tables
      WHERE table_schema = 'lantoa' AND table_name IN ('unit', 'report', 'report_version', 'report_value', 'report_total', 'report_group_lock', 'audit_event')
      ORDER BY data_length + index_length DESC" \
    "SELECT 'all tables', ROUND(SUM(data_length + index_length) / 1048576), '' FROM information_schema.tables WHERE table_schema = 'lantoa'" |
    awk -F'\t' '{ printf "  %-18s %7s MiB %s\n", $1, $2, ($3 == "" ? "" : sprintf("(~%s rows)", $3)) }'
  echo "  data folder on disk: $(du -sm "$DATA/lantoa/mariadb/data" | cut -f1) MiB (tables, undo, redo log)"
}

START=$(date +%s)
echo "Reporting at national scale on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "Other load on this machine right now: $(uptime | sed 's/.*load average/load average/')"
echo "Measuring $JAR built $(date -u -r "$(dirname "$JAR")/lib/lantoa-backend-0.1.0-SNAPSHOT.jar" '+%F %T UTC' 2>/dev/null || echo '?') in a tree at $(git log -1 --format='%h %s' | cut -c1-90)$(git diff --quiet HEAD -- backend 2>/dev/null || echo ' (backend has uncommitted changes)')"
echo
echo "== 1. Lantoa on a fresh data folder, then the national data written straight into its database"
start_lantoa
GEN_START=$(date +%s%N)
bench Generate | tee "$DATA/generate.out" | grep -v '^BENCH '
GEN_SECS=$(echo "($(date +%s%N) - $GEN_START) / 1000000000" | bc -l)
while IFS='=' read -r k v; do export "BENCH_${k^^}=$v"; done < <(sed -n 's/^BENCH //p' "$DATA/generate.out")
echo "Database size after generation (InnoDB's estimates):"
db_size | tee "$DATA/size.out"
stop_lantoa

echo
echo "== 2. Pages, Lantoa restarted on the data (MariaDB with the launcher's settings, its buffer pool at ${BENCH_DB_BUFFER_POOL_MB:-2048} MB)"
start_lantoa
BENCH_PERIOD="$BENCH_LAST_PERIOD" bench Bench pages | tee "$DATA/pages.out"
if [ "${BENCH_JFR:-1}" = 1 ]; then
  # Profiled apart from the measurements above, so the recording costs them nothing.
  jcmd "$PID" JFR.start name=pages settings=profile filename="$DATA/pages.jfr" >/dev/null
  BENCH_PERIOD="$BENCH_LAST_PERIOD" BENCH_WARMUP=0 BENCH_REQUESTS=100 BENCH_CLIENTS=1 BENCH_EXPLAIN=0 bench Bench pages >/dev/null
  jcmd "$PID" JFR.stop name=pages >/dev/null
  echo "Where Lantoa's CPU went serving 100 more of each page (JFR, recorded after the measurements):"
  java "$HERE/JfrTop.java" "$DATA/pages.jfr" 12 | tee "$DATA/jfr-pages.out"
  echo
fi

echo "== 3. Deadline rush: every school sends $BENCH_CURRENT_PERIOD through the JSON API"
BENCH_PERIOD="$BENCH_CURRENT_PERIOD" bench Bench rush | tee "$DATA/rush.out"
echo "Lantoa's log during the rush: $(grep -c 'Deadlock found' "$DATA/run-$RUN.log" || true) 'Deadlock found' errors, $(grep -c 'report.submitted' "$DATA/run-$RUN.log" || true) report.submitted audit lines"
echo "Ministry roll-up of $BENCH_CURRENT_PERIOD right after the rush:"
BENCH_PERIOD="$BENCH_CURRENT_PERIOD" BENCH_PAGES=rollup BENCH_WARMUP=50 BENCH_CLIENTS=1 BENCH_EXPLAIN=0 bench Bench pages | grep '^(c)' | tee "$DATA/rollup-after.out"

# What the group commit brings: the same rush with every send in its own transaction.
COMPARE_ENV="${BENCH_COMPARE_ENV:-LANTOA_REPORTING_BATCH_SENDS=false}"
if [ "${BENCH_COMPARE:-1}" = 1 ]; then
  echo
  echo "== 4. The rush again, ${BENCH_COMPARE_LIMIT:-10000} schools, with settings changed (no code change): $COMPARE_ENV"
  BENCH_PERIOD="$BENCH_CURRENT_PERIOD" bench Bench reset
  stop_lantoa
  # shellcheck disable=SC2086
  start_lantoa $COMPARE_ENV
  BENCH_PERIOD="$BENCH_CURRENT_PERIOD" BENCH_RUSH_LIMIT="${BENCH_COMPARE_LIMIT:-10000}" bench Bench rush | tee "$DATA/rush2.out"
fi
if [ "${BENCH_DRAFTS:-1}" = 1 ]; then
  # Through the page, most schools have a draft when they send (its autosave keeps one): those sends go through the
  # same batch, which then updates the drafts instead of inserting reports.
  echo
  echo "== 4b. The rush again, ${BENCH_COMPARE_LIMIT:-10000} schools that each saved a draft first, Lantoa's own settings"
  BENCH_PERIOD="$BENCH_CURRENT_PERIOD" bench Bench reset
  stop_lantoa
  start_lantoa
  BENCH_PERIOD="$BENCH_CURRENT_PERIOD" BENCH_RUSH_LIMIT="${BENCH_COMPARE_LIMIT:-10000}" BENCH_RUSH_DRAFTS=1 bench Bench rush | tee "$DATA/rush3.out"
fi
if [ "${BENCH_JFR:-1}" = 1 ]; then
  # A profile of sends, apart from the measured rushes: the period's sends are removed and BENCH_JFR_SENDS sent again,
  # with Lantoa's own settings again if step 4 changed them.
  BENCH_PERIOD="$BENCH_CURRENT_PERIOD" bench Bench reset
  if [ "${BENCH_COMPARE:-1}" = 1 ]; then
    stop_lantoa
    start_lantoa
  fi
  echo
  echo "== 5. Where Lantoa's CPU goes in a send (JFR over ${BENCH_JFR_SENDS:-3000} more sends of $BENCH_CURRENT_PERIOD, not measured)"
  jcmd "$PID" JFR.start name=rush settings=profile filename="$DATA/rush.jfr" >/dev/null
  BENCH_PERIOD="$BENCH_CURRENT_PERIOD" BENCH_RUSH_WARMUP=0 BENCH_RUSH_LIMIT="${BENCH_JFR_SENDS:-3000}" BENCH_RUSH_SKIP_SENT=1 bench Bench rush \
    | grep 'submissions/s sustained\|errors (anything' || true
  jcmd "$PID" JFR.stop name=rush >/dev/null
  java "$HERE/JfrTop.java" "$DATA/rush.jfr" 12 | tee "$DATA/jfr.out"
fi

echo
echo "== Summary"
grep -h '^units:\|^reports:\|^report_total:' "$DATA/generate.out" | sed 's/^/  /'
printf '  generation: %.0f s in all (%s)\n' "$GEN_SECS" "$(grep -h '^generation took' "$DATA/generate.out")"
echo "  database size of the generated data:"
sed 's/^/  /' "$DATA/size.out"
echo "  pages ($BENCH_LAST_PERIOD, largest district and province):"
sed -n '/^page (/,/^$/p' "$DATA/pages.out" | sed '/^$/d; s/^/    /'
sed 's/^/    after the rush, /' "$DATA/rollup-after.out"
echo "    goal for (c): p95 < 200 ms"
if [ -f "$DATA/jfr-pages.out" ]; then
  echo "  Lantoa's CPU serving the pages, by library (JFR):"
  sed -n '/by library/,/hottest/p' "$DATA/jfr-pages.out" | sed '1d;$d' | head -4 | sed 's/^ */      /'
  grep 'RollUpReads.table$\|DashboardController.show$\|Translator.t$' "$DATA/jfr-pages.out" | sed 's/^ */      under /'
fi
echo "  rush (launcher defaults):"
grep -h 'submissions/s sustained\|first [0-9]* submissions at\|errors (anything\|latency per submission\|schools with a SUBMITTED\|report_version rows with\|counted by report_total\|^    OK\|^    MISMATCH\|statements (\|rows (handler\|rolled back\|deadlocks\|CPU per submission\|buffer pool misses' "$DATA/rush.out" | sed 's/^ */    /'
if [ -f "$DATA/rush2.out" ]; then
  echo "  rush with $COMPARE_ENV:"
  grep -h 'submissions/s sustained\|errors (anything\|latency per submission\|schools with a SUBMITTED\|report_version rows with\|^    OK\|^    MISMATCH\|statements (\|rolled back\|deadlocks\|CPU per submission' "$DATA/rush2.out" | sed 's/^ */    /'
fi
if [ -f "$DATA/rush3.out" ]; then
  echo "  rush of schools that saved a draft first:"
  grep -h '^drafts:\|submissions/s sustained\|errors (anything\|latency per submission\|schools with a SUBMITTED\|report_version rows with\|^    OK\|^    MISMATCH\|statements (\|CPU per submission' "$DATA/rush3.out" | sed 's/^ */    /'
fi
if [ -f "$DATA/jfr.out" ]; then
  echo "  Lantoa's CPU in a send, by library (JFR):"
  sed -n '/by library/,/hottest/p' "$DATA/jfr.out" | sed '1d;$d' | head -6 | sed 's/^ */      /'
fi
echo "  total run time: $(( ($(date +%s) - START) / 60 )) min"
