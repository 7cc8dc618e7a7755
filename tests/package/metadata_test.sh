#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop metadata: metadata_test.sh desktop FILE | metainfo FILE
set -euo pipefail

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

case $1 in
desktop)
    # No error, no warning and no hint: desktop-file-validate exits 0 on warnings, so its output counts.
    output=$(desktop-file-validate "$2" 2>&1) || fail "desktop-file-validate: $output"
    [[ -z $output ]] || fail "desktop-file-validate has something to say: $output"
    ;;
metainfo)
    # Pedantic hints are printed (the id's upper-case letters); any error or warning fails.
    appstreamcli validate --pedantic --no-net "$2" || fail "appstreamcli validate --pedantic --no-net $2"
    ;;
*)
    fail "unknown check '$1'"
    ;;
esac
