# Shared by backup.sh and restore.sh (sourced, not run): the database's address from DATASOURCE_URL, a client
# options file that keeps the password off the command line, the MariaDB/MySQL client tools, and the Java side.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

die() { echo "$(basename "$0"): $*" >&2; exit "${EXIT_CODE:-1}"; }

# jdbc:mysql://host[:port][,other...]/database?options (jdbc:mariadb:// too); the first host is used.
parse_datasource() {
  local url="${DATASOURCE_URL:-}"
  [ -n "$url" ] || die "DATASOURCE_URL is not set (the same JDBC URL Lantoa uses)"
  local rest="${url#jdbc:mysql://}"
  rest="${rest#jdbc:mariadb://}"
  [ "$rest" != "$url" ] || die "DATASOURCE_URL must start with jdbc:mysql:// or jdbc:mariadb://"
  local hosts="${rest%%/*}"
  local first="${hosts%%,*}"
  DB_HOST="${first%%:*}"
  DB_PORT=3306
  [ "$first" = "$DB_HOST" ] || DB_PORT="${first#*:}"
  DB_NAME="${rest#*/}"
  DB_NAME="${DB_NAME%%\?*}"
  [[ "$DB_NAME" =~ ^[A-Za-z0-9_]+$ ]] || die "no plain database name in DATASOURCE_URL (got '$DB_NAME')"
}

# The account goes into a file only this user can read, removed on exit.
client_options() {
  CLIENT_CNF="$(mktemp)"
  trap 'rm -f "$CLIENT_CNF"' EXIT
  chmod 600 "$CLIENT_CNF"
  {
    echo "[client]"
    echo "host=$DB_HOST"
    echo "port=$DB_PORT"
    echo "user=${DATASOURCE_USERNAME:-lantoa}"
    echo "password=${DATASOURCE_PASSWORD:-}"
    echo "protocol=tcp"
    echo "default-character-set=utf8mb4"
  } >"$CLIENT_CNF"
}

# MARIADB_BIN names a folder with the client tools; otherwise they come from PATH (Debian's mariadb-client,
# which also talks to MySQL 8 and Aurora MySQL).
tool() {
  local name
  for name in "$@"; do
    if [ -n "${MARIADB_BIN:-}" ] && [ -x "$MARIADB_BIN/$name" ]; then echo "$MARIADB_BIN/$name"; return; fi
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  done
  die "none of $* found: install Debian's mariadb-client (apt-get install mariadb-client) or set MARIADB_BIN"
}

sql() {
  "$MARIADB" --defaults-extra-file="$CLIENT_CNF" --batch --skip-column-names "$@"
}

# The bucket's half runs from the production jar, with Lantoa's own S3 settings (S3_*).
objects() {
  local classpath="${LANTOA_CLASSPATH:-${LANTOA_JAR:-$ROOT/backend/target/lantoa.jar}}"
  [ -n "${LANTOA_CLASSPATH:-}" ] || [ -f "$classpath" ] || die "no $classpath: build it (mvn -B -DskipTests package) or set LANTOA_JAR"
  # shellcheck disable=SC2086 # the options are words on purpose
  "${JAVA:-java}" ${BACKUP_JAVA_OPTS:--Xmx256m} -cp "$classpath" vn.lantoa.platform.backup.Backup "$@"
}
