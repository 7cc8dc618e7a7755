// SPDX-License-Identifier: GPL-3.0-or-later
// Weeks and the current week (PRODUCT.md section 3). Streaks and the rate: adherence_streak_test.cpp.
// Calendar used below: Mon 2024-12-30, Wed 2025-01-01, Fri 2025-01-03, Sat 2025-01-04, Sun 2025-01-05.
#include "adherence.h"

#include <gtest/gtest.h>

using namespace rc::core;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

SessionSummary done(const char* iso, int seconds = 600)
{
    return {date(iso), seconds, true};
}

SessionSummary partial(const char* iso, int seconds)
{
    return {date(iso), seconds, false};
}

AdherenceSettings settings(int target = 3, Qt::DayOfWeek start = Qt::Monday, int weeks = 12)
{
    AdherenceSettings s;
    s.targetDaysPerWeek = target;
    s.weekStart = start;
    s.weeks = weeks;
    return s;
}

} // namespace

TEST(Adherence, weekStartFor_findsLatestDateOnTheConfiguredDay)
{
    // Wed 2025-01-01: back 2 days to Monday, 3 to Sunday, 4 to Saturday.
    EXPECT_EQ(weekStartFor(date("2025-01-01"), Qt::Monday), date("2024-12-30"));
    EXPECT_EQ(weekStartFor(date("2025-01-01"), Qt::Sunday), date("2024-12-29"));
    EXPECT_EQ(weekStartFor(date("2025-01-01"), Qt::Saturday), date("2024-12-28"));
    // A date on the start day is its own week start; Sunday belongs to the Monday before it.
    EXPECT_EQ(weekStartFor(date("2024-12-30"), Qt::Monday), date("2024-12-30"));
    EXPECT_EQ(weekStartFor(date("2024-12-29"), Qt::Monday), date("2024-12-23"));
    // Fri 2024-03-01 is 4 days after Mon 2024-02-26 because 2024 has a 29 February.
    EXPECT_EQ(weekStartFor(date("2024-03-01"), Qt::Monday), date("2024-02-26"));
}

TEST(Adherence, weekStartNames_roundTripOnlyTheThreeAllowedDays)
{
    EXPECT_EQ(weekStartName(Qt::Monday), QStringLiteral("monday"));
    EXPECT_EQ(weekStartName(Qt::Sunday), QStringLiteral("sunday"));
    EXPECT_EQ(weekStartName(Qt::Saturday), QStringLiteral("saturday"));
    EXPECT_EQ(weekStartFromName(QStringLiteral("monday")), Qt::Monday);
    EXPECT_EQ(weekStartFromName(QStringLiteral("sunday")), Qt::Sunday);
    EXPECT_EQ(weekStartFromName(QStringLiteral("saturday")), Qt::Saturday);
    EXPECT_EQ(weekStartFromName(QStringLiteral("tuesday")), std::nullopt);
    EXPECT_EQ(weekStartFromName(QString()), std::nullopt);
}

TEST(Adherence, weekStatusName_usesTheJsonSpelling)
{
    EXPECT_EQ(weekStatusName(WeekStatus::Met), QStringLiteral("met"));
    EXPECT_EQ(weekStatusName(WeekStatus::OnTrack), QStringLiteral("on_track"));
    EXPECT_EQ(weekStatusName(WeekStatus::AtRisk), QStringLiteral("at_risk"));
    EXPECT_EQ(weekStatusName(WeekStatus::Missed), QStringLiteral("missed"));
}

TEST(Adherence, report_windowIsOldestFirstAndEndsWithTheCurrentWeek)
{
    // Three Monday weeks ending with the one holding Wed 2025-01-01.
    const AdherenceReport report = computeAdherence({}, date("2025-01-01"), settings(3, Qt::Monday, 3));
    ASSERT_EQ(report.weeks.size(), 3u);
    EXPECT_EQ(report.weeks[0].start, date("2024-12-16"));
    EXPECT_EQ(report.weeks[0].end, date("2024-12-22"));
    EXPECT_EQ(report.weeks[1].start, date("2024-12-23"));
    EXPECT_EQ(report.weeks[1].end, date("2024-12-29"));
    EXPECT_EQ(report.weeks[2].start, date("2024-12-30"));
    EXPECT_EQ(report.weeks[2].end, date("2025-01-05"));
    EXPECT_EQ(report.currentWeek.start, date("2024-12-30"));
    EXPECT_EQ(report.currentWeek.end, date("2025-01-05"));
    EXPECT_EQ(report.today, date("2025-01-01"));
    EXPECT_EQ(report.targetDaysPerWeek, 3);
    EXPECT_EQ(report.weekStart, Qt::Monday);
}

