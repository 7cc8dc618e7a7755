// SPDX-License-Identifier: GPL-3.0-or-later
// PRODUCT.md section 5: pauses in the weeks, streaks and rate, and today's reminder. Worked by hand.
// Calendar (Monday weeks): Mon 2026-11-16, Mon 11-23, Mon 11-30, Mon 12-07 (Wed 12-09, Thu 12-10,
// Sat 12-12, Sun 12-13).
#include "adherence.h"
#include "reminder.h"
#include "rhythm.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace rc::core;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

SessionSummary done(const char* iso)
{
    return {date(iso), 600, true};
}

Pause pause(const char* from, const char* to)
{
    return {0, date(from), date(to), QString()};
}

AdherenceSettings settings(int weeks = 12, int target = 3)
{
    AdherenceSettings s;
    s.targetDaysPerWeek = target;
    s.weekStart = Qt::Monday;
    s.weeks = weeks;
    return s;
}

RecordSettings plannedOn(std::initializer_list<Qt::DayOfWeek> days)
{
    RecordSettings s;
    for (Qt::DayOfWeek day : days) {
        s.plannedDays |= 1u << (int(day) - 1);
    }
    return s;
}

const std::vector<SessionSummary> threeDaysEachOfTwoWeeks = {
    done("2026-11-16"), done("2026-11-17"), done("2026-11-18"), // met
    done("2026-11-30"), done("2026-12-01"), done("2026-12-02"), // met
};

} // namespace

TEST(Pauses, aWeekWithPausedDays_hasTheTargetOfItsUnpausedDays_roundedUp)
{
    // Wed 12-09 to Sun 12-13 paused: 2 unpaused days, ceil(3 x 2 / 7) = ceil(0.86) = 1.
    const auto report =
        computeAdherence({done("2026-12-07")}, date("2026-12-08"), settings(1), {pause("2026-12-09", "2026-12-13")});
    const WeekSummary& week = report.weeks.back();
    EXPECT_EQ(week.target, 1);
    EXPECT_FALSE(week.paused);
    EXPECT_EQ(week.pausedDays, 0b1111100u); // Wednesday (bit 2) to Sunday (bit 6)
    EXPECT_TRUE(week.met);
    EXPECT_EQ(report.currentWeek.target, 1);
    EXPECT_EQ(report.currentWeek.status, WeekStatus::Met);
}

TEST(Pauses, targetsForEveryCountOfUnpausedDays_followCeilOfTxUOver7)
{
    // T = 3: u = 7..1 gives 3, 3, 3, 2, 2, 1, 1 (21/7, 18/7 = 2.6, 15/7 = 2.1, 12/7 = 1.7, 9/7, 6/7, 3/7).
    const int expected[] = {3, 3, 3, 2, 2, 1, 1};
    for (int paused = 0; paused < 7; ++paused) {
        std::vector<Pause> pauses;
        if (paused > 0) {
            pauses.push_back({0, date("2026-12-13").addDays(1 - paused), date("2026-12-13"), QString()});
        }
        const auto report = computeAdherence({}, date("2026-12-07"), settings(1), pauses);
        EXPECT_EQ(report.weeks.back().target, expected[paused]) << paused << " paused days";
    }
    // T = 7 with one day paused: ceil(42 / 7) = 6.
    const auto seven = computeAdherence({}, date("2026-12-07"), settings(1, 7), {pause("2026-12-13", "2026-12-13")});
    EXPECT_EQ(seven.weeks.back().target, 6);
}

TEST(Pauses, aWeekPausedWhole_isPaused_withTarget0_neverMet_andTheStatusPaused)
{
    const auto report =
        computeAdherence({done("2026-12-08")}, date("2026-12-09"), settings(1), {pause("2026-12-01", "2026-12-20")});
    const WeekSummary& week = report.weeks.back();
    EXPECT_TRUE(week.paused);
    EXPECT_EQ(week.target, 0);
    EXPECT_FALSE(week.met);
    EXPECT_EQ(week.days, 1); // a session on a paused date still counts as done
    EXPECT_EQ(report.currentWeek.status, WeekStatus::Paused);
    EXPECT_TRUE(report.currentWeek.paused);
    EXPECT_EQ(report.currentWeek.daysNeeded, 0);
    EXPECT_EQ(report.currentWeek.daysLeft, 0);
}

