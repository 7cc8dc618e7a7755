-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1, written by hand: a database as Recovery Coach 0.1 saved it. Frozen: never
-- regenerate it with a newer app, or it stops testing the migration from version 1.
--
-- started_at is unix seconds (UTC), utc_offset seconds east of UTC:
--   id 1  2026-11-16T07:15:00+01:00  = 2026-11-16T06:15:00Z = 1794809700
--   id 2  2026-11-18T19:40:00-05:00  = 2026-11-19T00:40:00Z = 1795048800 (counts for the 18th, not the 19th)
--   id 3  2026-11-20T06:00:00Z                              = 1795154400
--   id 7  2026-11-21T21:10:00+05:30  = 2026-11-21T15:40:00Z = 1795275600 (ids 4-6 were deleted)
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    started_at INTEGER NOT NULL,   -- unix seconds, UTC
    utc_offset INTEGER NOT NULL,   -- seconds east of UTC in force at the start
    local_date TEXT NOT NULL,      -- YYYY-MM-DD the session counts for; never recomputed
    routine TEXT NOT NULL,
    planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
    worked_seconds INTEGER NOT NULL CHECK (worked_seconds >= 0),
    completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
    soreness_before INTEGER CHECK (soreness_before BETWEEN 0 AND 10),
    soreness_after INTEGER CHECK (soreness_after BETWEEN 0 AND 10),
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (started_at, routine)
);
CREATE INDEX sessions_local_date ON sessions (local_date, worked_seconds, completed);
CREATE TABLE session_steps (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    technique TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
    planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
    worked_seconds INTEGER NOT NULL CHECK (worked_seconds >= 0),
    holds INTEGER NOT NULL DEFAULT 0 CHECK (holds >= 0),
    hold_seconds INTEGER NOT NULL DEFAULT 0 CHECK (hold_seconds >= 0),
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;

INSERT INTO sessions VALUES (1, 1794809700, 3600, '2026-11-16', 'runners-recovery', 540, 540, 1, 6, 3,
                             'felt tight, left calf');
INSERT INTO sessions VALUES (2, 1795048800, -18000, '2026-11-18', 'runners-recovery', 540, 300, 0, NULL, NULL,
                             'stopped early: "phone call"
resume tomorrow');
INSERT INTO sessions VALUES (3, 1795154400, 0, '2026-11-20', 'runners-recovery', 600, 600, 1, 4, NULL,
                             'Ünïcode ✓ 日本');
INSERT INTO sessions VALUES (7, 1795275600, 19800, '2026-11-21', 'hips-only', 180, 180, 1, 0, 10, '');

INSERT INTO session_steps VALUES (1, 0, 'it-band-roll', 'left', 90, 90, 1, 45);
INSERT INTO session_steps VALUES (1, 1, 'it-band-roll', 'right', 90, 90, 0, 0);
INSERT INTO session_steps VALUES (1, 2, 'calf-release', 'left', 90, 90, 0, 0);
INSERT INTO session_steps VALUES (1, 3, 'calf-release', 'right', 90, 90, 0, 0);
INSERT INTO session_steps VALUES (1, 4, 'hip-release', 'left', 90, 90, 0, 0);
INSERT INTO session_steps VALUES (1, 5, 'hip-release', 'right', 90, 90, 2, 60);
INSERT INTO session_steps VALUES (2, 0, 'it-band-roll', 'left', 90, 90, 0, 0);
INSERT INTO session_steps VALUES (2, 1, 'it-band-roll', 'right', 90, 90, 0, 0);
INSERT INTO session_steps VALUES (2, 2, 'calf-release', 'left', 90, 90, 0, 0);
INSERT INTO session_steps VALUES (2, 3, 'calf-release', 'right', 90, 30, 0, 0);
INSERT INTO session_steps VALUES (7, 0, 'hip-release', 'both', 180, 180, 3, 135);
PRAGMA user_version = 1;
COMMIT;
