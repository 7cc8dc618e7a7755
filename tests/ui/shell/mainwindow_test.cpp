// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardspage.h"
#include "catalog.h"
#include "clock.h"
#include "historypage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "preferences.h"
#include "progresspage.h"
#include "screenshot.h"
#include "sessionpage.h"
#include "sessionstore.h"
#include "sessiontablemodel.h"
#include "uitestutil.h"
#include "weekstrip.h"

#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using rc::core::ManualClock;
using rc::core::Session;
using rc::ui::MainWindow;
using Page = rc::ui::MainWindow::Page;
using rc::test::catalog;
using rc::test::session;
using rc::test::wednesday;

class MainWindowTest : public rc::test::StoreTest
{
protected:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(catalog(), m_store.get(), m_clock);
        window->sessionPage()->setCuePlayer(nullptr); // silent sessions
        return window;
    }

    static void showActive(MainWindow& window)
    {
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    // Wednesday noon, UTC+1.
    ManualClock m_clock{QDateTime(wednesday, QTime(12, 0), Qt::OffsetFromUTC, 3600)};
};

TEST_F(MainWindowTest, firstStart_opensOnTechniques_at1280x800)
{
    auto window = makeWindow();
    EXPECT_EQ(window->currentPage(), Page::Cards);
    EXPECT_EQ(window->size(), QSize(1280, 800));
}

TEST_F(MainWindowTest, ctrlDigits_switchPages)
{
    auto window = makeWindow();
    showActive(*window);

    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), Page::Session);
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), Page::Progress);
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), Page::History);
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), Page::Cards);
}

TEST_F(MainWindowTest, page_isRestoredFromSettings)
{
    QSettings().setValue(u"window/page"_s, u"history"_s);
    auto window = makeWindow();
    EXPECT_EQ(window->currentPage(), Page::History);
}

TEST_F(MainWindowTest, closing_remembersThePage_forTheNextWindow)
{
    {
        auto window = makeWindow();
        window->show();
        window->showPage(Page::Progress);
        ASSERT_TRUE(window->close());
    }
    auto again = makeWindow();
    EXPECT_EQ(again->currentPage(), Page::Progress);
}

TEST_F(MainWindowTest, disclaimer_disappearsWhenDismissed_andStaysAwayOnANewWindow)
{
    {
        auto window = makeWindow();
        ASSERT_TRUE(window->cardsPage()->isDisclaimerVisible());
        auto* dismiss = window->findChild<QPushButton*>(u"dismissDisclaimer"_s);
        ASSERT_NE(dismiss, nullptr);
        QTest::mouseClick(dismiss, Qt::LeftButton);
        EXPECT_FALSE(window->cardsPage()->isDisclaimerVisible());
    }
    auto again = makeWindow();
    EXPECT_FALSE(again->cardsPage()->isDisclaimerVisible());
}

TEST_F(MainWindowTest, cards_reflowToFewerColumnsAt700ThanAt1400)
{
    auto window = makeWindow();
    window->resize(1400, 800);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->cardsPage()->columnCount() == 3; }));

    window->resize(700, 800);
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->cardsPage()->columnCount() < 3; }));
}

TEST_F(MainWindowTest, progress_twoCompletedSessionsThisWeek_shows2Of3Days)
{
    add(session(QDate(2026, 11, 23), true));
    add(session(QDate(2026, 11, 24), true));
    add(session(QDate(2026, 11, 16), false)); // last week, partial: no day anywhere
    auto window = makeWindow();

    window->showPage(Page::Progress);

    EXPECT_EQ(window->progressPage()->headline(), u"2 of 3 days"_s);
    const auto& days = window->progressPage()->weekStrip()->days();
    ASSERT_EQ(days.size(), 7u);
    EXPECT_EQ(days.front().date, QDate(2026, 11, 23)); // Monday, the default first day
    EXPECT_TRUE(days.at(0).done);
    EXPECT_TRUE(days.at(1).done);
    EXPECT_FALSE(days.at(2).done);
    EXPECT_TRUE(days.at(2).today);
    EXPECT_FALSE(days.at(1).future);
    EXPECT_TRUE(days.at(3).future);
    EXPECT_TRUE(days.at(6).future);
    // Wednesday to Sunday have no completed session: 5 days left.
    auto* daysLeft = window->progressPage()->findChild<QLabel*>(u"daysLeft"_s);
    ASSERT_NE(daysLeft, nullptr);
    EXPECT_EQ(daysLeft->text(), u"5 days"_s);
}

