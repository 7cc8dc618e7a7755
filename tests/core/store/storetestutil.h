// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the session store tests: a raw SQLite connection to look at the file behind the
// store's back, and sessions built from readable literals.

#include "session.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <optional>

namespace rc::core::test {

// A connection of our own, to check what the store wrote (or did not write).
class RawDb
{
public:
    explicit RawDb(const QString& path, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    }
    ~RawDb() { sqlite3_close_v2(m_db); }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    int exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }

    // The first column of the first row as text; empty when there is no row.
    QString scalar(const char* sql)
    {
        sqlite3_stmt* stmt = nullptr;
        QString value;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        }
        sqlite3_finalize(stmt);
        return value;
    }

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

inline bool sidecarsExist(const QString& path)
{
    return QFile::exists(path + QStringLiteral("-wal")) || QFile::exists(path + QStringLiteral("-shm")) ||
           QFile::exists(path + QStringLiteral("-journal"));
}

// startedAt is ISO 8601 with an offset, e.g. "2026-11-20T07:15:00+01:00".
inline Session makeSession(const char* startedAt, const char* localDate, const char* routine = "runners-recovery",
                           int workedSeconds = 600, bool completed = true)
{
    Session session;
    session.startedAt = QDateTime::fromString(QString::fromLatin1(startedAt), Qt::ISODate);
    session.localDate = QDate::fromString(QString::fromLatin1(localDate), Qt::ISODate);
    session.routine = QString::fromLatin1(routine);
    session.plannedSeconds = 600;
    session.workedSeconds = workedSeconds;
    session.completed = completed;
    return session;
}

inline StepResult makeStep(const char* technique, Side side, int planned, int worked, int holds = 0,
                           int holdSeconds = 0)
{
    return StepResult{QString::fromLatin1(technique), side, planned, worked, holds, holdSeconds};
}

} // namespace rc::core::test
