#!/usr/bin/env bash
# Two application servers behind HAProxy (deploy/haproxy.cfg, unchanged) on one PostgreSQL, a class
# working through the load balancer with the demo teacher's assignment page open in Chromium, and
# the server the teacher is not on killed with kill -9 partway through. Passes (exit 0) only if:
#   - every student got in, and students worked on both servers;
#   - the students of the killed server came back into their work through the other one, none sent
#     back to the join page (no resume code retyped);
#   - every acknowledged answer is in the database afterwards;
#   - the teacher's page showed answers from the other server before the kill and kept updating after it;
#   - a pg_dump taken afterwards, restored with pg_restore once the answers were deleted, brings them all back.
# Prints students per server, save latencies and the push delay across servers (docs/benchmarks.md).
# CI runs it with a small class (.ci/run); bounded: every wait has a limit.
#
# Usage: bench/two-nodes.sh [STUDENTS=16] [SECONDS=70] [KILL_AFTER=35] [RAMP=50]
set -euo pipefail
cd "$(dirname "$0")/.."
STUDENTS=${1:-16}; DURATION=${2:-70}; KILL_AFTER=${3:-35}; RAMP=${4:-50}
. bench/lib.sh
pick_jdk
if ! command -v haproxy >/dev/null 2>&1; then
  echo "two-nodes: installing haproxy"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends haproxy >/dev/null \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends haproxy >/dev/null; }
