#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a year of realistic, made-up history as CSV (PRODUCT.md section 4) to standard output: three
# or four sessions most weeks, a few weeks missed, one in ten stopped early, soreness often rated.
# The same seed gives the same file. Used for the README's screenshots:
#   scripts/sample-history.sh 2026-11-25 > /tmp/year.csv
#   recovery-coach import --csv /tmp/year.csv --db /tmp/sample.sqlite
# Usage: scripts/sample-history.sh [LAST_DATE]   (default: today)
set -euo pipefail
last="${1:-$(date +%F)}"
echo "started_at,local_date,routine,planned_seconds,worked_seconds,completed,soreness_before,soreness_after,notes"
awk -v last="$last" 'BEGIN {
    srand(4);
    split(last, d, "-");
    end = mktime(d[1] " " d[2] " " d[3] " 12 00 00");
    notes[1] = "felt tight, left calf"; notes[2] = "after the long run"; notes[3] = "IT band tender";
    notes[4] = "easy day"; notes[5] = "hips much looser";
    for (day = 364; day >= 0; day--) {
        t = end - day * 86400;
        week = int(day / 7);
        if (week % 9 == 4 && rand() < 0.8) continue;           # a missed week now and then
        if (rand() > 0.52) continue;                          # about 3.6 sessions a week
        hour = rand() < 0.6 ? 7 : 20;
        start = t - 12 * 3600 + hour * 3600 + int(rand() * 50) * 60;
        partial = rand() < 0.1;
        worked = partial ? 120 + int(rand() * 300) : 540;
        rated = rand() < 0.6;
        before = 4 + int(rand() * 5);
        after = before - 1 - int(rand() * 3);
        note = rand() < 0.15 ? "\"" notes[1 + int(rand() * 5)] "\"" : "";
        printf "%s,%s,runners-recovery,540,%d,%d,%s,%s,%s\n",
            strftime("%Y-%m-%dT%H:%M:%S+01:00", start + 3600, 1), strftime("%Y-%m-%d", start + 3600, 1),
            worked, partial ? 0 : 1, rated ? before : "", rated ? after : "", note
    }
}'
