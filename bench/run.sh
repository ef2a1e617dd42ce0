#!/usr/bin/env bash
# Load-tests the main pages of a Release build on a fresh SQLite database seeded with the demo school plus
# generated titles and a school week of bookings for STUDENTS (3000) generated students, signed in as one of them. Needs `hey` (Debian package). Writes bench/results/<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hey >/dev/null || { echo "install hey: apt-get install hey" >&2; exit 1; }

port=${PORT:-5199}
extra_titles=${EXTRA_TITLES:-5000}
requests=${REQUESTS:-2000}
concurrency=${CONCURRENCY:-8}
work=$(mktemp -d)
base="http://127.0.0.1:$port"
mkdir -p bench/results
out="bench/results/$(date -u +%Y-%m-%dT%H%M).txt"

dotnet publish src/LibraryPersonalization.Web -c Release -o "$work/app" >/dev/null
export ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Library="Data Source=$work/bench.db" Seed__DemoSchool=true Seed__AllowOutsideDevelopment=true
export Serilog__MinimumLevel__Default=Warning
# Plain HTTP on loopback: the bench has no certificate, so cookies must not be Secure-only.
export Hosting__HttpsOnly=false
dotnet "$work/app/LibraryPersonalization.Web.dll" --urls "$base" >"$work/site.log" 2>&1 &
site=$!
trap 'kill $site 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 60); do curl -fs -o /dev/null "$base/account/login" && break; sleep 1; done

python3 bench/generate_titles.py "$work/bench.db" "$extra_titles"
python3 bench/generate_bookings.py "$work/bench.db" "${STUDENTS:-3000}"
zone=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT Id FROM BookableResources WHERE Name = 'Quiet study'\").fetchone()[0])" "$work/bench.db")
monday=$(python3 -c "from datetime import datetime, timedelta; from zoneinfo import ZoneInfo; d = datetime.now(ZoneInfo('America/New_York')).date(); print(d - timedelta(days=d.weekday()))")

jar="$work/cookies"
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
tok=$(curl -s -c "$jar" -b "$jar" "$base/account/login" | token)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Email=${BENCH_USER:-bench.student0@school.test}" --data-urlencode "Password=Library-Demo-2026" \
  --data-urlencode "__RequestVerificationToken=$tok" "$base/account/login"
cookie=$(awk '$6 == "library.auth" { print $6 "=" $7 }' "$jar")

{
  echo "LibraryPersonalization load run, $(date -u +%FT%TZ), $(nproc) cores, $(sqlite3 --version 2>/dev/null | cut -d' ' -f1 || true)"
  echo "catalog: $((extra_titles + 341)) titles; $requests requests per page at concurrency $concurrency; Release build, SQLite"
  for page in ${PAGES:-/catalog "/catalog?q=the" "/catalog?sort=Rating" "/catalog?q=the&sort=Rating" "/catalog?genre=Fantasy&sort=Newest&page=3" /catalog/1 /requests /ecosystem / /zones "/zones/$zone" "/zones/$zone?week=$monday" /media-lab /bookings/mine}; do
    hey -n 200 -c "$concurrency" -H "Cookie: $cookie" "$base$page" >/dev/null
    result=$(hey -n "$requests" -c "$concurrency" -H "Cookie: $cookie" "$base$page")
    median=$(echo "$result" | awk '/ 50% in/ { printf "%.1f", $3 * 1000 }')
    p95=$(echo "$result" | awk '/ 95% in/ { printf "%.1f", $3 * 1000 }')
    rps=$(echo "$result" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
    codes=$(echo "$result" | awk '/^  \[[0-9]+\]/ { printf "%s x%s ", $1, $2 }')
    printf '%-45s median %7s ms  p95 %7s ms  %6s req/s  %s\n' "$page" "$median" "$p95" "$rps" "$codes"
  done
} | tee "$out"
