#!/usr/bin/env bash
# Word documents as a teacher gets them (not part of the test run): the production jar in demo mode
# with a full class (--workingrecord.demo.class-size=35, every question answered), the teacher signed
# in over HTTP, each document downloaded RUNS times after WARM warm-up downloads. Prints, per document,
# the mean wall time of the download and the server's CPU time per download (from /proc, so reading
# the class's work from the database is counted too), with uptime before and after.
#
# Usage: bench/documents.sh [RUNS=10] [WARM=5] [STUDENTS=35]; REBUILD=1 rebuilds the jar
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-10}; WARM=${2:-5}; STUDENTS=${3:-35}
. bench/lib.sh
pick_jdk
build_jar
export SERVER_ARGS="--workingrecord.demo.class-size=$STUDENTS"
start_server
for _ in $(seq 1 300); do
  ASSIGNMENT=$(grep -o "Demo class 11A: [0-9]* students, every question answered, assignment [0-9]*" "$DATA/server.log" | awk '{print $NF}' || true)
  [ -n "$ASSIGNMENT" ] && break
  sleep 0.2
done
BASE="http://localhost:$PORT"
JAR="$DATA/cookies"
curl -fsS -c "$JAR" -b "$JAR" -o /dev/null "$BASE/login"
curl -fsS -c "$JAR" -b "$JAR" -o /dev/null -d "username=demo&password=$DEMO_PASSWORD" "$BASE/login"
TICK=$(getconf CLK_TCK)
echo "bench: $(uptime)"
echo "bench: $STUDENTS students, assignment $ASSIGNMENT, $RUNS downloads each after $WARM warm-up downloads"
printf '%-34s %10s %12s %14s\n' document bytes "wall (ms)" "server CPU (ms)"
for doc in "class-pack.docx" "class-pack.docx?layout=full" "class-pack.zip" "students/FIRST/worksheet.docx" "worksheet.docx" "answer-key.docx"; do
  case "$doc" in
    worksheet.docx|answer-key.docx) url="$BASE/teach/lessons/hard-or-soft-line/$doc" ;;
    # a fresh database: the first demo class has students 1 to 3, so the full class starts at 4 (a wrong id is a 404 and stops the run)
    students/FIRST/*) url="$BASE/teach/assignments/$ASSIGNMENT/${doc/FIRST/4}" ;;
    *) url="$BASE/teach/assignments/$ASSIGNMENT/$doc" ;;
  esac
  for _ in $(seq 1 "$WARM"); do curl -fsS -b "$JAR" -o /dev/null "$url"; done
  cpu0=$(server_cpu_ticks); wall=0; size=0
  for _ in $(seq 1 "$RUNS"); do
    out=$(curl -fsS -b "$JAR" -o "$DATA/doc" -w '%{time_total} %{size_download}' "$url")
    wall=$(awk -v a="$wall" -v b="${out% *}" 'BEGIN {print a + b}'); size=${out#* }
  done
  cpu1=$(server_cpu_ticks)
  printf '%-34s %10s %12.0f %14.0f\n' "$doc" "$size" "$(awk -v w="$wall" -v n="$RUNS" 'BEGIN {print w * 1000 / n}')" \
    "$(awk -v c=$((cpu1 - cpu0)) -v t="$TICK" -v n="$RUNS" 'BEGIN {print c * 1000 / t / n}')"
done
echo "bench: $(uptime)"
stop_server
