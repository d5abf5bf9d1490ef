#!/usr/bin/env bash
# Issue 11's indicator benchmark, one run: 200,000 people and 2,000,000 events through
# `ponte indicators` (Release), the whole process timed, written to bench/results/indicators.md.
#
#   bash bench/indicators.sh [people] [events]
set -euo pipefail
cd "$(dirname "$0")/.."
people=${1:-200000}
events=${2:-2000000}
dotnet build src/Ponte.Cli -c Release -nologo -v q >/dev/null
work=${PONTE_BENCH_DIR:-$(mktemp -d)}
/usr/bin/python3 bench/gen_outcomes.py "$work" "$people" "$events"
cli=src/Ponte.Cli/bin/Release/net10.0/ponte.dll
args=(indicators --organisations "$work/O.csv" --people "$work/P.csv" --events "$work/E.csv" --actions "$work/A.csv" --from 2025-01-01 --to 2025-12-31)
dotnet "$cli" "${args[@]}" >/dev/null # warm the file cache
load=$(cut -d" " -f1-3 /proc/loadavg)
start=$(date +%s.%N)
dotnet "$cli" "${args[@]}" --stats >"$work/out.json" 2>"$work/stats.txt"
end=$(date +%s.%N)
seconds=$(python3 -c "print(f'{$end - $start:.2f}')")
rows=$(python3 -c "import json,sys; print(len(json.load(open('$work/out.json'))['rows']))")
size=$(du -m "$work/E.csv" | cut -f1)
{
  echo "# ponte indicators at scale"
  echo
  echo "One run of \`bash bench/indicators.sh\` on $(nproc) cores, $(date -u +%Y-%m-%d); load average before the run: $load."
  echo "Target: 200,000 people and 2,000,000 events in at most 3 s, the whole process."
  echo
  echo "| people | events | E.csv | whole process | rows | stats |"
  echo "|---|---|---|---|---|---|"
  echo "| $people | $events | ${size} MB | ${seconds} s | $rows | $(cat "$work/stats.txt") |"
} > bench/results/indicators.md
cat bench/results/indicators.md
