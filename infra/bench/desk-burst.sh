#!/usr/bin/env bash
# The exam-day rush on the listening desk (issue 12), in one run on loopback, on the embedded default:
#  1. starts the launcher (embedded MariaDB, S3 and SMTP, demo data) on a fresh data folder, with the exam-day
#     configuration: loopback is a trusted proxy, so each submission's X-Forwarded-For is its client address (as behind
#     the reverse proxy of a real installation), and the Sở's per-unit limit is raised from 600 to
#     BENCH_PER_UNIT_PER_HOUR (50000) cases an hour (LANTOA_DESK_PER_UNIT_PER_HOUR);
#  2. warms the JIT with BENCH_WARMUP (30) s of 50 submissions a second (not measured, other client addresses), then
#     sends BENCH_RATE (200) public form submissions per second for BENCH_SECONDS (60) s to Sở GDĐT Đắk Lắk's
#     /so-gddt-dak-lak/gui-phan-anh at a fixed arrival rate (infra/bench/desk/Burst.java: open loop, one client
#     address and one text per submission, CSRF cookie and token, empty honeypot, consent ticked);
#  3. counts the Sở's web-form cases in desk_case over JDBC (the embedded MariaDB's port, found as reporting.sh does)
#     before and, once the count has stopped moving, after: stored must equal accepted (and the distinct case codes on the confirmation pages), with one
#     "received" history step per stored case.
# Prints sent, accepted, errors, stored, p50/p95/p99 latency, and what a submission costs in CPU (Lantoa and MariaDB
# together, from /proc, so the figure holds on a machine shared with other work) with the rate that cost allows on
# this machine's cores (and how much of Lantoa's was the JIT still compiling); with BENCH_JFR=1 also where Lantoa's CPU
# went (JFR during the burst). Off by default: its "profile" recording (allocation samples, socket and lock events on
# every request) cost Lantoa about half again as much CPU per submission, which then shows as latency.
# Everything stops and the data folder is removed on exit.
#
# Usage: infra/bench/desk-burst.sh
# Settings (environment): BENCH_PORT (18095), BENCH_RATE (200), BENCH_SECONDS (60), BENCH_SITE (so-gddt-dak-lak),
#   BENCH_PER_UNIT_PER_HOUR (50000), BENCH_WARMUP (30), BENCH_JFR (0), BENCH_KEEP=1 keeps the data folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
JAR=infra/launcher/target/lantoa-launcher.jar
PORT="${BENCH_PORT:-18095}"
SITE="${BENCH_SITE:-so-gddt-dak-lak}"
export BENCH_URL="http://127.0.0.1:$PORT" BENCH_SITE="$SITE"
export BENCH_RATE="${BENCH_RATE:-200}" BENCH_SECONDS="${BENCH_SECONDS:-60}"

[ -f "$JAR" ] || mvn -q -B -o -DskipTests package

DATA=$(mktemp -d "${ROOT}/target-bench-XXXX")
PID=""
DB_PID=""
cleanup() {
  if [ -n "$PID" ]; then
    kill "$PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$PID" 2>/dev/null || true
  fi
  if [ -n "$DB_PID" ]; then
    for _ in $(seq 1 60); do kill -0 "$DB_PID" 2>/dev/null || break; sleep 0.5; done
    kill "$DB_PID" 2>/dev/null || true
  fi
  if [ -z "${BENCH_KEEP:-}" ]; then rm -rf "$DATA"; else echo "data kept in $DATA"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Our own copy of the launcher, so a rebuild during the run changes nothing.
mkdir -p "$DATA/app"
cp "$JAR" "$DATA/app/" && cp -r "$(dirname "$JAR")/lib" "$DATA/app/"
APP="$DATA/app/$(basename "$JAR")"
CP=$(ls "$DATA"/app/lib/mysql-connector-j-*.jar 2>/dev/null | head -1)
[ -n "$CP" ] || CP=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | sort -V | tail -1)
sql() { SQL_HEADER=0 java -cp "$CP" infra/bench/reporting/Sql.java "$@"; }

