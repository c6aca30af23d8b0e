#!/usr/bin/env bash
# Benchmark of the Word documents (not part of the test run). Usage: bench/worksheets.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.workingrecord.worksheet.WorksheetBenchmark
