#!/usr/bin/env bash
# A rolling restart under load (issue 15): 2 instances of the production jar behind nginx (infra/cluster), clients
# (BENCH_CLIENTS, 8) keep asking for a school's home page and sending reports through nginx while each instance in turn
# gets SIGTERM (readiness 503, LANTOA_SHUTDOWN_DRAIN of CLUSTER_DRAIN seconds, requests in flight finished), is waited
# for until it has ended, started again and waited for until ready. Prints each instance's times, the whole restart's,
# the answers by status (goal: no 5xx, no request without an answer) and the POSTs stored.
#
# Usage: infra/bench/rolling-restart.sh [instances]
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v nginx >/dev/null && ! [ -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q nginx >/dev/null; else echo "Install nginx (apt-get install nginx)"; exit 1; fi
fi
[ -f backend/target/lantoa.jar ] && [ -f infra/cluster/target/lantoa-cluster.jar ] || mvn -B -q -DskipTests -pl infra/cluster -am package
export CLUSTER_DIR
CLUSTER_DIR=$(mktemp -d "${PWD}/target-bench-XXXX")
trap 'rm -rf "$CLUSTER_DIR"' EXIT
echo "Rolling restart on $(nproc) cores (load average $(cut -d' ' -f1-3 /proc/loadavg)), $(java -version 2>&1 | head -1)"
java -Xmx768m -cp infra/cluster/target/lantoa-cluster.jar vn.lantoa.cluster.RollingRestart "${1:-2}" "${BENCH_CLIENTS:-8}" 2>&1 | grep -v -E '^[0-9:.]+ (INFO|DEBUG)'
