#!/usr/bin/env bash
# JMH benchmarks of libs/lca-engine (issue 6 targets), short runs: 1 fork, 2 warm-up and 3 measured iterations.
# Usage: bench/engine.sh [JMH regex or options...]   e.g. bench/engine.sh CopperChain   (default: all)
# Builds the module's test classes (where src/jmh/java is compiled) and runs JMH under the shared build lock, so
# nothing else of ours competes for the two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
require_jdk 21
lock=${COPPERPCF_BUILD_LOCK:-/tmp/copperpcf-build.lock}
cpfile=libs/lca-engine/target/jmh.classpath
flock "$lock" ./mvnw -B -ntp -q test-compile dependency:build-classpath -pl libs/lca-engine \
  -Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=test
cp="libs/lca-engine/target/test-classes:libs/lca-engine/target/classes:$(cat "$cpfile")"
flock "$lock" java -cp "$cp" org.openjdk.jmh.Main -f 1 -wi 2 -w 2s -i 3 -r 2s \
  -jvmArgs "-Xmx3g -XX:+UseParallelGC" -rf text -rff libs/lca-engine/target/jmh-result.txt "${@:-.*}"
