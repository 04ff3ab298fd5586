#!/usr/bin/env bash
# Several Lantoa instances on this machine, as production runs them behind a load balancer (issue 15):
# one MariaDB server, one S3-protocol server and an SMTP sink (the embedded stand-ins of infra/embedded, in one JVM),
# N instances of the production jar backend/target/lantoa.jar on ports 8081.. with one LANTOA_JWT_SECRET, and nginx
# (Debian's, as a foreground process with its own configuration in the data folder) on port 8080 in front of them.
# The first instance writes the demo data; sign in at http://localhost:8080 as admin@lantoa.vn / Lantoa@2026.
#
# Usage: infra/cluster/run.sh [N]        N = 1 to 3 instances (default 2); Ctrl-C stops everything.
# Settings (environment): CLUSTER_PORT (8080, nginx), CLUSTER_FIRST_PORT (8081), CLUSTER_HEAP (384m per instance),
#   CLUSTER_DRAIN (3: LANTOA_SHUTDOWN_DRAIN seconds), CLUSTER_DIR (target-cluster; wiped at start),
#   CLUSTER_NGINX=false (no nginx: instances only), and any LANTOA_* variable, passed to every instance.
# Once every instance answers, CLUSTER_DIR/ready lists the addresses and pids (for scripts: infra/bench/several-instances.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-2}"
JAR=backend/target/lantoa.jar
CLUSTER_JAR=infra/cluster/target/lantoa-cluster.jar

if ! command -v nginx >/dev/null && ! [ -x /usr/sbin/nginx ] && [ "${CLUSTER_NGINX:-true}" != false ]; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q nginx >/dev/null; else echo "Install nginx (apt-get install nginx)"; exit 1; fi
fi
if [ ! -f "$JAR" ] || [ ! -f "$CLUSTER_JAR" ]; then
  mvn -B -q -DskipTests -pl infra/cluster -am package
fi

export CLUSTER_DIR="${CLUSTER_DIR:-$PWD/target-cluster}"
rm -rf "$CLUSTER_DIR"
mkdir -p "$CLUSTER_DIR"
exec java -Xmx512m -jar "$CLUSTER_JAR" "$N"