TEST(Adherence, report_weekAcrossNewYear_countsDatesOfBothYears)
{
    // Mon 2024-12-30, Tue 2024-12-31 and Thu 2025-01-02 share one week: 3 days, 3 x 10 min, met.
    // Today is its Sunday with no session: 1 date left. Streak: nothing before, current met -> 1.
    const AdherenceReport report = computeAdherence({done("2024-12-30"), done("2024-12-31"), done("2025-01-02")},
                                                    date("2025-01-05"), settings(3, Qt::Monday, 1));
    ASSERT_EQ(report.weeks.size(), 1u);
    const WeekSummary& week = report.weeks[0];
    EXPECT_EQ(week.start, date("2024-12-30"));
    EXPECT_EQ(week.end, date("2025-01-05"));
    EXPECT_EQ(week.days, 3);
    EXPECT_EQ(week.sessions, 3);
    EXPECT_DOUBLE_EQ(week.minutes, 30.0);
    EXPECT_TRUE(week.met);
    EXPECT_EQ(week.completedDates, (std::vector<QDate>{date("2024-12-30"), date("2024-12-31"), date("2025-01-02")}));
    EXPECT_EQ(report.currentWeek.days, 3);
    EXPECT_EQ(report.currentWeek.daysNeeded, 0);
    EXPECT_EQ(report.currentWeek.daysLeft, 1);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::Met);
    EXPECT_EQ(report.streakWeeks, 1);
    EXPECT_EQ(report.bestStreakWeeks, 1);
    EXPECT_EQ(report.adherenceRate, std::nullopt); // a one-week window has no complete week
}

TEST(Adherence, report_sundayWeekStart_putsSaturdayInThePreviousWeek)
{
    // Sunday weeks, today Sat 2025-01-04: current Sun 12-29 .. Sat 01-04, previous Sun 12-22 .. Sat 12-28.
    // Sat 12-28 -> previous week; Sun 12-29 and today -> current: 2 days, today done so 0 left;
    // 1 more needed > 0 left -> missed.
    const AdherenceReport report = computeAdherence({done("2024-12-28"), done("2024-12-29"), done("2025-01-04")},
                                                    date("2025-01-04"), settings(3, Qt::Sunday, 2));
    ASSERT_EQ(report.weeks.size(), 2u);
    EXPECT_EQ(report.weeks[0].start, date("2024-12-22"));
    EXPECT_EQ(report.weeks[0].end, date("2024-12-28"));
    EXPECT_EQ(report.weeks[0].days, 1);
    EXPECT_EQ(report.weeks[1].start, date("2024-12-29"));
    EXPECT_EQ(report.weeks[1].end, date("2025-01-04"));
    EXPECT_EQ(report.weeks[1].days, 2);
    EXPECT_EQ(report.currentWeek.daysNeeded, 1);
    EXPECT_EQ(report.currentWeek.daysLeft, 0);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::Missed);
    EXPECT_EQ(report.weekStart, Qt::Sunday);
}

TEST(Adherence, report_saturdayWeekStart_putsFridayInThePreviousWeek)
{
    // Saturday weeks, today Fri 2025-01-03: current Sat 12-28 .. Fri 01-03, previous Sat 12-21 .. Fri 12-27.
    // Fri 12-27 -> previous; Sat 12-28 -> current. Target 2: 1 more needed, today undone so 1 left -> at risk.
    const AdherenceReport report =
        computeAdherence({done("2024-12-27"), done("2024-12-28")}, date("2025-01-03"), settings(2, Qt::Saturday, 2));
    ASSERT_EQ(report.weeks.size(), 2u);
    EXPECT_EQ(report.weeks[0].start, date("2024-12-21"));
    EXPECT_EQ(report.weeks[0].end, date("2024-12-27"));
    EXPECT_EQ(report.weeks[0].days, 1);
    EXPECT_EQ(report.weeks[1].start, date("2024-12-28"));
    EXPECT_EQ(report.weeks[1].end, date("2025-01-03"));
    EXPECT_EQ(report.weeks[1].days, 1);
    EXPECT_EQ(report.currentWeek.daysNeeded, 1);
    EXPECT_EQ(report.currentWeek.daysLeft, 1);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::AtRisk);
}

