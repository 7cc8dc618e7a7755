// SPDX-License-Identifier: GPL-3.0-or-later
#include "adherence.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <iterator>
#include <optional>

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

// One session reduced to integers: years of history sort and group without touching QDate again.
struct Entry
{
    qint64 week = 0;   // weeks from the current week: 0 current, -1 the last complete week
    int dayInWeek = 0; // 0..6 from the week's first date
    int workedSeconds = 0;
    bool completed = false;
};

struct WeekTally
{
    qint64 week = 0;
    int sessions = 0;
    qint64 workedSeconds = 0;
    unsigned completedMask = 0; // bit i: the week's date i has a completed session
};

// Floor, not truncation: a date before the anchor must fall into a negative week, never week 0.
qint64 floorDiv7(qint64 value)
{
    return value >= 0 ? value / 7 : -((-value + 6) / 7);
}

// Integer arithmetic so that 45 s (7.5 tenths) becomes 0.8 exactly, half away from zero.
double minutesOneDecimal(qint64 seconds)
{
    const qint64 magnitude = seconds < 0 ? -seconds : seconds;
    const qint64 tenths = (magnitude + 3) / 6;
    return double(seconds < 0 ? -tenths : tenths) / 10.0;
}

// part / whole rounded half up to thousandths; both are non-negative counts.
double shareThreeDecimals(int part, int whole)
{
    const qint64 thousandths = (qint64(part) * 2000 + whole) / (qint64(whole) * 2);
    return double(thousandths) / 1000.0;
}

std::vector<Entry> entriesUpTo(const std::vector<SessionSummary>& history, qint64 anchorDay, qint64 todayDay)
{
    std::vector<Entry> entries;
    entries.reserve(history.size());
    for (const SessionSummary& session : history) {
        if (!session.localDate.isValid()) {
            continue;
        }
        const qint64 day = session.localDate.toJulianDay();
        if (day > todayDay) {
            continue;
        }
        const qint64 fromAnchor = day - anchorDay;
        const qint64 week = floorDiv7(fromAnchor);
        entries.push_back({week, int(fromAnchor - week * 7), session.workedSeconds, session.completed});
    }
    // The store hands history over in date order; only sort what is not.
    const auto byWeek = [](const Entry& a, const Entry& b) { return a.week < b.week; };
    if (!std::is_sorted(entries.begin(), entries.end(), byWeek)) {
        std::sort(entries.begin(), entries.end(), byWeek);
    }
    return entries;
}

// The pauses as disjoint, sorted runs of Julian days (overlapping and touching pauses joined), so
// whether a date or a run of weeks is paused is one binary search.
class PausedDays
{
public:
    explicit PausedDays(const std::vector<Pause>& pauses)
    {
        for (const Pause& pause : pauses) {
            if (pause.from.isValid() && pause.to.isValid() && pause.from <= pause.to) {
                m_runs.push_back({pause.from.toJulianDay(), pause.to.toJulianDay()});
            }
        }
        std::sort(m_runs.begin(), m_runs.end());
        std::vector<Run> joined;
        for (const Run& run : m_runs) {
            if (!joined.empty() && run.first <= joined.back().last + 1) {
                joined.back().last = std::max(joined.back().last, run.last);
            } else {
                joined.push_back(run);
            }
        }
        m_runs = std::move(joined);
    }

    // True when every day from `first` through `last` is paused.
    bool covers(qint64 first, qint64 last) const
    {
        if (first > last) {
            return true; // nothing to cover
        }
        const auto it = std::upper_bound(m_runs.begin(), m_runs.end(), first,
                                         [](qint64 day, const Run& run) { return day < run.first; });
        return it != m_runs.begin() && std::prev(it)->last >= last;
    }

    // Bit i: day `weekStart + i` is paused.
    unsigned weekMask(qint64 weekStart) const
    {
        unsigned mask = 0;
        for (int i = 0; i < 7; ++i) {
            mask |= covers(weekStart + i, weekStart + i) ? 1u << i : 0u;
        }
        return mask;
    }

private:
    struct Run
    {
        qint64 first = 0;
        qint64 last = 0;
        friend bool operator<(const Run& a, const Run& b) { return a.first < b.first; }
    };
    std::vector<Run> m_runs;
};

