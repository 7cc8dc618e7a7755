// SPDX-License-Identifier: GPL-3.0-or-later
// SessionStore::listSessions: the history table's pages, in every sort order.
#include "sessionstore.h"
#include "storetestutil.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace rc::core;
using namespace rc::core::test;

namespace {

using SortKey = SessionStore::SortKey;

class SessionListTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = SessionStore::open(m_dir.filePath(u"sessions.sqlite"_s));
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(store).value();
    }

    qint64 add(Session session, std::optional<int> before = {}, std::optional<int> after = {}, const char* notes = "")
    {
        session.sorenessBefore = before;
        session.sorenessAfter = after;
        session.notes = QString::fromUtf8(notes);
        const auto id = m_store->add(session);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }

    std::vector<qint64> ids(SortKey key, bool descending, qint64 offset = 0, int limit = 100)
    {
        const auto rows = m_store->listSessions(key, descending, offset, limit);
        EXPECT_TRUE(rows.ok()) << rows.error().message.toStdString();
        std::vector<qint64> result;
        if (rows.ok()) {
            for (const auto& row : *rows) {
                result.push_back(row.id);
            }
        }
        return result;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SessionStore> m_store;
};

TEST_F(SessionListTest, byDateDescending_isNewestFirst_sameDateByLaterStart)
{
    const qint64 monday = add(makeSession("2026-11-23T07:00:00+01:00", "2026-11-23"));
    const qint64 wednesdayMorning = add(makeSession("2026-11-25T07:00:00+01:00", "2026-11-25"));
    const qint64 tuesday = add(makeSession("2026-11-24T07:00:00+01:00", "2026-11-24"));
    const qint64 wednesdayEvening = add(makeSession("2026-11-25T19:00:00+01:00", "2026-11-25"));

    EXPECT_EQ(ids(SortKey::Date, true), (std::vector{wednesdayEvening, wednesdayMorning, tuesday, monday}));
    EXPECT_EQ(ids(SortKey::Date, false), (std::vector{monday, tuesday, wednesdayMorning, wednesdayEvening}));
}

TEST_F(SessionListTest, byDate_usesTheStoredLocalDate_notTheUtcDayOfTheStart)
{
    // 23:30 at -05:00 is already the next day in UTC; the session still counts for the 23rd.
    const qint64 lateEvening = add(makeSession("2026-11-23T23:30:00-05:00", "2026-11-23"));
    const qint64 nextMorning = add(makeSession("2026-11-24T01:00:00+01:00", "2026-11-24"));

    EXPECT_EQ(ids(SortKey::Date, true), (std::vector{nextMorning, lateEvening}));
}

TEST_F(SessionListTest, rows_carryEveryFieldTheTableShows)
{
    Session session = makeSession("2026-11-20T07:15:00+01:00", "2026-11-20", "calf-release", 170, false);
    session.steps = {makeStep("calf-release", Side::Left, 90, 90), makeStep("calf-release", Side::Right, 90, 80)};
    const qint64 id = add(session, 6, std::nullopt, "felt tight, \"left\" calf\nsecond line");

    const auto rows = m_store->listSessions(SortKey::Date, true, 0, 10);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u);
    const SessionStore::ListRow& row = rows->front();
    EXPECT_EQ(row.id, id);
    EXPECT_EQ(row.localDate, QDate(2026, 11, 20));
    EXPECT_EQ(row.routine, u"calf-release"_s);
    EXPECT_EQ(row.workedSeconds, 170);
    EXPECT_FALSE(row.completed);
    EXPECT_EQ(row.sorenessBefore, 6);
    EXPECT_EQ(row.sorenessAfter, std::nullopt);
    EXPECT_EQ(row.notes, u"felt tight, \"left\" calf\nsecond line"_s);
}

