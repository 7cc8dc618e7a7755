-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2, written by hand: a database as Recovery Coach 0.3 saves it, with the record's settings
-- and pauses (PRODUCT.md section 5). Frozen: never regenerate it with a newer app, or it stops testing the
-- migration from version 2.
--
-- started_at is unix seconds (UTC), utc_offset seconds east of UTC:
--   id 1  2026-11-30T07:00:00+01:00  = 2026-11-30T06:00:00Z = 1796018400
--   id 2  2026-12-03T01:30:00+01:00  = 2026-12-03T00:30:00Z = 1796257800 (counts for the 2nd: the day
--                                                                         starts at 04:00)
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
CREATE TABLE record_settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE pauses (
    id INTEGER PRIMARY KEY,
    from_date TEXT NOT NULL,       -- YYYY-MM-DD, inclusive
    to_date TEXT NOT NULL,         -- YYYY-MM-DD, inclusive
    note TEXT NOT NULL DEFAULT '',
    CHECK (from_date <= to_date)
);

INSERT INTO sessions VALUES (1, 1796018400, 3600, '2026-11-30', 'runners-recovery', 600, 600, 1, 5, 2, '');
INSERT INTO sessions VALUES (2, 1796257800, 3600, '2026-12-02', 'hips-only', 180, 180, 1, NULL, NULL,
                             'after the late shift');
INSERT INTO session_steps VALUES (2, 0, 'hip-release', 'both', 180, 180, 1, 30);

INSERT INTO record_settings VALUES ('target-days', '2');
INSERT INTO record_settings VALUES ('week-start', 'sunday');
INSERT INTO record_settings VALUES ('planned-days', 'mon,thu');
INSERT INTO record_settings VALUES ('day-starts-at', '04:00');
INSERT INTO pauses VALUES (1, '2026-12-07', '2026-12-20', 'injured: calf strain');
INSERT INTO pauses VALUES (3, '2026-12-24', '2026-12-26', '');
PRAGMA user_version = 2;
COMMIT;
