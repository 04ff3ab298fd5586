#!/usr/bin/env bash
# Measures the production jar's start (backend/target/lantoa.jar, no embedded parts, no demo data) against a MariaDB
# and an S3 server that are already running, as an instance of an Auto Scaling group or a rolling restart starts:
# time from `java -jar` to the first page served, the CPU time the JVM used until then (steadier than the wall
# clock on a loaded machine) and its resident memory after start-up. First an empty database (Flyway migrates),
# then warm starts; each with the JVM's defaults and with the flags README recommends for production, which map a
# class-data archive written by one earlier run (-XX:ArchiveClassesAtExit, the step an instance's preparation does).
# The MariaDB and S3 servers are the embedded stand-ins of infra/embedded in a JVM of their own (BackingServers.java).
#
# Usage: infra/bench/startup-production.sh [runs]     (builds the jars first if they are missing)
#        PROD_FLAGS="-XX:+UseSerialGC -Xmx256m" infra/bench/startup-production.sh   (other flags to compare)
set -euo pipefail
cd "$(dirname "$0")/../.."
source infra/bench/proc-tree.sh
RUNS="${1:-2}"
JAR=backend/target/lantoa.jar
LIB=infra/launcher/target/lib
PORT="${BENCH_PORT:-18083}"
DB_PORT="${BENCH_DB_PORT:-18084}"
S3_PORT="${BENCH_S3_PORT:-18085}"
FLAGS="${PROD_FLAGS:--XX:MaxRAMPercentage=75 -XX:MetaspaceSize=160m}"
[ -f "$JAR" ] && [ -d "$LIB" ] || mvn -q -B -DskipTests package -pl infra/launcher -am

DATA=$(mktemp -d "${PWD}/target-bench-XXXX")
SERVERS=""
PID=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null || true
  [ -n "$SERVERS" ] && kill "$SERVERS" 2>/dev/null && wait "$SERVERS" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }

S3_SECRET=$(head -c 24 /dev/urandom | base64)
java -Xmx128m -XX:+UseSerialGC -cp "$LIB/*" infra/bench/BackingServers.java "$DATA/servers" "$DB_PORT" "$S3_PORT" bench "$S3_SECRET" \
  >"$DATA/servers.log" 2>&1 &
SERVERS=$!
until grep -q '^ready' "$DATA/servers.log"; do
  if ! kill -0 "$SERVERS" 2>/dev/null; then echo "The MariaDB and S3 servers did not start:"; tail -20 "$DATA/servers.log"; exit 1; fi
  sleep 0.2
done

measure() {
  local label="$1"; shift
  local start; start=$(now_ms)
  DATASOURCE_URL="jdbc:mysql://127.0.0.1:$DB_PORT/lantoa?createDatabaseIfNotExist=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true" \
    DATASOURCE_USERNAME=root DATASOURCE_PASSWORD= \
    S3_ENDPOINT="http://127.0.0.1:$S3_PORT" S3_ACCESS_KEY=bench S3_SECRET_KEY="$S3_SECRET" S3_PATH_STYLE=true \
    LANTOA_JWT_SECRET="bench-secret-bench-secret-bench-secret-0123456789" LANTOA_PORT="$PORT" \
    java "$@" -jar "$JAR" >"$DATA/run.log" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null -H "Accept: text/html" "http://localhost:$PORT/login"; do
    if ! kill -0 "$PID" 2>/dev/null; then echo "Lantoa exited; see the log:"; tail -20 "$DATA/run.log"; exit 1; fi
    sleep 0.05
  done
  local ready; ready=$(now_ms)
  local cpu; cpu=$(tree_cpu_ms "$PID")
  sleep 2
  local rss; rss=$(tree_rss_kib "$PID")
  local stopping; stopping=$(now_ms)
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
  printf '%-34s first page after %6d ms   CPU %5.1f s   RSS %4d MiB   stopped in %5d ms\n' \
    "$label" $((ready - start)) "$(echo "$cpu / 1000" | bc -l)" $((rss / 1024)) $(($(now_ms) - stopping))
  sleep 1
}

echo "Production jar start-up on $(nproc) cores, $(java -version 2>&1 | head -1); flags: $FLAGS"
# shellcheck disable=SC2086
measure "first start (empty database)" $FLAGS -XX:ArchiveClassesAtExit="$DATA/lantoa.jsa"
for i in $(seq 1 "$RUNS"); do
  # shellcheck disable=SC2086
  measure "warm start, JVM defaults" -Xshare:auto
  # shellcheck disable=SC2086
  measure "warm start, flags + class archive" $FLAGS -XX:SharedArchiveFile="$DATA/lantoa.jsa" \
    -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -Xlog:cds=off
done