TEST_F(SessionListTest, pages_joinUpToTheWholeList_withoutRepeatsOrGaps)
{
    // Seven sessions on two dates with equal worked seconds: ties everywhere.
    std::vector<qint64> added;
    for (int i = 0; i < 7; ++i) {
        const QString start = u"2026-11-%1T07:0%2:00+01:00"_s.arg(20 + i % 2).arg(i);
        Session session = makeSession("2026-11-20T07:00:00+01:00", "2026-11-20");
        session.startedAt = QDateTime::fromString(start, Qt::ISODate);
        session.localDate = session.startedAt.date();
        added.push_back(add(session));
    }
    for (const SortKey key : {SortKey::Date, SortKey::Worked, SortKey::Routine}) {
        const std::vector<qint64> whole = ids(key, true);
        std::vector<qint64> paged;
        for (qint64 offset = 0; offset < 7; offset += 3) {
            const auto page = ids(key, true, offset, 3);
            paged.insert(paged.end(), page.begin(), page.end());
        }
        EXPECT_EQ(paged, whole) << static_cast<int>(key);
        EXPECT_EQ(whole.size(), 7u);
    }
}

TEST_F(SessionListTest, byWorked_ordersByTheMinutes_tiesNewestFirst)
{
    const qint64 shortOld = add(makeSession("2026-11-20T07:00:00+01:00", "2026-11-20", "runners-recovery", 300));
    const qint64 longOne = add(makeSession("2026-11-21T07:00:00+01:00", "2026-11-21", "runners-recovery", 900));
    const qint64 shortNew = add(makeSession("2026-11-22T07:00:00+01:00", "2026-11-22", "runners-recovery", 300));

    EXPECT_EQ(ids(SortKey::Worked, false), (std::vector{shortNew, shortOld, longOne}));
    EXPECT_EQ(ids(SortKey::Worked, true), (std::vector{longOne, shortNew, shortOld}));
}

TEST_F(SessionListTest, bySoreness_unratedSortsBelowZero)
{
    const qint64 zero = add(makeSession("2026-11-20T07:00:00+01:00", "2026-11-20"), 0, 5);
    const qint64 unrated = add(makeSession("2026-11-21T07:00:00+01:00", "2026-11-21"), std::nullopt, 2);
    const qint64 seven = add(makeSession("2026-11-22T07:00:00+01:00", "2026-11-22"), 7, std::nullopt);

    EXPECT_EQ(ids(SortKey::SorenessBefore, false), (std::vector{unrated, zero, seven}));
    EXPECT_EQ(ids(SortKey::SorenessBefore, true), (std::vector{seven, zero, unrated}));
    EXPECT_EQ(ids(SortKey::SorenessAfter, false), (std::vector{seven, unrated, zero}));
}

TEST_F(SessionListTest, byCompleted_andByNotes_ignoringCase)
{
    const qint64 partialB = add(makeSession("2026-11-20T07:00:00+01:00", "2026-11-20", "runners-recovery", 200, false),
                                std::nullopt, std::nullopt, "banana");
    const qint64 doneA =
        add(makeSession("2026-11-21T07:00:00+01:00", "2026-11-21"), std::nullopt, std::nullopt, "Apple");
    const qint64 doneC =
        add(makeSession("2026-11-22T07:00:00+01:00", "2026-11-22"), std::nullopt, std::nullopt, "cherry");

    EXPECT_EQ(ids(SortKey::Completed, false), (std::vector{partialB, doneC, doneA}));
    EXPECT_EQ(ids(SortKey::Notes, false), (std::vector{doneA, partialB, doneC}));
}

TEST_F(SessionListTest, byRoutine_ordersByTheRoutineId)
{
    const qint64 runners = add(makeSession("2026-11-20T07:00:00+01:00", "2026-11-20", "runners-recovery"));
    const qint64 calf = add(makeSession("2026-11-21T07:00:00+01:00", "2026-11-21", "calf-release"));
    const qint64 hip = add(makeSession("2026-11-22T07:00:00+01:00", "2026-11-22", "hip-release"));

    EXPECT_EQ(ids(SortKey::Routine, false), (std::vector{calf, hip, runners}));
}

TEST_F(SessionListTest, offsetPastTheEnd_isAnEmptyPage_andANegativeOneIsInvalidInput)
{
    add(makeSession("2026-11-20T07:00:00+01:00", "2026-11-20"));

    EXPECT_TRUE(ids(SortKey::Date, true, 1, 10).empty());
    const auto negative = m_store->listSessions(SortKey::Date, true, -1, 10);
    ASSERT_FALSE(negative.ok());
    EXPECT_EQ(negative.error().code, ErrorCode::InvalidInput);
}

} // namespace
