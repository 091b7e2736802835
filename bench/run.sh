#!/usr/bin/env bash
# The benchmark, one command (see docs/benchmarks.md): builds the jar, starts a fresh PostgreSQL,
# loads SCALE provinces of data, starts the app with the production configuration (no demo profile,
# default JVM settings), and drives each page with wrk at 8, 32 and 128 connections for DURATION,
# beside the floor: the same app serving a static file as large as the "my tasks" page.
#   SCALE=1 DURATION=20s CONNECTIONS="8 32 128" bench/run.sh
#   SKIP_BUILD=1 SKIP_LOAD=1 SCENARIOS="floor save" bench/run.sh   again on the loaded database
#   JFR=1 …   also records each run with Java Flight Recorder ($BENCH_DIR/jfr/<scenario>-<conns>.jfr) and
#             prints its hottest methods (`jfr view hot-methods`) to <scenario>-<conns>.txt beside it
#   AOT=1 …   starts the app from JDK 25's ahead-of-time cache (trained first on the loaded database)
# BENCH_DIR, PG_PORT and APP_PORT move the data, PostgreSQL and the app, so that two people can run it at once.
# Needs: JDK 21+ (JAVA_HOME), wrk (apt-get install -y wrk), psql (postgresql-client), curl.
# Columns: req/s, latency percentiles (login requests included: 3 per connection), errors (non-2xx/3xx
# other than 409, socket errors, timeouts, failed logins), 409 conflicts, the app's peak RSS and CPU
# (100% = one core), its CPU time per request (cpu_ms, login requests included), the load average when the run
# started, the database size.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${SCALE:-1}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-8 32 128}
SCENARIOS=${SCENARIOS:-floor my-tasks save plan agency-report review dashboard word-report}
# The JVM's own defaults unless JAVA_OPTS says otherwise; the production settings of docs/benchmarks.md are
#   JAVA_OPTS="-XX:+UseSerialGC -Xmx384m -Xss512k" APP_ARGS="--server.tomcat.threads.max=16"
JAVA_OPTS=${JAVA_OPTS:-}
# More of the app's settings (--name=value), after the port and the static location.
APP_ARGS=${APP_ARGS:-}
APP_PORT=${APP_PORT:-18080}
export BENCH_DIR=${BENCH_DIR:-/tmp/cchc-bench} PG_PORT=${PG_PORT:-55432}
export BENCH_PASSWORD=cchc-bench-2026
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JCMD=(${JAVA_HOME:+$JAVA_HOME/bin/}jcmd)
JFR_TOOL=(${JAVA_HOME:+$JAVA_HOME/bin/}jfr)
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/cchc"
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -At cchc)
BASE="http://127.0.0.1:$APP_PORT"
RESULTS="$BENCH_DIR/results.txt"

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

if [ -z "${SKIP_BUILD:-}" ]; then
  log "building the jar"
  ./mvnw -q -B package -DskipTests
fi
mkdir -p "$BENCH_DIR/static/css"
cp target/cchc-portal-*.jar "$BENCH_DIR/app.jar"

if [ -z "${SKIP_LOAD:-}" ]; then
  log "starting a fresh PostgreSQL"
  bench/db.sh start
  log "loading scale $SCALE (load: $(uptime | sed 's/.*load average: //'))"
  start=$(date +%s)
  "$JAVA" -Dloader.main=vn.cchc.portal.bench.BenchData -cp "$BENCH_DIR/app.jar" \
    org.springframework.boot.loader.launch.PropertiesLauncher --scale="$SCALE" --url="$DB_URL" --user=postgres \
    2>&1 | grep -v -e ' INFO ' -e '^WARNING' | tee "$BENCH_DIR/load.txt"
  log "loaded in $(( $(date +%s) - start )) s"
fi

[ -f "$BENCH_DIR/app.pid" ] && kill "$(cat "$BENCH_DIR/app.pid")" 2>/dev/null && sleep 3 || true
APP=(-jar "$BENCH_DIR/app.jar")
if [ -n "${AOT:-}" ]; then
  # JDK 25's ahead-of-time cache (JEP 514) of the extracted jar: classes loaded and linked once, in a training
  # run that stops when the context is refreshed, then mapped at every start (docs/benchmarks.md).
  log "training the AOT cache"
  rm -rf "$BENCH_DIR/app" "$BENCH_DIR/app.aot"
  "$JAVA" -Djarmode=tools -jar "$BENCH_DIR/app.jar" extract --destination "$BENCH_DIR/app" >/dev/null
  SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME=postgres "$JAVA" $JAVA_OPTS \
    -XX:AOTCacheOutput="$BENCH_DIR/app.aot" -Dspring.context.exit=onRefresh -jar "$BENCH_DIR/app/app.jar" \
    --server.port="$APP_PORT" > "$BENCH_DIR/aot.log" 2>&1
  APP=(-XX:AOTCache="$BENCH_DIR/app.aot" -jar "$BENCH_DIR/app/app.jar")
