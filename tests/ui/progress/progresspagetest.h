// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Progress page on a test store of its own, shown at 1100 x 900; the clock stands at Wednesday
// 25 November 2026, noon, UTC+1. Shared by the page's tests and the pauses' tests.

#include "clock.h"
#include "progresspage.h"
#include "uitestutil.h"

#include <QLabel>

#include <memory>

namespace rc::test {

class ProgressPageFixture : public StoreTest
{
protected:
    std::unique_ptr<ui::ProgressPage> makePage()
    {
        auto page = std::make_unique<ui::ProgressPage>(m_store.get(), m_clock);
        page->resize(1100, 900);
        page->show();
        return page;
    }

    static QString labelText(const QWidget& page, const QString& name)
    {
        const auto* label = page.findChild<QLabel*>(name);
        return label ? label->text() : QStringLiteral("<missing %1>").arg(name);
    }

    core::ManualClock m_clock{QDateTime(wednesday, QTime(12, 0), Qt::OffsetFromUTC, 3600)};
};

} // namespace rc::test
