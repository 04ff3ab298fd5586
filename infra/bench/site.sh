#!/usr/bin/env bash
# Public-site speed, in one run with wrk on loopback (issue 3):
#  1. a school's home page (20 articles) served by Lantoa from its page cache, against the same bytes served as a
#     static file by nginx: requests per second of both and the ratio;
#  2. article pages that miss the page cache (Lantoa started with LANTOA_PAGE_CACHE=false, so every request reads
#     the database and renders the template), rotating over the school's articles: requests per second and p99
#     at 32 connections, after a minute of the same load to warm the JIT (BENCH_WARMUP seconds).
# Each part also prints the largest resident memory of the launcher's processes together (its JVM, the JVM Lantoa
# runs in, the embedded MariaDB), sampled every half second from start to stop, and their proportional share then
# (PSS: pages they share, such as libjvm.so, counted once).
# Needs wrk and nginx (Debian packages; installed with apt-get when missing and running as root).
#
# Usage: infra/bench/site.sh [seconds per run]      (SKIP_HOME=1 measures only the article pages;
#        BENCH_ENV="LANTOA_JAVA_OPTS=-Xmx512m" gives the launcher an environment, to compare)
set -euo pipefail
cd "$(dirname "$0")/../.."
source infra/bench/proc-tree.sh
SECS="${1:-20}"
WARMUP="${BENCH_WARMUP:-60}"
JAR="${BENCH_JAR:-infra/launcher/target/lantoa-launcher.jar}"
PORT="${BENCH_PORT:-18081}"
NGINX_PORT="${BENCH_NGINX_PORT:-18082}"
SCHOOL="${BENCH_SCHOOL:-thcs-tan-mai}"
CONNS=32

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null && ! [ -x "/usr/sbin/$tool" ]; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q "$tool" >/dev/null; else echo "Install $tool (apt-get install $tool)"; exit 1; fi
  fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -f "$JAR" ] || mvn -q -B -DskipTests package

DATA=$(mktemp -d "${PWD}/target-bench-XXXX")
PID=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null || true
  [ -f "$DATA/nginx.pid" ] && kill "$(cat "$DATA/nginx.pid")" 2>/dev/null || true
  sleep 1; rm -rf "$DATA"
}
trap cleanup EXIT

start_lantoa() {
  # shellcheck disable=SC2086
  env ${BENCH_ENV:-} "$@" LANTOA_DATA_DIR="$DATA/lantoa" LANTOA_PORT="$PORT" java -jar "$JAR" >"$DATA/run.log" 2>&1 &
  PID=$!
  watch_peak "$PID" "$DATA/peak" &
  until curl -sf -o /dev/null "http://localhost:$PORT/$SCHOOL/"; do
    if ! kill -0 "$PID" 2>/dev/null; then echo "Lantoa exited; see the log:"; tail -30 "$DATA/run.log"; exit 1; fi
    sleep 0.2
  done
}

stop_lantoa() {
  local label="$1" rss pss db
  read -r rss pss <"$DATA/peak"
  db=$(pgrep -f "mariadbd.*$DATA" | xargs -r ps -o rss= -p | awk '{s+=$1} END {print s+0}' || true)
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; sleep 1
  printf '%-24s peak RSS of Java + MariaDB %4d MiB (PSS %4d MiB; MariaDB at the end %3d MiB; goal < 512 MiB RSS)\n' \
    "$label" $((rss / 1024)) $((pss / 1024)) $((db / 1024))
}

rps() { awk '/Requests\/sec/ {print $2}'; }
p99() { awk '$1 == "99%" {print $2}'; }

echo "Public site on $(nproc) cores, $(java -version 2>&1 | head -1), wrk -t2 -c$CONNS -d${SECS}s"

# 1. Home page: Lantoa's page cache against nginx serving the same bytes.
start_lantoa
ARTICLES=$(curl -sf "http://localhost:$PORT/$SCHOOL/" | grep -o 'href="/'"$SCHOOL"'/tin/[^"]*"' | sort -u | sed 's/href="//; s/"$//')
if [ -z "${SKIP_HOME:-}" ]; then
HOME_URL="http://localhost:$PORT/$SCHOOL/"
curl -sf "$HOME_URL" >/dev/null   # fills the cache
mkdir -p "$DATA/www"
curl -sf "$HOME_URL" -o "$DATA/www/index.html"
echo "home page: $(wc -c <"$DATA/www/index.html") bytes, $(echo "$ARTICLES" | wc -l) article links"
cat >"$DATA/nginx.conf" <<NGINX
worker_processes auto;
pid $DATA/nginx.pid;
error_log $DATA/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $DATA/www;
    location / { index index.html; etag on; }
  }
}
NGINX
"$NGINX" -c "$DATA/nginx.conf"
sleep 0.5
wrk -t2 -c$CONNS -d5s "http://127.0.0.1:$NGINX_PORT/" >/dev/null
NGINX_RPS=$(wrk -t2 -c$CONNS -d"${SECS}s" "http://127.0.0.1:$NGINX_PORT/" | rps)
kill "$(cat "$DATA/nginx.pid")"; rm -f "$DATA/nginx.pid"
wrk -t2 -c$CONNS -d5s "$HOME_URL" >/dev/null
HOME_RPS=$(wrk -t2 -c$CONNS -d"${SECS}s" "$HOME_URL" | rps)
printf 'home page   nginx static %10.0f req/s\n' "$NGINX_RPS"
printf 'home page   Lantoa       %10.0f req/s   ratio %.2f (goal >= 0.30)\n' "$HOME_RPS" "$(echo "$HOME_RPS / $NGINX_RPS" | bc -l)"
fi
stop_lantoa "home page run"

# 2. Article pages with the page cache off: every request is a database read and a render.
start_lantoa LANTOA_PAGE_CACHE=false
{
  echo 'local paths = {'
  for a in $ARTICLES; do echo "  \"$a\","; done
  echo '}'
  echo 'local i = 0'
  echo 'request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end'
} >"$DATA/articles.lua"
# The JIT needs about a minute of this load to compile the render path; measure the warm server, as production runs.
wrk -t2 -c$CONNS -d"${WARMUP}s" -s "$DATA/articles.lua" "http://localhost:$PORT" >/dev/null
OUT=$(wrk -t2 -c$CONNS -d"${SECS}s" --latency -s "$DATA/articles.lua" "http://localhost:$PORT")
ERRORS=$(echo "$OUT" | awk '/Non-2xx/ {print $5}')
printf 'article     cache miss   %10.0f req/s   p99 %s (goal >= 2000 req/s, p99 < 50ms)%s\n' "$(echo "$OUT" | rps)" "$(echo "$OUT" | p99)" \
  "${ERRORS:+   non-2xx: $ERRORS}"
stop_lantoa "article run"
