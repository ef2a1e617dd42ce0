#!/usr/bin/env bash
# Runs bench/run.sh against an earlier commit and against the working tree back to back, so both sets of
# figures come from one session on one machine. Usage: bench/compare.sh <earlier-commit>
set -euo pipefail
cd "$(dirname "$0")/.."
before=${1:?usage: bench/compare.sh <earlier-commit>}
tree=$(mktemp -d)
trap 'git worktree remove --force "$tree"' EXIT
git worktree add --detach "$tree" "$before" >/dev/null
cp bench/run.sh bench/generate_titles.py "$tree/bench/" 2>/dev/null || { mkdir -p "$tree/bench"; cp bench/run.sh bench/generate_titles.py "$tree/bench/"; }
echo "== before: $(git log -1 --format='%h %s' "$before")"
(cd "$tree" && PORT=5198 bash bench/run.sh)
echo "== after: working tree at $(git log -1 --format='%h %s')"
bash bench/run.sh
