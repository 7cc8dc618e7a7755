#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Whole-process figures that no in-process benchmark can give (docs/performance.md):
#  1. `report --json` over 10 years of history against `--version` (target: within 1.5x)
#  2. start-up to the painted cards page against an empty Qt Widgets window (target: within 3x),
#     and the peak memory of the cards page (target: under 80 MiB).
# Usage: scripts/bench-process.sh [BUILD_DIR]   (default build/release; build it first: ./scripts/test)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
app="$build/app/recovery-coach"
empty="$build/tests/bench/bench_empty_window"
timer="$build/tests/bench/bench_process_time"
runs="${RUNS:-21}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

# Median wall times (milliseconds) of two commands taken in turns: prints "A_MEDIAN B_MEDIAN".
# bench_process_time spawns them itself, so no helper process is timed with them.
medians() {
    "$timer" "$runs" "$@" | awk '{ printf "%s ", $1 }'
}

peak_mib() {
    /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1 | awk '{ printf "%.1f", $1 / 1024 }'
}

# Ten years of history: about 4,000 sessions (most days, some with two), a tenth of them partial.
csv="$work/history.csv"
echo "started_at,local_date,routine,planned_seconds,worked_seconds,completed,soreness_before,soreness_after,notes" >"$csv"
awk 'BEGIN {
    srand(42); t = mktime("2016 11 25 07 00 00");
    for (d = 0; d < 3652; d++) {
        n = (rand() < 0.9 ? 1 : 0) + (rand() < 0.2 ? 1 : 0);
        for (k = 0; k < n; k++) {
            s = t + d * 86400 + k * 36000 + int(rand() * 3600);
            c = rand() < 0.9 ? 1 : 0;
            printf "%s,%s,runners-recovery,540,%d,%d,,,\n", strftime("%Y-%m-%dT%H:%M:%SZ", s, 1), strftime("%Y-%m-%d", s, 1), c ? 540 : 200, c
        }
    }
}' >>"$csv"
db="$work/sessions.sqlite"
"$app" import --csv "$csv" --db "$db"

read -r version_ms report_ms <<<"$(medians -- "$app" --version -- "$app" report --json --db "$db")"
echo "report --json over $(($(wc -l <"$csv") - 1)) sessions: median ${report_ms} ms; --version: median ${version_ms} ms;" \
    "ratio $(awk -v a="$report_ms" -v b="$version_ms" 'BEGIN { printf "%.2f", a / b }') (target <= 1.5)"

if [ -x "$empty" ]; then
    read -r empty_ms cards_ms <<<"$(medians -- "$empty" -- "$app" --screenshot "$work/cards.png" --page cards --db "$db")"
    echo "cards page painted: median ${cards_ms} ms; empty window: median ${empty_ms} ms;" \
        "ratio $(awk -v a="$cards_ms" -v b="$empty_ms" 'BEGIN { printf "%.2f", a / b }') (target <= 3)"
    echo "peak memory: cards page $(peak_mib "$app" --screenshot "$work/cards.png" --page cards --db "$db") MiB" \
        "(target < 80), empty window $(peak_mib "$empty") MiB"
fi
