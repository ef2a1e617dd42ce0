#!/usr/bin/env bash
# Load-tests every main page per role on a large generated school (bench/generate_school.py) and writes bench/results.md.
# In one run: publishes the Release build, starts it on a fresh SQLite database (demo seed, Production), generates the
# school, restarts the site on it, starts a bare Kestrel endpoint (bench/Ceiling) as the ceiling, signs in through the
# login form as a student, a teacher and the librarian, and drives each page with `hey` at 32 and at 8 connections.
# The site logs as shipped (Information, to a file here). Needs `hey` and `wrk` (apt-get install hey wrk). About ten minutes on two cores.
#   DURATION=4s   seconds per measurement (the warm-up before each is a tenth of a page's share)
#   PAGES='^student:/(ecosystem|catalog/[0-9])|^anonymous'   only the role:path entries this extended regex matches
#                     (the ceiling always runs)
#   BEFORE='<commit> ...'   also publishes those commits and measures the same pages on each, in this run and on the same
#                     data, for before/after ratios per fix (written to bench/results/before-after-<date>.md)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hey >/dev/null || { echo "install hey: apt-get install hey" >&2; exit 1; }
command -v wrk >/dev/null || { echo "install wrk: apt-get install wrk" >&2; exit 1; }

port=${PORT:-5199}
ceiling_port=$((port + 1))
duration=${DURATION:-4s}
work=$(mktemp -d)
base="http://127.0.0.1:$port"
site=
ceiling=
cleanup() {
  [ -n "$site" ] && kill "$site" 2>/dev/null
  [ -n "$ceiling" ] && kill "$ceiling" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

echo "publishing (Release)..." >&2
dotnet publish src/LibraryPersonalization.Web -c Release -o "$work/app" >"$work/publish.log" || { cat "$work/publish.log" >&2; exit 1; }
dotnet build bench/Ceiling -c Release -o "$work/ceiling" >"$work/ceiling.log" || { cat "$work/ceiling.log" >&2; exit 1; }
for commit in ${BEFORE:-}; do
  mkdir "$work/src-$commit"
  git archive "$commit" | tar -x -C "$work/src-$commit"
  dotnet publish "$work/src-$commit/src/LibraryPersonalization.Web" -c Release -o "$work/build-$commit" >"$work/build-$commit.log" || { cat "$work/build-$commit.log" >&2; exit 1; }
done

export ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Library="Data Source=$work/bench.db" Seed__DemoSchool=true Seed__AllowOutsideDevelopment=true
# Plain HTTP on loopback: the bench has no certificate, so cookies must not be Secure-only.
export Hosting__HttpsOnly=false

start_site() { # start_site <folder> [database]: runs that build (on the bench database) and waits until it answers
  # From its own folder, as in the container: that folder is the content root, where wwwroot is found.
  (cd "$1" && ConnectionStrings__Library="Data Source=${2:-$work/bench.db}" exec dotnet LibraryPersonalization.Web.dll --urls "$base" >>"$work/site.log" 2>&1) &
  site=$!
  for _ in $(seq 90); do curl -fs -o /dev/null "$base/account/login" && return; sleep 1; done
  echo "the site did not start:" >&2; tail -20 "$work/site.log" >&2; exit 1
}
stop_site() { kill "$site"; wait "$site" 2>/dev/null || true; site=; }

start_site "$work/app"
stop_site
python3 bench/generate_school.py "$work/bench.db" >&2
dotnet "$work/ceiling/Ceiling.dll" --urls "http://127.0.0.1:$ceiling_port" >/dev/null 2>&1 &
ceiling=$!

query() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$work/bench.db" "$1"; }
zone=$(query "SELECT Id FROM BookableResources WHERE Name = 'Quiet study'")
title=$(query "SELECT TitleId FROM Reviews GROUP BY TitleId ORDER BY COUNT(*) DESC LIMIT 1")
tutorial=$(query "SELECT Id FROM Tutorials WHERE Published = 1 ORDER BY RatingCount DESC LIMIT 1")
request=$(query "SELECT RequestId FROM RequestVotes GROUP BY RequestId ORDER BY COUNT(*) DESC LIMIT 1")
monday=$(python3 -c "from datetime import datetime, timedelta; from zoneinfo import ZoneInfo; d = datetime.now(ZoneInfo('America/New_York')).date(); print(d - timedelta(days=d.weekday()))")

all_pages="ceiling:/ anonymous:/css/site.css anonymous:/account/login
student:/no-such-page student:/ student:/ecosystem student:/catalog student:/catalog?q=dragon student:/catalog?q=dragon&genre=Fantasy
student:/catalog?q=(distinct) student:/catalog?q=harry+poter student:/catalog?q=pokemon
student:/catalog?page=50 student:/catalog/$title student:/requests student:/requests/$request student:/zones student:/zones/$zone?week=$monday
student:/media-lab student:/bookings/mine student:/help student:/help/faq student:/tutorials student:/tutorials/$tutorial
teacher:/ teacher:/ecosystem teacher:/catalog?q=dragon teacher:/requests teacher:/zones teacher:/media-lab teacher:/bookings/mine teacher:/help teacher:/tutorials
librarian:/ librarian:/ecosystem librarian:/catalog?q=dragon librarian:/requests librarian:/help/queue librarian:/audit librarian:/zones librarian:/tutorials"
pages=$all_pages
[ -n "${PAGES:-}" ] && pages="ceiling:/ $(tr ' ' '\n' <<<"$all_pages" | grep -E -- "$PAGES" | grep -v '^ceiling:' | tr '\n' ' ')"

declare -A cookie
sign_in() { # sign_in <role> <email>: through the real login form, antiforgery token and all
  local jar="$work/$1.jar" token
  token=$(curl -s -c "$jar" -b "$jar" "$base/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Email=$2" --data-urlencode "Password=Library-Demo-2026" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/login"
  grep -q library.auth "$jar" || { echo "could not sign in as $2" >&2; exit 1; }
  # Every cookie the browser holds now (sign-in and antiforgery), as a browser sends them.
  cookie[$1]=$(awk 'NF == 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")
}

measure() { # measure <label> <connections> <url> [cookie]: one line "rps p50 p95 p99 codes"
  local args=(-c "$2")
  [ -n "${4:-}" ] && args+=(-H "Cookie: $4")
  hey -z 1s "${args[@]}" "$3" >/dev/null
  hey -z "$duration" "${args[@]}" "$3" | awk '
    /Requests\/sec/ { rps = $2 }
    / 50% in/ { p50 = $3 * 1000 } / 95% in/ { p95 = $3 * 1000 } / 99% in/ { p99 = $3 * 1000 }
    /^  \[[0-9]+\]/ { codes = codes $1 "x" $2 " " }
    END { printf "%.0f %.1f %.1f %.1f %s\n", rps, p50, p95, p99, codes }'
}

distinct_searches() { # distinct_searches <connections> <cookie> <first>: like measure, each request with words never asked
  [ -s "$work/queries.txt" ] || python3 bench/distinct_searches.py "$work/bench.db" >"$work/queries.txt"
  wrk -t2 -c"$1" -d"$duration" -s bench/distinct_searches.lua -H "Cookie: $2" "$base" -- "$work/queries.txt" 2 "$3" | tail -1
}

run_pages() { # run_pages <output>: every page at 32 and 8 connections, one row each
  local entry role path url
  for entry in $pages; do
    role=${entry%%:*} path=${entry#*:}
    if [ "$role" = ceiling ]; then url="http://127.0.0.1:$ceiling_port$path"; else url="$base$path"; fi
    if [ "$path" = "/catalog?q=(distinct)" ]; then
      # Every request new words: what the search costs when no cached answer helps.
      echo "$role $path $(distinct_searches 32 "${cookie[$role]}" 1) | $(distinct_searches 8 "${cookie[$role]}" 100001)" | tee -a "$1" >&2
      continue
    fi
    echo "$role $path $(measure "$role" 32 "$url" "${cookie[$role]:-}") | $(measure "$role" 8 "$url" "${cookie[$role]:-}")" | tee -a "$1" >&2
  done
}

sign_in_all() {
  cookie=()
  sign_in student bench.student0@school.test
  sign_in teacher bench.teacher0@school.test
  sign_in librarian librarian@school.test
  # The first search waits for the catalog index the site builds as it starts; no page is measured before it exists.
  curl -s -o /dev/null -H "Cookie: ${cookie[student]}" "$base/catalog?q=warm"
}

for commit in ${BEFORE:-}; do
  echo "== $commit" >&2
  # Its own copy of the data, without the indexes its migrations never create, so an index added since counts as a fix.
  cp "$work/bench.db" "$work/bench-$commit.db"
  python3 - "$work/bench-$commit.db" "$work/src-$commit/src/LibraryPersonalization.Migrations.Sqlite/Migrations" <<'PY'
import pathlib, re, sqlite3, sys
known = set(re.findall(r'name: "(IX_[^"]+)"', "".join(path.read_text() for path in pathlib.Path(sys.argv[2]).glob("*.cs"))))
db = sqlite3.connect(sys.argv[1])
for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'IX_%'").fetchall():
    if name not in known:
        db.execute(f'DROP INDEX "{name}"')
db.commit()
PY
  start_site "$work/build-$commit" "$work/bench-$commit.db"
  sign_in_all
  run_pages "$work/measured-$commit.txt"
  stop_site
done
echo "== $(git log -1 --format=%h)$(git diff --quiet HEAD -- src || echo ' + working tree')" >&2
start_site "$work/app"
sign_in_all
run_pages "$work/after.txt"
peak=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$site/status")
index_built=$(grep -o 'Catalog index built: [0-9]* titles in [0-9]* ms' "$work/site.log" | tail -1)

before_files=
for commit in ${BEFORE:-}; do before_files+="$commit=$work/measured-$commit.txt "; done
python3 bench/report.py "$work/after.txt" "$peak" "$before_files" "$duration" "$(git log -1 --format=%h)" \
  "${index_built:-catalog index build time not logged}; $(query "SELECT COUNT(*) FROM Titles") titles, $(query "SELECT COUNT(*) FROM AspNetUsers") people, $(query "SELECT COUNT(*) FROM Reviews") reviews, $(query "SELECT COUNT(*) FROM Bookings") bookings, $(query "SELECT COUNT(*) FROM HelpTickets") help tickets"
