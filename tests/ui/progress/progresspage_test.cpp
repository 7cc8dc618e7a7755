// SPDX-License-Identifier: GPL-3.0-or-later
// The progress page loaded with the CLI's adherence fixture (tests/data/cli/adherence-fixture.csv) plus
// one guided session. Every expected figure is worked out by hand from PRODUCT.md section 3.
#include "charts.h"
#include "clock.h"
#include "heatmap.h"
#include "progresspage.h"
#include "progresspagetest.h"
#include "sessioncsv.h"
#include "sessionstore.h"
#include "techniqueminutes.h"
#include "uitestutil.h"
#include "weekstrip.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using rc::core::Session;
using rc::core::Side;
using rc::core::StepResult;
using rc::ui::ProgressPage;

// Wednesday 25 November 2026, noon, UTC+1.
const QDate today(2026, 11, 25);

// The fixture's sessions up to today (30 Nov lies after it and is ignored), by local date:
//   28 Oct 600 s (soreness 5 -> 3); 2 Nov 540; 4 Nov 540 (6 -> 4) and a 120 s partial; 10 Nov 300 s partial;
//   12 Nov 610 (4 -> 2); 16 Nov 540; 21 Nov 450 and 90; 23 Nov 540 (7 -> 3).
// Added here: a guided session on Sunday 22 Nov, six 90 s steps (540 s), no soreness.
Session guidedSunday()
{
    Session s;
    s.startedAt = QDateTime(QDate(2026, 11, 22), QTime(18, 0), Qt::OffsetFromUTC, 3600);
    s.localDate = QDate(2026, 11, 22);
    s.routine = u"runners-recovery"_s;
    s.plannedSeconds = 540;
    s.workedSeconds = 540;
    s.completed = true;
    for (const QString& technique : {u"it-band-roll"_s, u"calf-release"_s, u"hip-release"_s}) {
        for (Side side : {Side::Left, Side::Right}) {
            StepResult step;
            step.technique = technique;
            step.side = side;
            step.plannedSeconds = 90;
            step.workedSeconds = 90;
            s.steps.push_back(step);
        }
    }
    return s;
}

Session manualToday()
{
    Session s;
    s.startedAt = QDateTime(today, QTime(8, 0), Qt::OffsetFromUTC, 3600);
    s.localDate = today;
    s.routine = u"runners-recovery"_s;
    s.plannedSeconds = 540;
    s.workedSeconds = 540;
    s.completed = true;
    return s;
}

class ProgressPageTest : public rc::test::ProgressPageFixture
{
protected:
    void loadFixture()
    {
        QFile file(QString::fromUtf8(RC_TEST_DATA_DIR) + u"/cli/adherence-fixture.csv"_s);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const auto sessions = rc::core::parseSessionsCsv(file.readAll());
        ASSERT_TRUE(sessions.ok()) << sessions.error().message.toStdString();
        ASSERT_TRUE(m_store->importSessions(*sessions).ok());
        ASSERT_TRUE(m_store->add(guidedSunday()).ok());
    }

    static void setPreferences(int target, const QString& weekStart)
    {
        QSettings().setValue(u"progress/target"_s, target);
        QSettings().setValue(u"progress/weekStart"_s, weekStart);
    }
};

} // namespace

TEST_F(ProgressPageTest, mondayFirst_target2_showsTheGlanceFiguresOfTheRules)
{
    loadFixture();
    setPreferences(2, u"monday"_s);
    const auto page = makePage();
    // Week 23-29 Nov: 23 Nov done; 1 more needed; 25-29 Nov are 5 dates left, none done: on track.
    EXPECT_EQ(page->headline(), u"1 of 2 days"_s);
    EXPECT_EQ(labelText(*page, u"weekStatus"_s), u"On track: 1 more day to go, and 5 days left this week."_s);
    EXPECT_EQ(labelText(*page, u"daysLeft"_s), u"5 days"_s);
    // 16-22 Nov (16, 21, 22) met; 9-15 Nov (12) not: a streak of 1, and 2-8 Nov (2, 4) was met alone.
    EXPECT_EQ(labelText(*page, u"streak"_s), u"1 week"_s);
    EXPECT_EQ(labelText(*page, u"bestStreak"_s), u"1 week"_s);
    // Complete weeks from the first session's (26 Oct): 26 Oct no, 2 Nov yes, 9 Nov no, 16 Nov yes.
    EXPECT_EQ(labelText(*page, u"adherenceRate"_s), u"50%"_s);
    const auto& days = page->weekStrip()->days();
    ASSERT_EQ(days.size(), 7u);
    EXPECT_EQ(days.front().date, QDate(2026, 11, 23));
    EXPECT_TRUE(days[0].done);
    EXPECT_FALSE(days[1].done);
    EXPECT_TRUE(days[2].today);
}