fi

log "starting the app (production configuration)"
started=$(date +%s%N)
SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME=postgres \
  "$JAVA" $JAVA_OPTS "${APP[@]}" --server.port="$APP_PORT" \
  --spring.web.resources.static-locations="classpath:/static/,file:$BENCH_DIR/static/" $APP_ARGS \
  > "$BENCH_DIR/app.log" 2>&1 &
APP_PID=$!
echo "$APP_PID" > "$BENCH_DIR/app.pid"
trap 'kill $APP_PID 2>/dev/null || true' EXIT
until curl -sf "$BASE/actuator/health" >/dev/null; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$BENCH_DIR/app.log"; exit 1; }
  sleep 0.5
done
# The CPU the start took, besides the wall clock: on a shared machine the wall clock mostly says how busy it was.
START_CPU=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$APP_PID/stat")
log "app up in $(( ($(date +%s%N) - started) / 1000000 )) ms, $START_CPU s of CPU; $(grep -o 'Started CchcPortalApplication in [0-9.]* seconds' "$BENCH_DIR/app.log")"

# Who signs in: officers of the agencies with work this year, in a fixed shuffled order (departments
# with hundreds of tasks and communes with a few dozen alike), each thread with five assignments of
# its own (distinct across threads) and their current revisions in the open period. Written again
# before each run of saves, so that a run starts from the revisions the previous one left.
OPEN_PERIOD=$("${PSQL[@]}" -c "select id from reporting_period where status = 'OPEN'")
write_officers() {
"${PSQL[@]}" -F ' ' > "$BENCH_DIR/officers.txt" <<SQL
with work as (
  select a.id, case when g.kind = 'INTERNAL_UNIT' then g.parent_id else g.id end as agency_id,
         coalesce(s.revision, 0) as revision
  from assignment a
  join agency g on g.id = a.agency_id
  join plan_task t on t.id = a.task_id
  join plan p on p.id = t.plan_id and p.status = 'ISSUED'
  left join assignment_progress s on s.assignment_id = a.id and s.period_id = $OPEN_PERIOD
  where a.active),
numbered as (
  select w.*, (row_number() over (partition by agency_id order by id) - 1) / 5 as chunk from work w),
officer as (
  select distinct on (agency_id) agency_id, username from user_account
  where role = 'OFFICER' and enabled order by agency_id, id)
select o.username, string_agg(n.id::text, ',' order by n.id), string_agg(n.revision::text, ',' order by n.id)
from numbered n join officer o on o.agency_id = n.agency_id
group by n.chunk, o.username, n.agency_id
having count(*) = 5
order by n.chunk, md5(n.agency_id::text);
SQL
}
write_officers
"${PSQL[@]}" > "$BENCH_DIR/heads.txt" -c "select u.username from user_account u where u.role = 'AGENCY_HEAD' \
  and u.enabled and exists (select 1 from assignment_progress s where s.agency_id = u.agency_id \
  and s.period_id = $OPEN_PERIOD) order by u.id"
"${PSQL[@]}" > "$BENCH_DIR/planners.txt" -c "select username from user_account where role = 'PLANNER' order by id"
"${PSQL[@]}" > "$BENCH_DIR/leaders.txt" -c "select username from user_account where role = 'LEADER' order by id"
# The planner's plan: this year's province plan (150 tasks at scale 1).
PLAN_ID=$("${PSQL[@]}" -c "select id from plan where parent_plan_id is null and status = 'ISSUED' order by id desc limit 1")
PLAN_TASKS=$("${PSQL[@]}" -c "select count(*) from plan_task where plan_id = $PLAN_ID")

# The floor: a static file as large as the average "my tasks" page of the officers above.
cookie="$BENCH_DIR/cookies"
total=0; n=0
for user in $(cut -d' ' -f1 "$BENCH_DIR/officers.txt" | head -8); do
  rm -f "$cookie"
  token=$(curl -s -c "$cookie" -b "$cookie" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | sed -n 1p)
  curl -s -o /dev/null -c "$cookie" -b "$cookie" --data-urlencode "username=$user" \
    --data-urlencode "password=$BENCH_PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
  size=$(curl -s -b "$cookie" -o /dev/null -w '%{size_download}' "$BASE/my-tasks")
  total=$((total + size)); n=$((n + 1))