TEST(Pauses, overlappingAndTouchingPauses_coverTheirUnion)
{
    // Mon-Wed and Wed-Fri overlap, Sat-Sun touches: together the whole week.
    const auto report = computeAdherence(
        {}, date("2026-12-07"), settings(1),
        {pause("2026-12-09", "2026-12-11"), pause("2026-12-07", "2026-12-09"), pause("2026-12-12", "2026-12-13")});
    EXPECT_TRUE(report.weeks.back().paused);
}

TEST(Pauses, daysLeft_skipPausedDates_soTheStatusFollowsWhatCanStillBeDone)
{
    // Fri 12-11 to Sun 12-13 paused: u = 4, target ceil(12/7) = 2. Monday done: 1 more needed.
    const std::vector<Pause> pauses = {pause("2026-12-11", "2026-12-13")};
    const auto wednesday = computeAdherence({done("2026-12-07")}, date("2026-12-09"), settings(1), pauses);
    EXPECT_EQ(wednesday.currentWeek.daysNeeded, 1);
    EXPECT_EQ(wednesday.currentWeek.daysLeft, 2); // Wednesday and Thursday
    EXPECT_EQ(wednesday.currentWeek.status, WeekStatus::OnTrack);
    const auto thursday = computeAdherence({done("2026-12-07")}, date("2026-12-10"), settings(1), pauses);
    EXPECT_EQ(thursday.currentWeek.daysLeft, 1);
    EXPECT_EQ(thursday.currentWeek.status, WeekStatus::AtRisk);
    const auto friday = computeAdherence({done("2026-12-07")}, date("2026-12-11"), settings(1), pauses);
    EXPECT_EQ(friday.currentWeek.daysLeft, 0);
    EXPECT_EQ(friday.currentWeek.status, WeekStatus::Missed);
}

TEST(Pauses, aPausedWeekBetweenMetWeeks_neitherCountsNorBreaksTheStreak)
{
    // 11-16 met, 11-23 paused whole with no session, 11-30 met; today Wed 12-09, nothing yet this week.
    const std::vector<Pause> pauses = {pause("2026-11-23", "2026-11-29")};
    const auto withPause = computeAdherence(threeDaysEachOfTwoWeeks, date("2026-12-09"), settings(4), pauses);
    EXPECT_EQ(withPause.streakWeeks, 2);
    EXPECT_EQ(withPause.bestStreakWeeks, 2);
    // Rate: complete weeks from 11-16 are 11-16, 11-23, 11-30; without the paused one, 2 of 2 met.
    ASSERT_TRUE(withPause.adherenceRate);
    EXPECT_DOUBLE_EQ(*withPause.adherenceRate, 1.0);

    const auto without = computeAdherence(threeDaysEachOfTwoWeeks, date("2026-12-09"), settings(4));
    EXPECT_EQ(without.streakWeeks, 1);
    EXPECT_EQ(without.bestStreakWeeks, 1);
    EXPECT_DOUBLE_EQ(*without.adherenceRate, 0.667);
}

TEST(Pauses, aPausedWeekWithASession_stillNeitherCountsNorBreaks)
{
    std::vector<SessionSummary> history = threeDaysEachOfTwoWeeks;
    history.push_back(done("2026-11-25")); // rolled once while injured
    const auto report =
        computeAdherence(history, date("2026-12-09"), settings(4), {pause("2026-11-23", "2026-11-29")});
    EXPECT_EQ(report.streakWeeks, 2);
    EXPECT_EQ(report.weeks[1].days, 1);
    EXPECT_FALSE(report.weeks[1].met);
}

