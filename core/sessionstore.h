// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "session.h"

#include <QString>
#include <QtGlobal>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace rc::core {

struct ImportSummary
{
    int added = 0;
    int skipped = 0; // duplicates of stored sessions (or of earlier rows in the same batch)
};

// The SQLite session store. One connection; WAL, synchronous=FULL, foreign keys, busy timeout;
// writers use BEGIN IMMEDIATE. The schema version lives in PRAGMA user_version and is migrated in
// one transaction on open.
class SessionStore
{
    Q_DISABLE_COPY_MOVE(SessionStore)

public:
    static constexpr int schemaVersion = 1;

    enum class Mode
    {
        ReadWrite, // create the file (and its folder) if missing
        ReadOnly,
    };

    // Opens or creates the database, migrates it, runs quick_check. A file from a newer app version
    // is refused and left byte-for-byte unchanged.
    static Result<std::unique_ptr<SessionStore>> open(const QString& path, Mode mode = Mode::ReadWrite);
    ~SessionStore();

    QString path() const { return m_path; }

    // Stores a session and its steps in one transaction; returns the new id.
    // ErrorCode::Duplicate when a session with the same start instant and routine exists.
    Result<qint64> add(const Session& session);
    // Stores all sessions or none, skipping duplicates of stored sessions and of each other.
    Result<ImportSummary> importSessions(const std::vector<Session>& sessions);

    // Every session with its steps, oldest first (by start instant, then id).
    Result<std::vector<Session>> sessions() const;
    Result<std::optional<Session>> session(qint64 id) const;
    // Local date, worked seconds and completed of every session, for adherence.
    Result<std::vector<SessionSummary>> summaries() const;
    Result<qint64> count() const;

    // Edits soreness and note of a stored session.
    Status updateDetails(qint64 id, std::optional<int> sorenessBefore, std::optional<int> sorenessAfter,
                         const QString& notes);
    Status remove(qint64 id);
    // Puts a removed session back with its original id and steps (undo).
    Status restore(const Session& session);

private:
    SessionStore(sqlite3* db, QString path);

    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace rc::core
