// SPDX-License-Identifier: GPL-3.0-or-later
// Streaks and the adherence rate (PRODUCT.md section 3).
// Every test: Monday weeks, target 3, today Wed 2025-01-01, so week 0 starts Mon 2024-12-30 and week -k
// starts k * 7 days earlier. A "met" week has Mon, Tue and Wed done; a "short" week has Mon and Tue only.
#include "adherence.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace rc::core;

namespace {

const QDate today(2025, 1, 1);

QDate weekStart(int offset)
{
    return QDate(2024, 12, 30).addDays(7 * offset);
}

void addDays(std::vector<SessionSummary>& history, int weekOffset, int dayCount, bool completed = true)
{
    for (int day = 0; day < dayCount; ++day) {
        history.push_back({weekStart(weekOffset).addDays(day), 600, completed});
    }
}

void addMet(std::vector<SessionSummary>& history, int weekOffset)
{
    addDays(history, weekOffset, 3);
}

void addShort(std::vector<SessionSummary>& history, int weekOffset)
{
    addDays(history, weekOffset, 2);
}

AdherenceReport report(const std::vector<SessionSummary>& history, int weeks = 12)
{
    AdherenceSettings settings;
    settings.targetDaysPerWeek = 3;
    settings.weekStart = Qt::Monday;
    settings.weeks = weeks;
    return computeAdherence(history, today, settings);
}

} // namespace

TEST(AdherenceStreak, streak_isNotBrokenByAnUnfinishedCurrentWeek)
{
    // Weeks -3, -2, -1 met; this week has 1 day so far (on track, not met): streak 3 + 0.
    std::vector<SessionSummary> history;
    addMet(history, -3);
    addMet(history, -2);
    addMet(history, -1);
    addDays(history, 0, 1);
    const AdherenceReport r = report(history);
    EXPECT_EQ(r.currentWeek.status, WeekStatus::OnTrack);
    EXPECT_EQ(r.streakWeeks, 3);
    EXPECT_EQ(r.bestStreakWeeks, 3);
}

TEST(AdherenceStreak, streak_countsTheCurrentWeekWhenItIsMet)
{
    // Weeks -3..-1 met and this week met by today (Mon..Wed): 3 + 1 = 4, and the best run is those 4.
    std::vector<SessionSummary> history;
    for (int week = -3; week <= 0; ++week) {
        addMet(history, week);
    }
    const AdherenceReport r = report(history);
    EXPECT_EQ(r.streakWeeks, 4);
    EXPECT_EQ(r.bestStreakWeeks, 4);
}

TEST(AdherenceStreak, streak_stopsAtTheFirstUnmetWeekGoingBack)
{
    // -4 met, -3 short (2 days), -2 and -1 met: going back from -1 stops at -3 -> 2.
    std::vector<SessionSummary> history;
    addMet(history, -4);
    addShort(history, -3);
    addMet(history, -2);
    addMet(history, -1);
    const AdherenceReport r = report(history);
    EXPECT_EQ(r.streakWeeks, 2);
    EXPECT_EQ(r.bestStreakWeeks, 2);
}

TEST(AdherenceStreak, streak_isOnlyTheCurrentWeekWhenLastWeekWasMissed)
{
    // -3 and -2 met, -1 empty, this week met: 0 + 1 = 1; best is the earlier run of 2.
    std::vector<SessionSummary> history;
    addMet(history, -3);
    addMet(history, -2);
    addMet(history, 0);
    const AdherenceReport r = report(history);
    EXPECT_EQ(r.streakWeeks, 1);
    EXPECT_EQ(r.bestStreakWeeks, 2);
}

TEST(AdherenceStreak, streak_reachesBackBeyondTheReportWindow)
{
    // Window of 2 weeks (-1, 0), but -5..-1 all met: the streak looks at the whole history -> 5.
    std::vector<SessionSummary> history;
    for (int week = -5; week <= -1; ++week) {
        addMet(history, week);
    }
    const AdherenceReport r = report(history, 2);
    EXPECT_EQ(r.streakWeeks, 5);
    EXPECT_EQ(r.bestStreakWeeks, 5);
}

TEST(AdherenceStreak, bestStreak_canBeLongerThanTheStreakAndOutsideTheWindow)
{
    // Window of 4 weeks (-3..0). Six met weeks -20..-15 long ago, then -2 and -1 met: streak 2, best 6.
    // Given newest first to make sure order does not matter.
    std::vector<SessionSummary> history;
    for (int week = -20; week <= -15; ++week) {
        addMet(history, week);
    }
    addMet(history, -2);
    addMet(history, -1);
    std::reverse(history.begin(), history.end());
    const AdherenceReport r = report(history, 4);
    EXPECT_EQ(r.streakWeeks, 2);
    EXPECT_EQ(r.bestStreakWeeks, 6);
    EXPECT_EQ(r.weeks[0].days, 0); // week -3: nothing
}

