// SPDX-License-Identifier: GPL-3.0-or-later
// The session store's data: what goes in comes back out, duplicates, imports, undo and summaries.
#include "sessionstore.h"
#include "storetestutil.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace rc::core;
using namespace rc::core::test;

namespace {

class SessionStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        reopen();
    }
    QString dbPath() const { return m_dir.filePath(u"sessions.sqlite"_s); }
    void reopen()
    {
        m_store.reset();
        auto store = SessionStore::open(dbPath());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(store).value();
    }
    std::vector<Session> all()
    {
        auto sessions = m_store->sessions();
        EXPECT_TRUE(sessions.ok()) << sessions.error().message.toStdString();
        return sessions.ok() ? *sessions : std::vector<Session>{};
    }

    // A guided session at +01:00 with all six steps, soreness before unknown, a note with quotes.
    static Session guidedSession()
    {
        Session session = makeSession("2026-11-20T07:15:00+01:00", "2026-11-20", "runners-recovery", 1030, true);
        session.plannedSeconds = 1080;
        session.sorenessAfter = 3;
        session.notes = u"felt tight, \"left\" calf\nsecond line; it's fine"_s;
        session.steps = {makeStep("it-band-roll", Side::Left, 180, 180, 1, 45),
                         makeStep("it-band-roll", Side::Right, 180, 180, 2, 75),
                         makeStep("calf-release", Side::Left, 180, 170),
                         makeStep("calf-release", Side::Right, 180, 180),
                         makeStep("hip-release", Side::Left, 180, 160, 1, 30),
                         makeStep("hip-release", Side::Both, 180, 160)};
        return session;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SessionStore> m_store;
};

TEST_F(SessionStoreTest, add_thenReopen_returnsEveryFieldEqualIncludingTheOffset)
{
    Session guided = guidedSession();
    Session west = makeSession("2026-11-21T18:40:00-03:30", "2026-11-21", "quick-calves", 200, false);
    west.sorenessBefore = 0;
    west.sorenessAfter = 10;

    auto guidedId = m_store->add(guided);
    auto westId = m_store->add(west);
    ASSERT_TRUE(guidedId.ok()) << guidedId.error().message.toStdString();
    ASSERT_TRUE(westId.ok());
    EXPECT_NE(*guidedId, *westId);
    guided.id = *guidedId;
    west.id = *westId;

    reopen();
    const std::vector<Session> stored = all();
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0], guided);
    EXPECT_EQ(stored[1], west);
    // QDateTime == compares instants only; the offset must survive too.
    EXPECT_EQ(stored[0].startedAt.timeSpec(), Qt::OffsetFromUTC);
    EXPECT_EQ(stored[0].startedAt.offsetFromUtc(), 3600);
    EXPECT_EQ(stored[0].startedAt.toString(Qt::ISODate), u"2026-11-20T07:15:00+01:00"_s);
    EXPECT_EQ(stored[1].startedAt.offsetFromUtc(), -(3 * 3600 + 30 * 60));
    EXPECT_EQ(stored[1].startedAt.toString(Qt::ISODate), u"2026-11-21T18:40:00-03:30"_s);
    EXPECT_FALSE(stored[0].sorenessBefore.has_value());
    EXPECT_EQ(stored[0].notes, guided.notes);

    auto single = m_store->session(*guidedId);
    ASSERT_TRUE(single.ok());
    ASSERT_TRUE(single->has_value());
    EXPECT_EQ(**single, guided);
}

TEST_F(SessionStoreTest, add_truncatesTheStartToWholeSeconds)
{
    Session session = makeSession("2026-11-20T07:15:09+01:00", "2026-11-20");
    session.startedAt = session.startedAt.addMSecs(870);
    ASSERT_TRUE(m_store->add(session).ok());

    const auto stored = all();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].startedAt.toString(Qt::ISODateWithMs), u"2026-11-20T07:15:09.000+01:00"_s);
}