fi
HAPROXY=$(command -v haproxy || echo /usr/sbin/haproxy)
build_jar
bench_classpath
WORK=$(mktemp -d /tmp/wr-two-nodes.XXXXXX)
read -r PG_URL PG_DIR < <(.ci/postgres start)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  .ci/postgres stop "$PG_DIR"
}
trap cleanup EXIT
fail() { echo "two-nodes: FAILED: $*"; for f in "$WORK"/*.log; do echo "--- $f"; tail -40 "$f"; done; exit 1; }

# both servers: one database, one resume-code key, the proxy's forwarded headers trusted
export DATABASE_URL="$PG_URL" DATABASE_USER=postgres DATABASE_PASSWORD="" FORWARD_HEADERS=native
RESUME_CODE_KEY=$(head -c 32 /dev/urandom | base64 -w0); export RESUME_CODE_KEY
. bin/jvm-options.sh
start_node() {  # name port [args...]: starts a server, sets NODE_PID
  local name=$1 port=$2; shift 2
  java -Xmx768m $(default_java_opts target/working-record.jar) -jar target/working-record.jar --server.port="$port" \
    --workingrecord.data-dir="$WORK/$name" "$@" > "$WORK/$name.log" 2>&1 &
  NODE_PID=$!
  PIDS+=("$NODE_PID")
  for _ in $(seq 1 900); do curl -fsS -o /dev/null "http://127.0.0.1:$port/join" 2>/dev/null && return 0; sleep 0.2; done
  fail "server $name did not start"
}
PORT_A=$(free_port); PORT_B=$(free_port); LB_PORT=$(free_port)
# the first server makes the demo class; the second starts once it is there
start_node a "$PORT_A" --workingrecord.demo=true; A_PID=$NODE_PID
for _ in $(seq 1 300); do grep -q "Demo data is ready" "$WORK/a.log" && break; sleep 0.2; done
DEMO_PASSWORD=$(grep -o "as 'demo' with password [0-9a-f]*" "$WORK/a.log" | tail -1 | awk '{print $NF}')
[ -n "$DEMO_PASSWORD" ] || fail "no demo password in the first server's log"
start_node b "$PORT_B"; B_PID=$NODE_PID
for n in a b; do
  for _ in $(seq 1 50); do grep -q "Live progress is shared with the other servers" "$WORK/$n.log" && break; sleep 0.2; done
  grep -q "Live progress is shared with the other servers" "$WORK/$n.log" || fail "server $n does not share live progress"
done
LISTEN="127.0.0.1:$LB_PORT" NODE_A="127.0.0.1:$PORT_A" NODE_B="127.0.0.1:$PORT_B" "$HAPROXY" -db -f deploy/haproxy.cfg > "$WORK/haproxy.log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 100); do curl -fsS -o /dev/null "http://127.0.0.1:$LB_PORT/join" 2>/dev/null && break; sleep 0.2; done
curl -fsS -o /dev/null "http://127.0.0.1:$LB_PORT/join" || fail "the load balancer does not serve /join"
echo "two-nodes: servers a ($A_PID, port $PORT_A) and b ($B_PID, port $PORT_B) behind HAProxy on port $LB_PORT; PostgreSQL $PG_URL"
echo "two-nodes: $(uptime)"

BASE="http://127.0.0.1:$LB_PORT/"
java -cp "$CP" org.workingrecord.bench.TeacherWatch "$BASE" "$DEMO_PASSWORD" $((DURATION + RAMP + 40)) "$WORK/teacher.tsv" \
  > "$WORK/teacher.log" 2>&1 &
TEACHER_PID=$!; PIDS+=("$TEACHER_PID")
for _ in $(seq 1 300); do [ -s "$WORK/teacher.tsv.node" ] && break; sleep 0.2; done
TEACHER_NODE=$(cat "$WORK/teacher.tsv.node" 2>/dev/null || echo "")
case "$TEACHER_NODE" in
  a) VICTIM=b; VICTIM_PID=$B_PID ;;
  b) VICTIM=a; VICTIM_PID=$A_PID ;;
  *) fail "the teacher's page has no server cookie (WRNODE): '$TEACHER_NODE'" ;;
esac
sleep 10
echo "two-nodes: the teacher's page is on server $TEACHER_NODE; server $VICTIM will be killed after $KILL_AFTER s"
CHAOS=1 java -XX:TieredStopAtLevel=1 -cp "$CP" org.workingrecord.bench.ClassLoad "$BASE" READ2345 "$STUDENTS" "$DURATION" 2000 4000 \
  "$WORK/acks.tsv" "$RAMP" 0 > "$WORK/load.log" 2>&1 &
LOAD_PID=$!; PIDS+=("$LOAD_PID")
sleep "$KILL_AFTER"
KILLED_AT=$(date +%s%3N)
kill -9 "$VICTIM_PID"
echo "two-nodes: kill -9 server $VICTIM at $(date +%T)"
wait "$LOAD_PID" || true
wait "$TEACHER_PID" || true
cat "$WORK/load.log"
tail -3 "$WORK/teacher.log"

grep -q "joined=$STUDENTS joinFailed=0" "$WORK/load.log" || fail "not every student got in"
grep -Eq "saves ok=[1-9]" "$WORK/load.log" || fail "no answer was acknowledged"
grep -q "sent back to the join page 0 times" "$WORK/load.log" || fail "students were sent back to the join page"
BACK=$(grep -o "came back at the same step [0-9]* times" "$WORK/load.log" | grep -o '[0-9]*' || echo 0)
[ "${BACK:-0}" -ge 1 ] || fail "no student of the killed server came back into their work"
ON_VICTIM=$(awk -F'\t' -v n="$VICTIM" '$2 == n' "$WORK/nodes.tsv" | wc -l)
[ "$ON_VICTIM" -ge 1 ] || fail "no student worked on server $VICTIM before it was killed"
java -cp "$CP" org.workingrecord.bench.PushDelay "$WORK/acks-times.tsv" "$WORK/teacher.tsv" "$WORK/second-acks-times.tsv" \
  "$WORK/nodes.tsv" "$TEACHER_NODE" | tee "$WORK/push.log"
grep -Eq "saved on the other server \([0-9]+ students\): [1-9][0-9]* shown" "$WORK/push.log" \
  || fail "the teacher's page never showed an answer saved on the other server"
AFTER=$(awk -F'\t' -v t="$KILLED_AT" '$3 > t + 5000' "$WORK/teacher.tsv" | wc -l)
[ "$AFTER" -ge 1 ] || fail "the teacher's page stopped updating after the kill"
echo "two-nodes: the teacher's page showed $AFTER changes after the kill"
java -cp "$CP" org.workingrecord.bench.VerifyAnswers "$PG_URL" "$WORK/acks.tsv" | tee "$WORK/verify.log"

# The restore drill for PostgreSQL (README): back up with pg_dump, lose the answers, restore with
# pg_restore, and find every acknowledged answer again.
for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null || true; done
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG_PORT=$(echo "$PG_URL" | sed -E 's|.*:([0-9]+)/.*|\1|')
"$PG_BIN/pg_dump" -h 127.0.0.1 -p "$PG_PORT" -U postgres -Fc -f "$WORK/backup.dump" wr
"$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d wr -c "delete from answer"
if java -cp "$CP" org.workingrecord.bench.VerifyAnswers "$PG_URL" "$WORK/acks.tsv" > "$WORK/verify-lost.log"; then
  fail "the drill's deletion did not take"
fi
"$PG_BIN/pg_restore" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d wr --clean --if-exists --single-transaction "$WORK/backup.dump"
java -cp "$CP" org.workingrecord.bench.VerifyAnswers "$PG_URL" "$WORK/acks.tsv" | sed 's/^/restored: /' \
  || fail "answers missing after pg_restore"
echo "two-nodes: $(uptime)"
echo "two-nodes: passed: $ON_VICTIM students on server $VICTIM, killed; $BACK returns to the same step through server $TEACHER_NODE; no answer lost"
