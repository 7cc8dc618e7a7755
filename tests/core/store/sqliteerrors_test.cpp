// SPDX-License-Identifier: GPL-3.0-or-later
// How SQLite result codes become errors a runner can act on.
#include "sqlitedb.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace rc::core;

namespace {

TEST(SqliteErrors, extendedCodes_mapToWhatTheCallerMustTellApart)
{
    const std::pair<int, ErrorCode> cases[] = {
        {SQLITE_BUSY, ErrorCode::Busy},
        {SQLITE_BUSY_SNAPSHOT, ErrorCode::Busy},
        {SQLITE_LOCKED, ErrorCode::Busy},
        {SQLITE_FULL, ErrorCode::Full},
        {SQLITE_CORRUPT, ErrorCode::Corrupt},
        {SQLITE_CORRUPT_INDEX, ErrorCode::Corrupt},
        {SQLITE_NOTADB, ErrorCode::Corrupt},
        {SQLITE_READONLY, ErrorCode::ReadOnly},
        {SQLITE_READONLY_DIRECTORY, ErrorCode::ReadOnly},
        {SQLITE_CONSTRAINT_UNIQUE, ErrorCode::Duplicate},
        {SQLITE_CONSTRAINT_CHECK, ErrorCode::Other},
        {SQLITE_CONSTRAINT_FOREIGNKEY, ErrorCode::Other},
        {SQLITE_IOERR, ErrorCode::Io},
        {SQLITE_IOERR_FSYNC, ErrorCode::Io},
        {SQLITE_ERROR, ErrorCode::Other},
    };
    for (const auto& [resultCode, expected] : cases) {
        EXPECT_EQ(sqlErrorCode(resultCode), expected) << "result code " << resultCode;
    }
}

TEST(SqliteErrors, diskFull_saysSoAndNamesTheDatabaseOnOneLine)
{
    const Error error = sqlError(nullptr, SQLITE_FULL, u"/home/a/data/sessions.sqlite"_s);
    EXPECT_EQ(error.code, ErrorCode::Full);
    EXPECT_EQ(error.message, u"The disk is full: could not save to /home/a/data/sessions.sqlite. Free some space "
                             u"and try again."_s);
}

TEST(SqliteErrors, everyMessage_namesTheDatabaseAndIsOneLine)
{
    for (int resultCode : {SQLITE_BUSY, SQLITE_CORRUPT, SQLITE_READONLY, SQLITE_IOERR_WRITE, SQLITE_ERROR}) {
        const Error error = sqlError(nullptr, resultCode, u"/data/sessions.sqlite"_s);
        EXPECT_TRUE(error.message.contains(u"/data/sessions.sqlite"_s)) << error.message.toStdString();
        EXPECT_FALSE(error.message.contains(u'\n'));
    }
}

} // namespace