TEST_F(ProgressPageTest, sundayFirst_target2_movesSunday22IntoThisWeek)
{
    loadFixture();
    setPreferences(2, u"sunday"_s);
    const auto page = makePage();
    // Week 22-28 Nov: 22 and 23 Nov done: met. Days left: 25-28 Nov, none done: 4.
    EXPECT_EQ(page->headline(), u"2 of 2 days"_s);
    EXPECT_EQ(labelText(*page, u"weekStatus"_s), u"Target met this week. Every extra roll is a bonus."_s);
    EXPECT_EQ(labelText(*page, u"daysLeft"_s), u"4 days"_s);
    // 15-21 Nov (16, 21) met, 8-14 Nov not; the met current week adds one: 2. Best run: 15 Nov + 22 Nov.
    EXPECT_EQ(labelText(*page, u"streak"_s), u"2 weeks"_s);
    EXPECT_EQ(labelText(*page, u"bestStreak"_s), u"2 weeks"_s);
    // Complete weeks from 25 Oct: 25 Oct no, 1 Nov yes, 8 Nov no, 15 Nov yes.
    EXPECT_EQ(labelText(*page, u"adherenceRate"_s), u"50%"_s);
    const auto& days = page->weekStrip()->days();
    ASSERT_EQ(days.size(), 7u);
    EXPECT_EQ(days.front().date, QDate(2026, 11, 22));
    EXPECT_TRUE(days[0].done);
    EXPECT_TRUE(days[1].done);
    EXPECT_TRUE(days[3].today);
    EXPECT_TRUE(days[6].future);
}

TEST_F(ProgressPageTest, sundayFirst_chartShowsTwelveWeeks_metApartFromBelow_andTheCurrentWeekMarked)
{
    loadFixture();
    setPreferences(2, u"sunday"_s);
    const auto page = makePage();
    const rc::ui::WeeklyChart* chart = page->weeklyChart();
    ASSERT_EQ(chart->weekCount(), 12);
    EXPECT_EQ(chart->targetLineValue(), 2);
    // Index 11 is 22 Nov (current), 10 is 15 Nov, 9 is 8 Nov, 8 is 1 Nov, 7 is 25 Oct, 6 is 18 Oct.
    EXPECT_EQ(chart->barValue(11), 2);
    EXPECT_TRUE(chart->isDrawnAsCurrent(11));
    EXPECT_FALSE(chart->isDrawnAsMet(11)); // not over yet: drawn as the current week, not among the met
    EXPECT_EQ(chart->barValue(10), 2);
    EXPECT_TRUE(chart->isDrawnAsMet(10));
    EXPECT_EQ(chart->barValue(9), 1);
    EXPECT_FALSE(chart->isDrawnAsMet(9));
    EXPECT_EQ(chart->barValue(8), 2);
    EXPECT_TRUE(chart->isDrawnAsMet(8));
    EXPECT_EQ(chart->barValue(7), 1);
    EXPECT_EQ(chart->barValue(6), 0);
    EXPECT_EQ(page->report().weeks.front().start, QDate(2026, 9, 6));
}

TEST_F(ProgressPageTest, clickingOrHoveringABar_showsThatWeeksDaysAndMinutes)
{
    loadFixture();
    setPreferences(2, u"sunday"_s);
    const auto page = makePage();
    rc::ui::WeeklyChart* chart = page->weeklyChart();
    QSignalSpy selected(chart->widget(), SIGNAL(weekSelected(int)));

    // 15-21 Nov: 16 Nov (Mon) and 21 Nov (Sat); sessions 540 + 450 + 90 s = 18.0 min.
    chart->selectWeek(10);
    EXPECT_EQ(selected.count(), 1);
    EXPECT_EQ(chart->detailText(), u"Week of Sun 15 Nov: 2 of 2 days (Mon, Sat), 3 sessions, 18 min. Target met ✓"_s);

    // 8-14 Nov: 12 Nov (Thu) completed 610 s, 10 Nov partial 300 s: 15.2 min.
    chart->hoverWeek(true, 9);
    EXPECT_EQ(chart->detailText(), u"Week of Sun 8 Nov: 1 of 2 days (Thu), 1 session, 15.2 min. Below target."_s);
    chart->hoverWeek(false, 9);
    EXPECT_TRUE(chart->detailText().startsWith(u"Week of Sun 15 Nov"_s)); // back to the clicked week
}

