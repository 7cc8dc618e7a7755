#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Whole-process figures that no in-process benchmark can give (docs/performance.md):
#  1. `report --json` over 10 years of history against `--version` (target: within 1.5x)
#  2. `--screenshot --page cards` against an empty Qt Widgets window that saves its PNG with QImageWriter
#     (target: within 2x), and the peak memory of the cards page (target: under 60 MiB)
#  3. under Xvfb, on a private session bus: the real window's first frame (`--timing`) next to the
#     empty window's, both from main(), and whole processes that quit at their first frame
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

read -r empty_ms cards_ms <<<"$(medians -- "$empty" --png "$work/empty.png" -- "$app" --screenshot "$work/cards.png" --page cards --db "$db")"
echo "cards page painted and saved: median ${cards_ms} ms; empty window saved with QImageWriter: median ${empty_ms} ms;" \
    "ratio $(awk -v a="$cards_ms" -v b="$empty_ms" 'BEGIN { printf "%.2f", a / b }') (target <= 2)"
echo "peak memory: cards page $(peak_mib "$app" --screenshot "$work/cards.png" --page cards --db "$db") MiB" \
    "(target < 60), empty window $(peak_mib "$empty" --png "$work/empty.png") MiB"

if command -v xvfb-run >/dev/null && command -v dbus-run-session >/dev/null; then
    # The first frame as a runner sees it: a real X window (Xvfb), the app's own start-up path (one
    # instance on the session bus, the database opened with its checks and the daily backup). Both
    # figures are taken from main(), one after the other; the median of each.
    cat >"$work/first-frames.sh" <<'SCRIPT'
for _ in $(seq "$RUNS"); do
    "$APP" --timing --db "$DB" 2>&1 | sed -n 's/.*first frame \([0-9]*\) ms.*/app \1/p'
    "$EMPTY" --timing 2>&1 | sed -n 's/.*first frame \([0-9]*\) ms.*/empty \1/p'
done | sort -k1,1 -k2,2n | awk '{ n[$1]++; v[$1, n[$1]] = $2 } END {
    a = v["app", int((n["app"] + 1) / 2)]; e = v["empty", int((n["empty"] + 1) / 2)]
    printf "first frame under Xvfb, from main(): median %s ms; empty window: median %s ms; ratio %.2f\n", a, e, a / e }'
SCRIPT
    (unset QT_QPA_PLATFORM; RUNS="$runs" APP="$app" EMPTY="$empty" DB="$db" \
        xvfb-run -a dbus-run-session -- bash "$work/first-frames.sh" 2> >(grep -v "Failed to set fd limit" >&2))
fi
