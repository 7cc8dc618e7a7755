// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights.h"

#include <QWidget>

#include <vector>

namespace rc::ui {

// Minutes per technique as horizontal bars, one row each: name, bar, minutes and sessions. Sessions
// logged without steps sit under their routine, greyed and hatched, marked "not itemised".
class TechniqueMinutesView : public QWidget
{
    Q_OBJECT

public:
    explicit TechniqueMinutesView(QWidget* parent = nullptr);

    void setMinutes(std::vector<core::TechniqueMinutes> minutes);
    const std::vector<core::TechniqueMinutes>& minutes() const { return m_minutes; }
    // The text at the right of row `index`, e.g. "42 min · 14 sessions".
    QString valueText(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    qreal rowHeight() const;

    std::vector<core::TechniqueMinutes> m_minutes;
};

} // namespace rc::ui
