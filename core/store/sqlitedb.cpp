// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedb.h"

#include "utf8.h"

#include <QDir>

#include <sqlite3.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace rc::core {

ErrorCode sqlErrorCode(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Busy;
    case SQLITE_FULL:
        return ErrorCode::Full;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorCode::Corrupt;
    case SQLITE_READONLY:
        return ErrorCode::ReadOnly;
    case SQLITE_IOERR:
        return ErrorCode::Io;
    case SQLITE_CONSTRAINT:
        // Only the (started_at, routine) index and the primary keys are UNIQUE in this schema.
        if (resultCode == SQLITE_CONSTRAINT_UNIQUE || resultCode == SQLITE_CONSTRAINT_PRIMARYKEY) {
            return ErrorCode::Duplicate;
        }
        return ErrorCode::Other;
    default:
        return ErrorCode::Other;
    }
}

namespace {

bool isNoSpaceErrno(int error)
{
    return error == ENOSPC || error == EDQUOT || error == EFBIG;
}

// The errno behind an I/O error. sqlite3_system_errno() misses a failed COMMIT, so ask the files: the
// WAL or rollback journal (where a commit writes) first, then the database itself; each keeps its last errno.
bool failedForLackOfSpace(sqlite3* db)
{
    if (isNoSpaceErrno(sqlite3_system_errno(db))) {
        return true;
    }
    int error = 0;
    sqlite3_file* journal = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &journal) == SQLITE_OK && journal != nullptr &&
        journal->pMethods != nullptr) {
        journal->pMethods->xFileControl(journal, SQLITE_FCNTL_LAST_ERRNO, &error);
    }
    if (error == 0) {
        sqlite3_file_control(db, "main", SQLITE_FCNTL_LAST_ERRNO, &error);
    }
    return isNoSpaceErrno(error);
}

} // namespace

Error sqlError(sqlite3* db, int resultCode, const QString& path)
{
    const QString file = QDir::toNativeSeparators(path);
    QString detail = QString::fromUtf8(
        db != nullptr && sqlite3_extended_errcode(db) == resultCode ? sqlite3_errmsg(db) : sqlite3_errstr(resultCode));
    detail.replace(u'\n', u' '); // the CLI prints one line

    ErrorCode code = sqlErrorCode(resultCode);
    // SQLite turns only ENOSPC into SQLITE_FULL; a quota (EDQUOT) or file-size limit (EFBIG) comes back as
    // a plain I/O error, yet the runner's remedy is the same: make room.
    if (code == ErrorCode::Io && db != nullptr && failedForLackOfSpace(db)) {
        code = ErrorCode::Full;
    }
    QString message;
    switch (code) {
    case ErrorCode::Busy:
        message = u"The database %1 is busy: another Recovery Coach window or command is using it. "
                  u"Close it and try again."_s.arg(file);
        break;
    case ErrorCode::Full:
        message = u"The disk is full: could not save to %1. Free some space and try again."_s.arg(file);
        break;
    case ErrorCode::Corrupt:
        message =
            u"The database %1 is damaged (%2). Run \"recovery-coach repair\" or restore a backup."_s.arg(file, detail);
        break;
    case ErrorCode::ReadOnly:
        message = u"Cannot write to %1: the file or its folder is read-only. Check its permissions or use "
                  u"another --db."_s.arg(file);
        break;
    case ErrorCode::Duplicate:
        message = u"That session is already stored in %1."_s.arg(file);
        break;
    case ErrorCode::Io:
        message = u"Could not read or write %1 (%2). Check the disk and try again."_s.arg(file, detail);
        break;
    default:
        message = u"Database error in %1: %2."_s.arg(file, detail);
        break;
    }
    return makeError(code, message);
}

int execSql(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

SqlStatement::SqlStatement(sqlite3* db, const char* sql)
{
    m_prepareResult = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqlStatement::keepFirstError(int resultCode)
{
    if (m_bindResult == SQLITE_OK) {
        m_bindResult = resultCode;
    }
}

void SqlStatement::bind(int index, qint64 value)
{
    keepFirstError(sqlite3_bind_int64(m_stmt, index, value));
}

void SqlStatement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    keepFirstError(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
}

void SqlStatement::bind(int index, std::optional<int> value)
{
    if (value) {
        bind(index, qint64(*value));
    } else {
        bindNull(index);
    }
}

void SqlStatement::bindNull(int index)
{
    keepFirstError(sqlite3_bind_null(m_stmt, index));
}

int SqlStatement::step()
{
    if (m_bindResult != SQLITE_OK) {
        return m_bindResult;
    }
    return sqlite3_step(m_stmt);
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    m_bindResult = SQLITE_OK;
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int SqlStatement::int32(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

QString SqlStatement::text(int column) const
{
    return fromUtf8KeepingBom(utf8(column));
}

QByteArrayView SqlStatement::utf8(int column) const
{
    // column_text before column_bytes: the documented order that avoids a second conversion.
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

SqlTransaction::SqlTransaction(sqlite3* db, Kind kind) : m_db(db)
{
    m_beginResult = execSql(m_db, kind == Kind::Write ? "BEGIN IMMEDIATE" : "BEGIN");
    m_open = m_beginResult == SQLITE_OK;
}

SqlTransaction::~SqlTransaction()
{
    if (m_open && !sqlite3_get_autocommit(m_db)) {
        execSql(m_db, "ROLLBACK");
    }
}

int SqlTransaction::commit()
{
    const int result = execSql(m_db, "COMMIT");
    // A failed COMMIT (e.g. SQLITE_BUSY) leaves the transaction open; the destructor rolls it back.
    if (result == SQLITE_OK) {
        m_open = false;
    }
    return result;
}

} // namespace rc::core
