// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Progress page's two charts. They are drawn with Qt Charts in the charts module
// (recovery-coach-charts, see modules.h), loaded when the page is first built, so that starting the app
// loads neither Qt Charts nor the OpenGL libraries behind it. Plain interfaces: the module needs nothing
// from the executable.

#include "adherence.h"
#include "insights.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>

class QWidget;

namespace rc::ui {

// Days rolled per week as bars, one per week of the adherence report (oldest left), each week's own
// target marked over it. Met weeks are teal, hatched and ticked; weeks below the target plain slate;
// paused weeks (PRODUCT.md section 5) a grey hatch over the whole column and no target mark; the current
// week dashed and labelled "this week" since it is not over. Hovering a bar shows that week in a
// tooltip and in the line under the chart; a click keeps it there, and widget() emits the signal
// weekSelected(int).
class WeeklyChart
{
public:
    WeeklyChart() = default;
    WeeklyChart(const WeeklyChart&) = delete;
    WeeklyChart& operator=(const WeeklyChart&) = delete;
    virtual ~WeeklyChart() = default;

    // The chart itself; deleting it deletes this object.
    virtual QWidget* widget() = 0;

    // Shows report.weeks exactly; the last one is the current week.
    virtual void setReport(const core::AdherenceReport& report) = 0;

    virtual int weekCount() const = 0;
    // What the bar of week `index` shows: its days, and in which set it is drawn.
    virtual double barValue(int index) const = 0;
    virtual bool isDrawnAsMet(int index) const = 0;
    virtual bool isDrawnAsCurrent(int index) const = 0;
    virtual bool isDrawnAsPaused(int index) const = 0;
    // The target the legend names (days a week), and the mark drawn over week `index`: its effective
    // target, 0 (no mark) for a paused week.
    virtual int targetLineValue() const = 0;
    virtual int targetMark(int index) const = 0;
    // The line under the chart.
    virtual QString detailText() const = 0;
    virtual int selectedWeek() const = 0;

    // What a click does: keeps that week's days and minutes under the chart.
    virtual void selectWeek(int index) = 0;
    // What hovering does: that week in a tooltip and under the chart until the pointer leaves.
    virtual void hoverWeek(bool entered, int index) = 0;
};

// Soreness before (orange) and after (teal) rolling, 0-10, one point per session that recorded it,
// with the average drop in words above. Without any rating it says how to start recording one.
class SorenessChart
{
public:
    SorenessChart() = default;
    SorenessChart(const SorenessChart&) = delete;
    SorenessChart& operator=(const SorenessChart&) = delete;
    virtual ~SorenessChart() = default;

    // The chart itself; deleting it deletes this object.
    virtual QWidget* widget() = 0;

    // `first`..`last`: the dates the axis spans (the page's window), so the chart lines up with its caption.
    virtual void setSeries(const core::SorenessSeries& series, const QDate& first, const QDate& last) = 0;

    // The plotted points: x is the date's position on the time axis, y the rating.
    virtual QList<QPointF> beforePoints() const = 0;
    virtual QList<QPointF> afterPoints() const = 0;
    // The sentence above the chart.
    virtual QString summaryText() const = 0;
    virtual bool isShowingChart() const = 0;
};

// New charts from the module, their widget() a child of `parent`; nullptr with the reason in `error`
// when the module cannot be loaded.
WeeklyChart* createWeeklyChart(QWidget* parent, QString* error);
SorenessChart* createSorenessChart(QWidget* parent, QString* error);

// The module's exported factories.
using WeeklyChartFactory = WeeklyChart* (*)(QWidget* parent);
using SorenessChartFactory = SorenessChart* (*)(QWidget* parent);
inline constexpr char weeklyChartFactoryName[] = "rcCreateWeeklyChart";
inline constexpr char sorenessChartFactoryName[] = "rcCreateSorenessChart";

} // namespace rc::ui
