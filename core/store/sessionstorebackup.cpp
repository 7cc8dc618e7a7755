// SPDX-License-Identifier: GPL-3.0-or-later
// SessionStore's whole-file copies: the online backup API in both directions.
#include "privatefiles.h"
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
    sqlite3_busy_timeout(copy.get(), 5000);
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

Status SessionStore::restoreFrom(const SessionStore& source)
{
    if (Status writable = checkWritable(); !writable) {
        return writable;
    }
    if (const int rc = copyPages(m_db, source.m_db); rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_READONLY) {
            // The backup API cannot change the page size of a database in WAL mode.
            return makeError(
                ErrorCode::InvalidInput,
                u"Cannot restore %1 into %2: the files use different page sizes. Nothing was changed."_s.arg(
                    QDir::toNativeSeparators(source.m_path), QDir::toNativeSeparators(m_path)));
        }
        return sqlError(m_db, rc, m_path);
    }
    const Result<int> version = readUserVersion(m_db, m_path);
    if (!version) {
        return version.error();
    }
    if (*version < schemaVersion) {
        if (Status migrated = migrateSchema(m_db, m_path, schemaVersion); !migrated) {
            return migrated;
        }
    }
    return quickCheck(m_db, m_path);
}

} // namespace rc::core