echo "Desk burst on $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "Other load on this machine right now: $(uptime | sed 's/.*load average/load average/')"
echo "Exam-day configuration for this run: LANTOA_TRUSTED_PROXIES=127.0.0.1/32,::1/128 (the load comes through loopback as through a"
echo "  reverse proxy), LANTOA_DESK_PER_UNIT_PER_HOUR=${BENCH_PER_UNIT_PER_HOUR:-50000} (default 600); per-address limit left at its default"

started=$(date +%s%N)
# LANTOA_FORK=false: Lantoa in the launcher's own JVM with the JVM's default heap, as a server for national data
# would be sized, and $PID is then the JVM that jcmd and the CPU figures below look at.
env LANTOA_DATA_DIR="$DATA/lantoa" LANTOA_PORT="$PORT" LANTOA_TRUSTED_PROXIES="127.0.0.1/32,::1/128" \
  LANTOA_DESK_PER_UNIT_PER_HOUR="${BENCH_PER_UNIT_PER_HOUR:-50000}" LANTOA_FORK="${LANTOA_FORK:-false}" java -jar "$APP" >"$DATA/run.log" 2>&1 &
PID=$!
until curl -sf -o /dev/null -H 'Accept: text/html' "$BENCH_URL/$SITE/gui-phan-anh"; do
  if ! kill -0 "$PID" 2>/dev/null; then PID=""; echo "Lantoa exited; see the log:"; tail -30 "$DATA/run.log"; exit 1; fi
  sleep 0.5
done
DB_PID=$(pgrep -f -- "--datadir=$DATA/lantoa/mariadb/data " | head -1)
DB_PORT=$(tr '\0' '\n' <"/proc/$DB_PID/cmdline" | sed -n 's/^--port=//p')
export BENCH_JDBC="jdbc:mysql://127.0.0.1:$DB_PORT/lantoa?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&useSSL=false&allowPublicKeyRetrieval=true"
printf 'Lantoa up with its demo data after %.1f s (MariaDB on port %s)\n' "$(echo "($(date +%s%N) - $started) / 1000000000" | bc -l)" "$DB_PORT"

