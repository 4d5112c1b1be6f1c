#!/usr/bin/env bash
# Time a CSV import of N factor rows (default 100,000) into a new draft of the running stack (./pcf up -d).
# Usage: bench/factor-import.sh [rows=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
token=$(./pcf token admin)
file=$(mktemp --suffix=.csv)
name="BENCH-$(date +%s)"
head -n 1 factor-service/src/main/resources/seed/factors-CN-2025.1.csv > "$file"
awk -v n="$rows" 'BEGIN { for (i = 1; i <= n; i++)
  printf "bench.material.m%07d,Benchmark material %d,,material,t,%d.%03d,,,,,,,,co2e,CN,,2024,,,life_cycle,estimate,copper-pcf,benchmark,,,estimated,4,4,2,2,3,1.5,copper-pcf estimate (Apache-2.0),true,synthetic row\n", i, i, i % 9000, i % 1000 }' >> "$file"
echo "file: $(wc -l < "$file") lines, $(du -h "$file" | cut -f1)"
curl -sf -X POST localhost:8081/api/v1/factor-releases -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d "{\"name\": \"$name\"}" > /dev/null
start=$(date +%s.%N)
curl -sf -X POST "localhost:8081/api/v1/factor-releases/$name/imports" -H "Authorization: Bearer $token" \
  -H 'Content-Type: text/csv; charset=UTF-8' --data-binary @"$file"
end=$(date +%s.%N)
echo
echo "import of $rows rows: $(echo "$end - $start" | bc) s"
rm -f "$file"
