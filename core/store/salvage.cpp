// SPDX-License-Identifier: GPL-3.0-or-later
#include "salvage.h"

#include "sessionrows.h"
#include "sqlitedb.h"

#include <QFile>

#include <sqlite3.h>

#include <map>
#include <memory>
#include <set>

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

struct ConnectionCloser
{
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};

// Rows of `sql` until the end or the first error: a damaged page ends a scan, it does not end the salvage.
template <typename Read> void scanUntilError(sqlite3* db, const char* sql, Read read)
{
    SqlStatement query(db, sql);
    if (query.prepareResult() != SQLITE_OK) {
        return;
    }
    while (query.step() == SQLITE_ROW) {
        read(query);
    }
}

// Reading the table both ways gets the rows before and after one damaged page; the two indexes name
// the ids of rows on damaged table pages, which are then tried one by one and counted as unreadable.
void scanSessions(sqlite3* db, std::map<qint64, Session>& found, std::set<qint64>& known)
{
    const auto keep = [&](const SqlStatement& row) {
        Session session = readSessionRow(row);
        known.insert(session.id);
        found.emplace(session.id, std::move(session));
    };
    scanUntilError(db, "SELECT " RC_SESSION_COLUMNS " FROM sessions ORDER BY id", keep);
    scanUntilError(db, "SELECT " RC_SESSION_COLUMNS " FROM sessions ORDER BY id DESC", keep);
    const auto note = [&](const SqlStatement& row) { known.insert(row.int64(0)); };
    scanUntilError(db, "SELECT id FROM sessions INDEXED BY sessions_local_date", note);
    scanUntilError(db, "SELECT id FROM sessions INDEXED BY sqlite_autoindex_sessions_1", note);
    scanUntilError(db, "SELECT DISTINCT session_id FROM session_steps", note);

    SqlStatement one(db, "SELECT " RC_SESSION_COLUMNS " FROM sessions WHERE id = ?");
    if (one.prepareResult() != SQLITE_OK) {
        return;
    }
    for (const qint64 id : known) {
        if (found.contains(id)) {
            continue;
        }
        one.bind(1, id);
        if (one.step() == SQLITE_ROW) {
            keep(one);
        }
        one.reset();
    }
}

// The steps of one session, or nullopt when they cannot all be read: half a session's steps would
// misstate what was done.
std::optional<std::vector<StepResult>> readSteps(SqlStatement& query, qint64 id)
{
    std::vector<StepResult> steps;
    query.bind(1, id);
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW) {
        steps.push_back(readStepRow(query));
    }
    query.reset();
    if (rc != SQLITE_DONE) {
        return std::nullopt;
    }
    return steps;
}

// Settings and pauses as far as they can be read; a row that is not valid is left out.
void scanRecord(sqlite3* db, RecordRows& record)
{
    scanUntilError(db, "SELECT key, value FROM record_settings", [&](const SqlStatement& row) {
        if (validateRecordSetting(row.text(0), row.text(1), u"salvage"_s)) {
            record.settings.emplace(row.text(0), row.text(1));
        }
    });
    scanUntilError(db, "SELECT id, from_date, to_date, note FROM pauses ORDER BY from_date, to_date, id",
                   [&](const SqlStatement& row) {
                       Pause pause{row.int64(0), QDate::fromString(row.text(1), Qt::ISODate),
                                   QDate::fromString(row.text(2), Qt::ISODate), row.text(3)};
                       if (validatePause(pause, u"salvage"_s)) {
                           record.pauses.push_back(std::move(pause));
                       }
                   });
}

} // namespace

Salvage salvageSessions(const QString& path)
{
    Salvage salvage;
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    const std::unique_ptr<sqlite3, ConnectionCloser> db(raw);
    if (opened != SQLITE_OK) {
        return salvage;
    }
    sqlite3_extended_result_codes(db.get(), 1);
    // Lets SQLite read a file shorter than its header says (a truncated copy) instead of refusing it
    // whole; nothing here writes, and the file is a scratch copy anyway.
    execSql(db.get(), "PRAGMA writable_schema = ON");
    // Data, never code: the damaged file's views and triggers may not run functions with side effects.
    // Only rows are read from it; repair writes them into a fresh database of our own schema.
    execSql(db.get(), "PRAGMA trusted_schema = OFF");

    std::map<qint64, Session> found;
    std::set<qint64> known;
    scanSessions(db.get(), found, known);

    SqlStatement steps(db.get(),
                       "SELECT " RC_STEP_COLUMNS " FROM session_steps WHERE session_id = ? ORDER BY position");
    for (auto& [id, session] : found) {
        // A damaged page can still parse as a row with nonsense in it.
        if (!validateSession(session, u"salvage"_s)) {
            continue;
        }
        auto read = steps.prepareResult() == SQLITE_OK ? readSteps(steps, id) : std::nullopt;
        if (read) {
            session.steps = std::move(*read);
        }
        if (!read || !validateSession(session, u"salvage"_s)) {
            session.steps.clear();
            ++salvage.withoutSteps;
        }
        salvage.sessions.push_back(std::move(session));
    }
    salvage.unreadable = static_cast<int>(known.size() - salvage.sessions.size());
    scanRecord(db.get(), salvage.record);
    return salvage;
}

} // namespace rc::core