done
FLOOR_BYTES=$((total / n))
head -c "$FLOOR_BYTES" /dev/urandom | base64 -w 120 > "$BENCH_DIR/static/css/floor.html"
truncate -s "$FLOOR_BYTES" "$BENCH_DIR/static/css/floor.html"
log "my-tasks page: $FLOOR_BYTES bytes on average; plan $PLAN_ID has $PLAN_TASKS tasks; open period $OPEN_PERIOD"

log "warming up"
BENCH_SCENARIO=get BENCH_PATH=/my-tasks BENCH_USERS="$BENCH_DIR/officers.txt" \
  wrk -t 4 -c 4 -d 15s -s bench/wrk/portal.lua "$BASE" >/dev/null

cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$APP_PID/status"; }

{
  echo "# $(date -u '+%Y-%m-%d %H:%M') UTC, scale $SCALE, $DURATION per run, $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB, JAVA_OPTS='$JAVA_OPTS', APP_ARGS='$APP_ARGS', start $START_CPU s CPU, my-tasks $FLOOR_BYTES bytes"
  printf '%-14s %5s %8s %8s %8s %8s %7s %9s %7s %7s %7s %6s  %s\n' scenario conns req/s p50_ms p95_ms p99_ms errors conflicts rss_mb cpu_% cpu_ms load db
} | tee -a "$RESULTS"
for scenario in $SCENARIOS; do
  case $scenario in
    floor)         mode=static; path=/css/floor.html; users=officers.txt ;;
    my-tasks)      mode=get;  path=/my-tasks; users=officers.txt ;;
    save)          mode=save; path=/my-tasks; users=officers.txt ;;
    plan)          mode=get;  path=/plans/$PLAN_ID; users=planners.txt ;;
    agency-report) mode=get;  path=/agency-report; users=heads.txt ;;
    review)        mode=get;  path=/periods/$OPEN_PERIOD/review; users=planners.txt ;;
    dashboard)     mode=get;  path=/dashboard; users=leaders.txt ;;
    word-report)   mode=get;  path=/reports/$OPEN_PERIOD/report.docx; users=planners.txt ;;
  esac
  for c in $CONNECTIONS; do
    [ "$scenario" = save ] && write_officers
    load=$(awk '{print $1}' /proc/loadavg)
    [ -n "${JFR:-}" ] && mkdir -p "$BENCH_DIR/jfr" && "${JCMD[@]}" "$APP_PID" JFR.start name=bench settings=profile \
      filename="$BENCH_DIR/jfr/$scenario-$c.jfr" >/dev/null
    ticks=$(cpu_ticks); t0=$(date +%s%N); peak=0
    BENCH_SCENARIO=$mode BENCH_PATH=$path BENCH_USERS="$BENCH_DIR/$users" \
      wrk -t "$c" -c "$c" -d "$DURATION" --timeout 30s -s bench/wrk/portal.lua "$BASE" > "$BENCH_DIR/wrk.out" &
    wrk_pid=$!
    while kill -0 $wrk_pid 2>/dev/null; do
      r=$(rss_mb); [ "$r" -gt "$peak" ] && peak=$r; sleep 1
    done
    wait $wrk_pid
    used=$(( $(cpu_ticks) - ticks ))
    cpu=$(( used * 100 * 1000000000 / $(getconf CLK_TCK) / ($(date +%s%N) - t0) ))
    if [ -n "${JFR:-}" ]; then
      "${JCMD[@]}" "$APP_PID" JFR.stop name=bench >/dev/null
      "${JFR_TOOL[@]}" view --width 200 hot-methods "$BENCH_DIR/jfr/$scenario-$c.jfr" > "$BENCH_DIR/jfr/$scenario-$c.txt" 2>&1 || true
    fi
    line=$(grep '^RESULT' "$BENCH_DIR/wrk.out")
    get() { echo "$line" | grep -o "$1=[0-9.]*" | cut -d= -f2; }
    errors=$(( $(get non2xx3xx) - $(get conflicts) + $(get socket_errors) + $(get timeouts) + $(get login_failures) ))
    db=$("${PSQL[@]}" -c "select pg_size_pretty(pg_database_size('cchc'))")
    # The app's CPU time per request: what a page costs, whatever else the machine was doing.
    cpu_ms=$(awk -v t="$used" -v hz="$(getconf CLK_TCK)" -v n="$(get requests)" 'BEGIN {printf "%.1f", (n > 0) ? t * 1000 / hz / n : 0}')
    printf '%-14s %5s %8s %8s %8s %8s %7s %9s %7s %7s %7s %6s  %s\n' "$scenario" "$c" "$(get rps)" "$(get p50_ms)" \
      "$(get p95_ms)" "$(get p99_ms)" "$errors" "$(get conflicts)" "$peak" "$cpu" "$cpu_ms" "$load" "$db" | tee -a "$RESULTS"
  done
done
log "results appended to $RESULTS; the app's log is $BENCH_DIR/app.log"
