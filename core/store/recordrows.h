// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The record's settings and pauses (schema version 2) <-> rows, internal to the session store: shared by
// the store itself, restore from a backup and repair.

#include "pause.h"
#include "result.h"

#include <QString>

#include <map>
#include <vector>

struct sqlite3;

namespace rc::core {

struct RecordRows
{
    std::map<QString, QString> settings; // key -> value, as `recovery-coach settings` prints them
    std::vector<Pause> pauses;           // by from, to, id
};

// A setting's key is lower-case words joined by '-' (at most 40 characters) and its value plain text of
// at most 200 characters without line breaks: what the values mean is decided above the store.
Status validateRecordSetting(const QString& key, const QString& value, const QString& context);
// from <= to, both valid dates, a span of at most maxPauseDays, a note of at most maxNoteCharacters.
Status validatePause(const Pause& pause, const QString& context);

// SQLITE_DONE, or the error that ended the read. Rows are read in one statement each; run inside a
// read transaction when both must be one snapshot.
int readRecordSettings(sqlite3* db, std::map<QString, QString>& settings);
int readPauses(sqlite3* db, std::vector<Pause>& pauses);

// Replaces every setting and pause with `rows` (ids kept), inside the caller's transaction. The rows are
// validated by the caller. SQLITE_DONE or the error.
int replaceRecordRows(sqlite3* db, const RecordRows& rows);

} // namespace rc::core
