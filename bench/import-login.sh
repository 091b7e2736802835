#!/usr/bin/env bash
# Two costs the test suite no longer times (docs/benchmarks.md, "Reading a plan, signing in"):
#  1. reading a plan document as the import page does: seed 002 (40 pages of OCR text whose framework
#     table lost its columns, the reader's slowest path) and seed 001 nine times over (about 110 pages,
#     504 tasks); bench/ImportTiming.java on the application jar, no database;
#  2. signing in: the right password, a wrong one, and an unknown username, which must cost a password
#     hash as well (otherwise the time tells which usernames exist). The app runs with the demo profile
#     on a fresh PostgreSQL of its own (bench/db.sh), the login throttle raised out of the way.
#   bench/import-login.sh                 ROUNDS=20; SKIP_BUILD=1 reuses target/cchc-portal-*.jar
# BENCH_DIR (/tmp/cchc-bench-login), PG_PORT (55452) and APP_PORT (18090) differ from bench/run.sh's, so
# that its loaded database is left alone. Needs: JDK 21+ (JAVA_HOME), curl, psql (postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-20}
APP_PORT=${APP_PORT:-18090}
export BENCH_DIR=${BENCH_DIR:-/tmp/cchc-bench-login} PG_PORT=${PG_PORT:-55452}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
BASE="http://127.0.0.1:$APP_PORT"
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

if [ -z "${SKIP_BUILD:-}" ]; then
  log "building the jar"
  ./mvnw -q -B package -DskipTests
fi
mkdir -p "$BENCH_DIR"
cp target/cchc-portal-*.jar "$BENCH_DIR/app.jar"
rm -rf "$BENCH_DIR/app"
"$JAVA" -Djarmode=tools -jar "$BENCH_DIR/app.jar" extract --destination "$BENCH_DIR/app" >/dev/null

echo "# $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, load $(awk '{print $1}' /proc/loadavg)"
echo "## reading a plan: median of 10 reads after 3 warm-up reads"
"$JAVA" -cp "$BENCH_DIR/app/app.jar" bench/ImportTiming.java \
  src/test/resources/seeds/002_430e0f1fc1b5b3ee.txt 'src/test/resources/seeds/001_3aebb1f59d195251.txt*9'

log "starting PostgreSQL and the app (demo profile)"
bench/db.sh start
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/cchc" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_PROFILES_ACTIVE=demo "$JAVA" ${JAVA_OPTS:-} -jar "$BENCH_DIR/app/app.jar" --server.port="$APP_PORT" \
  --cchc.login.max-failures=1000000 > "$BENCH_DIR/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true; bench/db.sh stop >/dev/null 2>&1 || true' EXIT
# Ready once the demo data are in (the runners): sign-ins do not compete with the demo import.
until curl -sf "$BASE/actuator/health/readiness" >/dev/null; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$BENCH_DIR/app.log"; exit 1; }
  sleep 0.5
done

cookie="$BENCH_DIR/cookies"
# One sign-in as a browser makes it: the form (CSRF token, session cookie), then the POST, whose time is
# printed in ms.
sign_in() {
  rm -f "$cookie"
  token=$(curl -s -c "$cookie" -b "$cookie" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | sed -n 1p)
  curl -s -o /dev/null -c "$cookie" -b "$cookie" -w '%{time_total}\n' --data-urlencode "username=$1" \
    --data-urlencode "password=$2" --data-urlencode "_csrf=$token" "$BASE/login" | awk '{printf "%.1f\n", $1 * 1000}'
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
sign_in officer cchc-demo >/dev/null   # warm-up
for i in 1 2 3 4 5; do sign_in officer wrong >/dev/null; sign_in "nobody-warm-$i" wrong >/dev/null; done

echo "## signing in: POST /login, median and fastest of $ROUNDS; the app's CPU per sign-in (form and POST)"
for kind in right-password wrong-password unknown-username; do
  ticks=$(cpu_ticks)
  for i in $(seq "$ROUNDS"); do
    case $kind in
      right-password) sign_in officer cchc-demo ;;
      wrong-password) sign_in officer "not-the-password-$i" ;;
      unknown-username) sign_in "nobody-$i-$RANDOM" "not-the-password-$i" ;;
    esac
  done | sort -n > "$BENCH_DIR/$kind.txt"
  used=$(( $(cpu_ticks) - ticks ))
  awk -v kind="$kind" -v n="$ROUNDS" -v t="$used" -v hz="$(getconf CLK_TCK)" \
    '{ms[NR] = $1} END {printf "%-17s median %7.1f ms  fastest %7.1f ms  cpu %6.1f ms\n", kind, ms[int((NR + 1) / 2)], ms[1], t * 1000 / hz / n}' \
    "$BENCH_DIR/$kind.txt"
done
