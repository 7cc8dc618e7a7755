#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# How often a running guided session wakes the app and how much CPU it uses (targets: about 10
# wake-ups a second at most, under 2% of a core). Starts `recovery-coach start` in a real window under
# Xvfb, lets the session run, and reads the process's context switches and CPU time from /proc.
# Usage: scripts/bench-session.sh [BUILD_DIR] [SECONDS]   (default build/release, 30 s)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
seconds="${2:-30}"
app="$(realpath "$build/app/recovery-coach")"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
# Sound and voice off: measure the app, not the speech engine.
mkdir -p "$work/config/recovery-coach"
printf '[session]\nsound=false\nvoice=false\n[notice]\ndisclaimerDismissed=true\n' \
    >"$work/config/recovery-coach/recovery-coach.conf"

xvfb-run -a "$app" start --db "$work/sessions.sqlite" &
sleep 5 # start-up and the first paint are not what is measured
pid=$(pgrep -n -f "$app start") || { echo "the app did not start" >&2; exit 1; }

read_stats() {
    local switches ticks
    switches=$(awk '/^voluntary_ctxt_switches/ { v = $2 } /^nonvoluntary_ctxt_switches/ { n = $2 } END { print v + n }' \
        "/proc/$pid/status")
    ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
    echo "$switches $ticks"
}
read -r s0 t0 < <(read_stats)
sleep "$seconds"
read -r s1 t1 < <(read_stats)
hz=$(getconf CLK_TCK)
awk -v s="$((s1 - s0))" -v t="$((t1 - t0))" -v hz="$hz" -v secs="$seconds" 'BEGIN {
    printf "running session over %d s: %.1f wake-ups/s (context switches of the main process), CPU %.2f%% of a core\n",
        secs, s / secs, 100 * t / hz / secs
}'
