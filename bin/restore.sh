#!/usr/bin/env bash
# Restores a backup made by bin/backup.sh into an EMPTY database (never over live data).
#
#   createdb -O cchc cchc_restored
#   PGHOST=db PGUSER=cchc PGPASSWORD=... PGDATABASE=cchc_restored bin/restore.sh cchc-20250101T000000Z.dump
#
# Connection: the usual libpq variables, as for backup.sh. The whole restore is one
# transaction: it either completes or leaves the database empty. Then point the portal at the
# restored database (SPRING_DATASOURCE_URL); Flyway finds the schema at its recorded version
# and applies only newer migrations.
set -euo pipefail

if [[ $# -ne 1 || ! -r "$1" ]]; then
  echo "usage: bin/restore.sh <backup file>   (PGDATABASE = an empty database)" >&2
  exit 2
fi

tables=$(psql -X -A -t -v ON_ERROR_STOP=1 -c \
  "select count(*) from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')")
if (( tables > 0 )); then
  echo "restore.sh: database ${PGDATABASE:-?} is not empty (${tables} tables); restore into a new, empty database" >&2
  exit 4
fi

pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="${PGDATABASE:-${PGUSER:-$USER}}" "$1"
echo "restored $1 into ${PGDATABASE:-${PGUSER:-$USER}}"
