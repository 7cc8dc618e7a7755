#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop metadata: metadata_test.sh desktop FILE | metainfo FILE | releases VERSION METAINFO CHANGELOG
#                                       | icons DIR APP_ID
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
releases)
    version=$2
    metainfo=$(grep -m1 -o '<release version="[^"]*"' "$3" | cut -d'"' -f2)
    [[ $metainfo == "$version" ]] || fail "the newest release of $3 is '$metainfo', the project is $version"
    changelog=$(head -n1 "$4" | sed -n 's/^recovery-coach (\([^)]*\)).*/\1/p')
    [[ $changelog == "$version" ]] || fail "the newest entry of $4 is '$changelog', the project is $version"
    ;;
icons)
    for size in 16 22 24 32 48 64 128 256 512; do
        png=$2/${size}x${size}/$3.png
        [[ -s $png ]] || fail "$png was not rendered"
        # The PNG header: 8 bytes of signature, then the IHDR chunk's width and height (big-endian).
        read -r width height < <(od -An -tu1 -j16 -N8 "$png" |
            awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4, $5 * 16777216 + $6 * 65536 + $7 * 256 + $8 }')
        [[ $width == "$size" && $height == "$size" ]] || fail "$png is ${width}x${height}, not ${size}x${size}"
    done
    ;;
*)
    fail "unknown check '$1'"
    ;;
esac
