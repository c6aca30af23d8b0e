#!/usr/bin/env bash
# Chaos run (not part of the test run): a class answers while the server is killed with kill -9
# and started again on the same database, several times. Counts acknowledged answers lost (must
# be 0) and students sent back to the join page (must be 0). The simulated students reload the
# page until the server is back, as Vaadin's client does, and carry on writing.
#
# Usage: bench/chaos.sh [STUDENTS=12] [KILLS=3] [SECONDS_BETWEEN_KILLS=20]
set -euo pipefail
cd "$(dirname "$0")/.."
STUDENTS=${1:-12}; KILLS=${2:-3}; EVERY=${3:-20}
. bench/lib.sh
pick_jdk
build_jar
bench_classpath
start_server
echo "bench: $(uptime)"
# long enough to cover every kill and the restart after it (a restart takes about 20 s here)
DURATION=$(( KILLS * (EVERY + 30) + EVERY ))
CHAOS=1 java -cp "$CP" org.workingrecord.bench.ClassLoad "http://localhost:$PORT/" READ2345 "$STUDENTS" "$DURATION" 2000 4000 \
  "$DATA/acks.tsv" 0 0 > "$DATA/chaos.log" 2>&1 &
LOAD=$!
for k in $(seq 1 "$KILLS"); do
  sleep "$EVERY"
  kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  echo "bench: kill -9 number $k at $(date +%T)"
  sleep 2
  start_server
done
wait "$LOAD" || true
cat "$DATA/chaos.log"
stop_server
java -cp "$CP" org.workingrecord.bench.VerifyAnswers "jdbc:h2:file:$DATA/working-record" "$DATA/acks.tsv"