# CPU time of a process in milliseconds (user + system, from /proc/PID/stat).
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"; }
# CPU time of the JVM's JIT compiler threads (C1, C2) in milliseconds: the part of a short run's cost that a server
# running for days has already paid.
jit_ms() {
  local t total=0
  for t in /proc/"$1"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in
      C1\ Compiler*|C2\ Compiler*) total=$(( total + $(awk -v hz="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); print int(($12 + $13) * 1000 / hz) }' "$t/stat") )) ;;
    esac
  done
  echo "$total"
}

COUNT="SELECT COUNT(*) FROM desk_case c JOIN unit u ON u.id = c.unit_id WHERE u.slug = '$SITE' AND c.channel = 'WEB_FORM'"
# Counts again every 2 s until the number stops moving: the server may still be working through submissions whose
# clients gave up waiting.
settled_count() {
  local last=-1 now; now=$(sql "$COUNT")
  for _ in $(seq 1 150); do
    [ "$now" = "$last" ] && break
    sleep 2; last=$now; now=$(sql "$COUNT")
  done
  echo "$now"
}

if [ "${BENCH_WARMUP:-30}" -gt 0 ]; then
  echo "Warm-up: 50 submissions/s for ${BENCH_WARMUP:-30} s (not measured)"
  BENCH_RATE=50 BENCH_SECONDS="${BENCH_WARMUP:-30}" BENCH_ADDRESS_BLOCK=200 java -Xmx512m infra/bench/desk/Burst.java | grep '^accepted\|^errors\|^latency' | sed 's/^/  /'
fi
BEFORE=$(settled_count)
RECEIVED="SELECT COUNT(*) FROM desk_case_step s JOIN desk_case c ON c.id = s.case_id JOIN unit u ON u.id = c.unit_id
  WHERE u.slug = '$SITE' AND c.channel = 'WEB_FORM' AND s.kind = 'RECEIVED'"
STEPS_BEFORE=$(sql "$RECEIVED")
[ "${BENCH_JFR:-0}" = 1 ] && jcmd "$PID" JFR.start name=burst settings=profile filename="$DATA/burst.jfr" >/dev/null
APP_CPU0=$(cpu_ms "$PID"); DB_CPU0=$(cpu_ms "$DB_PID"); JIT_CPU0=$(jit_ms "$PID")
java -Xmx512m infra/bench/desk/Burst.java | tee "$DATA/burst.out"
AFTER=$(settled_count)
APP_CPU=$(( $(cpu_ms "$PID") - APP_CPU0 )); DB_CPU=$(( $(cpu_ms "$DB_PID") - DB_CPU0 )); JIT_CPU=$(( $(jit_ms "$PID") - JIT_CPU0 ))
LOAD_AFTER=$(uptime | sed 's/.*load average/load average/')
[ "${BENCH_JFR:-0}" = 1 ] && jcmd "$PID" JFR.stop name=burst >/dev/null
STORED=$((AFTER - BEFORE))
ACCEPTED=$(sed -n 's/^BENCH accepted=\([0-9]*\).*/\1/p' "$DATA/burst.out")
CODES=$(sed -n 's/.* codes=\([0-9]*\).*/\1/p' "$DATA/burst.out")
ERRORS=$(sed -n 's/.* errors=\([0-9]*\).*/\1/p' "$DATA/burst.out")
STEPS=$(( $(sql "$RECEIVED") - STEPS_BEFORE ))
MAILS=$(sql "SELECT COUNT(*) FROM mail_outbox" 2>/dev/null || echo '?')
echo
echo "== Summary"
echo "  sent      $((BENCH_RATE * BENCH_SECONDS)) ($BENCH_RATE/s for $BENCH_SECONDS s)"
echo "  accepted  $ACCEPTED ($CODES distinct case codes)"
echo "  errors    $ERRORS"
echo "  stored    $STORED new web-form cases in desk_case, $STEPS 'received' steps; mails queued in all: $MAILS"
grep '^latency' "$DATA/burst.out" | sed 's/^/  /'
if [ "$STORED" -gt 0 ]; then
  printf '  CPU       %.1f ms per stored submission (Lantoa %.1f, MariaDB %.1f; mails and everything else of the run included);\n' \
    "$(echo "($APP_CPU + $DB_CPU) / $STORED" | bc -l)" "$(echo "$APP_CPU / $STORED" | bc -l)" "$(echo "$DB_CPU / $STORED" | bc -l)"
  printf '            of Lantoa'"'"'s, %.1f ms was the JIT still compiling (a server up for days has paid it): %.1f ms without it\n' \
    "$(echo "$JIT_CPU / $STORED" | bc -l)" "$(echo "($APP_CPU + $DB_CPU - $JIT_CPU) / $STORED" | bc -l)"
  printf '            %.0f submissions/s would fill all %s cores of this machine\n' "$(echo "$(nproc) * 1000 * $STORED / ($APP_CPU + $DB_CPU)" | bc -l)" "$(nproc)"
fi
echo "  machine   $LOAD_AFTER right after the burst ($(nproc) cores shared with other work)"
echo "  Lantoa's log: $(grep -c ' ERROR ' "$DATA/run.log" || true) ERROR lines, $(grep -c 'Deadlock found' "$DATA/run.log" || true) deadlocks"
grep -m3 -A2 ' ERROR ' "$DATA/run.log" | cut -c1-300 | sed 's/^/    /' || true
if [ "${BENCH_JFR:-0}" = 1 ]; then
  echo "  Where Lantoa's CPU went during the burst (JFR):"
  java infra/bench/reporting/JfrTop.java "$DATA/burst.jfr" 12 | sed 's/^/    /'
fi
if [ "$STORED" = "$ACCEPTED" ] && [ "$CODES" = "$ACCEPTED" ] && [ "$ERRORS" = 0 ] && [ "$STEPS" = "$STORED" ]; then
  echo "  goal: 0 errors and no loss (stored == accepted): met"
else
  echo "  goal: 0 errors and no loss (stored == accepted): NOT met"
  exit 1
fi