TEST_F(ProgressPageTest, loggingASession_movesThisWeeksStatusAndTheChartAtOnce)
{
    loadFixture();
    setPreferences(2, u"monday"_s);
    const auto page = makePage();
    ASSERT_EQ(page->headline(), u"1 of 2 days"_s);
    ASSERT_EQ(page->weeklyChart()->barValue(11), 1);

    ASSERT_TRUE(m_store->add(manualToday()).ok());
    page->refresh();

    // 23 and 25 Nov: met. Days left from today: 26-29 Nov. Streak: 16 Nov week + this one.
    EXPECT_EQ(page->headline(), u"2 of 2 days"_s);
    EXPECT_EQ(labelText(*page, u"weekStatus"_s), u"Target met this week. Every extra roll is a bonus."_s);
    EXPECT_EQ(labelText(*page, u"daysLeft"_s), u"4 days"_s);
    EXPECT_EQ(labelText(*page, u"streak"_s), u"2 weeks"_s);
    EXPECT_EQ(page->weeklyChart()->barValue(11), 2);
    EXPECT_TRUE(page->weekStrip()->days()[2].done);
    EXPECT_EQ(page->heatMap()->grid().cellFor(today)->level, 2); // 9 min
    EXPECT_TRUE(page->weeklyChart()->detailText().contains(u"2 of 2 days (Mon, Wed)"_s));
}

TEST_F(ProgressPageTest, aHighTarget_showsAtRiskThenMissed_inWords)
{
    loadFixture();
    setPreferences(6, u"monday"_s);
    auto page = makePage();
    // 1 day of 6: 5 needed with 5 dates left.
    EXPECT_EQ(labelText(*page, u"weekStatus"_s), u"At risk: roll on every day left this week (5 days)."_s);
    EXPECT_EQ(page->findChild<QLabel*>(u"weekStatus"_s)->property("role").toString(), u"status-warn"_s);
    setPreferences(7, u"monday"_s);
    page->refresh();
    EXPECT_TRUE(labelText(*page, u"weekStatus"_s).startsWith(u"The target is out of reach this week."_s));
    EXPECT_EQ(page->headline(), u"1 of 7 days"_s);
}

TEST_F(ProgressPageTest, heatMap_shadesTheFixtureDays_andKeepsPartialDaysApart)
{
    loadFixture();
    setPreferences(3, u"monday"_s);
    const auto page = makePage();
    const auto& grid = page->heatMap()->grid();
    EXPECT_EQ(grid.first, QDate(2026, 5, 25));
    // 4 Nov: 540 + 120 s = 11 min, completed; 10 Nov: 300 s, partial only; 21 Nov: 540 s = 9 min.
    EXPECT_EQ(grid.cellFor({2026, 11, 4})->level, 3);
    EXPECT_TRUE(grid.cellFor({2026, 11, 4})->activity.completed());
    EXPECT_EQ(grid.cellFor({2026, 11, 10})->level, 2);
    EXPECT_TRUE(grid.cellFor({2026, 11, 10})->activity.partialOnly());
    EXPECT_EQ(grid.cellFor({2026, 11, 21})->level, 2);
    // Completed: 28 Oct, 2, 4, 12, 16, 21, 22, 23 Nov. Partial only: 10 Nov.
    EXPECT_EQ(grid.completedDays, 8);
    EXPECT_EQ(grid.partialDays, 1);
    EXPECT_EQ(rc::ui::HeatMap::describe(*grid.cellFor({2026, 11, 10})),
              u"Tuesday 10 November: 1 session, 5 min, stopped early. Adds minutes, not a day."_s);
    EXPECT_FALSE(page->heatMap()->cellRect({2026, 11, 10}).isEmpty());
}

TEST_F(ProgressPageTest, techniqueMinutes_itemiseGuidedSteps_andKeepManualEntriesUnderTheirRoutine)
{
    loadFixture();
    setPreferences(3, u"monday"_s);
    const auto page = makePage();
    // Whole sessions are read once the glance is painted, on the next event-loop turn.
    EXPECT_TRUE(page->detailsPending());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->detailsPending(); }));
    const auto& minutes = page->techniqueMinutes()->minutes();
    ASSERT_EQ(minutes.size(), 4u);
    // The guided 22 Nov session: 2 x 90 s per technique = 3 min each.
    EXPECT_EQ(minutes[0].id, u"it-band-roll"_s);
    EXPECT_EQ(page->techniqueMinutes()->valueText(0), u"3 min · 1 session"_s);
    EXPECT_EQ(page->techniqueMinutes()->valueText(2), u"3 min · 1 session"_s);
    // The ten imported sessions up to today: 600+540+540+120+300+610+540+450+90+540 = 4330 s = 72.2 min.
    EXPECT_EQ(minutes[3].id, u"runners-recovery"_s);
    EXPECT_FALSE(minutes[3].itemised);
    EXPECT_EQ(page->techniqueMinutes()->valueText(3), u"72.2 min · 10 sessions · not itemised"_s);
}

