#!/usr/bin/env bash
# Adds a migration with the same name to both providers' sets: tools/migrations.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: tools/migrations.sh NAME}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Ponte.Web --context "${provider}AppDbContext" \
    --output-dir "Data/Migrations/$provider"
done
