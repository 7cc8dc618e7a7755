// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adherence.h"

#include <QDate>
#include <QWidget>

#include <vector>

namespace rc::ui {

// Seven day tiles from the first day of the week: done days filled, today ringed, days to come dim;
// paused days hatched grey with "paused" on them, planned days still open (today or later, not done)
// with a light teal ring. The accessible description says the same for every day.
class WeekStrip : public QWidget
{
    Q_OBJECT

public:
    using Day = core::WeekDay; // the seven dates core computed for the current week

    explicit WeekStrip(QWidget* parent = nullptr);

    void setDays(std::vector<Day> days);
    const std::vector<Day>& days() const { return m_days; }

    // Planned, not done, not paused, and today or later.
    static bool isOpenPlannedDay(const Day& day);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<Day> m_days;
};

} // namespace rc::ui
