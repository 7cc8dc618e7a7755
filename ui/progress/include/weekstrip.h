// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adherence.h"

#include <QDate>
#include <QWidget>

#include <vector>

namespace rc::ui {

// Seven day tiles from the first day of the week: done days filled, today ringed, days to come dim.
class WeekStrip : public QWidget
{
    Q_OBJECT

public:
    using Day = core::WeekDay; // the seven dates core computed for the current week

    explicit WeekStrip(QWidget* parent = nullptr);

    void setDays(std::vector<Day> days);
    const std::vector<Day>& days() const { return m_days; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<Day> m_days;
};

} // namespace rc::ui
