#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The History page over 100,000 sessions (docs/performance.md, "History page"):
#  time from constructing the page (and the whole window on the History page) to its first paint
#  (target: under 300 ms), and the peak memory of that process (target: under 150 MiB).
# Usage: scripts/bench-history.sh [BUILD_DIR]   (default build/release; needs -DRC_BUILD_BENCHMARKS=ON)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
bench="$build/tests/bench/history_bench"
runs="${RUNS:-5}"
sessions="${SESSIONS:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work"

db="$work/sessions.sqlite"
"$bench" --generate "$db" --sessions "$sessions"

# Median of the "first paint" figure and the largest peak RSS over $runs runs of "$@".
measure() {
    local paints=() peaks=() out
    for _ in $(seq "$runs"); do
        out="$(/usr/bin/time -v "$@" 2>&1)"
        paints+=("$(sed -n 's/.*first paint \([0-9]*\) ms.*/\1/p' <<<"$out")")
        peaks+=("$(sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\).*/\1/p' <<<"$out")")
    done
    local median peak
    median=$(printf '%s\n' "${paints[@]}" | sort -n | awk -v n="$runs" 'NR == int((n + 1) / 2)')
    peak=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -n 1 | awk '{ printf "%.1f", $1 / 1024 }')
    echo "first paint: median ${median} ms (of ${paints[*]}); peak memory ${peak} MiB"
}

echo "History page alone, $sessions sessions (target < 300 ms, < 150 MiB):"
measure "$bench" --open "$db"
echo "Main window opened on the History page, $sessions sessions:"
measure "$bench" --open "$db" --window
