#!/usr/bin/env bash
# Time the import of one activity-data CSV of N lines (default 50,000) as one disclosure, end to end with curl:
# parsing, per-line validation, plausibility flags and the write. Needs a running stack (./pcf up -d).
# Usage: bench/supplier-import.sh [lines=50000]
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-50000}
source bench/supplier-common.sh
file=$(mktemp --suffix=.csv)
echo "$HEADER" > "$file"
key="$FACILITY_ID,ELECTROREFINING,2025-01-01,2026-01-01,cathode,100000"
echo "$key,energy,electricity,35000,MWh,,,primary,1,1,1,1,1,,meter,,," >> "$file"
awk -v n="$((lines - 1))" -v key="$key" 'BEGIN { for (i = 1; i <= n; i++)
  printf "%s,material,other,%d.%03d,kg,,,secondary,2,2,1,1,3,,batch %d,,,\n", key, i % 500, i % 1000, i }' >> "$file"
echo "file: $(($(wc -l < "$file") - 1)) lines, $(du -h "$file" | cut -f1)"
start=$(date +%s.%N)
curl -sf -X POST "localhost:8083/api/v1/suppliers/$SUPPLIER_ID/disclosures/import" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @"$file" | head -c 200
end=$(date +%s.%N)
echo
echo "import of $lines lines: $(echo "$end - $start" | bc) s"
rm -f "$file"
