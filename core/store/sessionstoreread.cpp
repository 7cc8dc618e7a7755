// SPDX-License-Identifier: GPL-3.0-or-later
// The read side of SessionStore (the write side is in sessionstore.cpp).
#include "sessionrows.h"
#include "sessionstore.h"
#include "sqlitedb.h"

#include <QHash>

#include <sqlite3.h>

namespace rc::core {

namespace {

// Reads rows of a prepared query into `read`, one call per row; the error when the query fails.
template <typename Read>
std::optional<Error> forEachRow(sqlite3* db, SqlStatement& query, const QString& path, Read read)
{
    if (query.prepareResult() != SQLITE_OK) {
        return sqlError(db, query.prepareResult(), path);
    }
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW) {
        read(query);
    }
    if (rc != SQLITE_DONE) {
        return sqlError(db, rc, path);
    }
    return std::nullopt;
}

} // namespace

Result<std::vector<Session>> SessionStore::sessions() const
{
    // One snapshot for both queries, so a concurrent save never shows a session without its steps.
    SqlTransaction snapshot(m_db, SqlTransaction::Kind::Read);
    if (snapshot.beginResult() != SQLITE_OK) {
        return sqlError(m_db, snapshot.beginResult(), m_path);
    }
    std::vector<Session> result;
    QHash<qint64, size_t> indexOf;
    SqlStatement sessionRows(m_db, "SELECT " RC_SESSION_COLUMNS " FROM sessions ORDER BY started_at, id");
    if (auto error = forEachRow(m_db, sessionRows, m_path, [&](const SqlStatement& row) {
            result.push_back(readSessionRow(row));
            indexOf.insert(result.back().id, result.size() - 1);
        })) {
        return *error;
    }
    // Steps come clustered by session (WITHOUT ROWID primary key), so this is one pass over the table.
    SqlStatement stepRows(m_db, "SELECT " RC_STEP_COLUMNS " FROM session_steps ORDER BY session_id, position");
    if (auto error = forEachRow(m_db, stepRows, m_path, [&](const SqlStatement& row) {
            const auto it = indexOf.constFind(row.int64(0));
            if (it != indexOf.cend()) {
                result[*it].steps.push_back(readStepRow(row));
            }
        })) {
        return *error;
    }
    return result;
}

Result<std::optional<Session>> SessionStore::session(qint64 id) const
{
    SqlTransaction snapshot(m_db, SqlTransaction::Kind::Read);
    if (snapshot.beginResult() != SQLITE_OK) {
        return sqlError(m_db, snapshot.beginResult(), m_path);
    }
    std::optional<Session> result;
    SqlStatement sessionRow(m_db, "SELECT " RC_SESSION_COLUMNS " FROM sessions WHERE id = ?");
    sessionRow.bind(1, id);
    if (auto error =
            forEachRow(m_db, sessionRow, m_path, [&](const SqlStatement& row) { result = readSessionRow(row); })) {
        return *error;
    }
    if (!result) {
        return result;
    }
    SqlStatement stepRows(m_db, "SELECT " RC_STEP_COLUMNS " FROM session_steps WHERE session_id = ? ORDER BY position");
    stepRows.bind(1, id);
    if (auto error = forEachRow(m_db, stepRows, m_path,
                                [&](const SqlStatement& row) { result->steps.push_back(readStepRow(row)); })) {
        return *error;
    }
    return result;
}

Result<std::vector<SessionSummary>> SessionStore::summaries() const
{
    std::vector<SessionSummary> result;
    // Answered from the covering (local_date, worked_seconds, completed) index alone, in date order.
    SqlStatement rows(m_db, "SELECT local_date, worked_seconds, completed FROM sessions ORDER BY local_date");
    if (auto error = forEachRow(m_db, rows, m_path, [&](const SqlStatement& row) {
            result.push_back(SessionSummary{parseIsoDate(row.utf8(0)), row.int32(1), row.int64(2) != 0});
        })) {
        return *error;
    }
    return result;
}

Result<qint64> SessionStore::count() const
{
    qint64 result = 0;
    SqlStatement rows(m_db, "SELECT count(*) FROM sessions");
    if (auto error = forEachRow(m_db, rows, m_path, [&](const SqlStatement& row) { result = row.int64(0); })) {
        return *error;
    }
    return result;
}

} // namespace rc::core
