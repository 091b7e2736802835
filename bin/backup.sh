#!/usr/bin/env bash
# Backs up the whole portal database into one file: plans, tasks, progress updates, users,
# audit log and the evidence files (stored in the database as bytea), in pg_dump's custom
# format. Safe while the portal runs (pg_dump reads one consistent snapshot).
#
#   PGHOST=db PGPORT=5432 PGUSER=cchc PGPASSWORD=... PGDATABASE=cchc bin/backup.sh [file]
#
# Connection: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass,
# PGDATABASE). Writes cchc-<UTC time>.dump in the current directory unless a file is given,
# checks that the file can be read back, and prints its name.
# Needs pg_dump of the server's major version or newer (postgresql-client-<major>).
set -euo pipefail

out="${1:-cchc-$(date -u +%Y%m%dT%H%M%SZ).dump}"

server_major=$(psql -X -A -t -v ON_ERROR_STOP=1 -c "select current_setting('server_version_num')::int / 10000")
client_major=$(pg_dump --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)?.*/\1/')
if (( client_major < server_major )); then
  echo "backup.sh: pg_dump ${client_major} cannot dump a PostgreSQL ${server_major} server;" \
    "install postgresql-client-${server_major} (or run this script in a postgres:${server_major} container)" >&2
  exit 3
fi

pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="${out}.partial"
# A backup that cannot be listed is no backup: check before keeping it.
pg_restore --list "${out}.partial" > /dev/null
mv "${out}.partial" "${out}"
echo "${out}"
