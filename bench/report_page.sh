#!/usr/bin/env bash
# Issue 11's report-page benchmark, one run: the network's funder report page (/Reports, the
# coordinator) and dashboard (/Reports/Dashboard) over 100,000 mentees on PostgreSQL, each request
# timed end to end with curl against the site built in Release; written to bench/results/report-page.md.
#
#   PONTE_BENCH_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres" bash bench/report_page.sh [mentees]
#
# The database `ponte_bench_report` on that server is dropped and made again: the demo network is
# seeded by the site, then bench/report_scale.sql copies its people until there are enough mentees.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mentees=${1:-100000}
cs=${PONTE_BENCH_POSTGRES:?set PONTE_BENCH_POSTGRES to a PostgreSQL connection string (Host, Port, Username, Password)}
part() { echo "$cs" | tr ';' '\n' | sed -n "s/^$1=//Ip" | head -1; }
export PGHOST=$(part Host) PGPORT=$(part Port) PGUSER=$(part Username) PGPASSWORD=$(part Password)
db=ponte_bench_report
port=${PONTE_BENCH_PORT:-5097}
url=http://127.0.0.1:$port
psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"

dotnet build src/Ponte.Web -c Release -nologo -v q >/dev/null
site() {
  ASPNETCORE_ENVIRONMENT=Development Ponte__DemoData=true Database__Provider=Postgres \
  Database__ConnectionString="$cs;Database=$db" Logging__LogLevel__Default=Warning \
  dotnet src/Ponte.Web/bin/Release/net10.0/Ponte.Web.dll --urls "$url" --contentRoot "$root/src/Ponte.Web" >/tmp/ponte-bench-site.log 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$url/health" && return 0
    kill -0 "$pid" 2>/dev/null || { cat /tmp/ponte-bench-site.log; exit 1; }
    sleep 1
  done
  echo "the site did not start"; exit 1
}
stop() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap stop EXIT

# 1. The demo network, seeded by the site itself (it waits until the seed is in).
site
until [ "$(psql -tA -d $db -c 'select count(*) from "Participants"' 2>/dev/null || echo 0)" -gt 0 ] && curl -fs -o /dev/null "$url/Account/Login"; do sleep 1; done
stop

# 2. Copies of its people until there are enough mentees.
demo=$(psql -tA -d $db -c 'select count(*) from "Participants" where "Role" = 0')
copies=$(( (mentees + demo - 1) / demo - 1 ))
psql -q -d $db -v copies=$copies -f bench/report_scale.sql
counts=$(psql -tA -d $db -c "select (select count(*) from \"Participants\" where \"Role\" = 0) || ' mentees, ' || (select count(*) from \"Participants\" where \"Role\" = 1) || ' mentors, ' || (select count(*) from \"ParticipantTimeline\") || ' timeline lines, ' || (select count(*) from \"AssessmentRatings\") || ' ratings'")

# 3. The coordinator signs in; each page is asked three times to warm up (a running site has
# compiled its code), then five times.
site
jar=$(mktemp)
token=$(curl -fs -c "$jar" -b "$jar" "$url/Account/Login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "Input.Email=coordinator@ponte.example" --data-urlencode "Input.Password=ponte-demo-2026" "$url/Account/Login"
load=$(cut -d" " -f1-3 /proc/loadavg)
rows=""
for path in "/Reports?from=2026-01-01&to=2026-12-31" "/Reports/Dashboard?from=2026-01-01&to=2026-12-31"; do
  status=$(curl -s -o /tmp/ponte-bench-page.html -w '%{http_code}' -b "$jar" "$url$path")
  [ "$status" = 200 ] || { echo "$path answered $status"; exit 1; }
  grep -q 'id="funder-report"\|id="funnel"' /tmp/ponte-bench-page.html || { echo "$path did not show its figures"; exit 1; }
  curl -s -o /dev/null -b "$jar" "$url$path"; curl -s -o /dev/null -b "$jar" "$url$path"
  times=()
  for _ in 1 2 3 4 5; do times+=("$(curl -s -o /dev/null -w '%{time_total}' -b "$jar" "$url$path")"); done
  summary=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f s | %.2f s | %.2f s", a[1], a[3], a[NR]}')
  rows+="| \`$path\` | $summary |"$'\n'
done
{
  echo "# The network's report page at scale"
  echo
  echo "One run of \`bash bench/report_page.sh\` on $(nproc) cores, $(date -u +%Y-%m-%d), PostgreSQL $(psql -tA -d postgres -c 'show server_version'); load average before the timed requests: $load."
  echo "Target: the network report page over 100,000 participants on PostgreSQL in at most 2 s."
  echo
  echo "Database: $counts (the demo network, its people copied; processes, plans and forms are the demo's)."
  echo "Each page as the coordinator, end to end over HTTP (curl's total time), after three warm-up requests; five requests."
  echo
  echo "| page | fastest | median | slowest |"
  echo "|---|---|---|---|"
  printf '%s' "$rows"
} > bench/results/report-page.md
cat bench/results/report-page.md
