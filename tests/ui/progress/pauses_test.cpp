// SPDX-License-Identifier: GPL-3.0-or-later
// Pauses on the Progress page: the dialog, the list with delete and undo, and how the glance, the week
// strip and the weekly chart show them. Expected figures are worked out by hand from PRODUCT.md
// sections 3 and 5 (effective target = ceil(T x unpaused dates / 7)).
#include "charts.h"
#include "heatmap.h"
#include "pausedialog.h"
#include "pauselist.h"
#include "progresspage.h"
#include "progresspagetest.h"
#include "shell/windowtest.h"
#include "uitestutil.h"
#include "weekstrip.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using rc::core::Pause;
using rc::test::session;
using rc::ui::PauseDialog;
using rc::ui::ProgressPage;

// Wednesday 25 November 2026 (the fixture's clock); Monday-first weeks, so this week is 23-29 November. Target 3.
class PausesTest : public rc::test::ProgressPageFixture
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        ASSERT_TRUE(m_store->setRecordSettings({{u"target-days"_s, u"3"_s}, {u"week-start"_s, u"monday"_s}}).ok());
        add(session(QDate(2026, 11, 23))); // Monday of this week
        add(session(QDate(2026, 11, 16))); // Monday of last week
    }

    // Clicks "Pause…" and returns the dialog it opened, shown and active.
    static PauseDialog* clickPause(ProgressPage& page)
    {
        auto* button = page.findChild<QPushButton*>(u"progressPause"_s);
        EXPECT_NE(button, nullptr);
        if (button == nullptr) {
            return nullptr;
        }
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = page.findChild<PauseDialog*>();
        EXPECT_NE(dialog, nullptr);
        if (dialog != nullptr) {
            EXPECT_TRUE(dialog->isVisible());
            dialog->activateWindow();
            EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        }
        return dialog;
    }

    static void setDates(PauseDialog& dialog, const QDate& from, const QDate& to)
    {
        dialog.findChild<QDateEdit*>(u"pauseFrom"_s)->setDate(from);
        dialog.findChild<QDateEdit*>(u"pauseTo"_s)->setDate(to);
    }

    std::vector<Pause> storedPauses() const
    {
        auto pauses = m_store->pauses();
        EXPECT_TRUE(pauses.ok());
        return pauses.ok() ? *pauses : std::vector<Pause>{};
    }
};

} // namespace

TEST_F(PausesTest, dialog_defaultsToAWeekFromToday_andEveryControlHasAnAccessibleName)
{
    const auto page = makePage();
    PauseDialog* dialog = clickPause(*page);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<QDateEdit*>(u"pauseFrom"_s)->date(), QDate(2026, 11, 25));
    EXPECT_EQ(dialog->findChild<QDateEdit*>(u"pauseTo"_s)->date(), QDate(2026, 12, 1));
    for (QWidget* control : dialog->findChildren<QWidget*>()) {
        if (control->focusPolicy() != Qt::NoFocus && control->isVisibleTo(dialog) &&
            qobject_cast<QLineEdit*>(control) == nullptr) { // the combo's own line edit speaks as the combo
            EXPECT_FALSE(control->accessibleName().isEmpty()) << control->metaObject()->className();
        }
    }
}