TEST(Pauses, pausedWeeksUpToToday_carryTheStreakIntoTheCurrentWeek)
{
    // 11-16 met; 11-23 and 11-30 paused; the current week met already on Wednesday: 1 + 1.
    const std::vector<SessionSummary> history = {done("2026-11-16"), done("2026-11-17"), done("2026-11-18"),
                                                 done("2026-12-07"), done("2026-12-08"), done("2026-12-09")};
    const auto report = computeAdherence(history, date("2026-12-09"), settings(4), {pause("2026-11-23", "2026-12-06")});
    EXPECT_EQ(report.streakWeeks, 2);
    EXPECT_EQ(report.bestStreakWeeks, 2);
    // The current week not met yet: the streak is the one of 11-16, carried over the paused weeks.
    const auto monday = computeAdherence({done("2026-11-16"), done("2026-11-17"), done("2026-11-18")},
                                         date("2026-12-07"), settings(4), {pause("2026-11-23", "2026-12-06")});
    EXPECT_EQ(monday.streakWeeks, 1);
}

TEST(Pauses, aCurrentWeekPausedWhole_keepsTheStreakOfTheWeeksBefore)
{
    const auto report = computeAdherence(threeDaysEachOfTwoWeeks, date("2026-12-09"), settings(4),
                                         {pause("2026-11-23", "2026-11-29"), pause("2026-12-07", "2026-12-13")});
    EXPECT_EQ(report.currentWeek.status, WeekStatus::Paused);
    EXPECT_EQ(report.streakWeeks, 2);
}

TEST(Pauses, anUnpausedEmptyWeek_stillBreaksTheRun)
{
    // Only Monday of 11-23 is paused: u = 6, target ceil(18/7) = 3, no session: the run breaks.
    const auto report = computeAdherence(threeDaysEachOfTwoWeeks, date("2026-12-09"), settings(4),
                                         {pause("2026-11-23", "2026-11-23")});
    EXPECT_EQ(report.weeks[1].target, 3);
    EXPECT_EQ(report.streakWeeks, 1);
}

TEST(Reminder, anAtRiskWeek_isDue_forThatReason)
{
    // Sat 12-12, Monday done: 2 needed, Saturday and Sunday left.
    const auto report = computeAdherence({done("2026-12-07")}, date("2026-12-12"), settings(1));
    ASSERT_EQ(report.currentWeek.status, WeekStatus::AtRisk);
    const ReminderDecision due = reminderFor(report, RecordSettings{}, true);
    EXPECT_TRUE(due.dueToday);
    EXPECT_EQ(due.reason, ReminderReason::AtRisk);
    EXPECT_FALSE(reminderFor(report, RecordSettings{}, false).dueToday); // reminders off
}

TEST(Reminder, anOnTrackWeek_isDueOnlyOnAPlannedDay)
{
    // Thu 12-10, Monday done: 2 needed, 4 left: on track.
    const auto report = computeAdherence({done("2026-12-07")}, date("2026-12-10"), settings(1));
    ASSERT_EQ(report.currentWeek.status, WeekStatus::OnTrack);
    EXPECT_FALSE(reminderFor(report, RecordSettings{}, true).dueToday);
    EXPECT_FALSE(reminderFor(report, plannedOn({Qt::Wednesday, Qt::Friday}), true).dueToday);
    const ReminderDecision planned = reminderFor(report, plannedOn({Qt::Thursday}), true);
    EXPECT_TRUE(planned.dueToday);
    EXPECT_EQ(planned.reason, ReminderReason::PlannedDay);
}

