#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The reminder notification as a desktop shows it, for the README: under Xvfb, on a private session bus,
# with Debian's dunst as the notification server. Three met weeks and today planned, so `remind` sends
# today's reminder; the screen is grabbed with ImageMagick's `import` and cropped to the notification.
# Needs xvfb-run, dbus-run-session, dunst, imagemagick, librsvg2-bin (apt-get install dunst imagemagick).
# Usage: scripts/screenshot-reminder.sh OUTPUT.png [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "$1")"
app="$(realpath "${2:-build/release}/app/recovery-coach")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/runtime"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
db="$work/sessions.sqlite"
# Monday-first weeks: three days in each of the three weeks before this one.
monday=$(date -d "$(date +%F) -$(( $(date +%u) - 1 )) days" +%F)
for week in 1 2 3; do
    for day in 0 2 4; do
        "$app" log --db "$db" --date "$(date -d "$monday -$((week * 7 - day)) days" +%F)" >/dev/null
    done
done
"$app" settings week-start monday --db "$db" >/dev/null
"$app" settings planned-days "$(LC_ALL=C date +%a | tr '[:upper:]' '[:lower:]')" --db "$db" >/dev/null
"$app" settings reminder-time 00:00 --db "$db" >/dev/null
"$app" settings reminders on --db "$db" >/dev/null 2>&1 || true # no user manager here: the autostart entry

# The app's symbolic icon under the name the notification asks for, where dunst looks, drawn in the
# text colour as desktops draw symbolic icons.
mkdir -p "$work/icons"
rsvg-convert -w 48 -h 48 resources/icons/recovery-coach-symbolic.svg -o "$work/symbolic.png"
convert "$work/symbolic.png" -fill "#EEF2F5" -colorize 100 "$work/icons/io.github.recoverycoach.RecoveryCoach-symbolic.png"
cat >"$work/dunstrc" <<RC
[global]
    icon_path = $work/icons
    width = 560
    height = 300
    origin = top-right
    offset = 24x24
    font = DejaVu Sans 13
    padding = 18
    horizontal_padding = 18
    frame_width = 2
    frame_color = "#2FB5A5"
    min_icon_size = 48
    separator_height = 2
    markup = full
    format = "<b>%s</b>\\n%b"
    icon_position = left
    max_icon_size = 48
[urgency_normal]
    background = "#1B2229"
    foreground = "#EEF2F5"
    timeout = 0
RC
xvfb-run -a -s "-screen 0 1280x400x24" dbus-run-session -- bash -c '
    dunst -config "$1/dunstrc" &
    sleep 1
    "$2" remind --db "$3" &
    sleep 2
    import -window root "$1/screen.png"
    kill %2 %1 2>/dev/null || true
' bash "$work" "$app" "$db"
convert "$work/screen.png" -crop 640x172+640+0 +repage "$out"
echo "wrote $out"
