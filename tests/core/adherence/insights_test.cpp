// SPDX-License-Identifier: GPL-3.0-or-later
// Expected values are worked out by hand from PRODUCT.md section 3 and the rules in insights.h.
#include "catalog.h"
#include "insights.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace rc::core;

namespace {

// Wednesday 25 November 2026.
const QDate today(2026, 11, 25);

SessionSummary summary(const QDate& date, int seconds, bool completed)
{
    return {date, seconds, completed};
}

Session session(const QDate& date, const QString& routine, int workedSeconds, std::vector<StepResult> steps = {})
{
    Session s;
    s.startedAt = QDateTime(date, QTime(7, 0), Qt::OffsetFromUTC, 3600);
    s.localDate = date;
    s.routine = routine;
    s.plannedSeconds = workedSeconds;
    s.workedSeconds = workedSeconds;
    s.completed = true;
    s.steps = std::move(steps);
    return s;
}

Session rated(const QDate& date, std::optional<int> before, std::optional<int> after)
{
    Session s = session(date, u"runners-recovery"_s, 540);
    s.sorenessBefore = before;
    s.sorenessAfter = after;
    return s;
}

StepResult step(const QString& technique, Side side, int workedSeconds)
{
    StepResult result;
    result.technique = technique;
    result.side = side;
    result.plannedSeconds = 90;
    result.workedSeconds = workedSeconds;
    return result;
}

const Catalog& catalog()
{
    static const Catalog builtIn = [] {
        auto result = Catalog::builtIn();
        EXPECT_TRUE(result.ok());
        return result.ok() ? std::move(result).value() : Catalog{};
    }();
    return builtIn;
}

} // namespace

TEST(DailyActivity, oneEntryPerDate_withMinutesOfAllSessions_andCompletedApartFromPartial)
{
    const std::vector<SessionSummary> history = {
        summary({2026, 10, 31}, 540, true), // before the range
        summary({2026, 11, 2}, 540, true),   summary({2026, 11, 4}, 540, true),  summary({2026, 11, 4}, 120, false),
        summary({2026, 11, 10}, 300, false), summary({2026, 11, 11}, 540, true), // after the range
    };
    const auto days = dailyActivity(history, {2026, 11, 1}, {2026, 11, 10});
    ASSERT_EQ(days.size(), 10u);
    EXPECT_EQ(days[0].date, QDate(2026, 11, 1));
    EXPECT_EQ(days[0].workedSeconds, 0);
    EXPECT_FALSE(days[0].completed());
    EXPECT_EQ(days[1].workedSeconds, 540);
    EXPECT_TRUE(days[1].completed());
    EXPECT_EQ(days[3].date, QDate(2026, 11, 4));
    EXPECT_EQ(days[3].workedSeconds, 660);
    EXPECT_EQ(days[3].completedSessions, 1);
    EXPECT_EQ(days[3].partialSessions, 1);
    EXPECT_TRUE(days[3].completed());
    EXPECT_FALSE(days[3].partialOnly());
    EXPECT_EQ(days[9].date, QDate(2026, 11, 10));
    EXPECT_TRUE(days[9].partialOnly());
    EXPECT_FALSE(days[9].completed());
}

TEST(DailyActivity, rangeEndingBeforeItStarts_isEmpty)
{
    EXPECT_TRUE(dailyActivity({summary(today, 540, true)}, today, today.addDays(-1)).empty());
}

TEST(HeatLevel, shadesByWorkedMinutes_under5_under10_under15_andAbove)
{
    EXPECT_EQ(heatLevel(0), 0);
    EXPECT_EQ(heatLevel(1), 1);
    EXPECT_EQ(heatLevel(299), 1);
    EXPECT_EQ(heatLevel(300), 2);
    EXPECT_EQ(heatLevel(540), 2); // the default routine
    EXPECT_EQ(heatLevel(599), 2);
    EXPECT_EQ(heatLevel(600), 3);
    EXPECT_EQ(heatLevel(899), 3);
    EXPECT_EQ(heatLevel(900), 4);
    EXPECT_EQ(heatLevel(7200), 4);
}

TEST(HeatMapGrid, mondayFirst_sixMonths_runsFromTheWeekOf26MayToTheCurrentWeek)
{
    // 25 Nov minus 6 months plus a day is Tuesday 26 May; its Monday-first week starts 25 May.
    // 25 May .. 29 Nov is 189 dates: 27 columns.
    const HeatMapGrid grid = heatMapGrid({}, today, Qt::Monday);
    EXPECT_EQ(grid.first, QDate(2026, 5, 25));
    EXPECT_EQ(grid.last, QDate(2026, 11, 29));
    EXPECT_EQ(grid.columns, 27);
    ASSERT_EQ(grid.cells.size(), 189u);
    EXPECT_EQ(grid.rowDays[0], Qt::Monday);
    EXPECT_EQ(grid.rowDays[6], Qt::Sunday);
    // 25 Nov is 184 days after 25 May: column 26, row 2 (Wednesday).
    const HeatMapCell* cell = grid.cellAt(26, 2);
    ASSERT_NE(cell, nullptr);
    EXPECT_EQ(cell->activity.date, today);
    EXPECT_FALSE(cell->future);
    EXPECT_TRUE(grid.cellAt(26, 3)->future);
    EXPECT_EQ(grid.cellFor(today), cell);
    EXPECT_EQ(grid.cellFor(QDate(2026, 5, 24)), nullptr);
    EXPECT_EQ(grid.cellAt(27, 0), nullptr);
}

