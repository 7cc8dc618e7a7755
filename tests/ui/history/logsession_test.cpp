// SPDX-License-Identifier: GPL-3.0-or-later
// "Log a session" for work done without the app: the dialog, and what logging changes at once.
#include "catalog.h"
#include "charts.h"
#include "clock.h"
#include "historypage.h"
#include "logsessiondialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "progresspage.h"
#include "sessionpage.h"
#include "sessionstore.h"
#include "sessiontablemodel.h"
#include "uitestutil.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using rc::core::ManualClock;
using rc::ui::LogSessionDialog;
using rc::ui::MainWindow;
using Page = rc::ui::MainWindow::Page;
using rc::test::catalog;
using rc::test::wednesday;

class LogSessionTest : public rc::test::StoreTest
{
protected:
    // Wednesday 18:20:30 at UTC+1.
    ManualClock m_clock{QDateTime(wednesday, QTime(18, 20, 30), Qt::OffsetFromUTC, 3600)};
};

TEST_F(LogSessionTest, dialog_defaultsToToday_theDefaultRoutine_andItsPlannedMinutes)
{
    LogSessionDialog dialog(catalog(), m_clock);

    EXPECT_EQ(dialog.dateEdit()->date(), wednesday);
    EXPECT_EQ(dialog.routineBox()->currentData().toString(), u"runners-recovery"_s);
    // Runner's recovery: six sides of 90 s = 9 minutes.
    EXPECT_EQ(dialog.minutesBox()->value(), 9);
    EXPECT_EQ(dialog.minutesBox()->minimum(), 1);
    EXPECT_EQ(dialog.minutesBox()->maximum(), 600);
}

TEST_F(LogSessionTest, dialog_refusesAFutureDate)
{
    LogSessionDialog dialog(catalog(), m_clock);

    EXPECT_EQ(dialog.dateEdit()->maximumDate(), wednesday);
    dialog.dateEdit()->setDate(wednesday.addDays(1));
    EXPECT_EQ(dialog.dateEdit()->date(), wednesday);
    EXPECT_EQ(dialog.session().localDate, wednesday);
}

TEST_F(LogSessionTest, dialog_givesACompletedSessionForTheChosenDayAndMinutes_atNowsTimeOfDay)
{
    LogSessionDialog dialog(catalog(), m_clock);
    dialog.dateEdit()->setDate(QDate(2026, 11, 23));
    dialog.minutesBox()->setValue(12);

    const rc::core::Session session = dialog.session();

    EXPECT_EQ(session.localDate, QDate(2026, 11, 23));
    EXPECT_EQ(session.startedAt.date(), QDate(2026, 11, 23));
    EXPECT_EQ(session.startedAt.time(), QTime(18, 20, 30));
    EXPECT_EQ(session.routine, u"runners-recovery"_s);
    EXPECT_EQ(session.workedSeconds, 720);
    EXPECT_EQ(session.plannedSeconds, 720);
    EXPECT_TRUE(session.completed);
    EXPECT_TRUE(session.steps.empty());
}

TEST_F(LogSessionTest, ctrlL_loggingASession_movesThisWeeksStatusTheChartAndTheHistoryAtOnce)
{
    MainWindow window(catalog(), m_store.get(), m_clock);
    window.sessionPage()->setCuePlayer(nullptr);
    window.showPage(Page::Progress);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(window.progressPage()->isShowingFirstRun());

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    LogSessionDialog* dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = window.findChild<LogSessionDialog*>()) != nullptr; }));
    ASSERT_TRUE(dialog->isVisible());
    dialog->dateEdit()->setDate(QDate(2026, 11, 24)); // Tuesday of this week
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    EXPECT_EQ(*m_store->count(), 1);
    EXPECT_EQ(window.progressPage()->headline(), u"1 of 3 days"_s);
    rc::ui::WeeklyChart* chart = window.progressPage()->weeklyChart();
    ASSERT_NE(chart, nullptr);
    ASSERT_GT(chart->weekCount(), 0);
    EXPECT_EQ(chart->barValue(chart->weekCount() - 1), 1.0); // this week's bar: one day
    EXPECT_EQ(window.historyPage()->model()->rowCount(), 1);
    EXPECT_EQ(window.historyPage()->model()->index(0, 0).data(rc::ui::SessionTableModel::SessionIdRole).toLongLong(),
              window.historyPage()->currentSessionId());
}

