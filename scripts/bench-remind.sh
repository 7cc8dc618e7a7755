#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `recovery-coach remind` when nothing is due, and the remind helper (recovery-coach-remind, the same run
# without Qt Widgets and Gui), which is what the systemd timer starts on most days (docs/performance.md,
# "Reminders"; targets: under 50 ms and 20 MiB): their median wall times next to `--version`'s, and the
# peak memory of all three. Ten years of history (as scripts/bench-process.sh), reminders
# on at 00:00, and today already done, so the run reads the record, finds nothing due and exits.
# Usage: scripts/bench-remind.sh [BUILD_DIR]   (default build/release; build it first: ./scripts/test)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
app="$(realpath "$build/app/recovery-coach")"
helper="$(realpath "$build/app/recovery-coach-remind")"
timer="$build/tests/bench/bench_process_time"
runs="${RUNS:-21}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Its own settings and data, and no session bus: a run with nothing due never needs one.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-bus"
unset DISPLAY WAYLAND_DISPLAY

csv="$work/history.csv"
echo "started_at,local_date,routine,planned_seconds,worked_seconds,completed,soreness_before,soreness_after,notes" >"$csv"
awk -v today="$(date +%F)" 'BEGIN {
    srand(42); split(today, d, "-"); end = mktime(d[1] " " d[2] " " d[3] " 07 00 00");
    for (t = end - 3652 * 86400; t < end; t += 86400) {
        if (rand() < 0.6) {
            printf "%s,%s,runners-recovery,540,540,1,,,\n", strftime("%Y-%m-%dT%H:%M:%SZ", t, 1), strftime("%Y-%m-%d", t, 1)
        }
    }
}' >>"$csv"
"$app" import --csv "$csv" >/dev/null
"$app" settings reminders on >/dev/null
"$app" settings reminder-time 00:00 >/dev/null
"$app" log >/dev/null # today is done: nothing is due
"$app" remind --dry-run | head -n 1
"$helper" --dry-run | head -n 1

peak_mib() {
    /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1 | awk '{ printf "%.1f", $1 / 1024 }'
}

read -r version_ms remind_ms helper_ms <<<"$("$timer" "$runs" -- "$app" --version -- "$app" remind -- "$helper" |
    awk '{ printf "%s ", $1 }')"
echo "remind, nothing due, $(($(wc -l <"$csv") - 1)) sessions: helper median ${helper_ms} ms (target < 50);" \
    "recovery-coach remind median ${remind_ms} ms; --version: median ${version_ms} ms"
# The floors: --version (the one binary's libraries, Qt Widgets and Gui among them, mapped and relocated at
# start) and `settings target-days` (the same and the database opened, one value read).
echo "peak memory: helper $(peak_mib "$helper") MiB (target < 20); recovery-coach remind $(peak_mib "$app" remind) MiB;" \
    "settings target-days" \
    "$(peak_mib "$app" settings target-days) MiB; --version $(peak_mib "$app" --version) MiB"
