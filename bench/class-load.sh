#!/usr/bin/env bash
# A class of simulated students against the production jar in demo mode, over Vaadin's own
# protocol (not part of the test run). Each joins with READ-2345, opens the lesson, goes to the
# written question and answers with think time. Prints join and save latencies, failed saves,
# heap per student session (jcmd, after GC), server and driver CPU, then stops the server and
# checks every acknowledged answer against the database.
#
# Usage: bench/class-load.sh [STUDENTS=35] [SECONDS=60] [THINK_MIN_MS=5000] [THINK_MAX_MS=10000] [RAMP_SECONDS=0]
# WARMUP=35 students (one class) run first, not counted (a warm server, as in a school day; 0 for a cold one); REBUILD=1 rebuilds the jar; TEACHER=1 also keeps the demo teacher's assignment page open in Chromium
# and measures how long a student's answer takes to appear there; EXPIRE=1 gives sessions a one-minute
# timeout and measures the heap again once they have expired.
set -euo pipefail
cd "$(dirname "$0")/.."
STUDENTS=${1:-35}; DURATION=${2:-60}; TMIN=${3:-5000}; TMAX=${4:-10000}; RAMP=${5:-0}
. bench/lib.sh
pick_jdk
if [ -n "${EXPIRE:-}" ]; then
  export SERVER_ARGS="--server.servlet.session.timeout=1m"
fi
build_jar
bench_classpath
start_server
# the load generator runs with the quick JIT only (C1): it shares the two cores with the server,
# and a fresh JVM compiling with C2 takes as much CPU as the class it simulates
DRIVER_OPTS="-Xmx1g -XX:TieredStopAtLevel=1"
# the warm-up class runs in the same driver JVM as the measured class, which waits at a handshake
# while the baseline heap is taken: the driver's own JIT warm-up is not part of what is measured
HANDSHAKE="$DATA/handshake"; mkdir -p "$HANDSHAKE"
WARMUP_HANDSHAKE="$HANDSHAKE" java $DRIVER_OPTS -cp "$CP" org.workingrecord.bench.ClassLoad "http://localhost:$PORT/" READ2345 "$STUDENTS" "$DURATION" "$TMIN" "$TMAX" \
  "$DATA/acks.tsv" "$RAMP" "${WARMUP:-35}" > "$DATA/load.log" 2>&1 &
DRIVER_PID=$!
# a server that has served a class before (as in a school day), not a cold JVM; measured after it
while [ ! -f "$HANDSHAKE/warmed" ]; do
  kill -0 "$DRIVER_PID" 2>/dev/null || { cat "$DATA/load.log"; exit 1; }
  sleep 0.2
done
echo "bench: warm-up: ${WARMUP:-35} students first, not counted"
BASE_HEAP=$(heap_used_kb)
CPU0=$(server_cpu_ticks)
echo "bench: $(uptime)"
TEACHER_PID=""
if [ -n "${TEACHER:-}" ]; then
  java -cp "$CP" org.workingrecord.bench.TeacherWatch "http://localhost:$PORT/" "$DEMO_PASSWORD" $((DURATION + RAMP + 60)) \
    "$DATA/teacher.tsv" > "$DATA/teacher.log" 2>&1 &
  TEACHER_PID=$!
  sleep 15
fi
touch "$HANDSHAKE/go"
tail -f "$DATA/load.log" --pid="$DRIVER_PID" | grep -v '^warm-up'
wait "$DRIVER_PID"
CPU1=$(server_cpu_ticks)
if [ -n "$TEACHER_PID" ]; then
  wait "$TEACHER_PID" || true
  java -cp "$CP" org.workingrecord.bench.PushDelay "$DATA/acks-times.tsv" "$DATA/teacher.tsv" "$DATA/second-acks-times.tsv" || true
  tail -3 "$DATA/teacher.log"
fi
AFTER_HEAP=$(heap_used_kb)
echo "bench: server heap after GC: ${BASE_HEAP} KB after the warm-up, ${AFTER_HEAP} KB with the class's $STUDENTS sessions open:" \
  "$(( (AFTER_HEAP - BASE_HEAP) / STUDENTS )) KB per student"
echo "bench: server CPU during the run: $(( (CPU1 - CPU0) / $(getconf CLK_TCK) )) s; $(uptime)"
if [ -n "${EXPIRE:-}" ]; then
  # sessions were started with a one-minute timeout (SERVER_ARGS above): wait for Tomcat to expire them
  sleep 150
  echo "bench: server heap after GC once the sessions expired: $(heap_used_kb) KB (baseline ${BASE_HEAP} KB)"
  # a second class on the same server, expired too: what stays per session would show here twice
  java $DRIVER_OPTS -cp "$CP" org.workingrecord.bench.ClassLoad "http://localhost:$PORT/" READ2345 "$STUDENTS" "$DURATION" "$TMIN" "$TMAX" \
    "$DATA/acks-2.tsv" "$RAMP" 0 > "$DATA/load-2.log" 2>&1
  echo "bench: a second class: $(grep -o 'joined=[0-9]*' "$DATA/load-2.log"); heap with it: $(heap_used_kb) KB"
  sleep 150
  echo "bench: server heap after GC once the second class's sessions expired: $(heap_used_kb) KB"
fi
stop_server
java -cp "$CP" org.workingrecord.bench.VerifyAnswers "jdbc:h2:file:$DATA/working-record" "$DATA/acks.tsv"
