#!/usr/bin/env bash
# Restores a backup made by backup.sh into the database of DATASOURCE_URL and the bucket of S3_BUCKET (Lantoa's own
# environment, as for backup.sh). Refuses a database that already has tables unless --force is given, which drops
# them first. Stop every Lantoa instance before restoring, and start them afterwards (Flyway then finds the schema
# as the backup left it and applies any newer migration). See infra/backup/README.md.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

[ $# -ge 1 ] || die "usage: restore.sh <dir> [--force]"
DIR="$1"
FORCE=false
[ "${2:-}" != "--force" ] || FORCE=true
if [ ! -f "$DIR/database.sql.gz" ] || [ ! -f "$DIR/objects.tsv" ]; then
  die "$DIR holds no backup (database.sql.gz, objects.tsv)"
fi
DIR="$(cd "$DIR" && pwd)"
(cd "$DIR" && sha256sum --quiet -c SHA256SUMS) || die "$DIR is damaged: its files do not match SHA256SUMS"

parse_datasource
client_options
MARIADB="$(tool mariadb mysql)"

sql -e "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
tables="$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")"
if [ "$tables" != "0" ]; then
  if [ "$FORCE" != true ]; then
    EXIT_CODE=3 die "database $DB_NAME on $DB_HOST:$DB_PORT has $tables tables; restoring would overwrite them. Add --force to drop them first."
  fi
  echo "dropping the $tables tables, views and routines of $DB_NAME (--force)"
  drops="$(sql -e "
    SELECT CONCAT('DROP ', IF(table_type = 'VIEW', 'VIEW', 'TABLE'), ' IF EXISTS \`', table_name, '\`;')
      FROM information_schema.tables WHERE table_schema = '$DB_NAME'
    UNION ALL
    SELECT CONCAT('DROP ', routine_type, ' IF EXISTS \`', routine_name, '\`;')
      FROM information_schema.routines WHERE routine_schema = '$DB_NAME'")"
  printf 'SET FOREIGN_KEY_CHECKS = 0;\n%s\n' "$drops" | sql "$DB_NAME"
fi

gzip -dc "$DIR/database.sql.gz" | sql "$DB_NAME"
echo "database $DB_NAME restored from $DIR ($(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'") tables)"

objects objects-restore "$DIR"
echo "restore of $DIR done: start Lantoa"