TEST_F(ProgressPageTest, soreness_plotsBeforeAndAfter_andSaysTheAverageDrop)
{
    loadFixture();
    setPreferences(3, u"monday"_s);
    const auto page = makePage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->detailsPending(); }));
    // 28 Oct 5->3, 4 Nov 6->4, 12 Nov 4->2, 23 Nov 7->3: drops 2, 2, 2, 4 = 10 / 4 = 2.5.
    EXPECT_EQ(page->sorenessChart()->beforePoints().size(), 4);
    EXPECT_EQ(page->sorenessChart()->afterPoints().size(), 4);
    EXPECT_EQ(page->sorenessChart()->beforePoints().at(3).y(), 7);
    EXPECT_EQ(page->sorenessChart()->summaryText(),
              u"Rolling took soreness down by 2.5 points on average (4 sessions rated before and after)."_s);
    EXPECT_TRUE(page->sorenessChart()->isShowingChart());
}

TEST_F(ProgressPageTest, weeksSelector_switchesTheChartTo26And52Weeks_andRemembersIt)
{
    loadFixture();
    setPreferences(2, u"sunday"_s);
    auto page = makePage();
    auto* button26 = page->findChild<QPushButton*>(u"chartWeeks26"_s);
    ASSERT_NE(button26, nullptr);
    QTest::mouseClick(button26, Qt::LeftButton);
    EXPECT_EQ(page->weeklyChart()->weekCount(), 26);
    EXPECT_EQ(page->chartWeeks(), 26);
    // The figures of a week do not depend on the window: 15 Nov is still met with 2 days.
    EXPECT_EQ(page->weeklyChart()->barValue(24), 2);
    EXPECT_TRUE(page->weeklyChart()->isDrawnAsMet(24));
    page->setChartWeeks(52);
    EXPECT_EQ(page->weeklyChart()->weekCount(), 52);
    EXPECT_EQ(QSettings().value(u"progress/chartWeeks"_s).toInt(), 52);
    page.reset();
    EXPECT_EQ(makePage()->weeklyChart()->weekCount(), 52);
}

TEST_F(ProgressPageTest, emptyHistory_showsAFriendlyFirstRunThatLeadsToStart)
{
    const auto page = makePage();
    ASSERT_TRUE(page->isShowingFirstRun());
    EXPECT_TRUE(page->headline().isEmpty());
    QSignalSpy started(page.get(), &ProgressPage::startRequested);
    auto* start = page->findChild<QPushButton*>(u"firstRunStart"_s);
    ASSERT_NE(start, nullptr);
    QTest::mouseClick(start, Qt::LeftButton);
    EXPECT_EQ(started.count(), 1);

    ASSERT_TRUE(m_store->add(manualToday()).ok());
    page->refresh();
    EXPECT_FALSE(page->isShowingFirstRun());
    EXPECT_EQ(page->headline(), u"1 of 3 days"_s);
}

TEST_F(ProgressPageTest, loggingARatedGuidedSession_updatesTechniqueMinutesAndSorenessOnTheNextTurn)
{
    loadFixture();
    setPreferences(3, u"monday"_s);
    const auto page = makePage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->detailsPending(); }));
    ASSERT_EQ(page->techniqueMinutes()->valueText(1), u"3 min · 1 session"_s);

    Session rated = guidedSunday();
    rated.startedAt = QDateTime(today, QTime(7, 30), Qt::OffsetFromUTC, 3600);
    rated.localDate = today;
    rated.sorenessBefore = 8;
    rated.sorenessAfter = 2;
    ASSERT_TRUE(m_store->add(rated).ok());
    page->refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->detailsPending(); }));

    // Calf: two guided sessions of 2 x 90 s. Soreness: drops 2, 2, 2, 4 and now 6 = 16 / 5 = 3.2.
    EXPECT_EQ(page->techniqueMinutes()->valueText(1), u"6 min · 2 sessions"_s);
    EXPECT_EQ(page->sorenessChart()->beforePoints().size(), 5);
    EXPECT_EQ(page->sorenessChart()->summaryText(),
              u"Rolling took soreness down by 3.2 points on average (5 sessions rated before and after)."_s);
}

TEST_F(ProgressPageTest, aHiddenPage_readsWholeSessionsOnlyOnceShown)
{
    loadFixture();
    setPreferences(3, u"monday"_s);
    ProgressPage page(m_store.get(), m_clock);
    EXPECT_EQ(page.headline(), u"1 of 3 days"_s); // the glance does not wait
    QTest::qWait(20);
    EXPECT_TRUE(page.detailsPending());
    EXPECT_TRUE(page.techniqueMinutes()->minutes().empty());
    page.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.detailsPending(); }));
    EXPECT_EQ(page.techniqueMinutes()->minutes().size(), 4u);
}