TEST(Adherence, report_leapDay_isADateOfItsWeek)
{
    // Week Mon 2024-02-26 .. Sun 2024-03-03 holds 28 Feb, 29 Feb and 1 Mar: 3 days, met.
    // Given out of order: history need not be sorted.
    const AdherenceReport report = computeAdherence({done("2024-03-01"), done("2024-02-29"), done("2024-02-28")},
                                                    date("2024-03-03"), settings(3, Qt::Monday, 1));
    ASSERT_EQ(report.weeks.size(), 1u);
    EXPECT_EQ(report.weeks[0].start, date("2024-02-26"));
    EXPECT_EQ(report.weeks[0].end, date("2024-03-03"));
    EXPECT_EQ(report.weeks[0].days, 3);
    EXPECT_TRUE(report.weeks[0].met);
    EXPECT_EQ(report.weeks[0].completedDates,
              (std::vector<QDate>{date("2024-02-28"), date("2024-02-29"), date("2024-03-01")}));
}

TEST(Adherence, report_severalSessionsOnOneDay_countOneDayAndEverySession)
{
    // Three completed 3-minute sessions on Mon 12-30: 1 distinct day, 3 sessions, 540 s = 9.0 min.
    const AdherenceReport report = computeAdherence(
        {done("2024-12-30", 180), done("2024-12-30", 180), done("2024-12-30", 180)}, date("2025-01-01"), settings());
    const WeekSummary& week = report.weeks.back();
    EXPECT_EQ(week.days, 1);
    EXPECT_EQ(week.sessions, 3);
    EXPECT_DOUBLE_EQ(week.minutes, 9.0);
    EXPECT_FALSE(week.met);
    EXPECT_EQ(week.completedDates, std::vector<QDate>{date("2024-12-30")});
}

TEST(Adherence, report_partialSessions_addMinutesButNotDaysOrSessions)
{
    // Completed Mon (600 s), partial Tue (300 s) and partial today Wed (150 s): 1 day, 1 session,
    // 1050 s = 17.5 min. Today has only a partial so it is still open: Wed..Sun = 5 left, 2 needed.
    const AdherenceReport report =
        computeAdherence({done("2024-12-30", 600), partial("2024-12-31", 300), partial("2025-01-01", 150)},
                         date("2025-01-01"), settings());
    const WeekSummary& week = report.weeks.back();
    EXPECT_EQ(week.days, 1);
    EXPECT_EQ(week.sessions, 1);
    EXPECT_DOUBLE_EQ(week.minutes, 17.5);
    EXPECT_EQ(week.completedDates, std::vector<QDate>{date("2024-12-30")});
    EXPECT_EQ(report.currentWeek.daysNeeded, 2);
    EXPECT_EQ(report.currentWeek.daysLeft, 5);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::OnTrack);
}

TEST(Adherence, report_ignoresSessionsAfterToday)
{
    // Thu 01-02 and Fri 01-03 are in the current week but after today (Wed), and 2025-06-02 is far ahead:
    // nothing counts. The week looks empty: 3 needed, Wed..Sun = 5 left -> on track. No session on or before
    // today, so there is no earliest week: rate null, streaks 0.
    const AdherenceReport report =
        computeAdherence({done("2025-01-02"), done("2025-01-03"), done("2025-01-04"), done("2025-06-02")},
                         date("2025-01-01"), settings());
    const WeekSummary& week = report.weeks.back();
    EXPECT_EQ(week.days, 0);
    EXPECT_EQ(week.sessions, 0);
    EXPECT_DOUBLE_EQ(week.minutes, 0.0);
    EXPECT_FALSE(week.met);
    EXPECT_EQ(report.currentWeek.daysLeft, 5);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::OnTrack);
    EXPECT_EQ(report.streakWeeks, 0);
    EXPECT_EQ(report.bestStreakWeeks, 0);
    EXPECT_EQ(report.adherenceRate, std::nullopt);
}

TEST(Adherence, report_ignoresSessionsWithoutAValidDate)
{
    const AdherenceReport report =
        computeAdherence({SessionSummary{QDate(), 600, true}, done("2024-12-30")}, date("2025-01-01"), settings());
    EXPECT_EQ(report.weeks.back().days, 1);
    EXPECT_EQ(report.weeks.back().sessions, 1);
}

