#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# completion_test.sh BINARY COMPLETION: sources the bash completion and completes command lines as bash
# would (COMP_WORDS, COMP_CWORD, then the function), against what `BINARY --help` lists.
set -uo pipefail
binary=$1
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home
unset XDG_DATA_HOME
# shellcheck source=/dev/null
source "$2" || { echo "FAIL: cannot source $2" >&2; exit 1; }
failures=0

# complete WORD...: the completions of the last word, sorted, on one line.
complete_line() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _recovery_coach
    printf '%s\n' "${COMPREPLY[@]}" | sort | paste -sd' ' -
}

expect() { # expect "WANTED" WORD...: the completions are exactly WANTED
    local wanted=$1
    shift
    local got
    got=$(complete_line "$@")
    if [[ $got != "$wanted" ]]; then
        echo "FAIL: '$*' completes to '$got', expected '$wanted'" >&2
        failures=$((failures + 1))
    fi
}

expect_among() { # expect_among WORD LINE...: WORD is one of the completions of LINE
    local word=$1
    shift
    local got
    got=" $(complete_line "$@") "
    if [[ $got != *" $word "* ]]; then
        echo "FAIL: '$*' does not offer '$word' (offers:$got)" >&2
        failures=$((failures + 1))
    fi
}

help=$("$binary" --help)

# Every command of --help, and the options each command's line names.
while read -r command rest; do
    expect_among "$command" recovery-coach ""
    for option in $(grep -o -- '--[a-z][a-z-]*' <<<"$rest"); do
        expect_among "$option" recovery-coach "$command" --
    done
    expect_among --db recovery-coach "$command" --
done < <(sed -n 's/^  recovery-coach \([a-z][a-z-]*\)\(.*\)/\1 \2/p' <<<"$help")
for option in --screenshot --page --version --help --db; do
    expect_among "$option" recovery-coach --
done

expect "remind repair report restore" recovery-coach re
expect "pause pauses" recovery-coach pau
expect "week-start" recovery-coach settings week
expect "saturday sunday" recovery-coach settings week-start s
expect "off on" recovery-coach settings reminders ""
expect "--from" recovery-coach pause --f
expect "--week-start --weeks" recovery-coach report --we
expect "--json" recovery-coach --db /tmp/x.sqlite report --j   # the command after an option and its value
expect "--json" recovery-coach --db=/tmp/x.sqlite report --j
expect "--db --dry-run" recovery-coach remind --d
expect "saturday sunday" recovery-coach report --week-start s
expect "dashboard" recovery-coach --screenshot /tmp/x.png --page d
expect_among - recovery-coach import --csv ""

# Routine ids from the program itself: start takes routines, log routines and techniques.
expect "runners-recovery" "$binary" start --routine ""
expect "calf-release" "$binary" log --routine c
expect "runners-recovery" "$binary" log --routine r
# Without a program to ask, the built-in routine.
expect "runners-recovery" /nonexistent/recovery-coach start --routine ""

if ((failures)); then
    echo "$failures completion checks failed" >&2
    exit 1
fi
echo "completion checks passed"
