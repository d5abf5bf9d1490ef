#!/usr/bin/env bash
# Issue 3's matching benchmark, in one run: generates the instances, runs `ponte match` (Release)
# and SciPy side by side on each, checks both find the same optimum (matched count and total
# score) and writes the times and their ratio to bench/results/matching.md.
#
#   bash bench/matching.sh [repetitions]      (default 3; the median is reported)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! /usr/bin/python3 -c 'import scipy' 2>/dev/null; then
  apt-get update -q && apt-get install -y -q python3-scipy
fi
dotnet build src/Ponte.Cli -c Release -nologo -v q >/dev/null
work=${PONTE_BENCH_DIR:-$(mktemp -d)}
/usr/bin/python3 bench/gen_instances.py "$work"
/usr/bin/python3 bench/run_matching.py "$work" "${1:-3}" bench/results/matching.md
echo "wrote bench/results/matching.md"
