# Shared by the bench scripts: JDK, jar, class path, one server in demo mode on a free port.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1; }
pick_jdk() {
  if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
    for c in /usr/lib/jvm/*; do
      if [ -x "$c/bin/javac" ] && [ "$(java_major "$c")" -ge 21 ]; then export JAVA_HOME="$c"; break; fi
    done
  fi
  export PATH="$JAVA_HOME/bin:$PATH"
}
build_jar() {
  # a jar from a plain `mvnw verify` is not a production build and cannot start on its own
  if [ ! -f target/working-record.jar ] || [ -n "${REBUILD:-}" ] \
      || ! unzip -p target/working-record.jar META-INF/VAADIN/config/flow-build-info.json 2>/dev/null | grep -q '"productionMode" *: *true'; then
    ./mvnw -q -B -ntp -Pproduction package -DskipTests
  fi
}
bench_classpath() {
  ./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
  CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
start_server() {
  DATA=${DATA:-$(mktemp -d /tmp/wr-bench.XXXXXX)}
  PORT=${PORT:-$(free_port)}
  local t0; t0=$(date +%s%N)
  . bin/jvm-options.sh
  # as bin/serve.sh runs it (bin/jvm-options.sh), with a 1 GB heap
  java ${SERVER_OPTS:--Xmx1g $(default_java_opts target/working-record.jar)} -jar target/working-record.jar --server.port="$PORT" --workingrecord.data-dir="$DATA" \
    --workingrecord.demo=true ${SERVER_ARGS:-} >> "$DATA/server.log" 2>&1 &
  SERVER_PID=$!
  trap 'kill -9 $SERVER_PID 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "http://localhost:$PORT/join" 2>/dev/null; then break; fi
    sleep 0.2
  done
  curl -fsS -o /dev/null "http://localhost:$PORT/join"
  echo "bench: server $SERVER_PID on port $PORT, data in $DATA, first page after $(( ($(date +%s%N) - t0) / 1000000 )) ms"
  # printed once, when the demo data is made (the first start on a data folder)
  for _ in $(seq 1 300); do
    [ -n "${DEMO_PASSWORD:-}" ] && break
    DEMO_PASSWORD=$(grep -o "as 'demo' with password [0-9a-f]*" "$DATA/server.log" | tail -1 | awk '{print $NF}' || true)
    [ -n "$DEMO_PASSWORD" ] && break
    sleep 0.2
  done
}
stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  for _ in $(seq 1 150); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
}
heap_used_kb() {
  jcmd "$SERVER_PID" GC.run > /dev/null
  sleep 1
  jcmd "$SERVER_PID" GC.run > /dev/null
  # survivor, eden and old space in use, in KB (jstat reads them the same way for G1 and the parallel collector)
  jstat -gc "$SERVER_PID" | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
    NR == 2 { printf "%d\n", $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"] }'
}
server_cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
