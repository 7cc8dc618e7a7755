// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real main window on a test store of its own, shown and active, with silent sessions; the clock
// stands at Wednesday noon, UTC+1.

#include "mainwindow.h"
#include "sessionpage.h"
#include "uitestutil.h"

#include <QTest>

#include <memory>

namespace rc::test {

class WindowTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_window = std::make_unique<ui::MainWindow>(catalog(), m_store.get(), m_clock);
        m_window->sessionPage()->setCuePlayer(nullptr);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    core::ManualClock m_clock{QDateTime(wednesday, QTime(12, 0), Qt::OffsetFromUTC, 3600)};
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace rc::test