TEST(AdherenceStreak, bestStreak_isBrokenByAWeekWithoutSessions)
{
    // -5, -4 met, -3 has no session at all, -2, -1 and this week met: runs of 2 and 3, not 5 or 6.
    std::vector<SessionSummary> history;
    addMet(history, -5);
    addMet(history, -4);
    addMet(history, -2);
    addMet(history, -1);
    addMet(history, 0);
    const AdherenceReport r = report(history);
    EXPECT_EQ(r.streakWeeks, 3);
    EXPECT_EQ(r.bestStreakWeeks, 3);
}

TEST(AdherenceStreak, bestStreak_ignoresPartialOnlyWeeks)
{
    // -2 has three partial sessions only (0 days): not met, so -3 and -1 are separate runs of 1.
    std::vector<SessionSummary> history;
    addMet(history, -3);
    addDays(history, -2, 3, false);
    addMet(history, -1);
    const AdherenceReport r = report(history);
    EXPECT_EQ(r.streakWeeks, 1);
    EXPECT_EQ(r.bestStreakWeeks, 1);
}

TEST(AdherenceRate, rate_excludesWeeksBeforeTheEarliestSession)
{
    // 12-week window: complete weeks -11..-1. Earliest session is a partial in -3, so -3, -2, -1 count;
    // -3 unmet, -2 and -1 met -> 2 / 3 = 0.6667 -> 0.667.
    std::vector<SessionSummary> history;
    addDays(history, -3, 1, false);
    addMet(history, -2);
    addMet(history, -1);
    const AdherenceReport r = report(history);
    ASSERT_TRUE(r.adherenceRate.has_value());
    EXPECT_DOUBLE_EQ(*r.adherenceRate, 0.667);
}

TEST(AdherenceRate, rate_countsEveryCompleteWindowWeekWhenHistoryIsOlder)
{
    // Window of 4: complete weeks -3..-1, all after the earliest session (-10).
    // -3 met, -2 short, -1 empty -> 1 / 3 = 0.3333 -> 0.333.
    std::vector<SessionSummary> history;
    addMet(history, -10);
    addMet(history, -3);
    addShort(history, -2);
    const AdherenceReport r = report(history, 4);
    ASSERT_TRUE(r.adherenceRate.has_value());
    EXPECT_DOUBLE_EQ(*r.adherenceRate, 0.333);
}

TEST(AdherenceRate, rate_leavesOutTheCurrentWeek)
{
    // Earliest session in -1 (short, unmet); this week met. Only -1 counts -> 0 / 1 = 0.0.
    std::vector<SessionSummary> history;
    addShort(history, -1);
    addMet(history, 0);
    const AdherenceReport r = report(history);
    ASSERT_TRUE(r.adherenceRate.has_value());
    EXPECT_DOUBLE_EQ(*r.adherenceRate, 0.0);
}

TEST(AdherenceRate, rate_isNullWhenTheEarliestSessionIsThisWeek)
{
    // No complete window week starts on or after the current week.
    std::vector<SessionSummary> history;
    addMet(history, 0);
    EXPECT_EQ(report(history).adherenceRate, std::nullopt);
}

TEST(AdherenceRate, rate_isNullForAOneWeekWindow)
{
    // A one-week window holds only the current week, however long the history.
    std::vector<SessionSummary> history;
    addMet(history, -2);
    addMet(history, -1);
    EXPECT_EQ(report(history, 1).adherenceRate, std::nullopt);
}

TEST(AdherenceRate, rate_roundsHalfAwayFromZeroToThreeDecimals)
{
    // Window of 17: complete weeks -16..-1, earliest session in -16 (met), nothing else met.
    // 1 / 16 = 0.0625 -> 0.063.
    std::vector<SessionSummary> history;
    addMet(history, -16);
    const AdherenceReport r = report(history, 17);
    ASSERT_TRUE(r.adherenceRate.has_value());
    EXPECT_DOUBLE_EQ(*r.adherenceRate, 0.063);
}

TEST(AdherenceRate, rate_isOneWhenEveryCountedWeekWasMet)
{
    // -2 and -1 met, earliest in -2 -> 2 / 2 = 1.0.
    std::vector<SessionSummary> history;
    addMet(history, -2);
    addMet(history, -1);
    const AdherenceReport r = report(history);
    ASSERT_TRUE(r.adherenceRate.has_value());
    EXPECT_DOUBLE_EQ(*r.adherenceRate, 1.0);
}

TEST(AdherenceRate, rate_ignoresFutureSessionsWhenFindingTheEarliestWeek)
{
    // Only a partial in -2 is on or before today (the 2025-03 session is ignored): -2, -1 count, both unmet.
    std::vector<SessionSummary> history;
    addDays(history, -2, 1, false);
    history.push_back({QDate(2025, 3, 3), 600, true});
    const AdherenceReport r = report(history);
    ASSERT_TRUE(r.adherenceRate.has_value());
    EXPECT_DOUBLE_EQ(*r.adherenceRate, 0.0);
    EXPECT_EQ(r.streakWeeks, 0);
}
