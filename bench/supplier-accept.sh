#!/usr/bin/env bash
# Acceptance of submitted disclosures end to end: each POST …/accept checks the state, stores the review, writes
# the full DisclosureAccepted event to the outbox (one transaction), and the relay sends it to Kafka. wrk (a second
# process) drives the accepts with no pause for a fixed time (choose more disclosures than it can accept in that
# time); the script then waits until the outbox is empty, so the events-out rate counts events sent, not answers. Needs a running stack (./pcf up -d) and wrk.
# A 15 s warm-up on the first 3,000 disclosures (JIT) comes before the measured run on the others.
# Usage: bench/supplier-accept.sh [disclosures=20000] [connections=16] [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
count=${1:-20000}
connections=${2:-16}
seconds=${3:-20}
source bench/supplier-common.sh
PATHS_FILE=$(mktemp)
chunk=2000
echo "preparing $count submitted disclosures (3 lines each) by bulk import ..."
for ((from = 0; from < count; from += chunk)); do
  file=$(mktemp --suffix=.csv)
  echo "$HEADER" > "$file"
  awk -v from="$from" -v n="$chunk" -v f="$FACILITY_ID" 'BEGIN { for (i = from; i < from + n; i++) {
    key = sprintf("%s,ELECTROREFINING,2025-01-01,2026-01-01,cathode,%d", f, 100000 + i)
    printf "%s,energy,electricity,35000,MWh,,,primary,1,1,1,1,1,,,,,\n", key
    printf "%s,scrap,copper_scrap,8000,t,post_consumer,,primary,,,,,,,,,,\n", key
    printf "%s,transport,rail,101000,t,,350,secondary,,,,,,,,,,\n", key } }' >> "$file"
  curl -sf -X POST "localhost:8083/api/v1/suppliers/$SUPPLIER_ID/disclosures/import?submit=true" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @"$file" |
    grep -o '"disclosures":\[[^]]*\]' | grep -o '[0-9a-f-]\{36\}' |
    sed "s|^|/api/v1/suppliers/$SUPPLIER_ID/disclosures/|; s|\$|/accept|" >> "$PATHS_FILE"
  rm -f "$file"
done
echo "submitted: $(wc -l < "$PATHS_FILE")"
REVIEWER=$(./pcf token buyer)
ALL_PATHS=$PATHS_FILE
PATHS_FILE=$(mktemp)
head -n 3000 "$ALL_PATHS" > "$PATHS_FILE"
export TOKEN=$REVIEWER PATHS_FILE
echo "warm-up:"
wrk -t1 -c"$connections" -d15s -s bench/post-once.lua http://localhost:8083 | grep accepted
tail -n +3001 "$ALL_PATHS" > "$PATHS_FILE"
rm -f "$ALL_PATHS"
echo "measured:"
start=$(date +%s.%N)
wrk -t1 -c"$connections" -d"${seconds}s" -s bench/post-once.lua http://localhost:8083 | tail -n 5
for _ in $(seq 1 600); do
  pending=$(curl -s localhost:8083/q/health/ready | tr -d ' \n' | grep -o '"pendingEvents":[0-9]*' | cut -d: -f2)
  [[ ${pending:-1} == 0 ]] && break
  sleep 0.2
done
end=$(date +%s.%N)
echo "outbox empty $(echo "$end - $start" | bc) s after the first accept"
rm -f "$PATHS_FILE"
