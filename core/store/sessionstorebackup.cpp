// SPDX-License-Identifier: GPL-3.0-or-later
// SessionStore's whole-file copies: the online backup API in both directions.
#include "privatefiles.h"
#include "recordrows.h"
#include "sessionrows.h"
#include "sessionstore.h"
#include "sqlitedb.h"
#include "storeschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

struct ConnectionCloser
{
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, ConnectionCloser>;

// Copies every page of `from` into `to`. -1: one step under one read lock, so the copy is a snapshot
// even when another connection commits meanwhile.
int copyPages(sqlite3* to, sqlite3* from)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (backup == nullptr) {
        return sqlite3_extended_errcode(to);
    }
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE) {
        return stepped;
    }
    return finished;
}

// quick_check's first finding, or an empty string when the file is sound.
Result<QString> quickCheckFinding(sqlite3* db, const QString& path)
{
    SqlStatement check(db, "PRAGMA quick_check(1)");
    const int rc = check.prepareResult() == SQLITE_OK ? check.step() : check.prepareResult();
    if (rc != SQLITE_ROW) {
        return sqlError(db, rc, path);
    }
    const QString finding = check.text(0);
    return finding == "ok"_L1 ? QString() : QString(finding).replace(u'\n', u' ');
}

} // namespace

Status SessionStore::backupTo(const QString& file) const
{
    const QString target = QFileInfo(file).absoluteFilePath();
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(target).constData(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Connection copy(raw);
    if (opened != SQLITE_OK) {
        return sqlError(copy.get(), opened, target);
    }
    makePrivate(target); // before the first page is copied into it
    sqlite3_extended_result_codes(copy.get(), 1);
    sqlite3_busy_timeout(copy.get(), busyTimeoutMs);
    if (const int rc = copyPages(copy.get(), m_db); rc != SQLITE_OK) {
        // Busy or corrupt is about the live database; full or I/O about the copy.
        const ErrorCode code = sqlErrorCode(rc);
        return sqlError(copy.get(), rc, code == ErrorCode::Busy || code == ErrorCode::Corrupt ? m_path : target);
    }
    const Result<QString> finding = quickCheckFinding(copy.get(), target);
    if (!finding) {
        return finding.error();
    }
    if (!finding->isEmpty()) {
        return makeError(ErrorCode::Corrupt,
                         u"The copy %1 of %2 failed its check (%3). Run \"recovery-coach "
                         u"repair\" on the database, then back it up again."_s.arg(
                             QDir::toNativeSeparators(target), QDir::toNativeSeparators(m_path), *finding));
    }
    // The pages carry the live file's WAL flag: a backup is one file that opens without a -wal beside it.
    if (const int rc = execSql(copy.get(), "PRAGMA journal_mode = DELETE"); rc != SQLITE_OK) {
        return sqlError(copy.get(), rc, target);
    }
    // Closed here, not by the guard, so a failure to write the last pages is reported.
    if (const int rc = sqlite3_close(copy.get()); rc != SQLITE_OK) {
        return sqlError(copy.get(), rc, target);
    }
    copy.release();
    return {};
}

Result<QStringList> SessionStore::restoreFrom(const SessionStore& source)
{
    if (Status writable = checkWritable(); !writable) {
        return writable.error();
    }
    // A backup is data from outside: only our tables' columns are read from it, row by row, into this
    // database's own schema. Its triggers, views and other objects never reach the live database.
    const Result<QStringList> leftOut = foreignSchemaObjects(source.m_db, source.m_path);
    if (!leftOut) {
        return leftOut.error();
    }
    // Before any row is loaded: a note of a gigabyte would be a gigabyte in memory.
    SqlStatement longNote(source.m_db, "SELECT id, length(notes) FROM sessions WHERE length(notes) > ?1 LIMIT 1");
    longNote.bind(1, qint64(maxNoteCharacters));
    if (const int rc = longNote.prepareResult() == SQLITE_OK ? longNote.step() : longNote.prepareResult();
        rc == SQLITE_ROW) {
        return makeError(ErrorCode::InvalidInput,
                         u"%1 holds a note of %2 characters (session %3); a note holds at most %4. Nothing was "
                         u"changed."_s.arg(QDir::toNativeSeparators(source.m_path), QString::number(longNote.int64(1)),
                                           QString::number(longNote.int64(0)), QString::number(maxNoteCharacters)));
    } else if (rc != SQLITE_DONE) {
        return sqlError(source.m_db, rc, source.m_path);
    }
    const auto sessions = source.sessions();
    if (!sessions) {
        return sessions.error();
    }
    for (size_t i = 0; i < sessions->size(); ++i) {
        if (Status valid = validateSession((*sessions)[i], u"Session %1 of the backup"_s.arg(i + 1)); !valid) {
            return valid.error();
        }
    }
    RecordRows record;
    if (source.hasRecordTables()) {
        auto settings = source.recordSettings();
        auto pauses = source.pauses();
        if (!settings || !pauses) {
            return settings ? pauses.error() : settings.error();
        }
        for (const auto& [key, value] : *settings) {
            if (Status valid = validateRecordSetting(key, value, u"A setting of the backup"_s); !valid) {
                return valid.error();
            }
        }
        for (size_t i = 0; i < pauses->size(); ++i) {
            if (Status valid = validatePause((*pauses)[i], u"Pause %1 of the backup"_s.arg(i + 1)); !valid) {
                return valid.error();
            }
        }
        record = {std::move(settings).value(), std::move(pauses).value()};
    }

    SqlTransaction transaction(m_db);
    if (transaction.beginResult() != SQLITE_OK) {
        return sqlError(m_db, transaction.beginResult(), m_path);
    }
    for (const char* sql : {"DELETE FROM session_steps", "DELETE FROM sessions"}) {
        if (const int rc = execSql(m_db, sql); rc != SQLITE_OK) {
            return sqlError(m_db, rc, m_path);
        }
    }
    // The backup's ids: a session keeps its number, as it had it when the backup was taken.
    SessionWriter writer(m_db, SessionWriter::OnDuplicate::Fail, SessionWriter::Id::Keep);
    if (writer.prepareResult() != SQLITE_OK) {
        return sqlError(m_db, writer.prepareResult(), m_path);
    }
    for (const Session& session : *sessions) {
        if (const int rc = writer.insert(session); rc != SQLITE_DONE) {
            return sqlError(m_db, rc, m_path);
        }
    }
    if (source.hasRecordTables()) {
        if (const int rc = replaceRecordRows(m_db, record); rc != SQLITE_DONE) {
            return sqlError(m_db, rc, m_path);
        }
    }
    if (const int rc = transaction.commit(); rc != SQLITE_OK) {
        return sqlError(m_db, rc, m_path);
    }
    return *leftOut;
}

} // namespace rc::core