TEST(Adherence, report_emptyHistoryOnWednesday_isOnTrack)
{
    // 0 days, 3 needed, Wed..Sun = 5 left -> on track; no weeks met, no streak, no rate.
    const AdherenceReport report = computeAdherence({}, date("2025-01-01"), settings());
    ASSERT_EQ(report.weeks.size(), 12u);
    for (const WeekSummary& week : report.weeks) {
        EXPECT_EQ(week.days, 0);
        EXPECT_EQ(week.sessions, 0);
        EXPECT_DOUBLE_EQ(week.minutes, 0.0);
        EXPECT_FALSE(week.met);
        EXPECT_TRUE(week.completedDates.empty());
    }
    EXPECT_EQ(report.currentWeek.days, 0);
    EXPECT_EQ(report.currentWeek.daysNeeded, 3);
    EXPECT_EQ(report.currentWeek.daysLeft, 5);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::OnTrack);
    EXPECT_EQ(report.streakWeeks, 0);
    EXPECT_EQ(report.bestStreakWeeks, 0);
    EXPECT_EQ(report.adherenceRate, std::nullopt);
}

TEST(Adherence, report_emptyHistoryOnFriday_isAtRisk)
{
    // Fri, Sat, Sun = 3 left, 3 needed -> at risk.
    const AdherenceReport report = computeAdherence({}, date("2025-01-03"), settings());
    EXPECT_EQ(report.currentWeek.daysLeft, 3);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::AtRisk);
}

TEST(Adherence, report_emptyHistoryOnSaturday_isMissed)
{
    // Sat, Sun = 2 left, 3 needed -> missed.
    const AdherenceReport report = computeAdherence({}, date("2025-01-04"), settings());
    EXPECT_EQ(report.currentWeek.daysLeft, 2);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::Missed);
}

TEST(Adherence, report_currentWeekMet_whenTargetReachedBeforeItsEnd)
{
    // Mon, Tue and today Wed done: 3 days, 0 needed; today is done so Thu..Sun = 4 left.
    const AdherenceReport report =
        computeAdherence({done("2024-12-30"), done("2024-12-31"), done("2025-01-01")}, date("2025-01-01"), settings());
    EXPECT_EQ(report.currentWeek.days, 3);
    EXPECT_EQ(report.currentWeek.daysNeeded, 0);
    EXPECT_EQ(report.currentWeek.daysLeft, 4);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::Met);
    EXPECT_TRUE(report.weeks.back().met);
}

TEST(Adherence, report_currentWeekOnTrack_whenMoreDatesLeftThanNeeded)
{
    // Mon and Tue done, today Wed not yet: 2 days, 1 needed, Wed..Sun = 5 left.
    const AdherenceReport report =
        computeAdherence({done("2024-12-30"), done("2024-12-31")}, date("2025-01-01"), settings());
    EXPECT_EQ(report.currentWeek.days, 2);
    EXPECT_EQ(report.currentWeek.daysNeeded, 1);
    EXPECT_EQ(report.currentWeek.daysLeft, 5);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::OnTrack);
}

TEST(Adherence, report_currentWeekAtRisk_whenEveryLeftDateIsNeeded)
{
    // Today Sat, only Mon done: 2 needed, Sat and Sun = 2 left.
    const AdherenceReport report = computeAdherence({done("2024-12-30")}, date("2025-01-04"), settings());
    EXPECT_EQ(report.currentWeek.daysNeeded, 2);
    EXPECT_EQ(report.currentWeek.daysLeft, 2);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::AtRisk);
}

TEST(Adherence, report_currentWeekMissed_whenTooFewDatesLeft)
{
    // Today Sun, Mon done and a partial today: 1 day, 2 needed; the partial leaves today open: 1 left.
    const AdherenceReport report =
        computeAdherence({done("2024-12-30"), partial("2025-01-05", 300)}, date("2025-01-05"), settings());
    EXPECT_EQ(report.currentWeek.days, 1);
    EXPECT_EQ(report.currentWeek.daysNeeded, 2);
    EXPECT_EQ(report.currentWeek.daysLeft, 1);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::Missed);
}

TEST(Adherence, report_minutes_roundHalfAwayFromZeroToOneDecimal)
{
    // Six Monday weeks ending Sun 2025-01-05, one figure per week:
    // 45 s = 0.75 -> 0.8 (half away); 50 s = 0.833 -> 0.8; 3 s = 0.05 -> 0.1; 2 s = 0.033 -> 0.0;
    // 129 s = 2.15 -> 2.2; current week 45 s + 45 s = 90 s = 1.5 (summed before rounding, not 0.8 + 0.8).
    const AdherenceReport report = computeAdherence(
        {partial("2024-11-25", 45), partial("2024-12-02", 50), partial("2024-12-09", 3), partial("2024-12-16", 2),
         partial("2024-12-23", 129), partial("2024-12-30", 45), done("2025-01-01", 45)},
        date("2025-01-05"), settings(3, Qt::Monday, 6));
    ASSERT_EQ(report.weeks.size(), 6u);
    EXPECT_DOUBLE_EQ(report.weeks[0].minutes, 0.8);
    EXPECT_DOUBLE_EQ(report.weeks[1].minutes, 0.8);
    EXPECT_DOUBLE_EQ(report.weeks[2].minutes, 0.1);
    EXPECT_DOUBLE_EQ(report.weeks[3].minutes, 0.0);
    EXPECT_DOUBLE_EQ(report.weeks[4].minutes, 2.2);
    EXPECT_DOUBLE_EQ(report.weeks[5].minutes, 1.5);
}