constexpr unsigned wholeWeek = 0x7f;

// PRODUCT.md section 5: ceil(T x u / 7) for u unpaused dates.
int effectiveTarget(int target, unsigned pausedMask)
{
    const int unpaused = 7 - std::popcount(pausedMask & wholeWeek);
    return (target * unpaused + 6) / 7;
}

void fillWeek(WeekSummary& summary, const WeekTally& tally)
{
    summary.days = std::popcount(tally.completedMask);
    summary.sessions = tally.sessions;
    summary.minutes = minutesOneDecimal(tally.workedSeconds);
    summary.met = !summary.paused && summary.days >= summary.target;
    summary.completedDates.reserve(std::size_t(summary.days));
    for (int i = 0; i < 7; ++i) {
        if (tally.completedMask & (1u << i)) {
            summary.completedDates.push_back(summary.start.addDays(i));
        }
    }
}

CurrentWeek currentWeekOf(const WeekSummary& week, const QDate& today)
{
    CurrentWeek current;
    current.start = week.start;
    current.end = week.end;
    current.days = week.days;
    current.target = week.target;
    current.paused = week.paused;
    current.daysNeeded = std::max(0, week.target - week.days);
    for (QDate date = today; date <= week.end; date = date.addDays(1)) {
        const bool paused = week.pausedDays & (1u << week.start.daysTo(date));
        const bool done = std::binary_search(week.completedDates.begin(), week.completedDates.end(), date);
        current.daysLeft += paused || done ? 0 : 1;
    }
    if (week.paused) {
        current.status = WeekStatus::Paused;
    } else if (week.days >= week.target) {
        current.status = WeekStatus::Met;
    } else if (current.daysNeeded > current.daysLeft) {
        current.status = WeekStatus::Missed;
    } else if (current.daysNeeded == current.daysLeft) {
        current.status = WeekStatus::AtRisk;
    } else {
        current.status = WeekStatus::OnTrack;
    }
    return current;
}

constexpr std::array<QStringView, 7> dayNames = {u"monday", u"tuesday",  u"wednesday", u"thursday",
                                                 u"friday", u"saturday", u"sunday"};

} // namespace

QString weekStartName(Qt::DayOfWeek day)
{
    const int index = std::clamp(int(day), 1, 7) - 1;
    return dayNames[std::size_t(index)].toString();
}

std::optional<Qt::DayOfWeek> weekStartFromName(const QString& name)
{
    for (Qt::DayOfWeek day : {Qt::Monday, Qt::Sunday, Qt::Saturday}) {
        if (name.compare(weekStartName(day), Qt::CaseInsensitive) == 0) {
            return day;
        }
    }
    return std::nullopt;
}

QDate weekStartFor(const QDate& date, Qt::DayOfWeek weekStart)
{
    if (!date.isValid()) {
        return {};
    }
    const int back = (date.dayOfWeek() - int(weekStart) + 7) % 7;
    return date.addDays(-back);
}

QString weekStatusName(WeekStatus status)
{
    switch (status) {
    case WeekStatus::Met:
        return u"met"_s;
    case WeekStatus::OnTrack:
        break;
    case WeekStatus::AtRisk:
        return u"at_risk"_s;
    case WeekStatus::Missed:
        return u"missed"_s;
    case WeekStatus::Paused:
        return u"paused"_s;
    }
    return u"on_track"_s;
}

