// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminder.h"

#include "rhythm.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

// Through QCoreApplication::translate, so the words can be translated like the window's.
QString tr(const char* text)
{
    return QCoreApplication::translate("rc::core::Reminder", text);
}

// English has a word for one and one for many; without a translation loaded Qt would leave "(s)" as it
// is, so both are written out. `n` goes along for languages with more plural forms.
QString tr(const char* one, const char* many, int n)
{
    return QCoreApplication::translate("rc::core::Reminder", n == 1 ? one : many, nullptr, n);
}

bool todayDone(const AdherenceReport& report)
{
    if (report.weeks.empty()) {
        return false;
    }
    const std::vector<QDate>& done = report.weeks.back().completedDates;
    return std::binary_search(done.begin(), done.end(), report.today);
}

bool todayPaused(const AdherenceReport& report)
{
    if (report.weeks.empty()) {
        return false;
    }
    const WeekSummary& week = report.weeks.back();
    return week.pausedDays & (1u << week.start.daysTo(report.today));
}

QString streakSentence(const AdherenceReport& report)
{
    return report.streakWeeks > 0 ? u" "_s + tr("Your streak is at stake: %n week on target.",
                                                 "Your streak is at stake: %n weeks in a row on target.",
                                                 report.streakWeeks)
                                  : QString();
}

} // namespace

QString reminderReasonName(ReminderReason reason)
{
    return reason == ReminderReason::AtRisk ? u"at_risk"_s : u"planned_day"_s;
}

ReminderDecision reminderFor(const AdherenceReport& report, const RecordSettings& settings, bool remindersOn)
{
    const WeekStatus status = report.currentWeek.status;
    if (!remindersOn || !report.today.isValid() || todayPaused(report) || todayDone(report) ||
        status == WeekStatus::Met || status == WeekStatus::Paused) {
        return {};
    }
    if (status == WeekStatus::AtRisk) {
        return {true, ReminderReason::AtRisk};
    }
    if (settings.isPlanned(report.today)) {
        return {true, ReminderReason::PlannedDay};
    }
    return {};
}

ReminderText reminderText(const Rhythm& rhythm)
{
    const AdherenceReport& report = rhythm.report;
    const CurrentWeek& week = report.currentWeek;
    if (rhythm.reminder.reason == ReminderReason::AtRisk) {
        return {tr("Your week needs today"),
                tr("%1 and %2 this week.")
                        .arg(tr("%n more day needed", "%n more days needed", week.daysNeeded),
                             tr("%n day left", "%n days left", week.daysLeft)) +
                    streakSentence(report)};
    }
    const QString day = QLocale().dayName(report.today.dayOfWeek());
    return {tr("A planned day for rolling"),
            tr("%1 is one of your planned days.").arg(day) + u" "_s +
                tr("%1 of %n day done this week.", "%1 of %n days done this week.", week.target).arg(week.days) + streakSentence(report)};
}

QString weekProgressText(const AdherenceReport& report)
{
    const CurrentWeek& week = report.currentWeek;
    switch (week.status) {
    case WeekStatus::Paused:
        return tr("This week is paused; the session still counts.");
    case WeekStatus::Met:
        return tr("Week done: %1 of %n day.", "Week done: %1 of %n days.", week.target).arg(week.days);
    case WeekStatus::Missed:
        return tr("Day %1 of %2 this week. The target is out of reach this time, and every session still helps.")
            .arg(week.days)
            .arg(week.target);
    case WeekStatus::AtRisk:
    case WeekStatus::OnTrack:
        break;
    }
    const QString lastDay = QLocale().dayName(week.end.dayOfWeek());
    return tr("Day %1 of %2 this week: %3.")
        .arg(week.days)
        .arg(week.target)
        .arg(tr("%n more by %1", "%n more by %1", week.daysNeeded).arg(lastDay));
}

} // namespace rc::core