TEST(Adherence, report_targetOne_isMetByASingleDay)
{
    // Target 1, today Sun: last week (Wed 12-25) met; this week empty: 1 needed, Sun = 1 left -> at risk.
    // Streak 1 (last week) + 0; rate: earliest week is last week, 1 of 1 met -> 1.0.
    const AdherenceReport report =
        computeAdherence({done("2024-12-25")}, date("2025-01-05"), settings(1, Qt::Monday, 2));
    EXPECT_TRUE(report.weeks[0].met);
    EXPECT_FALSE(report.weeks[1].met);
    EXPECT_EQ(report.currentWeek.daysNeeded, 1);
    EXPECT_EQ(report.currentWeek.daysLeft, 1);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::AtRisk);
    EXPECT_EQ(report.streakWeeks, 1);
    EXPECT_EQ(report.adherenceRate, 1.0);
}

TEST(Adherence, report_targetSeven_needsEveryDate)
{
    // Target 7, today Tue 12-31: last week done Mon..Sat (6 days) -> not met.
    // This week Mon done: 1 day, 6 needed, Tue..Sun = 6 left -> at risk.
    const AdherenceReport report =
        computeAdherence({done("2024-12-23"), done("2024-12-24"), done("2024-12-25"), done("2024-12-26"),
                          done("2024-12-27"), done("2024-12-28"), done("2024-12-30")},
                         date("2024-12-31"), settings(7, Qt::Monday, 2));
    EXPECT_EQ(report.weeks[0].days, 6);
    EXPECT_FALSE(report.weeks[0].met);
    EXPECT_EQ(report.currentWeek.daysNeeded, 6);
    EXPECT_EQ(report.currentWeek.daysLeft, 6);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::AtRisk);
}

TEST(Adherence, report_targetSeven_isMissedOnceADateIsLost)
{
    // Target 7, today Tue 12-31, Monday skipped: 7 needed, Tue..Sun = 6 left -> missed.
    // Last week all 7 dates (12-23 .. 12-29) -> met, streak 1.
    const AdherenceReport report =
        computeAdherence({done("2024-12-23"), done("2024-12-24"), done("2024-12-25"), done("2024-12-26"),
                          done("2024-12-27"), done("2024-12-28"), done("2024-12-29")},
                         date("2024-12-31"), settings(7, Qt::Monday, 2));
    EXPECT_EQ(report.weeks[0].days, 7);
    EXPECT_TRUE(report.weeks[0].met);
    EXPECT_EQ(report.currentWeek.daysNeeded, 7);
    EXPECT_EQ(report.currentWeek.daysLeft, 6);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::Missed);
    EXPECT_EQ(report.streakWeeks, 1);
}

TEST(Adherence, currentWeekDays_areTheSevenDatesWithDoneTodayAndFuture)
{
    // Sunday-first week holding Wed 2025-01-01: Sun 12-29 .. Sat 01-04. Completed on Sun 12-29 and on
    // Wed 01-01; a partial session on Mon 12-30 does not make that day done.
    const auto report = computeAdherence({done("2024-12-29"), partial("2024-12-30", 300), done("2025-01-01")},
                                         date("2025-01-01"), settings(3, Qt::Sunday, 1));
    const std::vector<WeekDay> days = currentWeekDays(report);
    ASSERT_EQ(days.size(), 7u);
    const char* dates[] = {"2024-12-29", "2024-12-30", "2024-12-31", "2025-01-01",
                           "2025-01-02", "2025-01-03", "2025-01-04"};
    const bool doneDays[] = {true, false, false, true, false, false, false};
    for (int i = 0; i < 7; ++i) {
        SCOPED_TRACE(dates[i]);
        EXPECT_EQ(days[i].date, date(dates[i]));
        EXPECT_EQ(days[i].done, doneDays[i]);
        EXPECT_EQ(days[i].today, i == 3);
        EXPECT_EQ(days[i].future, i > 3);
    }
}