AdherenceReport computeAdherence(const std::vector<SessionSummary>& history, const QDate& today,
                                 const AdherenceSettings& settings, const std::vector<Pause>& pauses)
{
    AdherenceReport report;
    report.today = today;
    // PRODUCT.md allows 1..7; the CLI rejects anything else, this only keeps a bad caller from nonsense.
    report.targetDaysPerWeek = std::clamp(settings.targetDaysPerWeek, 1, 7);
    report.weekStart = settings.weekStart;
    report.plannedDays = settings.plannedDays & wholeWeek;
    if (!today.isValid()) {
        return report;
    }
    const int target = report.targetDaysPerWeek;
    const int windowWeeks = std::max(1, settings.weeks);
    const QDate currentStart = weekStartFor(today, settings.weekStart);
    const qint64 anchorDay = currentStart.toJulianDay();
    const qint64 firstWindowWeek = -(windowWeeks - 1);
    const PausedDays paused(pauses);
    const auto weekPaused = [&](qint64 week) { return paused.covers(anchorDay + 7 * week, anchorDay + 7 * week + 6); };

    report.weeks.resize(std::size_t(windowWeeks));
    for (int i = 0; i < windowWeeks; ++i) {
        WeekSummary& week = report.weeks[std::size_t(i)];
        week.start = currentStart.addDays(7 * (qint64(i) + firstWindowWeek));
        week.end = week.start.addDays(6);
        week.pausedDays = paused.weekMask(anchorDay + 7 * (qint64(i) + firstWindowWeek));
        week.paused = week.pausedDays == wholeWeek;
        week.target = effectiveTarget(target, week.pausedDays);
    }

    const std::vector<Entry> entries = entriesUpTo(history, anchorDay, today.toJulianDay());

    // One walk over the weeks that have sessions. A week without any is unmet (its target is at least 1)
    // and ends a run, unless it is paused: paused weeks neither count nor break a run.
    int run = 0;
    int best = 0;
    std::optional<qint64> previousWeek;
    // The run as it stands at the end of `week`, given the weeks walked so far.
    const auto runThrough = [&](qint64 week) {
        if (!previousWeek) {
            return 0;
        }
        return *previousWeek == week || paused.covers(anchorDay + 7 * (*previousWeek + 1), anchorDay + 7 * week + 6)
                   ? run
                   : 0;
    };
    std::optional<int> runEndingLastWeek;
    for (std::size_t i = 0; i < entries.size();) {
        WeekTally tally;
        tally.week = entries[i].week;
        for (; i < entries.size() && entries[i].week == tally.week; ++i) {
            const Entry& entry = entries[i];
            tally.workedSeconds += entry.workedSeconds;
            if (entry.completed) {
                ++tally.sessions;
                tally.completedMask |= 1u << entry.dayInWeek;
            }
        }
        if (tally.week == 0) {
            runEndingLastWeek = runThrough(-1);
        }
        run = runThrough(tally.week - 1);
        if (!weekPaused(tally.week)) {
            const unsigned pausedMask = paused.weekMask(anchorDay + 7 * tally.week);
            run = std::popcount(tally.completedMask) >= effectiveTarget(target, pausedMask) ? run + 1 : 0;
        }
        best = std::max(best, run);
        previousWeek = tally.week;
        if (tally.week >= firstWindowWeek) {
            fillWeek(report.weeks[std::size_t(tally.week - firstWindowWeek)], tally);
        }
    }

    const WeekSummary& current = report.weeks.back();
    report.currentWeek = currentWeekOf(current, today);
    report.streakWeeks = runEndingLastWeek.value_or(runThrough(-1)) + (current.met ? 1 : 0);
    report.bestStreakWeeks = best;

    if (!entries.empty()) {
        const qint64 firstCounted = std::max(entries.front().week, firstWindowWeek);
        int counted = 0;
        int met = 0;
        for (qint64 week = firstCounted; week <= -1; ++week) {
            const WeekSummary& summary = report.weeks[std::size_t(week - firstWindowWeek)];
            if (summary.paused) {
                continue;
            }
            ++counted;
            met += summary.met ? 1 : 0;
        }
        if (counted > 0) {
            report.adherenceRate = shareThreeDecimals(met, counted);
        }
    }
    return report;
}

std::vector<WeekDay> currentWeekDays(const AdherenceReport& report)
{
    std::vector<WeekDay> days;
    if (report.weeks.empty()) {
        return days;
    }
    const WeekSummary& current = report.weeks.back();
    const std::vector<QDate>& done = current.completedDates;
    for (int i = 0; i < 7; ++i) {
        const QDate date = current.start.addDays(i);
        days.push_back({date, std::find(done.begin(), done.end(), date) != done.end(), date == report.today,
                        date > report.today, bool(current.pausedDays & (1u << i)),
                        bool(report.plannedDays & (1u << (date.dayOfWeek() - 1)))});
    }
    return days;
}

} // namespace rc::core
