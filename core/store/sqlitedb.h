// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small RAII helpers over the SQLite C API, internal to the session store.

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace rc::core {

// Maps an (extended) SQLite result code to what the caller needs to tell apart.
ErrorCode sqlErrorCode(int resultCode);

// One line a runner can act on, naming the database file and what to do next.
Error sqlError(sqlite3* db, int resultCode, const QString& path);

// Runs SQL that returns no rows (pragmas that answer are read with SqlStatement instead).
int execSql(sqlite3* db, const char* sql);

// A prepared statement, finalized on scope exit. Prepare once, then bind / step / reset in loops.
class SqlStatement
{
    Q_DISABLE_COPY_MOVE(SqlStatement)

public:
    SqlStatement(sqlite3* db, const char* sql);
    ~SqlStatement();

    // SQLITE_OK when the statement compiled; check before use.
    int prepareResult() const { return m_prepareResult; }

    // Binding errors are sticky and reported by the next step(), so callers check one place.
    void bind(int index, qint64 value);
    void bind(int index, const QString& value);
    void bind(int index, std::optional<int> value); // NULL when empty
    void bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Ready for the next bind/step; bindings are kept unless rebound.
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const;
    QString text(int column) const;
    // The column as UTF-8 bytes, valid until the next step (no copy).
    QByteArrayView utf8(int column) const;

private:
    void keepFirstError(int resultCode);

    sqlite3_stmt* m_stmt = nullptr;
    int m_prepareResult = 0;
    int m_bindResult = 0;
};

// BEGIN on construction, ROLLBACK on scope exit unless commit() succeeded.
// Writers take the write lock up front (BEGIN IMMEDIATE), so a busy database waits at BEGIN (busy
// timeout) instead of failing halfway through with an unrecoverable SQLITE_BUSY. Readers that run more
// than one query use a deferred transaction so all queries see one snapshot.
class SqlTransaction
{
    Q_DISABLE_COPY_MOVE(SqlTransaction)

public:
    enum class Kind
    {
        Write,
        Read,
    };

    explicit SqlTransaction(sqlite3* db, Kind kind = Kind::Write);
    ~SqlTransaction();

    int beginResult() const { return m_beginResult; }
    int commit();

private:
    sqlite3* m_db;
    int m_beginResult = 0;
    bool m_open = false;
};

} // namespace rc::core