TEST_F(SessionStoreTest, add_utcStart_readsBackAtOffsetZero)
{
    ASSERT_TRUE(m_store->add(makeSession("2026-11-20T06:15:00Z", "2026-11-20")).ok());

    const auto stored = all();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].startedAt.offsetFromUtc(), 0);
    EXPECT_EQ(stored[0].startedAt.toString(Qt::ISODate), u"2026-11-20T06:15:00Z"_s);
}

TEST_F(SessionStoreTest, session_unknownId_isEmpty)
{
    auto missing = m_store->session(42);
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(missing->has_value());
}

TEST_F(SessionStoreTest, sessions_areOldestFirstByStartThenId)
{
    // Added out of order; the two 06:00Z sessions share an instant and differ by routine.
    ASSERT_TRUE(m_store->add(makeSession("2026-05-03T08:00:00+02:00", "2026-05-03", "b")).ok()); // 06:00Z
    ASSERT_TRUE(m_store->add(makeSession("2026-05-01T09:00:00+00:00", "2026-05-01", "a")).ok());
    ASSERT_TRUE(m_store->add(makeSession("2026-05-03T06:00:00Z", "2026-05-03", "a")).ok());      // same instant
    ASSERT_TRUE(m_store->add(makeSession("2026-05-02T23:30:00-07:00", "2026-05-02", "a")).ok()); // 05-03 06:30Z

    const auto stored = all();
    ASSERT_EQ(stored.size(), 4u);
    EXPECT_EQ(stored[0].localDate, QDate(2026, 5, 1));
    EXPECT_EQ(stored[1].routine, u"b"_s); // lower id of the two at 06:00Z
    EXPECT_EQ(stored[2].routine, u"a"_s);
    EXPECT_EQ(stored[2].localDate, QDate(2026, 5, 3));
    EXPECT_EQ(stored[3].localDate, QDate(2026, 5, 2)); // latest instant, though its date is earlier
    EXPECT_LT(stored[1].id, stored[2].id);
}

TEST_F(SessionStoreTest, add_sameInstantAndRoutine_isDuplicateEvenWithAnotherOffset)
{
    ASSERT_TRUE(m_store->add(makeSession("2026-11-20T07:15:00+01:00", "2026-11-20")).ok());

    auto again = m_store->add(makeSession("2026-11-20T06:15:00Z", "2026-11-20"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(*m_store->count(), 1);

    // Another routine at the same instant is a different session.
    EXPECT_TRUE(m_store->add(makeSession("2026-11-20T07:15:00+01:00", "2026-11-20", "other")).ok());
}

TEST_F(SessionStoreTest, add_rejectsOutOfRangeValuesWithInvalidInput)
{
    Session tooSore = makeSession("2026-11-20T07:15:00+01:00", "2026-11-20");
    tooSore.sorenessBefore = 11;
    Session negativeSoreness = tooSore;
    negativeSoreness.sorenessBefore = -1;
    Session negativeWorked = makeSession("2026-11-20T07:15:00+01:00", "2026-11-20", "runners-recovery", -5);
    Session negativeStep = makeSession("2026-11-20T07:15:00+01:00", "2026-11-20");
    negativeStep.steps = {makeStep("calf-release", Side::Left, 90, -1)};
    Session noStart = makeSession("2026-11-20T07:15:00+01:00", "2026-11-20");
    noStart.startedAt = QDateTime();

    for (const Session& bad : {tooSore, negativeSoreness, negativeWorked, negativeStep, noStart}) {
        auto added = m_store->add(bad);
        ASSERT_FALSE(added.ok());
        EXPECT_EQ(added.error().code, ErrorCode::InvalidInput);
    }
    EXPECT_EQ(*m_store->count(), 0);
}

TEST_F(SessionStoreTest, import_skipsDuplicatesOfStoredSessionsAndWithinTheBatch_andCountsThem)
{
    ASSERT_TRUE(m_store->add(makeSession("2026-11-20T07:15:00+01:00", "2026-11-20")).ok());

    const std::vector<Session> batch = {
        makeSession("2026-11-20T06:15:00Z", "2026-11-20"),      // the stored one, as another offset
        makeSession("2026-11-21T07:00:00+01:00", "2026-11-21"), // new
        makeSession("2026-11-22T07:00:00+01:00", "2026-11-22"), // new
        makeSession("2026-11-21T07:00:00+01:00", "2026-11-21"), // repeats row 2
    };
    auto summary = m_store->importSessions(batch);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 2);
    EXPECT_EQ(summary->skipped, 2);
    EXPECT_EQ(*m_store->count(), 3);

    // Importing the same rows again adds nothing.
    auto again = m_store->importSessions(batch);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->skipped, 4);
}