TEST(Reminder, aMetWeek_aDoneDay_andAPausedDay_areNeverDue)
{
    const RecordSettings thursday = plannedOn({Qt::Thursday, Qt::Saturday});
    const auto met = computeAdherence({done("2026-12-07"), done("2026-12-08"), done("2026-12-09")},
                                      date("2026-12-10"), settings(1));
    EXPECT_FALSE(reminderFor(met, thursday, true).dueToday);
    // At risk on Saturday, but already rolled today.
    const auto doneToday = computeAdherence({done("2026-12-07"), done("2026-12-12")}, date("2026-12-12"), settings(1));
    ASSERT_EQ(doneToday.currentWeek.status, WeekStatus::AtRisk);
    EXPECT_FALSE(reminderFor(doneToday, thursday, true).dueToday);
    // A planned Thursday that is paused.
    const auto paused =
        computeAdherence({done("2026-12-07")}, date("2026-12-10"), settings(1), {pause("2026-12-10", "2026-12-10")});
    EXPECT_FALSE(reminderFor(paused, thursday, true).dueToday);
    // A week paused whole.
    const auto wholeWeek =
        computeAdherence({}, date("2026-12-10"), settings(1), {pause("2026-12-07", "2026-12-13")});
    EXPECT_FALSE(reminderFor(wholeWeek, thursday, true).dueToday);
}

TEST(Reminder, aMissedWeek_isStillDueOnAPlannedDay_asSection5Says)
{
    // Sun 12-13 with nothing done: 3 needed, 1 left: missed. Neither met nor paused, and planned.
    const auto report = computeAdherence({}, date("2026-12-13"), settings(1));
    ASSERT_EQ(report.currentWeek.status, WeekStatus::Missed);
    EXPECT_FALSE(reminderFor(report, RecordSettings{}, true).dueToday);
    const ReminderDecision planned = reminderFor(report, plannedOn({Qt::Sunday}), true);
    EXPECT_TRUE(planned.dueToday);
    EXPECT_EQ(planned.reason, ReminderReason::PlannedDay);
}

TEST(Reminder, theTextSaysWhyWithTheNumbersAndTheStreakAtStake)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // Sat 12-12 with Monday done, after two met weeks: at risk, 2 needed and 2 left, streak 2.
    std::vector<SessionSummary> history = {done("2026-11-23"), done("2026-11-24"), done("2026-11-25"),
                                           done("2026-11-30"), done("2026-12-01"), done("2026-12-02"),
                                           done("2026-12-07")};
    const Rhythm atRisk = rhythmOf(history, RecordSettings{}, {}, date("2026-12-12"), true);
    ASSERT_TRUE(atRisk.reminder.dueToday);
    const ReminderText text = reminderText(atRisk);
    EXPECT_EQ(text.title, u"Your week needs today"_s);
    EXPECT_EQ(text.body,
              u"2 more days needed and 2 days left this week. Your streak is at stake: 2 weeks in a row on target."_s);

    const Rhythm planned = rhythmOf({done("2026-12-07")}, plannedOn({Qt::Thursday}), {}, date("2026-12-10"), true);
    ASSERT_EQ(planned.reminder.reason, ReminderReason::PlannedDay);
    EXPECT_EQ(reminderText(planned).body, u"Thursday is one of your planned days. 1 of 3 days done this week."_s);
}

TEST(Reminder, afterASave_theWeeksProgressInWords)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto twoOfThree = computeAdherence({done("2026-12-07"), done("2026-12-09")}, date("2026-12-09"), settings(1));
    EXPECT_EQ(weekProgressText(twoOfThree), u"Day 2 of 3 this week: 1 more by Sunday."_s);
    const auto met = computeAdherence({done("2026-12-07"), done("2026-12-08"), done("2026-12-09")},
                                      date("2026-12-09"), settings(1));
    EXPECT_EQ(weekProgressText(met), u"Week done: 3 of 3 days."_s);
    const auto paused =
        computeAdherence({done("2026-12-09")}, date("2026-12-09"), settings(1), {pause("2026-12-07", "2026-12-13")});
    EXPECT_EQ(weekProgressText(paused), u"This week is paused; the session still counts."_s);
}
