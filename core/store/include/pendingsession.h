// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The recovery file for sessions that could not be saved (disk full, I/O error, busy database): they
// wait in "<database>.pending.json" until a retry or the next start stores them.

#include "result.h"
#include "session.h"

#include <QString>

#include <vector>

namespace rc::core {

class SessionStore;

QString pendingFilePath(const QString& databasePath); // "<databasePath>.pending.json"

// Adds the session (every field, steps included; the id is not kept) to the recovery file, written
// with QSaveFile so an interrupted write leaves the previous file intact. A session already in the
// file (same start instant and routine) is replaced, not added twice. A recovery file that cannot be
// read is kept beside as "<file>.damaged" rather than overwritten.
Status savePending(const QString& databasePath, const Session& session);

// The sessions waiting in the recovery file, in the order saved; empty when there is no file.
// Corrupt when the file is not a recovery file.
Result<std::vector<Session>> loadPending(const QString& databasePath);

// Removes the recovery file; ok when there is none.
Status clearPending(const QString& databasePath);

// Stores the waiting sessions in the store's database in one transaction (sessions already stored
// count as saved) and removes the recovery file only after that commit succeeded. Returns how many
// sessions were waiting (0 when none). On an error the file is left as it was.
Result<int> flushPending(SessionStore& store);

} // namespace rc::core