TEST_F(SessionStoreTest, import_whoseThirdSessionHasSoreness11_storesNothing)
{
    std::vector<Session> batch = {
        makeSession("2026-11-20T07:00:00+01:00", "2026-11-20"), makeSession("2026-11-21T07:00:00+01:00", "2026-11-21"),
        makeSession("2026-11-22T07:00:00+01:00", "2026-11-22"), makeSession("2026-11-23T07:00:00+01:00", "2026-11-23")};
    batch[2].sorenessAfter = 11;

    auto summary = m_store->importSessions(batch);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(*m_store->count(), 0);
}

TEST_F(SessionStoreTest, import_failingHalfwayInTheDatabase_rollsBackEveryRow)
{
    {
        // A trigger stands in for a failure only the database sees (disk full, I/O error).
        RawDb raw(dbPath());
        ASSERT_EQ(raw.exec("CREATE TRIGGER boom BEFORE INSERT ON sessions WHEN NEW.routine = 'boom' "
                           "BEGIN SELECT RAISE(ABORT, 'boom'); END"),
                  SQLITE_OK);
    }
    const std::vector<Session> batch = {makeSession("2026-11-20T07:00:00+01:00", "2026-11-20"),
                                        makeSession("2026-11-21T07:00:00+01:00", "2026-11-21"),
                                        makeSession("2026-11-22T07:00:00+01:00", "2026-11-22", "boom")};
    auto summary = m_store->importSessions(batch);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(*m_store->count(), 0);
    // The failed import left no transaction open: the next write works.
    EXPECT_TRUE(m_store->add(batch[0]).ok());
}

TEST_F(SessionStoreTest, removeThenRestore_givesBackTheIdenticalSession)
{
    Session guided = guidedSession();
    guided.id = *m_store->add(guided);
    ASSERT_TRUE(m_store->add(makeSession("2026-11-22T07:00:00+01:00", "2026-11-22")).ok());
    const auto before = all();

    ASSERT_TRUE(m_store->remove(guided.id).ok());
    EXPECT_FALSE(m_store->session(guided.id)->has_value());
    EXPECT_EQ(*m_store->count(), 1);
    {
        // foreign_keys is on: the steps went with the session.
        RawDb raw(dbPath());
        EXPECT_EQ(raw.scalar("SELECT count(*) FROM session_steps"), u"0"_s);
    }

    ASSERT_TRUE(m_store->restore(guided).ok());
    EXPECT_EQ(all(), before);
    reopen();
    auto restored = m_store->session(guided.id);
    ASSERT_TRUE(restored.ok() && restored->has_value());
    EXPECT_EQ(**restored, guided);
    EXPECT_EQ((*restored)->steps.size(), 6u);
}

TEST_F(SessionStoreTest, restore_ofASessionStillStored_isDuplicate)
{
    Session session = makeSession("2026-11-20T07:00:00+01:00", "2026-11-20");
    session.id = *m_store->add(session);

    EXPECT_EQ(m_store->restore(session).error().code, ErrorCode::Duplicate);
    EXPECT_EQ(*m_store->count(), 1);
}

TEST_F(SessionStoreTest, remove_unknownId_isNotFound)
{
    EXPECT_EQ(m_store->remove(7).error().code, ErrorCode::NotFound);
}

TEST_F(SessionStoreTest, updateDetails_persistsAcrossReopen)
{
    Session session = guidedSession();
    session.id = *m_store->add(session);

    ASSERT_TRUE(m_store->updateDetails(session.id, 7, std::nullopt, u"better after the hips\n\"much\""_s).ok());
    reopen();
    const auto stored = m_store->session(session.id);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->sorenessBefore, 7);
    EXPECT_FALSE((*stored)->sorenessAfter.has_value());
    EXPECT_EQ((*stored)->notes, u"better after the hips\n\"much\""_s);
    EXPECT_EQ((*stored)->steps, session.steps);
}