TEST(HeatMapGrid, sundayFirst_putsSundayOnTheTopRow)
{
    // Tuesday 26 May's Sunday-first week starts 24 May; the current week ends Saturday 28 Nov.
    const HeatMapGrid grid = heatMapGrid({}, today, Qt::Sunday);
    EXPECT_EQ(grid.first, QDate(2026, 5, 24));
    EXPECT_EQ(grid.last, QDate(2026, 11, 28));
    EXPECT_EQ(grid.columns, 27);
    EXPECT_EQ(grid.rowDays[0], Qt::Sunday);
    EXPECT_EQ(grid.rowDays[1], Qt::Monday);
    EXPECT_EQ(grid.rowDays[6], Qt::Saturday);
    // 185 days after 24 May: column 26, row 3 (Wednesday in a Sunday-first week).
    EXPECT_EQ(grid.cellAt(26, 3)->activity.date, today);
    EXPECT_EQ(grid.cellFor(QDate(2026, 11, 22))->row, 0);
}

TEST(HeatMapGrid, saturdayFirst_putsSaturdayOnTheTopRow)
{
    // Tuesday 26 May's Saturday-first week starts 23 May; the current week runs 21-27 Nov.
    const HeatMapGrid grid = heatMapGrid({}, today, Qt::Saturday);
    EXPECT_EQ(grid.first, QDate(2026, 5, 23));
    EXPECT_EQ(grid.last, QDate(2026, 11, 27));
    EXPECT_EQ(grid.rowDays[0], Qt::Saturday);
    EXPECT_EQ(grid.cellFor(today)->row, 4);
}

TEST(HeatMapGrid, namesEachMonthOverTheColumnHoldingItsFirst)
{
    // Monday-first from 25 May: 1 Jun is 7 days in (column 1), 1 Jul 37 (5), 1 Aug 68 (9),
    // 1 Sep 99 (14), 1 Oct 129 (18), 1 Nov 160 (22).
    const HeatMapGrid grid = heatMapGrid({}, today, Qt::Monday);
    const std::vector<std::pair<int, QDate>> expected = {
        {1, {2026, 6, 1}},  {5, {2026, 7, 1}},   {9, {2026, 8, 1}},
        {14, {2026, 9, 1}}, {18, {2026, 10, 1}}, {22, {2026, 11, 1}},
    };
    ASSERT_EQ(grid.months.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(grid.months[i].column, expected[i].first) << i;
        EXPECT_EQ(grid.months[i].month, expected[i].second) << i;
    }
}

TEST(HeatMapGrid, shadesDays_keepsPartialApart_andIgnoresSessionsAfterToday)
{
    const std::vector<SessionSummary> history = {
        summary({2026, 11, 23}, 540, true),  summary({2026, 11, 23}, 540, true), // two routines: 18 min
        summary({2026, 11, 24}, 200, false),                                     // partial only
        summary({2026, 11, 25}, 540, true),  summary({2026, 11, 27}, 540, true), // after today
        summary({2026, 5, 24}, 540, true),                                       // before the grid
    };
    const HeatMapGrid grid = heatMapGrid(history, today, Qt::Monday);
    EXPECT_EQ(grid.cellFor({2026, 11, 23})->level, 4);
    EXPECT_TRUE(grid.cellFor({2026, 11, 23})->activity.completed());
    EXPECT_EQ(grid.cellFor({2026, 11, 24})->level, 1);
    EXPECT_TRUE(grid.cellFor({2026, 11, 24})->activity.partialOnly());
    EXPECT_EQ(grid.cellFor(today)->level, 2);
    EXPECT_EQ(grid.cellFor({2026, 11, 27})->level, 0);
    EXPECT_FALSE(grid.cellFor({2026, 11, 27})->activity.completed());
    EXPECT_EQ(grid.completedDays, 2);
    EXPECT_EQ(grid.partialDays, 1);
}

TEST(MonthSpans, groupsReportWeeksByTheMonthOfTheirFirstDate)
{
    AdherenceSettings settings;
    settings.weeks = 6; // Mondays 19 Oct, 26 Oct, 2 Nov, 9 Nov, 16 Nov, 23 Nov
    const AdherenceReport report = computeAdherence({}, today, settings);
    const auto spans = monthSpans(report.weeks);
    ASSERT_EQ(spans.size(), 2u);
    EXPECT_EQ(spans[0].month, QDate(2026, 10, 1));
    EXPECT_EQ(spans[0].firstIndex, 0);
    EXPECT_EQ(spans[0].lastIndex, 1);
    EXPECT_EQ(spans[1].month, QDate(2026, 11, 1));
    EXPECT_EQ(spans[1].firstIndex, 2);
    EXPECT_EQ(spans[1].lastIndex, 5);
}

