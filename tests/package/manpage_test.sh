#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# manpage_test.sh BINARY MANPAGE: every command, option and option value that `BINARY --help` lists is
# described in the built manual page (in bold, as the page sets them), and so is the default database.
set -euo pipefail
binary=$1
page=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

help=$(env -u XDG_DATA_HOME HOME="$home" "$binary" --help)
# scdoc writes "\&" after every full stop (so that roff never takes one for the end of a sentence).
roff=$(<"$page")
roff=${roff//'\&'/}
missing=()

commands=$(sed -n 's/^  recovery-coach \([a-z][a-z-]*\).*/\1/p' <<<"$help" | sort -u)
options=$(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
values=$(grep -oE '[a-z]+(\|[a-z]+)+' <<<"$help" | tr '|' '\n' | sort -u)
[[ $(wc -w <<<"$commands") -ge 9 && $(wc -w <<<"$options") -ge 12 ]] ||
    { echo "FAIL: --help lists fewer commands or options than expected:"$'\n'"$help" >&2; exit 1; }

for word in $commands $options $values; do
    [[ $roff == *"\\fB$word\\fR"* ]] || missing+=("$word")
done

# The default database, as --help prints it for this HOME, written with ~ in the page.
default=$(sed -n 's/.*(default: \(.*\))\.$/\1/p' <<<"$help")
[[ -n $default ]] || { echo "FAIL: --help names no default database" >&2; exit 1; }
[[ $roff == *"~${default#"$home"}"* ]] || missing+=("the default database ~${default#"$home"}")

if ((${#missing[@]})); then
    printf 'FAIL: recovery-coach --help lists what %s does not describe:\n' "$page" >&2
    printf '  %s\n' "${missing[@]}" >&2
    exit 1
fi
echo "checked $(wc -w <<<"$commands $options $values") commands, options and values"
