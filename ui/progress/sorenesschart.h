// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts.h"
#include "theme.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace rc::ui {

// The soreness chart of charts.h, drawn with Qt Charts; part of the charts module.
class QtSorenessChart final : public QWidget, public SorenessChart
{
    Q_OBJECT

public:
    explicit QtSorenessChart(QWidget* parent = nullptr);

    QWidget* widget() override { return this; }

    void setSeries(const core::SorenessSeries& series, const QDate& first, const QDate& last) override;
    QList<QPointF> beforePoints() const override;
    QList<QPointF> afterPoints() const override;
    QString summaryText() const override;
    bool isShowingChart() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColors();
    ThemeVariant m_variant = ThemeVariant::Dark; // the colours are this variant's
    QChart* m_chart;
    QChartView* m_view;
    QLineSeries* m_before;
    QLineSeries* m_after;
    QDateTimeAxis* m_axisX;
    QValueAxis* m_axisY;
    QLabel* m_summary;
};

} // namespace rc::ui
