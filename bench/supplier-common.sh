# Sourced by the supplier benchmarks: a fresh supplier with one electrorefinery and an API client on the running
# stack (./pcf up -d), and a supplier token obtained with client credentials. Sets SUPPLIER_ID, FACILITY_ID, TOKEN.
SUPPLIERS=localhost:8083/api/v1/suppliers
ADMIN=$(./pcf token admin)
SUPPLIER_ID=$(curl -sf -X POST $SUPPLIERS -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d "{\"nameEn\": \"Bench Copper $(date +%s%N)\"}" | sed 's/.*"id":"\([^"]*\)".*/\1/')
FACILITY_ID=$(curl -sf -X POST "$SUPPLIERS/$SUPPLIER_ID/facilities" -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' -d '{"name": "Bench refinery", "provinceCode": "CN-JX",
  "gridRegion": "CN-CENTRAL", "routes": ["ELECTROREFINING"], "capacityTPerYear": "1000000"}' |
  sed 's/.*"id":"\([^"]*\)".*/\1/')
CLIENT=$(curl -sf -X POST "$SUPPLIERS/$SUPPLIER_ID/api-clients" -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' -d '{"name": "bench"}')
CLIENT_ID=$(echo "$CLIENT" | sed 's/.*"clientId":"\([^"]*\)".*/\1/')
CLIENT_SECRET=$(echo "$CLIENT" | sed 's/.*"clientSecret":"\([^"]*\)".*/\1/')
TOKEN=$(curl -sf -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials localhost:8083/auth/token |
  sed 's/.*"access_token":"\([^"]*\)".*/\1/')
HEADER=$(sed -n 1p <(curl -sf "$SUPPLIERS/$SUPPLIER_ID/disclosures/template" -H "Authorization: Bearer $TOKEN"))
