// SPDX-License-Identifier: GPL-3.0-or-later
// The week's rhythm in the window: the tray icon with this week, keeping the app in the tray, and the
// one-time offer of reminders after the first saved session. The clock stands at Wednesday 25 November
// 2026, noon, UTC+1; Monday weeks (the test locale), target 3.
#include "appsettings.h"
#include "noticebar.h"
#include "preferences.h"
#include "progresspage.h"
#include "trayicon.h"
#include "windowtest.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace rc::test;

namespace {

class RhythmWindowTest : public WindowTest
{
protected:
    QStringList menuTexts() const
    {
        QStringList texts;
        for (const QAction* action : m_window->trayIcon()->menu()->actions()) {
            if (!action->isSeparator()) {
                texts << action->text();
            }
        }
        return texts;
    }

    std::vector<std::pair<bool, QTime>> m_scheduled;
};

} // namespace

TEST_F(RhythmWindowTest, trayIcon_showsThisWeek_andFollowsASave)
{
    add(session(wednesday.addDays(-2))); // Monday
    m_window->enableTray();
    ASSERT_NE(m_window->trayIcon(), nullptr);
    // 1 of 3 done, 2 needed; Wednesday to Sunday are 5 dates left.
    EXPECT_EQ(m_window->trayIcon()->weekText(), u"1 of 3 days – 2 needed, 5 left"_s);
    EXPECT_EQ(menuTexts(), (QStringList{u"1 of 3 days – 2 needed, 5 left"_s, u"Start routine"_s,
                                        u"Show Recovery Coach"_s, u"Quit"_s}));

    add(session(wednesday));
    add(session(wednesday.addDays(-1)));
    emit m_window->sessionPage()->sessionSaved(3);
    EXPECT_EQ(m_window->trayIcon()->weekText(), u"3 of 3 days – week done"_s);
}

TEST_F(RhythmWindowTest, trayIcon_aPausedWeekSaysSo)
{
    ASSERT_TRUE(m_store->addPause({0, QDate(2026, 11, 23), QDate(2026, 11, 29), u"travelling"_s}));
    m_window->enableTray();
    EXPECT_EQ(m_window->trayIcon()->weekText(), u"This week is paused"_s);
}

TEST_F(RhythmWindowTest, trayStartRoutine_startsTheDefaultRoutine)
{
    m_window->enableTray();
    QAction* start = m_window->trayIcon()->menu()->actions().at(2);
    ASSERT_EQ(start->text(), u"Start routine"_s);
    start->trigger();
    EXPECT_TRUE(m_window->sessionPage()->isRunning());
}

TEST_F(RhythmWindowTest, closeButton_quitsAsUsual_unlessTheRunnerChoseTheTray)
{
    m_window->enableTray();
    if (!m_window->trayIcon()->isAvailable()) {
        // Offscreen there is no tray: closing must then close, whatever the setting says.
        rc::ui::AppSettings::setKeepInTray(true);
        EXPECT_TRUE(m_window->close());
        GTEST_SKIP() << "no system tray on this platform: keeping the window in the tray cannot be shown here";
    }
    EXPECT_TRUE(m_window->close());
    m_window->show();
    rc::ui::AppSettings::setKeepInTray(true);
    EXPECT_FALSE(m_window->close());
    EXPECT_FALSE(m_window->isVisible());
}

TEST_F(RhythmWindowTest, firstSave_offersRemindersOnce_andTurningThemOnSchedulesThem)
{
    m_window->setReminderScheduler([this](bool on, QTime at) {
        m_scheduled.emplace_back(on, at);
        return rc::core::Status{};
    });
    add(session(wednesday));
    emit m_window->sessionPage()->sessionSaved(1);
    rc::ui::NoticeBar* offer = m_window->reminderOffer();
    ASSERT_NE(offer, nullptr);
    EXPECT_TRUE(offer->isVisible());
    EXPECT_TRUE(offer->text().startsWith(u"Remind me when my week is at risk?"_s)) << offer->text().toStdString();
    auto* turnOn = offer->findChild<QPushButton*>(u"reminderOfferAction"_s);
    ASSERT_NE(turnOn, nullptr);
    EXPECT_EQ(turnOn->text(), u"Turn on reminders"_s);
    QTest::mouseClick(turnOn, Qt::LeftButton);
    EXPECT_FALSE(offer->isVisible());
    ASSERT_EQ(m_scheduled.size(), 1u);
    EXPECT_EQ(m_scheduled[0], std::make_pair(true, QTime(18, 0)));
    EXPECT_TRUE(rc::core::savedComputerSettings().reminders);
}

TEST_F(RhythmWindowTest, aDeclinedOffer_isNeverMadeAgain)
{
    add(session(wednesday));
    emit m_window->sessionPage()->sessionSaved(1);
    rc::ui::NoticeBar* offer = m_window->reminderOffer();
    ASSERT_NE(offer, nullptr);
    ASSERT_EQ(offer->dismissButton()->text(), u"No, thanks"_s);
    QTest::mouseClick(offer->dismissButton(), Qt::LeftButton);
    EXPECT_FALSE(rc::core::savedComputerSettings().reminders);

    // A new window (the next start) after the next session: no offer.
    m_window = std::make_unique<rc::ui::MainWindow>(catalog(), m_store.get(), m_clock);
    add(session(wednesday.addDays(-1)));
    emit m_window->sessionPage()->sessionSaved(2);
    EXPECT_EQ(m_window->reminderOffer(), nullptr);
}

TEST_F(RhythmWindowTest, deletingAPauseOnProgress_movesTheTrayToo)
{
    const auto id = m_store->addPause({0, QDate(2026, 11, 23), QDate(2026, 11, 29), QString()});
    ASSERT_TRUE(id);
    m_window->enableTray();
    ASSERT_EQ(m_window->trayIcon()->weekText(), u"This week is paused"_s);
    m_window->showPage(rc::ui::MainWindow::Page::Progress);
    auto* remove = m_window->progressPage()->findChild<QPushButton*>(u"deletePause%1"_s.arg(*id));
    ASSERT_NE(remove, nullptr);
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_EQ(m_window->trayIcon()->weekText(), u"0 of 3 days – 3 needed, 5 left"_s);
}