TEST_F(LogSessionTest, cancellingTheDialog_logsNothing)
{
    MainWindow window(catalog(), m_store.get(), m_clock);
    window.logSession();
    auto* dialog = window.findChild<LogSessionDialog*>();
    ASSERT_NE(dialog, nullptr);

    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);

    EXPECT_EQ(*m_store->count(), 0);
}

TEST_F(LogSessionTest, menus_offerTheHistoryActionsWithTheirShortcuts)
{
    MainWindow window(catalog(), m_store.get(), m_clock);
    QStringList menus;
    for (QAction* menu : window.menuBar()->actions()) {
        menus << menu->text().remove(u'&');
    }
    EXPECT_EQ(menus, (QStringList{u"File"_s, u"Edit"_s, u"View"_s, u"Settings"_s, u"Help"_s}));

    const auto shortcut = [&](const char* name) {
        auto* action = window.findChild<QAction*>(QLatin1String(name));
        EXPECT_NE(action, nullptr) << name;
        return action != nullptr ? action->shortcut() : QKeySequence();
    };
    EXPECT_EQ(shortcut("logSession"), QKeySequence(u"Ctrl+L"_s));
    EXPECT_EQ(shortcut("importCsv"), QKeySequence(u"Ctrl+I"_s));
    EXPECT_EQ(shortcut("exportCsv"), QKeySequence(u"Ctrl+E"_s));
    EXPECT_EQ(shortcut("quit"), QKeySequence(u"Ctrl+Q"_s));
    EXPECT_EQ(shortcut("undo"), QKeySequence(u"Ctrl+Z"_s));
    EXPECT_EQ(shortcut("redo"), QKeySequence(u"Ctrl+Shift+Z"_s));
}

TEST_F(LogSessionTest, about_namesTheVersion_andSaysItIsNotMedicalAdvice)
{
    MainWindow window(catalog(), m_store.get(), m_clock);
    const QString version = QCoreApplication::applicationVersion();
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    QString text;
    // The real box opens; read it and close it from the event loop it runs.
    QTimer::singleShot(0, &window, [&text] {
        ASSERT_TRUE(QTest::qWaitFor([] { return qobject_cast<QMessageBox*>(QApplication::activeModalWidget()); }));
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        text = box->text();
        box->accept();
    });

    window.showAbout();
    QCoreApplication::setApplicationVersion(version);

    EXPECT_TRUE(text.contains(u"Recovery Coach 9.8.7"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"not medical advice"_s)) << text.toStdString();
}

TEST_F(LogSessionTest, whileASessionRuns_loggingAndImportingAreLocked_andTheMenusHidden)
{
    MainWindow window(catalog(), m_store.get(), m_clock);
    window.sessionPage()->setCuePlayer(nullptr);
    window.show();
    window.startRoutine(u"runners-recovery"_s);
    ASSERT_TRUE(window.sessionPage()->isRunning());

    EXPECT_FALSE(window.findChild<QAction*>(u"logSession"_s)->isEnabled());
    EXPECT_FALSE(window.findChild<QAction*>(u"importCsv"_s)->isEnabled());
    EXPECT_FALSE(window.menuBar()->isVisible());
    window.logSession();
    EXPECT_EQ(window.findChild<LogSessionDialog*>(), nullptr);
}

} // namespace

TEST_F(LogSessionTest, dialog_afterMidnightBeforeTheDayStarts_defaultsToYesterday_startingNow)
{
    // 01:30 on Thursday 26 November with the day starting at 04:00: it is still Wednesday the 25th.
    m_clock.setNow(QDateTime(wednesday.addDays(1), QTime(1, 30), Qt::OffsetFromUTC, 3600));
    LogSessionDialog dialog(catalog(), m_clock, nullptr, 4 * 60);
    auto* date = dialog.findChild<QDateEdit*>(u"logDate"_s);
    ASSERT_NE(date, nullptr);
    EXPECT_EQ(date->date(), wednesday);
    EXPECT_EQ(date->maximumDate(), wednesday);
    const rc::core::Session session = dialog.session();
    EXPECT_EQ(session.localDate, wednesday);
    EXPECT_EQ(session.startedAt, m_clock.now()); // the moment it was logged, not Wednesday at 01:30
}
