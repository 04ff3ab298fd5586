#!/usr/bin/env bash
# Several instances on one machine (issue 15): the public site and a deadline rush measured
#   (a) against 1 instance directly, (b) against 1 instance through nginx, (c) against 2 instances through nginx,
# all on this machine (its cores bound the total: the point is no loss, no 5xx, and what the balancer costs).
# The cluster is infra/cluster (one embedded MariaDB, S3 and SMTP sink; production jars; Debian's nginx in front).
#  site: a school's home page from the page cache, wrk -t2 -c32 for BENCH_SECS (20) seconds after 10 s of warm-up;
#        requests/s, p50, p99, non-2xx and socket errors;
#  rush: BENCH_RUSH_SENDS (3000) report sends through the JSON API, BENCH_RUSH_CONCURRENCY (32) in flight, each with
#        its own Idempotency-Key, after BENCH_RUSH_WARMUP (1000) sends of warm-up; sends/s, p50, p99, answers, and the rows in the database.
# Needs wrk and nginx (Debian packages; installed with apt-get when missing and running as root).
#
# Usage: infra/bench/several-instances.sh         (BENCH_INSTANCES="2" runs only the 2-instance part)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECS="${BENCH_SECS:-20}"
SENDS="${BENCH_RUSH_SENDS:-3000}"
CONC="${BENCH_RUSH_CONCURRENCY:-32}"
export CLUSTER_PORT="${BENCH_NGINX_PORT:-18380}" CLUSTER_FIRST_PORT="${BENCH_PORT:-18381}"

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null && ! [ -x "/usr/sbin/$tool" ]; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q "$tool" >/dev/null; else echo "Install $tool (apt-get install $tool)"; exit 1; fi
  fi
done
[ -f backend/target/lantoa.jar ] && [ -f infra/cluster/target/lantoa-cluster.jar ] || mvn -B -q -DskipTests -pl infra/cluster -am package

export CLUSTER_DIR
CLUSTER_DIR=$(mktemp -d "${PWD}/target-bench-XXXX")
CLUSTER=""
cleanup() {
  [ -n "$CLUSTER" ] && kill "$CLUSTER" 2>/dev/null && wait "$CLUSTER" 2>/dev/null || true
  rm -rf "$CLUSTER_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_cluster() {
  rm -rf "${CLUSTER_DIR:?}"/*
  java -Xmx768m -jar infra/cluster/target/lantoa-cluster.jar "$1" >"$CLUSTER_DIR/../$(basename "$CLUSTER_DIR").log" 2>&1 &
  CLUSTER=$!
  until [ -f "$CLUSTER_DIR/ready" ]; do
    if ! kill -0 "$CLUSTER" 2>/dev/null; then echo "the cluster did not start:"; tail -20 "$CLUSTER_DIR/../$(basename "$CLUSTER_DIR").log"; exit 1; fi
    sleep 1
  done
}
stop_cluster() { kill "$CLUSTER"; wait "$CLUSTER" 2>/dev/null || true; CLUSTER=""; rm -f "$CLUSTER_DIR/../$(basename "$CLUSTER_DIR").log"; }
ready() { sed -n "s/^$1=\([^ ]*\).*/\1/p" "$CLUSTER_DIR/ready"; }
rush() { java -cp infra/cluster/target/lantoa-cluster.jar vn.lantoa.cluster.Rush "$@"; }

site() {
  local out rps p50 p99 non2xx sock
  out=$(wrk -t2 -c32 -d"${SECS}s" --latency "$2/thcs-tan-mai/")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  sock=$(echo "$out" | awk -F': ' '/Socket errors/ {print $2}')
  printf '%-28s site  %9.0f req/s   p50 %-8s p99 %-8s non-2xx %s%s\n' "$1" "$rps" "$p50" "$p99" "${non2xx:-0}" "${sock:+   socket errors: $sock}"
}

send() {
  local out
  out=$(rush "$2" "$DB" "$SENDS" "$CONC" "$3")
  printf '%-28s rush  %s\n%-28s       %s\n' "$1" "$(echo "$out" | head -1)" "" "$(echo "$out" | tail -1)"
}

ONLY="${BENCH_INSTANCES:-1 2}"
echo "Several instances on $(nproc) cores (load average $(cut -d' ' -f1-3 /proc/loadavg)), $(java -version 2>&1 | head -1), $(nginx -v 2>&1)"
if [[ " $ONLY " == *" 1 "* ]]; then
start_cluster 1
DB=$(ready database); DIRECT=$(ready instance-1); LB=$(ready nginx)
wrk -t2 -c32 -d10s "$LB/thcs-tan-mai/" >/dev/null
rush "$LB" "$DB" "${BENCH_RUSH_WARMUP:-1000}" "$CONC" wa >/dev/null
site "1 instance, direct" "$DIRECT"
site "1 instance, through nginx" "$LB"
send "1 instance, direct" "$DIRECT" da
send "1 instance, through nginx" "$LB" ga
stop_cluster
fi

if [[ " $ONLY " == *" 2 "* ]]; then
start_cluster 2
DB=$(ready database); LB=$(ready nginx)
wrk -t2 -c32 -d10s "$LB/thcs-tan-mai/" >/dev/null
rush "$LB" "$DB" "${BENCH_RUSH_WARMUP:-1000}" "$CONC" wb >/dev/null
site "2 instances, through nginx" "$LB"
send "2 instances, through nginx" "$LB" gb
stop_cluster
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
