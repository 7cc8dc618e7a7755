// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pause.h"
#include "result.h"
#include "session.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <map>
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
    static constexpr int schemaVersion = 2; // storeschema.h: currentSchemaVersion

    enum class Mode
    {
        ReadWrite, // create the file (and its folder) if missing
        ReadOnly,
    };

    // Opens or creates the database, migrates it, runs quick_check. A file from a newer app version
    // (NewerSchema) or one that is not SQLite (Corrupt) is refused and left byte-for-byte unchanged;
    // a file failing quick_check is Corrupt. ReadOnly: a missing file, or one with no sessions table
    // yet, is NotFound. path() is the absolute path.
    static Result<std::unique_ptr<SessionStore>> open(const QString& path, Mode mode = Mode::ReadWrite);
    ~SessionStore();

    QString path() const { return m_path; }
    bool isWritable() const { return m_mode == Mode::ReadWrite; }

    // Stores a session and its steps in one transaction; returns the new id.
    // ErrorCode::Duplicate when a session with the same start instant and routine exists;
    // InvalidInput when soreness is outside 0..10, seconds are negative, or start/date/routine is missing.
    // startedAt is kept as whole seconds plus its UTC offset and read back with that offset
    // (Qt::OffsetFromUTC; an offset of 0 reads back as Qt::UTC).
    Result<qint64> add(const Session& session);
    // Stores all sessions or none, skipping duplicates of stored sessions and of each other.
    // Every session is validated first (InvalidInput names its 1-based position in the batch).
    Result<ImportSummary> importSessions(const std::vector<Session>& sessions);

    // Every session with its steps, oldest first (by start instant, then id).
    Result<std::vector<Session>> sessions() const;
    Result<std::optional<Session>> session(qint64 id) const;
    // Local date, worked seconds and completed of every session, for adherence; in local-date order.
    Result<std::vector<SessionSummary>> summaries() const;
    Result<qint64> count() const;

    // A stored session without its steps: what the history table shows (core/sessionstorelist.cpp).
    struct ListRow
    {
        qint64 id = 0;
        QDate localDate;
        QString routine;
        int workedSeconds = 0;
        bool completed = false;
        std::optional<int> sorenessBefore;
        std::optional<int> sorenessAfter;
        QString notes;
        friend bool operator==(const ListRow&, const ListRow&) = default;
    };
    enum class SortKey
    {
        Date,
        Routine,
        Worked,
        Completed,
        SorenessBefore,
        SorenessAfter,
        Notes
    };
    // One page of rows ordered by `key` (unrated soreness sorts below 0), ties broken newest first
    // (local date, start instant, id), so consecutive pages never repeat or skip a row.
    Result<std::vector<ListRow>> listSessions(SortKey key, bool descending, qint64 offset, int limit) const;

    // Edits soreness and note of a stored session. NotFound when there is no such id.
    Status updateDetails(qint64 id, std::optional<int> sorenessBefore, std::optional<int> sorenessAfter,
                         const QString& notes);
    // Deletes the session and its steps. NotFound when there is no such id.
    Status remove(qint64 id);
    // Puts a removed session back with its original id and steps (undo). Duplicate when the id or
    // the start instant and routine are taken again.
    Status restore(const Session& session);

    // PRODUCT.md section 5: what defines the record beside its sessions, so that backups, restore and sync
    // carry it (core/store/sessionstorerecord.cpp). A file of schema version 1, read before it was migrated,
    // has no settings and no pauses yet.
    //
    // The record's settings as stored, key -> value text (`target-days` -> `3`); what the keys and values
    // mean is checked above the store (core/adherence/recordsettings.h). Missing keys are at their default.
    Result<std::map<QString, QString>> recordSettings() const;
    // Sets the given keys in one transaction; an empty value removes the key (back to its default).
    // InvalidInput, nothing changed, when a key is not lower-case words joined by '-' or a value is not one
    // line of at most 200 characters.
    Status setRecordSettings(const std::map<QString, QString>& values);

    // Every pause, by first date, last date, id.
    Result<std::vector<Pause>> pauses() const;
    // Stores a pause; returns its id. InvalidInput when from > to, the span is over maxPauseDays or the
    // note over maxNoteCharacters.
    Result<qint64> addPause(const Pause& pause);
    // NotFound when there is no such id.
    Status removePause(qint64 id);
    // Puts a removed pause back with its id (undo). Duplicate when the id is taken again.
    Status restorePause(const Pause& pause);

    // Copies the whole database into `file` (created, or overwritten) with SQLite's online backup API
    // from this connection, so a copy taken while sessions are being saved is one consistent snapshot.
    // The copy must pass quick_check and is left as one self-contained file (rollback journal, no WAL).
    // Callers that publish the copy write it under a temporary name first (see backupDatabase).
    Status backupTo(const QString& file) const;
    // Replaces every session of this database with those of `source` (an already checked backup), and its
    // settings and pauses with the backup's when the backup has them (schema 2 and later; a version-1 backup
    // has none, and the record's own are kept), in one transaction: rows are read column by column and written into this database's own schema, so nothing
    // of the backup's schema (triggers, views, other tables) ever reaches it. Returns what was left out,
    // as `trigger "name"`. Refused whole, nothing changed, when a table of ours lacks a column there, a
    // note is over maxNoteCharacters, or a session is invalid. Sessions read before are stale afterwards.
    Result<QStringList> restoreFrom(const SessionStore& source);

private:
    SessionStore(sqlite3* db, QString path, Mode mode);
    Status initialize();
    Status checkWritable() const;

    bool hasRecordTables() const { return m_version >= 2; }

    sqlite3* m_db = nullptr;
    QString m_path;
    Mode m_mode = Mode::ReadWrite;
    int m_version = 0; // the file's schema version once open: schemaVersion, or below it read-only
};

} // namespace rc::core
