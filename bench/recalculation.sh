#!/usr/bin/env bash
# Recalculation after a factor release, end to end (issue 6: at least 1,000 footprints per second for 10,000).
# Starts a throw-away stack (PCF_STATE_DIR=.pcf/bench, emptied first; stopped at the end), creates N footprints
# following `latest` (all 9 templates × provinces × routes and scrap shares, each using electricity.footprint.cn.2024),
# publishes a release from factor-service's API with that factor 1 % higher, and measures from the publish call
# until (a) N new versions are stored and (b) their N FootprintPublished events are acknowledged by Kafka.
# Driver: bench/RecalculationBench.java. Holds the shared build lock for the whole run (builds first if needed),
# so nothing else of ours competes for the cores. Uses ports 25432, 29092-29093, 28090, 28081-28085 and 28443.
# Usage: bench/recalculation.sh [count=10000]
set -euo pipefail
cd "$(dirname "$0")/.."
lock=${COPPERPCF_BUILD_LOCK:-/tmp/copperpcf-build.lock}
if [[ -z ${COPPERPCF_LOCK_HELD:-} ]]; then
  exec env COPPERPCF_LOCK_HELD=1 flock "$lock" "$0" "$@"
fi
count=${1:-10000}
source scripts/jdk.sh
require_jdk 21

stamp=.pcf/build.stamp
if [[ ! -f $stamp || ! -f deploy/local/target/local-stack.jar ]] ||
   [[ -n $(find . -path ./.pcf -prune -o \( -name pom.xml -o -path '*/src/main/*' \) -newer "$stamp" -print -quit) ]]; then
  echo "building the services and the launcher (tests skipped) ..."
  mkdir -p .pcf
  ./mvnw -B -ntp -q -DskipTests package -pl deploy/local,factor-service,inventory-service,supplier-service,footprint-service,certification-service -am
  touch "$stamp"
fi

# A stack of its own: its own state folder and ports, so a developer's stack (./pcf up on the default ports) is never
# touched. Every port must be free: the embedded PostgreSQL would otherwise accept a server already listening there.
export PCF_STATE_DIR=.pcf/bench PCF_POSTGRES_PORT=25432 PCF_KAFKA_PORT=29092 PCF_ISSUER_PORT=28090 \
  PCF_FACTOR_SERVICE_PORT=28081 PCF_INVENTORY_SERVICE_PORT=28082 PCF_SUPPLIER_SERVICE_PORT=28083 \
  PCF_FOOTPRINT_SERVICE_PORT=28084 PCF_CERTIFICATION_SERVICE_PORT=28085 PCF_PACT_PORT=28443 PCF_DB_PASSWORD=pcf-local
if ./pcf status > /dev/null 2>&1; then
  echo "a benchmark stack is still running: PCF_STATE_DIR=$PCF_STATE_DIR ./pcf down" >&2; exit 1
fi
for port in 25432 29092 29093 28090 28081 28082 28083 28084 28085 28443; do
  if (echo > "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then echo "port $port is taken" >&2; exit 1; fi
done
rm -rf "$PCF_STATE_DIR"
trap './pcf down > /dev/null' EXIT
./pcf up -d | grep -E 'PostgreSQL|footprint-service' || true
java -cp "deploy/local/target/lib/*" bench/RecalculationBench.java "$count" "$(./pcf token admin)" \
  http://localhost:28081 http://localhost:28084 jdbc:postgresql://localhost:25432/footprint footprint pcf-local
