// SPDX-License-Identifier: GPL-3.0-or-later
// Manual entries: what `recovery-coach log` and the Log dialog record.
#include "catalog.h"
#include "manualentry.h"
#include "sessionstore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace rc::core;

namespace {

Routine routine()
{
    Routine r;
    r.id = u"runners-recovery"_s;
    r.name = u"Runner's recovery"_s;
    r.steps = {{u"it-band-roll"_s, Side::Left, 90}, {u"it-band-roll"_s, Side::Right, 90}};
    return r;
}

// Wednesday 25 November 2026, 12:34:56.789 at UTC+1.
const QDateTime now(QDate(2026, 11, 25), QTime(12, 34, 56, 789), Qt::OffsetFromUTC, 3600);

// Runs the test body in a fixed local time zone, then restores the previous one.
class ScopedTimeZone
{
public:
    explicit ScopedTimeZone(const char* zone) : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ScopedTimeZone()
    {
        if (m_had) {
            qputenv("TZ", m_old);
        } else {
            qunsetenv("TZ");
        }
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone&) = delete;
    ScopedTimeZone& operator=(const ScopedTimeZone&) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

TEST(ManualEntry, today_startsNowInWholeSeconds_withNowsOffset_completedWithNoSteps)
{
    const Session session = manualSession(routine(), QDate(2026, 11, 25), 720, now);

    EXPECT_EQ(session.startedAt, QDateTime(QDate(2026, 11, 25), QTime(12, 34, 56), Qt::OffsetFromUTC, 3600));
    EXPECT_EQ(session.startedAt.offsetFromUtc(), 3600);
    EXPECT_EQ(session.localDate, QDate(2026, 11, 25));
    EXPECT_EQ(session.routine, u"runners-recovery"_s);
    EXPECT_EQ(session.plannedSeconds, 720);
    EXPECT_EQ(session.workedSeconds, 720);
    EXPECT_TRUE(session.completed);
    EXPECT_TRUE(session.steps.empty());
    EXPECT_EQ(session.sorenessBefore, std::nullopt);
    EXPECT_EQ(session.sorenessAfter, std::nullopt);
    EXPECT_TRUE(session.notes.isEmpty());
    EXPECT_EQ(session.id, 0);
}

TEST(ManualEntry, anotherDay_keepsNowsTimeOfDay_andCountsForThatDate)
{
    const Session session = manualSession(routine(), QDate(2026, 11, 2), 540, now);

    EXPECT_EQ(session.localDate, QDate(2026, 11, 2));
    EXPECT_EQ(session.startedAt.date(), QDate(2026, 11, 2));
    EXPECT_EQ(session.startedAt.time(), QTime(12, 34, 56));
    // The same instant as that wall time in the local time zone.
    EXPECT_EQ(session.startedAt, QDateTime(QDate(2026, 11, 2), QTime(12, 34, 56), Qt::LocalTime));
}

TEST(ManualEntry, anotherDay_takesThatDaysSummerOrWinterOffset)
{
    const ScopedTimeZone berlin("Europe/Berlin");
    const QDateTime winterNow(QDate(2026, 11, 25), QTime(18, 0), Qt::OffsetFromUTC, 3600);

    // 1 July 2026 is under CEST (UTC+2), 1 March 2026 under CET (UTC+1).
    EXPECT_EQ(manualSession(routine(), QDate(2026, 7, 1), 540, winterNow).startedAt.offsetFromUtc(), 7200);
    EXPECT_EQ(manualSession(routine(), QDate(2026, 3, 1), 540, winterNow).startedAt.offsetFromUtc(), 3600);
    EXPECT_EQ(manualSession(routine(), QDate(2026, 7, 1), 540, winterNow).startedAt.time(), QTime(18, 0));
}

TEST(ManualEntry, anotherDay_inTheSpringForwardGap_movesAnHourOnWithARealOffset)
{
    const ScopedTimeZone berlin("Europe/Berlin");
    const QDateTime winterNow(QDate(2026, 11, 25), QTime(2, 30), Qt::OffsetFromUTC, 3600);

    // On Sunday 29 March 2026 Berlin's clocks go from 02:00 CET straight to 03:00 CEST: 02:30 never
    // happens that day. The entry takes 03:30 CEST (UTC+2), i.e. 01:30 UTC.
    const Session session = manualSession(routine(), QDate(2026, 3, 29), 540, winterNow);
    EXPECT_TRUE(session.startedAt.isValid());
    EXPECT_EQ(session.startedAt.offsetFromUtc(), 7200);
    EXPECT_EQ(session.startedAt.toUTC(), QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC));
    EXPECT_EQ(session.localDate, QDate(2026, 3, 29));
}

class ManualEntryStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = SessionStore::open(m_dir.filePath(u"sessions.sqlite"_s));
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(store).value();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SessionStore> m_store;
};

TEST_F(ManualEntryStoreTest, loggedTwiceInOneSecond_bothAreStored_theSecondOneSecondLater)
{
    const Session session = manualSession(routine(), QDate(2026, 11, 25), 540, now);

    const auto first = addManualSession(*m_store, session);
    const auto second = addManualSession(*m_store, session);

    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_NE(*first, *second);
    const auto stored = m_store->session(*second);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->startedAt, session.startedAt.addSecs(1));
    EXPECT_EQ((*stored)->localDate, QDate(2026, 11, 25));
}

TEST_F(ManualEntryStoreTest, anInvalidSession_isRefusedAtOnce_andNothingIsStored)
{
    Session session = manualSession(routine(), QDate(2026, 11, 25), 540, now);
    session.routine.clear();

    const auto added = addManualSession(*m_store, session);

    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(*m_store->count(), 0);
}

TEST_F(ManualEntryStoreTest, aMinuteOfEntriesInOneSecond_theNextOneIsReportedAsDuplicate)
{
    const Session session = manualSession(routine(), QDate(2026, 11, 25), 540, now);
    for (int i = 0; i <= 60; ++i) {
        ASSERT_TRUE(addManualSession(*m_store, session).ok()) << i;
    }

    const auto refused = addManualSession(*m_store, session);

    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(*m_store->count(), 61);
}

} // namespace
