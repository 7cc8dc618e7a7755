// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the session store: schema creation, and files it must refuse without touching them.
#include "sessionstore.h"
#include "storetestutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace rc::core;
using namespace rc::core::test;

namespace {

class SessionStoreOpen : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString dbPath() const { return m_dir.filePath(u"sessions.sqlite"_s); }

    // A store file with enough sessions to span several pages.
    void createStoreWithSessions(int count)
    {
        auto store = SessionStore::open(dbPath());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        std::vector<Session> sessions;
        for (int i = 0; i < count; ++i) {
            Session session = makeSession("2026-01-01T07:00:00+01:00", "2026-01-01");
            session.startedAt = session.startedAt.addDays(i);
            session.localDate = session.localDate.addDays(i);
            session.notes = u"a note long enough to fill pages quickly, number %1"_s.arg(i);
            sessions.push_back(session);
        }
        ASSERT_TRUE((*store)->importSessions(sessions).ok());
    }

    QTemporaryDir m_dir;
};

TEST_F(SessionStoreOpen, open_freshFile_getsUserVersion2AndEveryTable)
{
    {
        auto store = SessionStore::open(dbPath());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        EXPECT_EQ((*store)->path(), dbPath());
    }
    RawDb raw(dbPath(), SQLITE_OPEN_READONLY);
    ASSERT_TRUE(raw.ok());
    EXPECT_EQ(raw.scalar("PRAGMA user_version"), u"2"_s);
    for (const char* table : {"sessions", "session_steps", "record_settings", "pauses"}) {
        const QByteArray query =
            QByteArray("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '") + table + "'";
        EXPECT_EQ(raw.scalar(query.constData()), u"1"_s)
            << table;
    }
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND sql LIKE '%local_date%'"),
              u"1"_s);
}

TEST_F(SessionStoreOpen, open_emptyFile_becomesAFreshStore)
{
    writeBytes(dbPath(), QByteArray());
    {
        auto store = SessionStore::open(dbPath());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        EXPECT_EQ(*(*store)->count(), 0);
    }
    RawDb raw(dbPath(), SQLITE_OPEN_READONLY);
    EXPECT_EQ(raw.scalar("PRAGMA user_version"), u"2"_s);
}

TEST_F(SessionStoreOpen, open_usesWalJournal)
{
    {
        auto store = SessionStore::open(dbPath());
        ASSERT_TRUE(store.ok());
    }
    // journal_mode=WAL is stored in the file, so a fresh connection sees it.
    RawDb raw(dbPath());
    EXPECT_EQ(raw.scalar("PRAGMA journal_mode"), u"wal"_s);
}

TEST_F(SessionStoreOpen, open_createsMissingFolders)
{
    const QString nested = m_dir.filePath(u"a/b/sessions.sqlite"_s);
    auto store = SessionStore::open(nested);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    EXPECT_TRUE(QFile::exists(nested));
}

TEST_F(SessionStoreOpen, open_reopeningCurrentSchema_keepsSessions)
{
    createStoreWithSessions(2);
    auto store = SessionStore::open(dbPath());
    ASSERT_TRUE(store.ok());
    EXPECT_EQ(*(*store)->count(), 2);
}

TEST_F(SessionStoreOpen, open_newerSchema_isRefusedAndFileIsByteForByteUnchanged)
{
    for (const char* journal : {"PRAGMA journal_mode = DELETE", "PRAGMA journal_mode = WAL"}) {
        SCOPED_TRACE(journal);
        QFile::remove(dbPath());
        {
            RawDb raw(dbPath());
            ASSERT_TRUE(raw.ok());
            raw.exec(journal);
            ASSERT_EQ(raw.exec("CREATE TABLE future (x); PRAGMA user_version = 99;"), SQLITE_OK);
        }
        ASSERT_FALSE(sidecarsExist(dbPath()));
        const QByteArray before = readBytes(dbPath());

        for (auto mode : {SessionStore::Mode::ReadWrite, SessionStore::Mode::ReadOnly}) {
            auto store = SessionStore::open(dbPath(), mode);
            ASSERT_FALSE(store.ok());
            EXPECT_EQ(store.error().code, ErrorCode::NewerSchema);
            EXPECT_TRUE(store.error().message.contains(QDir::toNativeSeparators(dbPath())));
        }
        EXPECT_EQ(readBytes(dbPath()), before);
        EXPECT_FALSE(sidecarsExist(dbPath()));
    }
}

TEST_F(SessionStoreOpen, open_garbageFile_isCorruptNamesTheFileAndLeavesItUnchanged)
{
    QByteArray garbage;
    for (int i = 0; i < 5000; ++i) {
        garbage.append(char(i * 7 % 256));
    }
    writeBytes(dbPath(), garbage);

    auto store = SessionStore::open(dbPath());
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(store.error().message.contains(QDir::toNativeSeparators(dbPath())));
    EXPECT_FALSE(store.error().message.contains(u'\n'));
    EXPECT_EQ(readBytes(dbPath()), garbage);
    EXPECT_FALSE(sidecarsExist(dbPath()));
}

