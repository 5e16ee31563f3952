#!/usr/bin/env bash
# The exam-room load benchmark of issue 5: bash bench/exam-load.sh [N] [T] [S] [D]
#   N candidates (2000) start within T seconds (10), then each saves an answer every S seconds (2)
#   for D seconds (60), then all submit. See bench/README.md for what it measures and how to read it.
# Builds the application if needed, deploys it with the test fixtures on a throw-away MariaDB
# database (dropped at the end), runs bench/ExamLoad.java against it, and stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."

N="${1:-2000}"
T="${2:-10}"
S="${3:-2}"
D="${4:-60}"
PORT="${BENCH_PORT:-8090}"
MVN="${MVN:-mvn}"                  # e.g. MVN="mvn -o" to build offline
DB_HOST=127.0.0.1
DB_PORT=3306
WORK=target/bench

log() { printf '\n=== %s\n' "$*"; }
root_sql() { mariadb --protocol=tcp -h"$DB_HOST" -P"$DB_PORT" -uroot "$@"; }

if ! mariadb-admin --protocol=tcp -h"$DB_HOST" -P"$DB_PORT" -uroot ping >/dev/null 2>&1; then
  echo "MariaDB does not answer on $DB_HOST:$DB_PORT (.ci/run shows how to start it)" >&2
  exit 1
fi
if curl -s -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then
  echo "something already answers on port $PORT: set BENCH_PORT" >&2
  exit 1
fi

# 1. Build: the application WAR, Payara Micro, and the test scaffolding classes.
if [[ ! -f target/ROOT.war || ! -f target/payara-micro.jar \
      || -n "$(find src pom.xml -newer target/ROOT.war -print -quit)" ]]; then
  log "building the application"
  $MVN -q -DskipTests package
fi
if [[ ! -f target/test-classes/org/sathach/round/RoundFixtures.class \
      || -n "$(find src/test -newer target/test-classes/org/sathach/exam/ExamFixtures.class -print -quit)" ]]; then
  log "compiling the test scaffolding"
  $MVN -q test-compile
fi

# 2. The bench WAR: the application plus /api/test-fixtures (ADMIN only), never shipped.
#    One run at a time per checkout: a second one would replace the first one's files.
exec 9>target/bench.lock
if ! flock -n 9; then
  echo "another bench run is using $WORK" >&2
  exit 1
fi
rm -rf "$WORK" && mkdir -p "$WORK/war/WEB-INF/classes/org/sathach/testing" \
  "$WORK/war/WEB-INF/classes/org/sathach/exam" "$WORK/war/WEB-INF/classes/org/sathach/round" \
  "$WORK/lib"
cp target/test-classes/org/sathach/testing/FixtureResource.class \
  "$WORK/war/WEB-INF/classes/org/sathach/testing/"
cp target/test-classes/org/sathach/exam/ExamFixtures*.class \
  "$WORK/war/WEB-INF/classes/org/sathach/exam/"
cp target/test-classes/org/sathach/round/RoundFixtures*.class \
  "$WORK/war/WEB-INF/classes/org/sathach/round/"
cp target/ROOT.war "$WORK/ROOT.war"
jar uf "$WORK/ROOT.war" -C "$WORK/war" WEB-INF
# The generator's database checks use the same driver the application ships with.
(cd "$WORK/lib" && jar xf ../../ROOT.war $(jar tf ../../ROOT.war | grep 'WEB-INF/lib/mysql-connector-j-.*\.jar$'))
DRIVER="$(find "$WORK/lib" -name 'mysql-connector-j-*.jar' | head -n 1)"

# 3. A fresh database and user, dropped again however the run ends.
db="sathach_bench_$$_$(date +%s)"
user="bench_$$"
password="bench-$(date +%s%N | sha256sum | cut -c1-16)"
log "database $db"
root_sql <<SQL
CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER '$user'@'localhost' IDENTIFIED BY '$password';
CREATE USER '$user'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$user'@'localhost';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$user'@'127.0.0.1';
SQL
payara=""
cleanup() {
  if [[ -n "$payara" ]] && kill -0 "$payara" 2>/dev/null; then
    kill "$payara" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$payara" 2>/dev/null || break; sleep 1; done
    kill -9 "$payara" 2>/dev/null || true
  fi
  root_sql -e "DROP DATABASE IF EXISTS \`$db\`; DROP USER IF EXISTS '$user'@'localhost';
               DROP USER IF EXISTS '$user'@'127.0.0.1';" || true
}
trap cleanup EXIT

# 4. Payara Micro on the bench database, started as `mvn -Prun package` starts it (the same JVM
#    option and request-thread pool; BENCH_APP_JAVA_OPTS and BENCH_APP_ARGS replace them). Demo
#    mode gives the admin account the fixtures need; cheap password hashes (1024 PBKDF2
#    iterations, the least Jakarta Security's hash accepts) make the N set-up logins fast; logins
#    are set-up, never measured.
log "starting Payara Micro on port $PORT (log: $WORK/payara.log)"
SATHACH_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$db" \
SATHACH_DB_USER="$user" \
SATHACH_DB_PASSWORD="$password" \
SATHACH_DEMO=true \
SATHACH_PASSWORD_ITERATIONS=1024 \
  java ${BENCH_APP_JAVA_OPTS:--Djava.security.egd=file:/dev/./urandom} \
    -jar target/payara-micro.jar --nohazelcast --disablephonehome \
    --port "$PORT" --rootdir "$WORK/payara-root" \
    ${BENCH_APP_ARGS:---maxhttpthreads 24 --minhttpthreads 24} \
    --postbootcommandfile payara-config/post-boot-commands.asadmin \
    --deploy "$WORK/ROOT.war" >"$WORK/payara.log" 2>&1 &
payara=$!
echo "$payara" >"$WORK/payara.pid"
BOOT_SECONDS="${BENCH_BOOT_SECONDS:-600}"
for i in $(seq 1 "$BOOT_SECONDS"); do
  if curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$payara" 2>/dev/null; then
    echo "Payara Micro exited; see $WORK/payara.log" >&2
    exit 1
  fi
  if grep -q "Exception while loading the app" "$WORK/payara.log"; then
    echo "the application did not deploy; see $WORK/payara.log" >&2
    exit 1
  fi
  if [[ $i == "$BOOT_SECONDS" ]]; then
    echo "Payara Micro did not become healthy in $BOOT_SECONDS s; see $WORK/payara.log" >&2
    exit 1
  fi
  sleep 1
done
echo "healthy after ${i} s"
# The fixture registers and confirms applications, which Applications allows the committee only,
# while /api/test-fixtures itself requires ADMIN: the demo admin gets COMMITTEE too, in this
# throw-away database only.
root_sql "$db" -e "INSERT IGNORE INTO user_role (user_id, role)
                   SELECT id, 'COMMITTEE' FROM app_user WHERE username = 'admin'"

# 5. The load.
log "load: N=$N T=$T S=$S D=$D"
BENCH_URL="http://127.0.0.1:$PORT" \
BENCH_JDBC_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$db" \
BENCH_DB_USER="$user" \
BENCH_DB_PASSWORD="$password" \
  java ${BENCH_JAVA_OPTS:-} -cp "$DRIVER" bench/ExamLoad.java "$N" "$T" "$S" "$D"
