#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The remind helper as installed: remindhelper_test.sh BUILD_DIR BINDIR MODULE_DIR (the last two relative to
# the prefix). `cmake --install` into a scratch prefix puts it beside the modules, not in bin; it links
# neither Qt Widgets nor Qt Gui; and the installed recovery-coach, turning reminders on, writes a timer
# service that starts it by its installed path.
set -euo pipefail
build=$1 bindir=$2 moduledir=$3

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

work=$(realpath "$(mktemp -d)")
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
program=$prefix/$bindir/recovery-coach
helper=$prefix/$moduledir/recovery-coach-remind
[[ -x $program ]] || fail "no $program"
[[ -x $helper ]] || fail "the helper is not installed at $helper"
[[ ! -e $prefix/$bindir/recovery-coach-remind ]] || fail "the helper is installed in $bindir too"

libraries=$(ldd "$helper")
grep -q 'libQt6Core\.so' <<<"$libraries" || fail "ldd $helper names no libQt6Core: $libraries"
if grep -i -E 'widgets|gui' <<<"$libraries"; then
    fail "$helper links Qt Widgets or Qt Gui"
fi

# Reminders on, with a systemctl that answers as a user manager would: the service names the helper.
mkdir -p "$work/bin" "$work/home"
printf '#!/bin/sh\nexit 0\n' >"$work/bin/systemctl"
chmod +x "$work/bin/systemctl"
clean=(env -i PATH="$work/bin:/usr/bin:/bin" HOME="$work/home" LANG=C.UTF-8
       DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-bus")
"${clean[@]}" "$program" settings reminders on >/dev/null
service=$work/home/.config/systemd/user/recovery-coach-reminder.service
grep -qxF "ExecStart=\"$helper\"" "$service" || fail "$service does not start the helper: $(cat "$service")"
# And the helper runs from there, on the default database the program made.
"${clean[@]}" "$program" log >/dev/null
out=$("${clean[@]}" "$helper" --dry-run)
[[ $out == "No reminder is due today"* ]] || fail "the installed helper says: $out"
