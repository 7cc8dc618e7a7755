// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights.h"

#include <algorithm>

namespace rc::core {

std::vector<DayActivity> dailyActivity(const std::vector<SessionSummary>& history, const QDate& first,
                                       const QDate& last)
{
    std::vector<DayActivity> days;
    if (!first.isValid() || !last.isValid() || last < first) {
        return days;
    }
    const qint64 firstDay = first.toJulianDay();
    const qint64 count = last.toJulianDay() - firstDay + 1;
    days.resize(std::size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        days[std::size_t(i)].date = first.addDays(i);
    }
    // Indexing by day number keeps ten years of history one pass, whatever its order.
    for (const SessionSummary& session : history) {
        if (!session.localDate.isValid()) {
            continue;
        }
        const qint64 index = session.localDate.toJulianDay() - firstDay;
        if (index < 0 || index >= count) {
            continue;
        }
        DayActivity& day = days[std::size_t(index)];
        day.workedSeconds += session.workedSeconds;
        if (session.completed) {
            ++day.completedSessions;
        } else {
            ++day.partialSessions;
        }
    }
    return days;
}

int heatLevel(int workedSeconds)
{
    if (workedSeconds <= 0) {
        return 0;
    }
    const auto above = std::upper_bound(heatLevelSeconds.begin(), heatLevelSeconds.end(), workedSeconds);
    return 1 + int(above - heatLevelSeconds.begin());
}

const HeatMapCell* HeatMapGrid::cellAt(int column, int row) const
{
    if (column < 0 || column >= columns || row < 0 || row > 6) {
        return nullptr;
    }
    return &cells[std::size_t(column * 7 + row)];
}

const HeatMapCell* HeatMapGrid::cellFor(const QDate& date) const
{
    if (!date.isValid() || date < first || date > last) {
        return nullptr;
    }
    const qint64 offset = first.daysTo(date);
    return cellAt(int(offset / 7), int(offset % 7));
}

namespace {

// A month is named over the column holding its 1st, as on the contribution calendars.
std::vector<HeatMapMonth> monthLabels(const HeatMapGrid& grid)
{
    std::vector<HeatMapMonth> months;
    for (const HeatMapCell& cell : grid.cells) {
        if (cell.activity.date.day() == 1) {
            months.push_back({cell.column, cell.activity.date});
        }
    }
    return months;
}

} // namespace

HeatMapGrid heatMapGrid(const std::vector<SessionSummary>& history, const QDate& today, Qt::DayOfWeek weekStart,
                        int months)
{
    HeatMapGrid grid;
    grid.today = today;
    grid.weekStart = weekStart;
    for (int row = 0; row < 7; ++row) {
        grid.rowDays[std::size_t(row)] = Qt::DayOfWeek((int(weekStart) - 1 + row) % 7 + 1);
    }
    if (!today.isValid()) {
        return grid;
    }
    grid.first = weekStartFor(today.addMonths(-std::max(1, months)).addDays(1), weekStart);
    grid.last = weekStartFor(today, weekStart).addDays(6);
    grid.columns = int((grid.first.daysTo(grid.last) + 1) / 7);

    const std::vector<DayActivity> days = dailyActivity(history, grid.first, grid.last);
    grid.cells.reserve(days.size());
    for (std::size_t i = 0; i < days.size(); ++i) {
        HeatMapCell cell;
        cell.activity = days[i];
        cell.column = int(i / 7);
        cell.row = int(i % 7);
        cell.future = cell.activity.date > today;
        if (cell.future) {
            // Sessions after today are ignored, as in the report.
            cell.activity = DayActivity{cell.activity.date};
        }
        cell.level = heatLevel(cell.activity.workedSeconds);
        grid.completedDays += cell.activity.completed() ? 1 : 0;
        grid.partialDays += cell.activity.partialOnly() ? 1 : 0;
        grid.cells.push_back(cell);
    }
    grid.months = monthLabels(grid);
    return grid;
}

std::vector<WeekSpan> monthSpans(const std::vector<WeekSummary>& weeks)
{
    std::vector<WeekSpan> spans;
    for (int i = 0; i < int(weeks.size()); ++i) {
        const QDate start = weeks[std::size_t(i)].start;
        const QDate month(start.year(), start.month(), 1);
        if (spans.empty() || spans.back().month != month) {
            spans.push_back({i, i, month});
        } else {
            spans.back().lastIndex = i;
        }
    }
    return spans;
}

} // namespace rc::core
