#!/usr/bin/env bash
# Cold start to the first page (not part of the test run): the jar as built, then the jar
# extracted with an AOT cache (JDK 25: one training run, then -XX:AOTCache). Run on an idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
pick_jdk
build_jar
first_page() {
  # a new data folder each time, or $DATA to start again on one (a restart of a school's server)
  local data=${DATA:-$(mktemp -d /tmp/wr-start.XXXXXX)}
  local port; port=$(free_port)
  local t0; t0=$(date +%s%N)
  "$@" --server.port="$port" --workingrecord.data-dir="$data" >> "$data/server.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 1200); do curl -fsS -o /dev/null "http://localhost:$port/join" 2>/dev/null && break; sleep 0.05; done
  echo "$(( ($(date +%s%N) - t0) / 1000000 )) ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
echo "bench: $(uptime)"
echo "bench: java -jar target/working-record.jar: first page after $(first_page java -jar target/working-record.jar), then $(first_page java -jar target/working-record.jar)"
. bin/jvm-options.sh
OPTS=$(default_java_opts target/working-record.jar)
echo "bench: the same with bin/jvm-options.sh ($OPTS): $(first_page java $OPTS -jar target/working-record.jar)," \
  "then $(first_page java $OPTS -jar target/working-record.jar)"
APP=$(mktemp -d /tmp/wr-app.XXXXXX)
bin/train-aot.sh target/working-record.jar "$APP" > /dev/null
# as bin/serve.sh starts it from the folder bin/train-aot.sh made
echo "bench: extracted with an AOT cache (bin/serve.sh): first page after $(first_page env APP="$APP" bin/serve.sh)," \
  "then $(first_page env APP="$APP" bin/serve.sh), then $(first_page env APP="$APP" bin/serve.sh)"
ONE=$(mktemp -d /tmp/wr-start.XXXXXX)
echo "bench: bin/serve.sh three times on one data folder (the first creates the database, then two restarts):" \
  "$(DATA=$ONE first_page env APP="$APP" bin/serve.sh), $(DATA=$ONE first_page env APP="$APP" bin/serve.sh)," \
  "$(DATA=$ONE first_page env APP="$APP" bin/serve.sh)"
echo "bench: $(uptime)"
