// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresstext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <bit>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rc::ui::progresstext {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Progress", text);
}

} // namespace

QString days(int count)
{
    return count == 1 ? tr("1 day") : tr("%1 days").arg(count);
}

QString weeks(int count)
{
    return count == 1 ? tr("1 week") : tr("%1 weeks").arg(count);
}

QString sessions(int count)
{
    return count == 1 ? tr("1 session") : tr("%1 sessions").arg(count);
}

QString minutes(double value)
{
    // The report keeps one decimal; a whole number reads better without it.
    const bool whole = std::abs(value - std::round(value)) < 0.05;
    return tr("%1 min").arg(QLocale().toString(value, 'f', whole ? 0 : 1));
}

QString percent(double share)
{
    return tr("%1%").arg(std::lround(share * 100));
}

QString status(const core::CurrentWeek& week)
{
    switch (week.status) {
    case core::WeekStatus::Met:
        return tr("Target met this week. Every extra roll is a bonus.");
    case core::WeekStatus::OnTrack:
        return (week.daysNeeded == 1 ? tr("On track: 1 more day to go")
                                     : tr("On track: %1 more days to go").arg(week.daysNeeded)) +
               tr(", and %1 left this week.").arg(days(week.daysLeft));
    case core::WeekStatus::AtRisk:
        return tr("At risk: roll on every day left this week (%1).").arg(days(week.daysLeft));
    case core::WeekStatus::Missed:
        return tr("The target is out of reach this week. Rolling still helps, and next week starts fresh.");
    case core::WeekStatus::Paused:
        return tr("This week is paused. Rest up: it neither counts nor breaks your streak.");
    }
    return {};
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, u"d MMM"_s);
}

QString weekDetail(const core::WeekSummary& week, bool current)
{
    const QLocale locale;
    QStringList done;
    for (const QDate& date : week.completedDates) {
        done << locale.dayName(date.dayOfWeek(), QLocale::ShortFormat);
    }
    QString text =
        (current ? tr("This week (from %1): ") : tr("Week of %1: ")).arg(locale.toString(week.start, u"ddd d MMM"_s));
    text += week.paused ? tr("paused, %1 rolled").arg(days(week.days))
                        : tr("%1 of %2 days").arg(week.days).arg(week.target);
    if (!done.isEmpty()) {
        text += u" ("_s + done.join(u", "_s) + u")"_s;
    }
    text += u", "_s + sessions(week.sessions) + u", "_s + minutes(week.minutes) + u". "_s;
    if (week.paused) {
        return text + tr("It neither counts nor breaks a run.");
    }
    if (const int paused = std::popcount(week.pausedDays); paused > 0) {
        text += tr("%1 paused, so the target is %2. ").arg(days(paused)).arg(week.target);
    }
    if (week.met) {
        text += tr("Target met ✓");
    } else if (current) {
        text += tr("Not over yet.");
    } else {
        text += tr("Below target.");
    }
    return text;
}

} // namespace rc::ui::progresstext
