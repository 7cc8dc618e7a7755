// SPDX-License-Identifier: GPL-3.0-or-later
// PRODUCT.md section 8 / issue 14: a backup is data from outside. Restoring one copies its sessions
// into the live database's own schema and nothing else: no trigger, view, index or table of the file's
// reaches the live database, and the runner is told what was left out. A file whose tables are not ours,
// whose notes are huge or which comes from a newer version is refused, and nothing changes.
#include "backup.h"
#include "sessionstore.h"
#include "storetestutil.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace rc::core;
using namespace rc::core::test;

namespace {

const QDateTime now(QDate(2026, 11, 25), QTime(20, 0));

class RestoreForeign : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // The backup: a real one, made by the store from a database with two sessions.
        {
            auto source = SessionStore::open(m_dir.filePath(u"source.sqlite"_s));
            ASSERT_TRUE(source.ok());
            ASSERT_TRUE((*source)->add(makeSession("2026-11-23T07:00:00+01:00", "2026-11-23")).ok());
            ASSERT_TRUE((*source)->add(makeSession("2026-11-24T07:00:00+01:00", "2026-11-24")).ok());
            ASSERT_TRUE((*source)->backupTo(backupFile()).ok());
        }
        auto live = SessionStore::open(livePath());
        ASSERT_TRUE(live.ok());
        m_live = std::move(live).value();
        ASSERT_TRUE(m_live->add(makeSession("2026-11-20T07:00:00+01:00", "2026-11-20")).ok());
    }

    QString backupFile() const { return m_dir.filePath(u"backup.sqlite"_s); }
    QString livePath() const { return m_dir.filePath(u"live.sqlite"_s); }

    // Changes the backup behind the app's back, as someone with the file could.
    void tamper(const char* sql)
    {
        RawDb raw(backupFile());
        ASSERT_TRUE(raw.ok());
        ASSERT_EQ(raw.exec(sql), SQLITE_OK) << sql;
    }

    Result<RestoreReport> restore() { return restoreDatabase(*m_live, backupFile(), m_dir.filePath(u"b"_s), now); }

    // What the live file itself holds, read by a connection of our own.
    QString liveSchema()
    {
        RawDb raw(livePath());
        QStringList objects =
            raw.scalar(
                   "SELECT group_concat(type || ' ' || name, ', ') FROM sqlite_schema WHERE name NOT LIKE 'sqlite%'")
                .split(u", "_s);
        objects.sort();
        return objects.join(u", "_s);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SessionStore> m_live;
};

constexpr const char* ownSchema =
    "index sessions_local_date, table pauses, table record_settings, table session_steps, table sessions";

TEST_F(RestoreForeign, aTriggerThatWouldDeleteEverySession_isLeftOut_andTheNextSessionDeletesNothing)
{
    tamper("CREATE TRIGGER wipe AFTER INSERT ON sessions BEGIN DELETE FROM sessions; END");

    const auto restored = restore();

    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(restored->sessions, 2);
    EXPECT_EQ(restored->leftOut, QStringList{u"trigger \"wipe\""_s});
    EXPECT_EQ(liveSchema(), QString::fromLatin1(ownSchema));
    ASSERT_TRUE(m_live->add(makeSession("2026-11-25T07:00:00+01:00", "2026-11-25")).ok());
    EXPECT_EQ(m_live->count().value(), 3);
}

TEST_F(RestoreForeign, viewsIndexesAndTablesOfTheFile_areLeftOut_andNamedInOrder)
{
    tamper("CREATE VIEW everything AS SELECT * FROM sessions;"
           "CREATE TABLE extra (secret TEXT); INSERT INTO extra VALUES ('x');"
           "CREATE INDEX by_notes ON sessions (notes);");

    const auto restored = restore();

    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(restored->leftOut,
              (QStringList{u"view \"everything\""_s, u"table \"extra\""_s, u"index \"by_notes\""_s}));
    EXPECT_EQ(liveSchema(), QString::fromLatin1(ownSchema));
    EXPECT_EQ(restored->sessions, 2);
}

TEST_F(RestoreForeign, aSessionsTableWithOtherColumns_isRefused_andTheLiveDatabaseIsUnchanged)
{
    tamper("DROP TABLE session_steps; DROP TABLE sessions;"
           "CREATE TABLE sessions (id INTEGER PRIMARY KEY, started_at INTEGER, something_else TEXT);"
           "CREATE TABLE session_steps (session_id INTEGER);");

    const auto restored = restore();

    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(restored.error().message.contains(u"has no column \"utc_offset\""_s))
        << restored.error().message.toStdString();
    EXPECT_TRUE(restored.error().message.contains(u"Nothing was changed"_s));
    EXPECT_EQ(m_live->count().value(), 1);
}

TEST_F(RestoreForeign, sessionsAsAViewOfAnAttachedDatabase_isRefused)
{
    // Would read another file's rows if that file were attached; as a view it is not our table at all.
    tamper("ALTER TABLE sessions RENAME TO real_sessions;"
           "CREATE VIEW sessions AS SELECT * FROM real_sessions;");

    const auto restored = restore();

    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.error().message.contains(u"has no table \"sessions\""_s))
        << restored.error().message.toStdString();
    EXPECT_EQ(m_live->count().value(), 1);
}

TEST_F(RestoreForeign, aHugeNote_isRefusedBeforeItIsRead_andNothingChanges)
{
    tamper("UPDATE sessions SET notes = hex(zeroblob(2500000)) WHERE id = 2"); // 5,000,000 characters

    const auto restored = restore();

    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(restored.error().message.contains(u"a note of 5000000 characters (session 2)"_s))
        << restored.error().message.toStdString();
    EXPECT_EQ(m_live->count().value(), 1);
}

TEST_F(RestoreForeign, aFileThatClaimsANewerVersion_isRefused)
{
    tamper("PRAGMA user_version = 99");

    const auto restored = restore();

    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().code, ErrorCode::NewerSchema);
    EXPECT_EQ(m_live->count().value(), 1);
}

TEST_F(RestoreForeign, aCleanBackup_leavesNothingOut_andKeepsTheSessionsExactly)
{
    const auto before = SessionStore::open(backupFile(), SessionStore::Mode::ReadOnly).value()->sessions().value();

    const auto restored = restore();

    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_TRUE(restored->leftOut.isEmpty());
    EXPECT_EQ(m_live->sessions().value(), before);
}

} // namespace
