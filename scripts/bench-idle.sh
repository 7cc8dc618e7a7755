#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The app's wake-ups while it sits idle with its tray icon shown (docs/performance.md "Idle"; aim: 0 a
# second). Under Xvfb, on a private session bus, with trayer as the system tray (Debian's `trayer`,
# installed by this script when missing and run as root): starts the window on a year of sample history,
# lets it settle, then counts with strace, over SECONDS (default 20), the system calls that wait for or
# end a wait (poll, ppoll, select, epoll, futex waits) in every thread. Needs xvfb-run, strace and
# xwininfo (x11-utils), which checks that the icon really sits in the tray.
# Usage: scripts/bench-idle.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
app="$(realpath "$build/app/recovery-coach")"
seconds="${SECONDS_IDLE:-20}"
if ! command -v trayer >/dev/null; then
    if [[ $(id -u) -eq 0 ]]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq trayer >/dev/null
    else
        echo "bench-idle: needs trayer (apt-get install trayer)" >&2
        exit 1
    fi
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
db="$work/sessions.sqlite"
"$app" log --db "$db" >/dev/null

xvfb-run -a dbus-run-session -- bash -c '
    trayer --edge top --align right --widthtype pixel --width 64 --heighttype pixel --height 24 &
    sleep 2
    "$0" --db "$1" &
    app=$!
    sleep 6
    # The icon is a window embedded in trayer: say so, or the figure is not the one asked for.
    if xwininfo -root -tree | grep -A4 "\"panel\": (\"panel\" \"trayer\")" | grep -q "\"Recovery Coach\""; then
        echo "the tray icon is embedded in trayer" >&2
    else
        echo "bench-idle: the tray icon did not appear in trayer" >&2
    fi
    strace -f -c -p "$app" -e trace=poll,ppoll,select,pselect6,epoll_wait,epoll_pwait,futex -o "$2/counts" &
    tracer=$!
    sleep "$3"
    kill -INT "$tracer"; wait "$tracer" 2>/dev/null || true
    kill "$app"; wait "$app" 2>/dev/null || true
' "$app" "$db" "$work" "$seconds"
calls=$(awk '$NF ~ /^(poll|ppoll|select|pselect6|epoll_wait|epoll_pwait|futex)$/ { n += $4 } END { print n + 0 }' \
    "$work/counts")
echo "idle with the tray icon: $calls waits in ${seconds} s ($(awk -v c="$calls" -v s="$seconds" 'BEGIN { printf "%.2f", c / s }') a second)"
cat "$work/counts"
