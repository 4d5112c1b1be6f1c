#!/usr/bin/env bash
# Get-by-key latency of factor-service at about 2,000 requests/s, load from wrk (a second process) on loopback.
# Needs a running stack (./pcf up -d) and wrk (Debian: apt-get install wrk).
# Usage: bench/factor-get-by-key.sh [connections=20] [pause_ms=9] [seconds=60]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
connections=${1:-20}
pause=${2:-9}
seconds=${3:-60}
TOKEN=$(./pcf token buyer)
PATHS_FILE=$(mktemp)
export TOKEN PATHS_FILE PAUSE_MS=$pause
curl -sf -H "Authorization: Bearer $TOKEN" "localhost:8081/api/v1/factor-releases/CN-2025.1/export" |
  tail -n +2 | cut -d, -f1 | sed 's|^|/api/v1/factor-releases/CN-2025.1/factors/|' > "$PATHS_FILE"
echo "keys: $(wc -l < "$PATHS_FILE"), $connections connections, ${pause} ms pause each"
wrk -t1 -c"$connections" -d15s -s bench/paced.lua http://localhost:8081 > /dev/null   # warm-up
wrk -t1 -c"$connections" -d"${seconds}s" -s bench/paced.lua http://localhost:8081 | tail -n 6
rm -f "$PATHS_FILE"
