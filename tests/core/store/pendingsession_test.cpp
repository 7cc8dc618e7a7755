// SPDX-License-Identifier: GPL-3.0-or-later
// The recovery file of sessions that could not be saved.
#include "pendingsession.h"
#include "sessionstore.h"
#include "storetestutil.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace rc::core;
using namespace rc::core::test;

namespace {

class PendingSession : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString dbPath() const { return m_dir.filePath(u"sessions.sqlite"_s); }
    QString pendingPath() const { return dbPath() + u".pending.json"_s; }

    // Every field set, an unusual offset, and a note that needs escaping.
    static Session fullSession()
    {
        Session session = makeSession("2026-11-20T07:15:00+05:30", "2026-11-19", "runners-recovery", 510, false);
        session.plannedSeconds = 540;
        session.sorenessBefore = 7;
        session.sorenessAfter = 0;
        session.notes = u"felt tight, \"left\" calf\nsecond line – ümlaut"_s;
        session.steps = {makeStep("it-band-roll", Side::Left, 90, 90, 2, 75),
                         makeStep("it-band-roll", Side::Right, 90, 60), makeStep("calf-release", Side::Both, 120, 0)};
        return session;
    }

    QTemporaryDir m_dir;
};

TEST_F(PendingSession, pendingFile_sitsBesideTheDatabase)
{
    EXPECT_EQ(pendingFilePath(dbPath()), pendingPath());
}

TEST_F(PendingSession, load_withoutAFile_isEmpty)
{
    auto loaded = loadPending(dbPath());
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(loaded->empty());
    EXPECT_TRUE(clearPending(dbPath()).ok());
}

TEST_F(PendingSession, save_thenLoad_keepsEveryField)
{
    Session session = fullSession();
    session.id = 42; // not kept: the session was never stored
    ASSERT_TRUE(savePending(dbPath(), session).ok());
    EXPECT_TRUE(QFileInfo::exists(pendingPath()));

    auto loaded = loadPending(dbPath());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    ASSERT_EQ(loaded->size(), 1u);
    Session expected = fullSession();
    EXPECT_EQ(loaded->front(), expected);
    EXPECT_EQ(loaded->front().id, 0);
    EXPECT_EQ(loaded->front().startedAt.offsetFromUtc(), 5 * 3600 + 30 * 60);
    EXPECT_FALSE(loaded->front().sorenessAfter == std::nullopt);
}

TEST_F(PendingSession, twoUnsavedSessions_bothSurvive_andTheSameOneIsNotAddedTwice)
{
    const Session first = fullSession();
    Session second = makeSession("2026-11-21T18:00:00Z", "2026-11-21");
    ASSERT_TRUE(savePending(dbPath(), first).ok());
    ASSERT_TRUE(savePending(dbPath(), second).ok());
    second.notes = u"edited before the retry"_s;
    ASSERT_TRUE(savePending(dbPath(), second).ok());

    auto loaded = loadPending(dbPath());
    ASSERT_TRUE(loaded.ok());
    ASSERT_EQ(loaded->size(), 2u);
    EXPECT_EQ((*loaded)[0], first);
    EXPECT_EQ((*loaded)[1], second);
    EXPECT_EQ((*loaded)[1].startedAt.offsetFromUtc(), 0);
}

TEST_F(PendingSession, flush_storesTheSessions_countsStoredOnesAsSaved_andClearsTheFile)
{
    auto store = SessionStore::open(dbPath());
    ASSERT_TRUE(store.ok());
    const Session alreadyStored = makeSession("2026-11-18T07:00:00+01:00", "2026-11-18");
    ASSERT_TRUE((*store)->add(alreadyStored).ok());
    ASSERT_TRUE(savePending(dbPath(), fullSession()).ok());
    ASSERT_TRUE(savePending(dbPath(), alreadyStored).ok());

    auto flushed = flushPending(**store);
    ASSERT_TRUE(flushed.ok()) << flushed.error().message.toStdString();
    EXPECT_EQ(*flushed, 2);
    EXPECT_FALSE(QFileInfo::exists(pendingPath()));
    auto sessions = (*store)->sessions();
    ASSERT_EQ(sessions->size(), 2u);
    Session stored = sessions->at(1); // 2026-11-18 06:00 UTC sorts before 2026-11-20 01:45 UTC
    stored.id = 0;
    EXPECT_EQ(stored, fullSession());

    auto again = flushPending(**store);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 0);
}

TEST_F(PendingSession, flush_thatCannotWrite_keepsTheFile)
{
    {
        auto create = SessionStore::open(dbPath());
        ASSERT_TRUE(create.ok());
    }
    ASSERT_TRUE(savePending(dbPath(), fullSession()).ok());
    const QByteArray before = readBytes(pendingPath());
    auto readOnly = SessionStore::open(dbPath(), SessionStore::Mode::ReadOnly);
    ASSERT_TRUE(readOnly.ok());

    auto flushed = flushPending(**readOnly);
    ASSERT_FALSE(flushed.ok());
    EXPECT_EQ(flushed.error().code, ErrorCode::ReadOnly);
    EXPECT_EQ(readBytes(pendingPath()), before);
}

TEST_F(PendingSession, aDamagedRecoveryFile_isSetAsideNotOverwritten)
{
    writeBytes(pendingPath(), "{ not json");
    auto loaded = loadPending(dbPath());
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(loaded.error().message.contains(pendingPath()));

    ASSERT_TRUE(savePending(dbPath(), fullSession()).ok());
    EXPECT_EQ(readBytes(pendingPath() + u".damaged"_s), QByteArray("{ not json"));
    auto reloaded = loadPending(dbPath());
    ASSERT_TRUE(reloaded.ok());
    EXPECT_EQ(reloaded->size(), 1u);
}

TEST_F(PendingSession, aFieldOfTheWrongType_isCorrupt)
{
    ASSERT_TRUE(savePending(dbPath(), fullSession()).ok());
    QByteArray json = readBytes(pendingPath());
    ASSERT_TRUE(json.contains("\"worked_seconds\": 510"));
    json.replace("\"worked_seconds\": 510", "\"worked_seconds\": \"510\"");
    writeBytes(pendingPath(), json);

    auto loaded = loadPending(dbPath());
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(loaded.error().message.contains(u"session 1"_s));
}

} // namespace

namespace {

// PRODUCT.md section 8: the recovery file holds a session's soreness and note, so it is 0600 whatever
// the umask.
TEST_F(PendingSession, save_writesTheRecoveryFileForTheUserOnly)
{
    const mode_t previous = ::umask(022);
    const Status saved = savePending(dbPath(), makeSession("2026-11-21T18:00:00Z", "2026-11-21"));
    ::umask(previous);

    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(QFileInfo(pendingPath()).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
              QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace
