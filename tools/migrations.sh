#!/usr/bin/env bash
# Adds a migration with the same name to both providers' sets: tools/migrations.sh NAME
# (tools/migrations.sh --check: fails when the model has changes no migration holds yet)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: tools/migrations.sh NAME | --check}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  if [ "$name" = "--check" ]; then
    dotnet ef migrations has-pending-model-changes --project src/Ponte.Data --context "${provider}AppDbContext"
  else
    dotnet ef migrations add "$name" --project src/Ponte.Data --context "${provider}AppDbContext" \
      --output-dir "Migrations/$provider"
  fi
done
