#!/usr/bin/env bash
# Starts the server the way it was measured (docs/benchmarks.md), for a school's own machine.
# Uses the folder bin/train-aot.sh made (app/, with its AOT cache: starts about four times faster)
# when there is one, otherwise the jar in target/. Arguments go to the app, for example:
#   bin/serve.sh --server.port=8080 --workingrecord.data-dir=/var/lib/working-record
# JVM options: see bin/jvm-options.sh (JAVA_OPTS replaces them).
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jvm-options.sh
APP=${APP:-app}
if [ -s "$APP/app.aot" ] && [ -f "$APP/working-record.jar" ]; then
  exec java ${JAVA_OPTS:-$(default_java_opts "$APP/working-record.jar")} -XX:AOTCache="$APP/app.aot" -jar "$APP/working-record.jar" "$@"
fi
if [ ! -f target/working-record.jar ]; then
  echo "serve: no target/working-record.jar; build it first: ./mvnw -Pproduction package -DskipTests" >&2
  exit 1
fi
exec java ${JAVA_OPTS:-$(default_java_opts target/working-record.jar)} -jar target/working-record.jar "$@"