TEST_F(SessionStoreTest, updateDetails_sorenessOutOfRange_isInvalidInputAndChangesNothing)
{
    Session session = guidedSession();
    session.id = *m_store->add(session);

    EXPECT_EQ(m_store->updateDetails(session.id, 11, 2, u"x"_s).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(m_store->updateDetails(session.id, 2, -1, u"x"_s).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(m_store->updateDetails(session.id + 100, 2, 2, u"x"_s).error().code, ErrorCode::NotFound);
    EXPECT_EQ(**m_store->session(session.id), session);
}

TEST_F(SessionStoreTest, aNoteOver10000Characters_isRefusedOnAddAndOnEdit_andNothingChanges)
{
    Session session = guidedSession();
    session.id = *m_store->add(session);
    Session longer = makeSession("2026-11-21T07:00:00+01:00", "2026-11-21");
    longer.notes = QString(10'001, u'n');

    const auto added = m_store->add(longer);
    const Status edited = m_store->updateDetails(session.id, 2, 2, QString(10'001, u'n'));
    const Status fits = m_store->updateDetails(session.id, 2, 2, QString(10'000, u'n'));

    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(added.error().message.contains(u"the note is 10001 characters long; at most 10000 are allowed"_s))
        << added.error().message.toStdString();
    ASSERT_FALSE(edited.ok());
    EXPECT_EQ(edited.error().message,
              u"Cannot save the details: the note is 10001 characters long; at most 10000 are allowed."_s);
    EXPECT_TRUE(fits.ok());
    EXPECT_EQ(*m_store->count(), 1);
    EXPECT_EQ((**m_store->session(session.id)).notes, QString(10'000, u'n'));
}

TEST_F(SessionStoreTest, summaries_holdDateMinutesAndCompletionOfEverySession_inDateOrder)
{
    ASSERT_TRUE(m_store->add(makeSession("2026-11-22T07:00:00+01:00", "2026-11-22", "a", 600, true)).ok());
    // Recorded late in the evening in UTC-8: its instant is on the 21st in UTC, its date is the 20th.
    ASSERT_TRUE(m_store->add(makeSession("2026-11-20T23:30:00-08:00", "2026-11-20", "a", 250, false)).ok());
    ASSERT_TRUE(m_store->add(makeSession("2026-11-20T07:00:00+01:00", "2026-11-20", "b", 0, true)).ok());

    auto summaries = m_store->summaries();
    ASSERT_TRUE(summaries.ok());
    ASSERT_EQ(summaries->size(), 3u);
    const SessionSummary& first = (*summaries)[0];
    const SessionSummary& second = (*summaries)[1];
    const SessionSummary& third = (*summaries)[2];
    EXPECT_EQ(first.localDate, QDate(2026, 11, 20));
    EXPECT_EQ(second.localDate, QDate(2026, 11, 20));
    // Same date: compare as a set of (minutes, completed).
    EXPECT_EQ(first.workedSeconds + second.workedSeconds, 250);
    EXPECT_EQ(int(first.completed) + int(second.completed), 1);
    EXPECT_EQ(first.completed, first.workedSeconds == 0);
    EXPECT_EQ(third.localDate, QDate(2026, 11, 22));
    EXPECT_EQ(third.workedSeconds, 600);
    EXPECT_TRUE(third.completed);
}

} // namespace

// QString::fromUtf8 drops a leading U+FEFF; the store must hand a note back exactly as it was given.
TEST_F(SessionStoreTest, add_noteStartingWithAByteOrderMark_readsBackUnchanged)
{
    Session session = makeSession("2026-11-20T07:15:00+01:00", "2026-11-20");
    session.notes = u"\uFEFFbom first"_s;
    const auto id = m_store->add(session);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    const auto stored = m_store->session(*id);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->notes, u"\uFEFFbom first"_s);
    EXPECT_EQ((*stored)->notes.size(), 10);
}