TEST_F(MainWindowTest, progress_followsTheTargetAndWeekStartSettings)
{
    QSettings().setValue(u"progress/target"_s, 2);
    QSettings().setValue(u"progress/weekStart"_s, u"sunday"_s);
    add(session(QDate(2026, 11, 22), true)); // Sunday: in the week from Sunday 22, not in Monday's week
    auto window = makeWindow();

    window->showPage(Page::Progress);

    EXPECT_EQ(window->progressPage()->headline(), u"1 of 2 days"_s);
    EXPECT_EQ(window->progressPage()->weekStrip()->days().front().date, QDate(2026, 11, 22));
}

TEST_F(MainWindowTest, progress_partialSessionsAddNoDays)
{
    add(session(QDate(2026, 11, 24), false, 200));
    auto window = makeWindow();
    window->showPage(Page::Progress);
    EXPECT_EQ(window->progressPage()->headline(), u"0 of 3 days"_s);
}

TEST_F(MainWindowTest, progress_emptyHistory_offersAFirstSession)
{
    auto window = makeWindow();
    window->showPage(Page::Progress);
    ASSERT_TRUE(window->progressPage()->isShowingFirstRun());
    auto* start = window->progressPage()->findChild<QPushButton*>(u"firstRunStart"_s);
    ASSERT_NE(start, nullptr);

    QTest::mouseClick(start, Qt::LeftButton);

    EXPECT_EQ(window->currentPage(), Page::Session);
    EXPECT_TRUE(window->sessionPage()->isRunning());
}

TEST_F(MainWindowTest, history_listsSessionsNewestFirst)
{
    add(session(QDate(2026, 11, 20), true, 540, u"felt tight, left calf"_s));
    add(session(QDate(2026, 11, 24), false, 90));
    auto window = makeWindow();

    window->showPage(Page::History);

    const QAbstractItemModel* model = window->historyPage()->model();
    using Column = rc::ui::SessionTableModel::Column;
    const auto text = [model](int row, int column) { return model->index(row, column).data().toString(); };
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_TRUE(text(0, Column::DateColumn).contains(u"24"_s));
    EXPECT_EQ(text(0, Column::WorkedColumn), u"1:30"_s); // 90 s
    EXPECT_TRUE(text(0, Column::ResultColumn).contains(u"Partial"_s));
    EXPECT_TRUE(text(1, Column::DateColumn).contains(u"20"_s));
    EXPECT_TRUE(text(1, Column::ResultColumn).contains(u"Completed"_s));
    EXPECT_EQ(text(1, Column::NoteColumn), u"felt tight, left calf"_s);
}

TEST_F(MainWindowTest, history_emptyStore_showsTheEmptyState)
{
    auto window = makeWindow();
    window->showPage(Page::History);
    EXPECT_TRUE(window->historyPage()->isShowingEmptyState());
}

TEST_F(MainWindowTest, sessionSaved_refreshesProgressAndHistory)
{
    auto window = makeWindow();
    ASSERT_TRUE(window->progressPage()->isShowingFirstRun());
    add(session(wednesday, true));

    emit window->sessionPage()->sessionSaved(1);

    EXPECT_EQ(window->progressPage()->headline(), u"1 of 3 days"_s);
    EXPECT_EQ(window->historyPage()->model()->rowCount(), 1);
}

