// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts.h"
#include "theme.h"

#include <QWidget>

#include <vector>

class QBarSet;
class QChart;
class QChartView;
class QGraphicsItem;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QStackedBarSeries;
class QCategoryAxis;
class QValueAxis;

namespace rc::ui {

// The weekly chart of charts.h, drawn with Qt Charts; part of the charts module.
class QtWeeklyChart final : public QWidget, public WeeklyChart
{
    Q_OBJECT

public:
    explicit QtWeeklyChart(QWidget* parent = nullptr);

    QWidget* widget() override { return this; }

    void setReport(const core::AdherenceReport& report) override;
    int weekCount() const override { return int(m_weeks.size()); }
    double barValue(int index) const override;
    bool isDrawnAsMet(int index) const override;
    bool isDrawnAsCurrent(int index) const override;
    bool isDrawnAsPaused(int index) const override;
    int targetLineValue() const override;
    int targetMark(int index) const override;
    QString detailText() const override;
    int selectedWeek() const override { return m_selected; }
    void selectWeek(int index) override;
    void hoverWeek(bool entered, int index) override;

signals:
    void weekSelected(int index);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyColors();
    void applyCurrentWeekBrush();
    void placeMarks();
    void placeWeekMarks(qreal barWidth); // paused bands and each week's target
    void updateAxis();
    bool weekLabelsFit() const;
    QString describe(int index) const;
    QString restingText() const; // the selected week, or this week with a hint

    std::vector<core::WeekSummary> m_weeks;
    int m_target = 3;
    int m_selected = -1;
    bool m_weekLabels = false;                   // the axis names weeks by date, not months
    ThemeVariant m_variant = ThemeVariant::Dark; // the colours are this variant's

    QChart* m_chart;
    QChartView* m_view;
    QStackedBarSeries* m_bars;
    QBarSet* m_met;
    QBarSet* m_below;
    QBarSet* m_current;
    QBarSet* m_paused;
    QLineSeries* m_targetLine;
    QCategoryAxis* m_axisX;
    QValueAxis* m_axisY;
    QLabel* m_detail;
    std::vector<QGraphicsItem*> m_marks; // "✓" over met weeks, target marks, paused bands
    QGraphicsSimpleTextItem* m_thisWeek = nullptr;
};

} // namespace rc::ui
