// SPDX-License-Identifier: GPL-3.0-or-later
// The running window answers the desktop's calls, on a private session bus: what a second
// `recovery-coach start`, the desktop file's actions and a notification's actions do.
#include "applicationcalls.h"
#include "catalog.h"
#include "clock.h"
#include "mainwindow.h"
#include "privatebus.h"
#include "sessionpage.h"
#include "singleinstance.h"
#include "uitestutil.h"

#include <QDialog>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using rc::ui::MainWindow;
using rc::ui::SingleInstance;

class ApplicationCallsTest : public rc::test::StoreTest
{
protected:
    void SetUp() override
    {
        rc::test::StoreTest::SetUp();
        m_window = std::make_unique<MainWindow>(rc::test::catalog(), m_store.get(), m_clock);
        m_window->show();
        ASSERT_TRUE(m_primary.tryBecomePrimary());
        rc::ui::answerApplicationCalls(m_primary, *m_window);
    }

    rc::core::ManualClock m_clock{QDateTime(rc::test::wednesday, QTime(18, 0))};
    rc::test::PrivateBus m_bus;
    SingleInstance m_primary{dbPath(), m_bus.connect()};
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(ApplicationCallsTest, secondStartWithARoutine_startsItInTheRunningWindow)
{
    SingleInstance second(dbPath(), m_bus.connect());
    ASSERT_FALSE(second.tryBecomePrimary());

    ASSERT_TRUE(second.activatePrimary(QLatin1String(SingleInstance::startRoutineAction), u"runners-recovery"_s));

    EXPECT_TRUE(m_window->sessionPage()->isRunning());
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Session);
}

TEST_F(ApplicationCallsTest, startRoutineWithoutAParameter_startsTheDefaultRoutine)
{
    SingleInstance desktop(dbPath(), m_bus.connect());

    ASSERT_TRUE(desktop.activatePrimary(QLatin1String(SingleInstance::startRoutineAction)));

    EXPECT_TRUE(m_window->sessionPage()->isRunning());
}

TEST_F(ApplicationCallsTest, activate_bringsTheWindowBack_withoutStartingAnything)
{
    m_window->showMinimized();
    SingleInstance second(dbPath(), m_bus.connect());

    ASSERT_TRUE(second.activatePrimary());

    EXPECT_FALSE(m_window->isMinimized());
    EXPECT_FALSE(m_window->sessionPage()->isRunning());
}

TEST_F(ApplicationCallsTest, logSession_opensTheLogDialog)
{
    SingleInstance desktop(dbPath(), m_bus.connect());

    ASSERT_TRUE(desktop.activatePrimary(QLatin1String(SingleInstance::logSessionAction)));

    QDialog* dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<QDialog*>(u"logSessionDialog"_s);
            return dialog != nullptr && dialog->isVisible();
        },
        5000));
    dialog->reject();
}

} // namespace