TEST_F(SessionStoreOpen, open_fileShorterThanAnSqliteHeader_isCorrupt)
{
    const QByteArray stub("SQLite format 3", 16);
    writeBytes(dbPath(), stub);

    auto store = SessionStore::open(dbPath());
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::Corrupt);
    EXPECT_EQ(readBytes(dbPath()), stub);
}

TEST_F(SessionStoreOpen, open_truncatedDatabase_isCorruptAndLeftUnchanged)
{
    createStoreWithSessions(300);
    ASSERT_FALSE(sidecarsExist(dbPath())); // closing the last connection checkpointed the WAL
    QByteArray bytes = readBytes(dbPath());
    ASSERT_GT(bytes.size(), 8 * 4096);
    bytes.truncate(bytes.size() / 2);
    writeBytes(dbPath(), bytes);

    auto store = SessionStore::open(dbPath());
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(store.error().message.contains(QDir::toNativeSeparators(dbPath())));
    EXPECT_EQ(readBytes(dbPath()), bytes);
    EXPECT_FALSE(sidecarsExist(dbPath()));

    // A read-only SQLite connection may leave empty -wal/-shm files; the database itself stays as it was.
    auto readOnly = SessionStore::open(dbPath(), SessionStore::Mode::ReadOnly);
    ASSERT_FALSE(readOnly.ok());
    EXPECT_EQ(readOnly.error().code, ErrorCode::Corrupt);
    EXPECT_EQ(readBytes(dbPath()), bytes);
}

TEST_F(SessionStoreOpen, open_damagedPage_failsQuickCheckAsCorrupt)
{
    createStoreWithSessions(300);
    QByteArray bytes = readBytes(dbPath());
    // Scribble over the middle of a data page: the file is still the right length and header.
    const qsizetype page = 4096;
    for (qsizetype i = 3 * page; i < 4 * page; ++i) {
        bytes[i] = char(0xA5);
    }
    writeBytes(dbPath(), bytes);

    auto store = SessionStore::open(dbPath());
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::Corrupt);
}

TEST_F(SessionStoreOpen, open_someoneElsesSqliteDatabase_isRefusedAndUnchanged)
{
    {
        RawDb raw(dbPath());
        ASSERT_EQ(raw.exec("CREATE TABLE recipes (name TEXT)"), SQLITE_OK);
    }
    const QByteArray before = readBytes(dbPath());

    auto store = SessionStore::open(dbPath());
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(readBytes(dbPath()), before);
}

TEST_F(SessionStoreOpen, openReadOnly_missingFile_isNotFoundAndCreatesNothing)
{
    auto store = SessionStore::open(dbPath(), SessionStore::Mode::ReadOnly);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFile::exists(dbPath()));
}

TEST_F(SessionStoreOpen, openReadOnly_rejectsEveryWriteWithReadOnly)
{
    createStoreWithSessions(1);
    auto store = SessionStore::open(dbPath(), SessionStore::Mode::ReadOnly);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    auto& readOnly = **store;
    const auto stored = readOnly.sessions();
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1u);

    const Session fresh = makeSession("2026-03-01T07:00:00+01:00", "2026-03-01");
    auto added = readOnly.add(fresh);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::ReadOnly);
    auto imported = readOnly.importSessions({fresh});
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().code, ErrorCode::ReadOnly);
    EXPECT_EQ(readOnly.updateDetails(stored->front().id, 1, 2, u"x"_s).error().code, ErrorCode::ReadOnly);
    EXPECT_EQ(readOnly.remove(stored->front().id).error().code, ErrorCode::ReadOnly);
    EXPECT_EQ(readOnly.restore(stored->front()).error().code, ErrorCode::ReadOnly);
    EXPECT_EQ(*readOnly.count(), 1);
}

TEST_F(SessionStoreOpen, add_whileAnotherConnectionHoldsTheWriteLock_isBusyAfterTheTimeout)
{
    auto store = SessionStore::open(dbPath());
    ASSERT_TRUE(store.ok());
    RawDb other(dbPath());
    ASSERT_EQ(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);

    auto added = (*store)->add(makeSession("2026-03-01T07:00:00+01:00", "2026-03-01"));
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::Busy);
    EXPECT_TRUE(added.error().message.contains(QDir::toNativeSeparators(dbPath())));

    other.exec("ROLLBACK");
    EXPECT_TRUE((*store)->add(makeSession("2026-03-01T07:00:00+01:00", "2026-03-01")).ok());
}

} // namespace
