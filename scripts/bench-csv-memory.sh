#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Peak memory and wall time of `recovery-coach import` on two 50 MB CSV files: one row whose note is
# 50 MB (refused), and about 694,000 ordinary rows (imported). Needs /usr/bin/time (Debian: time).
# Usage: scripts/bench-csv-memory.sh [path/to/recovery-coach]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-build/release/app/recovery-coach}
[ -x /usr/bin/time ] || { echo "bench-csv-memory.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
header='started_at,local_date,routine,planned_seconds,worked_seconds,completed,soreness_before,soreness_after,notes'

{
    printf '%s\r\n2026-12-01T10:00:00Z,2026-12-01,runners-recovery,300,300,1,,,"' "$header"
    head -c 50000000 /dev/zero | tr '\0' x
    printf '"\r\n'
} >"$work/bignote.csv"
# One session every 7 hours from 2000-01-01 08:00 UTC until the file holds 50 MB (plain awk: mawk has
# no strftime, so the date comes from the day number, as in Howard Hinnant's civil_from_days).
awk -v header="$header" 'function civil(days,   z, era, doe, yoe, doy, mp, d, m, y) {
    z = days + 719468; era = int(z / 146097); doe = z - era * 146097
    yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
    y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100)); mp = int((5 * doy + 2) / 153)
    d = doy - int((153 * mp + 2) / 5) + 1; m = mp < 10 ? mp + 3 : mp - 9
    return sprintf("%04d-%02d-%02d", y + (m <= 2), m, d)
}
BEGIN {
    printf "%s\r\n", header
    t = 946713600; size = 0
    while (size < 50000000) {
        date = civil(int(t / 86400)); s = t % 86400
        line = sprintf("%sT%02d:%02d:00Z,%s,runners-recovery,300,280,1,3,2,felt ok", date, int(s / 3600), int(s % 3600 / 60), date)
        printf "%s\r\n", line
        size += length(line) + 2; t += 7 * 3600
    }
}' >"$work/bigmany.csv"

for file in bignote bigmany; do
    rm -f "$work"/db.sqlite*
    printf '%-8s %s bytes: ' "$file" "$(stat -c %s "$work/$file.csv")"
    /usr/bin/time -f '%e s wall, %M KiB peak' "$binary" --db "$work/db.sqlite" import --csv "$work/$file.csv" \
        2>&1 >/dev/null | tail -1 || true # the refused file exits 2
done
