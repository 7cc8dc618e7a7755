// SPDX-License-Identifier: GPL-3.0-or-later
// SessionStore::listSessions: the history table's pages, read without steps so years of sessions
// never have to be in memory at once.
#include "sessionrows.h"
#include "sessionstore.h"
#include "sqlitedb.h"

#include <QByteArray>

#include <sqlite3.h>

#include <algorithm>

namespace rc::core {

namespace {

QByteArray orderBy(SessionStore::SortKey key, bool descending)
{
    const QByteArray direction = descending ? " DESC" : " ASC";
    // Ties go newest first, so rows with equal keys keep a stable order from page to page.
    const QByteArray newestFirst = "local_date DESC, started_at DESC, id DESC";
    switch (key) {
    case SessionStore::SortKey::Date:
        return "local_date" + direction + ", started_at" + direction + ", id" + direction;
    case SessionStore::SortKey::Routine:
        return "routine" + direction + ", " + newestFirst;
    case SessionStore::SortKey::Worked:
        return "worked_seconds" + direction + ", " + newestFirst;
    case SessionStore::SortKey::Completed:
        return "completed" + direction + ", " + newestFirst;
    case SessionStore::SortKey::SorenessBefore:
        // NULL (not rated) sorts before every number in SQLite, i.e. below 0.
        return "soreness_before" + direction + ", " + newestFirst;
    case SessionStore::SortKey::SorenessAfter:
        return "soreness_after" + direction + ", " + newestFirst;
    case SessionStore::SortKey::Notes:
        return "notes COLLATE NOCASE" + direction + ", " + newestFirst;
    }
    return newestFirst;
}

} // namespace

Result<std::vector<SessionStore::ListRow>> SessionStore::listSessions(SortKey key, bool descending, qint64 offset,
                                                                      int limit) const
{
    if (offset < 0 || limit < 0) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A page of sessions needs a non-negative offset "
                                                                 "and limit."));
    }
    const QByteArray sql = "SELECT id, local_date, routine, worked_seconds, completed, soreness_before, "
                           "soreness_after, notes FROM sessions ORDER BY " +
                           orderBy(key, descending) + " LIMIT ? OFFSET ?";
    SqlStatement query(m_db, sql.constData());
    if (query.prepareResult() != SQLITE_OK) {
        return sqlError(m_db, query.prepareResult(), m_path);
    }
    query.bind(1, static_cast<qint64>(limit));
    query.bind(2, offset);

    std::vector<ListRow> rows;
    rows.reserve(static_cast<std::size_t>(std::min(limit, 1024)));
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW) {
        ListRow row;
        row.id = query.int64(0);
        row.localDate = parseIsoDate(query.utf8(1));
        row.routine = query.text(2);
        row.workedSeconds = query.int32(3);
        row.completed = query.int64(4) != 0;
        if (!query.isNull(5)) {
            row.sorenessBefore = query.int32(5);
        }
        if (!query.isNull(6)) {
            row.sorenessAfter = query.int32(6);
        }
        row.notes = query.text(7);
        rows.push_back(std::move(row));
    }
    if (rc != SQLITE_DONE) {
        return sqlError(m_db, rc, m_path);
    }
    return rows;
}

} // namespace rc::core
