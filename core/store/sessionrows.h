// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Session <-> row conversion for the session store, internal to it.

#include "result.h"
#include "session.h"
#include "sqlitedb.h"

#include <QString>

struct sqlite3;

namespace rc::core {

// Checks what the schema's CHECK constraints would, with a message naming the field.
// `context` prefixes the message, e.g. "Session 3 of the import".
Status validateSession(const Session& session, const QString& context);
// PRODUCT.md section 8: at most maxNoteCharacters characters.
Status validateNote(const QString& notes, const QString& context);
Status validateSoreness(std::optional<int> sorenessBefore, std::optional<int> sorenessAfter, const QString& context);

// Inserts sessions with their steps; the statements are prepared once and reused for every row.
class SessionWriter
{
public:
    enum class OnDuplicate
    {
        Fail, // SQLITE_CONSTRAINT_UNIQUE
        Skip, // nothing inserted, inserted() is false
    };
    enum class Id
    {
        New,  // the store picks the id
        Keep, // the session's own id (undo of a removal)
    };

    SessionWriter(sqlite3* db, OnDuplicate onDuplicate, Id id);

    int prepareResult() const;
    // SQLITE_DONE or the error code.
    int insert(const Session& session);
    bool inserted() const { return m_inserted; }
    qint64 lastId() const { return m_lastId; }

private:
    sqlite3* m_db;
    Id m_id;
    SqlStatement m_session;
    SqlStatement m_step;
    bool m_inserted = false;
    qint64 m_lastId = 0;
};

// The columns every session query selects, in the order readSessionRow expects.
#define RC_SESSION_COLUMNS                                                                                             \
    "id, started_at, utc_offset, local_date, routine, planned_seconds, worked_seconds, completed, "                    \
    "soreness_before, soreness_after, notes"
#define RC_STEP_COLUMNS "session_id, technique, side, planned_seconds, worked_seconds, holds, hold_seconds"

Session readSessionRow(const SqlStatement& row);
StepResult readStepRow(const SqlStatement& row); // column 0 (session_id) is left to the caller
QDate parseIsoDate(QByteArrayView text);

} // namespace rc::core
