// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adherence.h"

#include <QWidget>

#include <vector>

class QBarSet;
class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QStackedBarSeries;
class QCategoryAxis;
class QValueAxis;

namespace rc::ui {

// Days rolled per week as bars, one per week of the adherence report (oldest left), with the target
// as a line. Met weeks are teal, hatched and ticked; weeks below the target plain slate; the current
// week dashed and labelled "this week" since it is not over. Hovering a bar shows that week in a
// tooltip and in the line under the chart; a click keeps it there.
class WeeklyChart : public QWidget
{
    Q_OBJECT

public:
    explicit WeeklyChart(QWidget* parent = nullptr);

    // Shows report.weeks exactly; the last one is the current week.
    void setReport(const core::AdherenceReport& report);

    int weekCount() const { return int(m_weeks.size()); }
    // What the bar of week `index` shows: its days, and in which set it is drawn.
    double barValue(int index) const;
    bool isDrawnAsMet(int index) const;
    bool isDrawnAsCurrent(int index) const;
    int targetLineValue() const;
    // The line under the chart.
    QString detailText() const;
    int selectedWeek() const { return m_selected; }
    QChartView* view() const { return m_view; }

public slots:
    // What a click does: keeps that week's days and minutes under the chart.
    void selectWeek(int index);
    // What hovering does: that week in a tooltip and under the chart until the pointer leaves.
    void hoverWeek(bool entered, int index);

signals:
    void weekSelected(int index);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeMarks();
    void updateAxis();
    bool weekLabelsFit() const;
    QString describe(int index) const;
    QString restingText() const; // the selected week, or this week with a hint

    std::vector<core::WeekSummary> m_weeks;
    int m_target = 3;
    int m_selected = -1;
    bool m_weekLabels = false; // the axis names weeks by date, not months

    QChart* m_chart;
    QChartView* m_view;
    QStackedBarSeries* m_bars;
    QBarSet* m_met;
    QBarSet* m_below;
    QBarSet* m_current;
    QLineSeries* m_targetLine;
    QCategoryAxis* m_axisX;
    QValueAxis* m_axisY;
    QLabel* m_detail;
    std::vector<QGraphicsSimpleTextItem*> m_ticks; // "✓" over met weeks
    QGraphicsSimpleTextItem* m_thisWeek = nullptr;
};

} // namespace rc::ui
