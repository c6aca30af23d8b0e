#!/usr/bin/env bash
# Makes the app start about three times faster (JDK 25 or newer): extracts the jar into a folder
# and trains an AOT cache there (classes loaded and linked, method profiles) with one short run
# that serves the first pages a student opens. Run it again after every new build of the jar.
#
# Usage: bin/train-aot.sh [JAR=target/working-record.jar] [FOLDER=app]
# Then:  bin/serve.sh (which finds FOLDER=app), or java $JAVA_OPTS -XX:AOTCache=FOLDER/app.aot -jar FOLDER/working-record.jar
# JAVA_OPTS: the same JVM options the server will run with (default: bin/jvm-options.sh, as
# bin/serve.sh), since the cache is only used by a JVM started like the one that trained it.
set -euo pipefail
JAR=${1:-target/working-record.jar}
APP=${2:-app}
major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1)
if [ "$major" -lt 25 ]; then
  echo "train-aot: needs Java 25 or newer for -XX:AOTCacheOutput (this java is $major); the jar runs without it" >&2
  exit 1
fi
. "$(dirname "$0")/jvm-options.sh"
JAVA_OPTS=${JAVA_OPTS:-$(default_java_opts "$JAR")}
rm -rf "$APP"
java -Djarmode=tools -jar "$JAR" extract --destination "$APP" > /dev/null
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
DATA=$(mktemp -d)
# a data folder of its own: the training run never touches the school's database
java $JAVA_OPTS -XX:AOTCacheOutput="$APP/app.aot" -jar "$APP/$(basename "$JAR")" --server.port="$PORT" \
  --workingrecord.data-dir="$DATA" > "$APP/training.log" 2>&1 &
PID=$!
for _ in $(seq 1 1200); do curl -fsS -o /dev/null "http://localhost:$PORT/join" 2>/dev/null && break; sleep 0.1; done
for _ in 1 2 3; do
  curl -s -o /dev/null "http://localhost:$PORT/join"
  curl -s -o /dev/null "http://localhost:$PORT/?v-r=init&location=join&query="
  curl -s -o /dev/null "http://localhost:$PORT/login"
done
kill "$PID"
wait "$PID" 2>/dev/null || true
rm -rf "$DATA"
if [ ! -s "$APP/app.aot" ]; then
  echo "train-aot: no cache written; see $APP/training.log" >&2
  exit 1
fi
echo "train-aot: $APP/app.aot ready. Start with: bin/serve.sh, or java $JAVA_OPTS -XX:AOTCache=$APP/app.aot -jar $APP/$(basename "$JAR")"
