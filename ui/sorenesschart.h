// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace rc::ui {

// Soreness before (orange) and after (teal) rolling, 0-10, one point per session that recorded it,
// with the average drop in words above. Without any rating it says how to start recording one.
class SorenessChart : public QWidget
{
    Q_OBJECT

public:
    explicit SorenessChart(QWidget* parent = nullptr);

    // `first`..`last`: the dates the axis spans (the page's window), so the chart lines up with its caption.
    void setSeries(const core::SorenessSeries& series, const QDate& first, const QDate& last);

    // The plotted points: x is the date's position on the time axis, y the rating.
    QList<QPointF> beforePoints() const;
    QList<QPointF> afterPoints() const;
    QString summaryText() const;
    bool isShowingChart() const;

private:
    QChart* m_chart;
    QChartView* m_view;
    QLineSeries* m_before;
    QLineSeries* m_after;
    QDateTimeAxis* m_axisX;
    QValueAxis* m_axisY;
    QLabel* m_summary;
};

} // namespace rc::ui
