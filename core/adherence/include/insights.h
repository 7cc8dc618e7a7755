// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adherence.h"
#include "session.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace rc::core {

class Catalog;

// The figures the progress page shows besides the adherence report, with every calendar rule here so
// the ui only draws. Like the report, everything dated after `today` (or `last`) is ignored.

// ---- Per-day activity (the heat map) ---------------------------------------------------------------

struct DayActivity
{
    QDate date;
    int workedSeconds = 0; // all sessions, completed or not
    int completedSessions = 0;
    int partialSessions = 0;

    bool completed() const { return completedSessions > 0; } // the day counts toward the target
    bool partialOnly() const { return completedSessions == 0 && partialSessions > 0; }
};

// One entry per date from `first` through `last` (none when last < first), in date order.
std::vector<DayActivity> dailyActivity(const std::vector<SessionSummary>& history, const QDate& first,
                                       const QDate& last);

// Shade of a day by worked minutes: 0 nothing, 1 under 5 min, 2 under 10, 3 under 15, 4 from 15 up.
// The runner's recovery routine at its default dose (9 min) lands on 2, a longer or second roll higher.
inline constexpr std::array<int, 3> heatLevelSeconds = {5 * 60, 10 * 60, 15 * 60};
inline constexpr int heatLevels = 5;
int heatLevel(int workedSeconds);

struct HeatMapCell
{
    DayActivity activity;
    int column = 0;      // week, 0 the oldest
    int row = 0;         // 0..6, the day's place in the week from the configured first day
    int level = 0;       // heatLevel(activity.workedSeconds)
    bool future = false; // after today: part of the current week, not yet lived
};

struct HeatMapMonth
{
    int column = 0; // the column holding the month's 1st
    QDate month;    // its first date
};

// Weeks as columns (oldest left), the configured first day of the week as the top row, like the
// contribution calendars runners know. The last column is the week holding today.
struct HeatMapGrid
{
    QDate first; // the first date of the first column
    QDate last;  // the last date of the last column (the current week's end)
    QDate today;
    Qt::DayOfWeek weekStart = Qt::Monday;
    int columns = 0;
    std::array<Qt::DayOfWeek, 7> rowDays{}; // the weekday each row shows
    std::vector<HeatMapCell> cells;         // columns * 7, column by column, each top to bottom
    std::vector<HeatMapMonth> months;       // left to right
    int completedDays = 0;                  // dates up to today with a completed session
    int partialDays = 0;                    // dates up to today with only partial sessions

    const HeatMapCell* cellAt(int column, int row) const;
    const HeatMapCell* cellFor(const QDate& date) const; // nullptr outside the grid
};

// The weeks covering the last `months` months up to today: the first column is the week holding
// today minus `months` months plus one day.
HeatMapGrid heatMapGrid(const std::vector<SessionSummary>& history, const QDate& today, Qt::DayOfWeek weekStart,
                        int months = 6);

// ---- Axis of the weekly chart ----------------------------------------------------------------------

// Consecutive report weeks grouped by the month their first date falls in, for the chart's axis.
struct WeekSpan
{
    int firstIndex = 0; // into AdherenceReport::weeks
    int lastIndex = 0;
    QDate month; // first date of the month
};
std::vector<WeekSpan> monthSpans(const std::vector<WeekSummary>& weeks);

// ---- Minutes per technique -------------------------------------------------------------------------

struct TechniqueMinutes
{
    QString id;   // technique id, or the routine id of sessions saved without steps
    QString name; // what to show
    qint64 workedSeconds = 0;
    int sessions = 0;     // sessions that contributed
    bool itemised = true; // false: sessions logged without steps, shown under their routine
};

// Worked time per technique over the sessions dated first..last. A guided session's steps are summed
// by technique. A session without steps (a manual or imported entry) is credited to its technique when
// its routine is a single-technique routine (whose id is the technique's id); otherwise it is listed
// under its routine as not itemised, since how its minutes split between techniques was never recorded.
// Every catalog technique is listed (in catalog order, zero when not done), then the not-itemised
// routines, most minutes first.
std::vector<TechniqueMinutes> minutesByTechnique(const std::vector<Session>& sessions, const QDate& first,
                                                 const QDate& last, const Catalog& catalog);

// ---- Soreness --------------------------------------------------------------------------------------

struct SorenessPoint
{
    QDate date;
    QDateTime startedAt;
    std::optional<int> before;
    std::optional<int> after;
};

struct SorenessSeries
{
    std::vector<SorenessPoint> points; // sessions dated first..last that recorded either rating, oldest first
    int pairs = 0;                     // points with both ratings
    std::optional<double> averageDrop; // mean of before - after over the pairs, one decimal; nullopt with none
};

SorenessSeries sorenessSeries(const std::vector<Session>& sessions, const QDate& first, const QDate& last);

} // namespace rc::core