TEST_F(PausesTest, addingThroughTheDialogByKeys_storesIt_andLowersThisWeeksTarget)
{
    const auto page = makePage();
    // Before: target 3, 23 Nov done; 25-29 Nov are 5 dates left: 2 needed, on track.
    ASSERT_EQ(page->headline(), u"1 of 3 days"_s);
    ASSERT_TRUE(page->pauseList()->isShowingEmptyText());

    PauseDialog* dialog = clickPause(*page);
    ASSERT_NE(dialog, nullptr);
    setDates(*dialog, QDate(2026, 11, 26), QDate(2026, 12, 6));
    auto* note = dialog->findChild<QComboBox*>(u"pauseNote"_s);
    note->setFocus();
    QTest::keyClicks(note, u"Injured"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    const auto pauses = storedPauses();
    ASSERT_EQ(pauses.size(), 1u);
    EXPECT_EQ(pauses[0].from, QDate(2026, 11, 26));
    EXPECT_EQ(pauses[0].to, QDate(2026, 12, 6));
    EXPECT_EQ(pauses[0].note, u"injured"_s); // the picked reason in the record's words
    QTRY_VERIFY(page->findChild<PauseDialog*>() == nullptr || !page->findChild<PauseDialog*>()->isVisible());

    // 26-29 Nov paused: 3 unpaused dates (23-25), target ceil(3 x 3 / 7) = 2; 1 done, 1 needed.
    // Days left: 25 Nov only (26-29 paused) = 1 = needed: at risk.
    EXPECT_EQ(page->headline(), u"1 of 2 days"_s);
    EXPECT_EQ(labelText(*page, u"weekStatus"_s), u"At risk: roll on every day left this week (1 day)."_s);
    EXPECT_EQ(labelText(*page, u"daysLeft"_s), u"1 day"_s);
    ASSERT_EQ(page->pauseList()->rowCount(), 1);
    EXPECT_EQ(page->pauseList()->rowText(0), u"26 Nov – 6 Dec · injured"_s);
    EXPECT_FALSE(page->pauseList()->isShowingEmptyText());
}

TEST_F(PausesTest, escape_closesTheDialog_andStoresNothing)
{
    const auto page = makePage();
    PauseDialog* dialog = clickPause(*page);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(page->findChild<PauseDialog*>() == nullptr || !page->findChild<PauseDialog*>()->isVisible());
    EXPECT_TRUE(storedPauses().empty());
    EXPECT_EQ(page->headline(), u"1 of 3 days"_s);
}

TEST_F(PausesTest, endBeforeStart_showsTheStoresMessage_keepsTheDialogOpen_andStoresNothing)
{
    const auto page = makePage();
    PauseDialog* dialog = clickPause(*page);
    ASSERT_NE(dialog, nullptr);
    setDates(*dialog, QDate(2026, 12, 10), QDate(2026, 12, 1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorText().contains(u"the pause ends (2026-12-01) before it starts (2026-12-10)"_s))
        << dialog->errorText().toStdString();
    EXPECT_TRUE(storedPauses().empty());
    EXPECT_TRUE(page->pauseList()->isShowingEmptyText());
}

TEST_F(PausesTest, aSpanOf367Days_isRefusedWithTheLimit)
{
    const auto page = makePage();
    PauseDialog* dialog = clickPause(*page);
    ASSERT_NE(dialog, nullptr);
    // 25 Nov 2026 to 25 Nov 2027 is 366 dates (no 29 Feb between); one more is 367.
    setDates(*dialog, QDate(2026, 11, 25), QDate(2027, 11, 26));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorText().contains(u"at most 366 days"_s)) << dialog->errorText().toStdString();
    EXPECT_TRUE(dialog->errorText().contains(u"367"_s));
    EXPECT_TRUE(storedPauses().empty());

    // One date less is allowed: the same dialog, corrected, stores it.
    setDates(*dialog, QDate(2026, 11, 25), QDate(2027, 11, 25));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_EQ(storedPauses().size(), 1u);
    EXPECT_EQ(storedPauses()[0].days(), 366);
}

TEST_F(PausesTest, delete_removesAtOnce_andUndoPutsItBackWithItsId)
{
    const auto id = m_store->addPause(Pause{0, QDate(2026, 11, 23), QDate(2026, 11, 29), u"ill"_s});
    ASSERT_TRUE(id.ok());
    const auto page = makePage();
    EXPECT_EQ(page->headline(), u"Paused"_s);
    ASSERT_EQ(page->pauseList()->rowCount(), 1);
    EXPECT_EQ(page->pauseList()->rowText(0), u"23 Nov – 29 Nov · ill"_s);

    QTest::mouseClick(page->pauseList()->deleteButton(0), Qt::LeftButton);
    EXPECT_TRUE(storedPauses().empty());
    EXPECT_TRUE(page->pauseList()->isShowingEmptyText());
    EXPECT_EQ(page->headline(), u"1 of 3 days"_s);
    EXPECT_EQ(page->pauseList()->undoOffer(), u"Deleted the pause 23 Nov – 29 Nov · ill."_s);

    QTest::mouseClick(page->pauseList()->undoButton(), Qt::LeftButton);
    const auto pauses = storedPauses();
    ASSERT_EQ(pauses.size(), 1u);
    EXPECT_EQ(pauses[0], (Pause{*id, QDate(2026, 11, 23), QDate(2026, 11, 29), u"ill"_s}));
    EXPECT_EQ(page->headline(), u"Paused"_s);
    EXPECT_TRUE(page->pauseList()->undoOffer().isEmpty());
}

TEST_F(PausesTest, undoingAnAdd_removesThePause_andRedoPutsItBack)
{
    const auto page = makePage();
    PauseDialog* dialog = clickPause(*page);
    ASSERT_NE(dialog, nullptr);
    setDates(*dialog, QDate(2026, 11, 23), QDate(2026, 11, 29));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    const auto added = storedPauses();
    ASSERT_EQ(added.size(), 1u);
    EXPECT_EQ(page->headline(), u"Paused"_s);

    page->undoStack()->undo();
    EXPECT_TRUE(storedPauses().empty());
    EXPECT_EQ(page->headline(), u"1 of 3 days"_s);
    page->undoStack()->redo();
    EXPECT_EQ(storedPauses(), added);
    EXPECT_EQ(page->headline(), u"Paused"_s);
}

TEST_F(PausesTest, pausedWeek_glanceSaysPaused_andHidesDaysLeft)
{
    ASSERT_TRUE(m_store->addPause(Pause{0, QDate(2026, 11, 20), QDate(2026, 12, 2), u"travelling"_s}).ok());
    const auto page = makePage();
    // Every date of 23-29 Nov is paused: u = 0, the week is paused.
    EXPECT_EQ(page->headline(), u"Paused"_s);
    EXPECT_EQ(labelText(*page, u"weekStatus"_s),
              u"This week is paused. Rest up: it neither counts nor breaks your streak."_s);
    EXPECT_FALSE(page->findChild<QLabel*>(u"daysLeft"_s)->isVisibleTo(page.get()));
}

TEST_F(PausesTest, weekStrip_marksPausedDays_andPlannedDaysStillOpen)
{
    ASSERT_TRUE(m_store->setRecordSettings({{u"planned-days"_s, u"mon,wed,fri"_s}}).ok());
    ASSERT_TRUE(m_store->addPause(Pause{0, QDate(2026, 11, 27), QDate(2026, 11, 27), {}}).ok());
    const auto page = makePage();
    // Monday is planned but done, Wednesday (today) planned and open, Friday planned but paused.
    const auto& days = page->weekStrip()->days();
    ASSERT_EQ(days.size(), 7u);
    EXPECT_FALSE(rc::ui::WeekStrip::isOpenPlannedDay(days[0]));
    EXPECT_TRUE(rc::ui::WeekStrip::isOpenPlannedDay(days[2]));
    EXPECT_TRUE(days[4].paused);
    EXPECT_FALSE(rc::ui::WeekStrip::isOpenPlannedDay(days[4]));
    EXPECT_EQ(page->weekStrip()->accessibleDescription(),
              u"Monday: done, Tuesday: not done, Wednesday: not done, planned, Thursday: to come, "
              "Friday: to come, paused, Saturday: to come, Sunday: to come"_s);
    // Friday paused: 6 unpaused dates, target ceil(3 x 6 / 7) = 3.
    EXPECT_EQ(page->headline(), u"1 of 3 days"_s);
}

TEST_F(PausesTest, weeklyChart_drawsPausedWeeksApart_andMarksEachWeeksOwnTarget)
{
    // This week (23-29 Nov) wholly paused; last week (16-22 Nov) paused Mon-Wed: 4 unpaused dates,
    // target ceil(3 x 4 / 7) = 2, and its one day (16 Nov, on a paused date, still counts) is below it.
    ASSERT_TRUE(m_store->addPause(Pause{0, QDate(2026, 11, 16), QDate(2026, 11, 18), {}}).ok());
    ASSERT_TRUE(m_store->addPause(Pause{0, QDate(2026, 11, 23), QDate(2026, 11, 29), {}}).ok());
    const auto page = makePage();
    const rc::ui::WeeklyChart* chart = page->weeklyChart();
    ASSERT_NE(chart, nullptr);
    ASSERT_EQ(chart->weekCount(), 12);
    EXPECT_TRUE(chart->isDrawnAsPaused(11));
    EXPECT_EQ(chart->targetMark(11), 0);
    EXPECT_FALSE(chart->isDrawnAsPaused(10));
    EXPECT_EQ(chart->targetMark(10), 2);
    EXPECT_EQ(chart->barValue(10), 1);
    EXPECT_FALSE(chart->isDrawnAsMet(10));
    EXPECT_EQ(chart->targetMark(9), 3);
    EXPECT_EQ(chart->targetLineValue(), 3);
    EXPECT_TRUE(chart->detailText().startsWith(u"This week (from Mon 23 Nov): paused, 1 day rolled (Mon)"_s))
        << chart->detailText().toStdString();
}

namespace {

using PausesWindowTest = rc::test::WindowTest;

} // namespace

TEST_F(PausesWindowTest, ctrlZ_onProgress_undoesTheDeletedPause_andStaysOnProgress)
{
    add(session(QDate(2026, 11, 23)));
    const auto id = m_store->addPause(Pause{0, QDate(2026, 11, 23), QDate(2026, 11, 29), u"ill"_s});
    ASSERT_TRUE(id.ok());
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    ProgressPage* page = m_window->progressPage();
    ASSERT_TRUE(page->isVisible());
    QTest::mouseClick(page->pauseList()->deleteButton(0), Qt::LeftButton);
    ASSERT_TRUE(m_store->pauses()->empty());

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    const auto pauses = m_store->pauses();
    ASSERT_TRUE(pauses.ok());
    ASSERT_EQ(pauses->size(), 1u);
    EXPECT_EQ(pauses->front().id, *id);
    EXPECT_TRUE(page->isVisible());
    EXPECT_EQ(page->headline(), u"Paused"_s);
}

TEST_F(PausesTest, heatMap_greysPausedDaysWithoutSessions_andKeepsRolledOnes)
{
    // 16 Nov has a session (it still counts); 17 Nov none; 27 Nov is to come.
    ASSERT_TRUE(m_store->addPause(Pause{0, QDate(2026, 11, 16), QDate(2026, 11, 17), {}}).ok());
    ASSERT_TRUE(m_store->addPause(Pause{0, QDate(2026, 11, 27), QDate(2026, 11, 27), {}}).ok());
    const auto page = makePage();
    const rc::ui::HeatMap* heatMap = page->heatMap();
    EXPECT_FALSE(heatMap->isDrawnAsPaused(QDate(2026, 11, 16)));
    EXPECT_TRUE(heatMap->isDrawnAsPaused(QDate(2026, 11, 17)));
    EXPECT_FALSE(heatMap->isDrawnAsPaused(QDate(2026, 11, 18)));
    EXPECT_TRUE(heatMap->isDrawnAsPaused(QDate(2026, 11, 27)));
}