TEST_F(MainWindowTest, startShortcut_startsTheDefaultRoutine_andLocksNavigationWhileItRuns)
{
    auto window = makeWindow();
    showActive(*window);

    QTest::keyClick(window.get(), Qt::Key_Return, Qt::ControlModifier);

    ASSERT_EQ(window->currentPage(), Page::Session);
    ASSERT_TRUE(window->sessionPage()->isRunning());
    EXPECT_TRUE(window->isNavigationLocked());
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), Page::Session);
    auto* techniques = window->findChild<QPushButton*>(u"nav-cards"_s);
    ASSERT_NE(techniques, nullptr);
    EXPECT_FALSE(techniques->isEnabled());
    // Focus mode: the sidebar makes way for the session.
    auto* sidebar = window->findChild<QWidget*>(u"sidebar"_s);
    ASSERT_NE(sidebar, nullptr);
    EXPECT_FALSE(sidebar->isVisible());
}

TEST_F(MainWindowTest, startRoutine_unknownId_warnsAndStartsNothing)
{
    auto window = makeWindow();
    const int shown = rc::ui::MessageBox::shownCount();
    rc::ui::MessageBox::setNextAnswer(QMessageBox::Ok);

    window->startRoutine(u"no-such-routine"_s);

    EXPECT_EQ(rc::ui::MessageBox::shownCount(), shown + 1);
    EXPECT_FALSE(window->sessionPage()->isRunning());
}

TEST_F(MainWindowTest, screenshot_unknownPage_isInvalidInputNamingTheValidPages)
{
    const auto status =
        rc::ui::renderScreenshot(u"settings"_s, m_dir.filePath(u"x.png"_s), catalog(), m_store.get(), m_clock);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, rc::core::ErrorCode::InvalidInput);
    for (const char* page : {"cards", "session", "dashboard", "history"}) {
        EXPECT_TRUE(status.error().message.contains(QLatin1String(page))) << page;
    }
    EXPECT_FALSE(QFile::exists(m_dir.filePath(u"x.png"_s)));
}

TEST_F(MainWindowTest, screenshot_everyPage_writesAWindowSizedPng)
{
    add(session(QDate(2026, 11, 23), true));
    for (const QString& page : {u"cards"_s, u"session"_s, u"dashboard"_s, u"history"_s}) {
        const QString file = m_dir.filePath(page + u".png"_s);
        const auto status = rc::ui::renderScreenshot(page, file, catalog(), m_store.get(), m_clock);
        ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
        const QImage image(file);
        const qreal ratio = qApp->devicePixelRatio();
        EXPECT_EQ(image.size(), (QSizeF(1280, 800) * ratio).toSize()) << page.toStdString();
    }
    // A screenshot never changes what the next window opens on.
    EXPECT_FALSE(QSettings().contains(u"window/page"_s));
}

TEST_F(MainWindowTest, screenshot_isInTheSavedTheme_aLightPageForLight_aDarkOneForDark)
{
    const auto render = [this](rc::core::Theme theme) {
        rc::core::ComputerSettings settings = rc::core::savedComputerSettings();
        settings.theme = theme;
        rc::core::saveComputerSettings(settings);
        const QString file = m_dir.filePath(rc::core::themeName(theme) + u".png"_s);
        const auto status = rc::ui::renderScreenshot(u"cards"_s, file, catalog(), m_store.get(), m_clock);
        EXPECT_TRUE(status.ok()) << status.error().message.toStdString();
        return QImage(file);
    };
    const QImage light = render(rc::core::Theme::Light);
    const QImage dark = render(rc::core::Theme::Dark);
    ASSERT_FALSE(light.isNull());
    ASSERT_EQ(light.size(), dark.size());

    // The bottom right corner is the page's own ground: #F7F9FA in light, #1B2129 in dark.
    const QPoint corner(light.width() - 4, light.height() - 4);
    EXPECT_GT(light.pixelColor(corner).lightnessF(), 0.9) << light.pixelColor(corner).name().toStdString();
    EXPECT_LT(dark.pixelColor(corner).lightnessF(), 0.2) << dark.pixelColor(corner).name().toStdString();
    EXPECT_NE(light, dark);
    rc::core::saveComputerSettings({});
}

} // namespace