TEST(MinutesByTechnique, sumsStepsByTechnique_creditsSingleTechniqueEntries_andListsOtherRoutinesApart)
{
    const std::vector<Session> sessions = {
        session({2026, 11, 10}, u"runners-recovery"_s, 100, {step(u"it-band-roll"_s, Side::Left, 100)}), // too early
        session({2026, 11, 20}, u"runners-recovery"_s, 265,
                {step(u"it-band-roll"_s, Side::Left, 90), step(u"it-band-roll"_s, Side::Right, 85),
                 step(u"calf-release"_s, Side::Left, 90)}),
        session({2026, 11, 21}, u"runners-recovery"_s, 540), // manual entry: not itemised
        session({2026, 11, 22}, u"calf-release"_s, 240),     // a single-technique routine
        session({2026, 11, 23}, u"old-routine"_s, 300),      // unknown to this catalog
        session({2026, 11, 24}, u"runners-recovery"_s, 60),
    };
    const auto minutes = minutesByTechnique(sessions, {2026, 11, 15}, today, catalog());
    ASSERT_EQ(minutes.size(), 5u);
    EXPECT_EQ(minutes[0].id, u"it-band-roll"_s);
    EXPECT_EQ(minutes[0].name, u"IT band release"_s);
    EXPECT_EQ(minutes[0].workedSeconds, 175);
    EXPECT_EQ(minutes[0].sessions, 1);
    EXPECT_TRUE(minutes[0].itemised);
    EXPECT_EQ(minutes[1].id, u"calf-release"_s);
    EXPECT_EQ(minutes[1].workedSeconds, 330);
    EXPECT_EQ(minutes[1].sessions, 2);
    EXPECT_EQ(minutes[2].id, u"hip-release"_s);
    EXPECT_EQ(minutes[2].workedSeconds, 0);
    EXPECT_EQ(minutes[3].id, u"runners-recovery"_s);
    EXPECT_EQ(minutes[3].name, u"Runner's recovery"_s);
    EXPECT_EQ(minutes[3].workedSeconds, 600);
    EXPECT_EQ(minutes[3].sessions, 2);
    EXPECT_FALSE(minutes[3].itemised);
    EXPECT_EQ(minutes[4].id, u"old-routine"_s);
    EXPECT_EQ(minutes[4].name, u"old-routine"_s);
    EXPECT_EQ(minutes[4].workedSeconds, 300);
    EXPECT_FALSE(minutes[4].itemised);
}

TEST(SorenessSeries, keepsSessionsThatRecordedARating_andAveragesTheDropOverPairs)
{
    const std::vector<Session> sessions = {
        rated({2026, 11, 10}, 9, 1), // before the range
        rated({2026, 11, 23}, 7, 4),
        rated({2026, 11, 20}, 6, 3),
        rated({2026, 11, 22}, 5, std::nullopt),
        rated({2026, 11, 24}, std::nullopt, std::nullopt),
    };
    const SorenessSeries series = sorenessSeries(sessions, {2026, 11, 15}, today);
    ASSERT_EQ(series.points.size(), 3u);
    EXPECT_EQ(series.points[0].date, QDate(2026, 11, 20)); // by date, not by input order
    EXPECT_EQ(series.points[0].before, 6);
    EXPECT_EQ(series.points[0].after, 3);
    EXPECT_EQ(series.points[1].date, QDate(2026, 11, 22));
    EXPECT_EQ(series.points[1].after, std::nullopt);
    EXPECT_EQ(series.points[2].date, QDate(2026, 11, 23));
    EXPECT_EQ(series.pairs, 2);
    ASSERT_TRUE(series.averageDrop.has_value());
    EXPECT_DOUBLE_EQ(*series.averageDrop, 3.0); // (3 + 3) / 2
}

TEST(SorenessSeries, averageDrop_roundsHalfUpToOneDecimal_andIsAbsentWithoutPairs)
{
    // Drops 3, 2, 2, 2: 9 / 4 = 2.25, shown as 2.3.
    const std::vector<Session> sessions = {rated({2026, 11, 20}, 6, 3), rated({2026, 11, 21}, 5, 3),
                                           rated({2026, 11, 22}, 4, 2), rated({2026, 11, 23}, 3, 1)};
    EXPECT_DOUBLE_EQ(*sorenessSeries(sessions, {2026, 11, 1}, today).averageDrop, 2.3);
    EXPECT_FALSE(sorenessSeries({rated(today, 5, std::nullopt)}, {2026, 11, 1}, today).averageDrop.has_value());
}
