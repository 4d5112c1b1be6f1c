#!/usr/bin/env bash
# Get-by-key latency of factor-service at a constant arrival rate, load from a second process on loopback.
# Needs a running stack (./pcf up -d). Usage: bench/factor-get-by-key.sh [rate=2000] [seconds=60]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
require_jdk 21
rate=${1:-2000}
seconds=${2:-60}
token=$(./pcf token buyer)
urls=$(mktemp)
curl -sf -H "Authorization: Bearer $token" "localhost:8081/api/v1/factor-releases/CN-2025.1/export" |
  tail -n +2 | cut -d, -f1 |
  sed 's|^|http://localhost:8081/api/v1/factor-releases/CN-2025.1/factors/|' > "$urls"
echo "keys: $(wc -l < "$urls")"
java bench/LoadGenerator.java "$urls" "$token" "$rate" "$seconds" 15
rm -f "$urls"
