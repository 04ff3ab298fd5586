#!/usr/bin/env bash
# A consistent backup of one Lantoa installation into <dir> (which must be new or empty):
#   database.sql.gz  the whole schema and its rows, dumped in one transaction (mariadb-dump --single-transaction)
#   objects.tsv      every S3 object: with versioning on, its version id, size and ETag; otherwise also copied to objects/
#   backup.txt       when, from where, which schema version; SHA256SUMS of the files above
# It reads Lantoa's own environment: DATASOURCE_URL, DATASOURCE_USERNAME, DATASOURCE_PASSWORD, S3_BUCKET, S3_REGION,
# S3_ENDPOINT, S3_PATH_STYLE, S3_ACCESS_KEY, S3_SECRET_KEY. See infra/backup/README.md.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

[ $# -ge 1 ] || die "usage: backup.sh <dir> [--copy-objects]"
DIR="$1"
COPY=""
[ "${2:-}" != "--copy-objects" ] || COPY="--copy"
if [ -d "$DIR" ] && [ -n "$(ls -A "$DIR")" ]; then
  die "$DIR is not empty: give each backup a folder of its own"
fi
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"

parse_datasource
client_options
DUMP="$(tool mariadb-dump mysqldump)"
MARIADB="$(tool mariadb mysql)"

started="$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)"
schema_version="$(sql "$DB_NAME" -e "SELECT COALESCE(MAX(version), '') FROM flyway_schema_history WHERE success = 1" 2>/dev/null || echo unknown)"
# One transaction (a consistent snapshot of InnoDB tables, no table locks), with the routines and triggers, binary
# columns as hex (the dump stays valid text), in utf8mb4, without CREATE DATABASE so it restores under any name.
"$DUMP" --defaults-extra-file="$CLIENT_CNF" --single-transaction --quick --routines --triggers --hex-blob \
  --default-character-set=utf8mb4 --no-tablespaces --skip-lock-tables "$DB_NAME" | gzip -6 >"$DIR/database.sql.gz.part"
mv "$DIR/database.sql.gz.part" "$DIR/database.sql.gz"
finished="$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)"
# mariadb-dump ends a complete dump with this line; a dump cut short has none.
gzip -dc "$DIR/database.sql.gz" | tail -n 1 | grep -q "^-- Dump completed" || die "the dump of $DB_NAME is incomplete"

objects objects-backup "$DIR" --dump-started "$started" --dump-finished "$finished" $COPY

{
  echo "lantoa-backup 1"
  echo "database=$DB_NAME host=$DB_HOST port=$DB_PORT"
  echo "schema_version=$schema_version"
  echo "dump_started=$started"
  echo "dump_finished=$finished"
  echo "finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "bucket=${S3_BUCKET:-lantoa}"
  echo "dump_tool=$("$DUMP" --version)"
} >"$DIR/backup.txt"
(cd "$DIR" && sha256sum database.sql.gz objects.tsv backup.txt >SHA256SUMS)
echo "backup of $DB_NAME and bucket ${S3_BUCKET:-lantoa} written to $DIR"
