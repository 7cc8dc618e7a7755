// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rc::core {

struct DatabaseHealth
{
    enum class State
    {
        Healthy, // opens, is ours, passes quick_check (an empty file counts: SQLite treats it as new)
        Missing, // no file at the path
        Corrupt, // garbage, truncated, not SQLite, or fails quick_check: repairDatabase can salvage it
        Newer,   // from a newer Recovery Coach: leave it alone
    };
    State state = State::Healthy;
    QString reason; // for Corrupt and Newer: the one-line message to show
};

// Looks at the database without changing it: SQLite only ever opens a scratch copy. Errors are what
// keeps it from looking (e.g. Busy, Io, or somebody else's SQLite database as ErrorCode::Other).
Result<DatabaseHealth> checkDatabase(const QString& path);

struct RepairReport
{
    bool repaired = false;  // false: the database was healthy or missing, and nothing was done
    bool missing = false;   // there was no file at the path
    int recovered = 0;      // sessions in the fresh database
    int unreadable = 0;     // sessions known to have been in the damaged file that could not be read
    int withoutSteps = 0;   // recovered sessions whose per-step details were lost (included in recovered)
    QString movedTo;        // the damaged database under its new name
    QStringList movedFiles; // movedTo and its -wal/-shm/-journal, as moved
};

// Repairs a damaged database: the file and its -wal/-shm/-journal are renamed (never rewritten) to
// "NAME.corrupt-YYYYMMDD-HHMMSS" (+ "-wal"…; `now` is local time from the injected clock), and the
// sessions that can still be read are stored in a fresh database at `path`. The fresh database is
// built before anything is moved, so a failure (disk full, read-only folder) leaves every file where
// it was. A healthy or missing database is left alone (repaired == false). NewerSchema for a file
// from a newer version; ErrorCode::Other for somebody else's SQLite database: neither is touched.
// Do not repair a database another process has open.
Result<RepairReport> repairDatabase(const QString& path, const QDateTime& now);

// Renames the database and its -wal/-shm/-journal aside to "NAME.corrupt-YYYYMMDD-HHMMSS" (+ "-wal"…)
// without salvaging anything, e.g. before a backup is restored in place of a damaged file. Returns the
// new name of the database file. On a failure nothing is left moved.
Result<QString> moveDatabaseAside(const QString& path, const QDateTime& now);

// One line for the user: "Recovered N of M sessions; the damaged file was moved to PATH.", or that
// there was nothing to repair.
QString repairSummary(const RepairReport& report);

} // namespace rc::core
