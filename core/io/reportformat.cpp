// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportformat.h"

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

// Written by hand, not with QJsonDocument, so the keys keep the order PRODUCT.md lists them in.
QString jsonString(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20) {
                out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
            } else {
                out += c;
            }
        }
    }
    out += u'"';
    return out;
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString jsonBool(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

// Always one decimal ("9.0"), so a reader sees minutes as a number with a fraction.
QString oneDecimal(double value)
{
    return QString::number(value, 'f', 1);
}

// Up to three decimals, trailing zeros dropped but one kept: 0.667, 0.5, 1.0.
QString rateNumber(double rate)
{
    QString text = QString::number(rate, 'f', 3);
    while (text.endsWith(u'0') && !text.endsWith(u".0")) {
        text.chop(1);
    }
    return text;
}

QString plural(int count, const QString& one, const QString& many)
{
    return u"%1 %2"_s.arg(count).arg(count == 1 ? one : many);
}

QString statusWords(WeekStatus status)
{
    switch (status) {
    case WeekStatus::Met:
        return u"target met"_s;
    case WeekStatus::OnTrack:
        break;
    case WeekStatus::AtRisk:
        return u"at risk"_s;
    case WeekStatus::Missed:
        return u"missed"_s;
    case WeekStatus::Paused:
        return u"paused"_s;
    }
    return u"on track"_s;
}

QString capitalized(const QString& word)
{
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
}

} // namespace

QByteArray reportToJson(const AdherenceReport& report, const ReminderDecision& reminder)
{
    QString out;
    out += u"{\n"_s;
    out += u"  \"today\": "_s + jsonString(isoDate(report.today)) + u",\n"_s;
    out += u"  \"target_days_per_week\": %1,\n"_s.arg(report.targetDaysPerWeek);
    out += u"  \"week_start\": "_s + jsonString(weekStartName(report.weekStart)) + u",\n"_s;
    out += u"  \"weeks\": ["_s;
    for (std::size_t i = 0; i < report.weeks.size(); ++i) {
        const WeekSummary& week = report.weeks[i];
        out += (i == 0 ? u"\n"_s : u",\n"_s);
        out += u"    {\n"_s;
        out += u"      \"start\": "_s + jsonString(isoDate(week.start)) + u",\n"_s;
        out += u"      \"end\": "_s + jsonString(isoDate(week.end)) + u",\n"_s;
        out += u"      \"days\": %1,\n"_s.arg(week.days);
        out += u"      \"sessions\": %1,\n"_s.arg(week.sessions);
        out += u"      \"minutes\": "_s + oneDecimal(week.minutes) + u",\n"_s;
        out += u"      \"target\": %1,\n"_s.arg(week.target);
        out += u"      \"paused\": "_s + jsonBool(week.paused) + u",\n"_s;
        out += u"      \"met\": "_s + jsonBool(week.met) + u"\n"_s;
        out += u"    }"_s;
    }
    out += report.weeks.empty() ? u"],\n"_s : u"\n  ],\n"_s;
    const CurrentWeek& current = report.currentWeek;
    out += u"  \"current_week\": {\n"_s;
    out += u"    \"start\": "_s + jsonString(isoDate(current.start)) + u",\n"_s;
    out += u"    \"end\": "_s + jsonString(isoDate(current.end)) + u",\n"_s;
    out += u"    \"days\": %1,\n"_s.arg(current.days);
    out += u"    \"target\": %1,\n"_s.arg(current.target);
    out += u"    \"paused\": "_s + jsonBool(current.paused) + u",\n"_s;
    out += u"    \"days_needed\": %1,\n"_s.arg(current.daysNeeded);
    out += u"    \"days_left\": %1,\n"_s.arg(current.daysLeft);
    out += u"    \"status\": "_s + jsonString(weekStatusName(current.status)) + u"\n"_s;
    out += u"  },\n"_s;
    out += u"  \"streak_weeks\": %1,\n"_s.arg(report.streakWeeks);
    out += u"  \"best_streak_weeks\": %1,\n"_s.arg(report.bestStreakWeeks);
    out += u"  \"adherence_rate\": "_s + (report.adherenceRate ? rateNumber(*report.adherenceRate) : u"null"_s);
    out += u",\n  \"reminder\": {\n"_s;
    out += u"    \"due_today\": "_s + jsonBool(reminder.dueToday) + u",\n"_s;
    out += u"    \"reason\": "_s + (reminder.reason ? jsonString(reminderReasonName(*reminder.reason)) : u"null"_s);
    out += u"\n  }\n}\n"_s;
    return out.toUtf8();
}

QString reportToText(const AdherenceReport& report)
{
    QString out;
    out += u"Adherence on %1 — target %2 per week, weeks start on %3\n\n"_s.arg(
        isoDate(report.today), plural(report.targetDaysPerWeek, u"day"_s, u"days"_s),
        capitalized(weekStartName(report.weekStart)));

    out += u"%1  %2  %3  %4  %5\n"_s.arg(u"Week"_s, -23)
               .arg(u"Days"_s, 4)
               .arg(u"Sessions"_s, 8)
               .arg(u"Minutes"_s, 7)
               .arg(u"Met"_s);
    for (std::size_t i = 0; i < report.weeks.size(); ++i) {
        const WeekSummary& week = report.weeks[i];
        const bool isCurrent = i + 1 == report.weeks.size();
        QString row = u"%1 – %2  %3  %4  %5  %6"_s.arg(isoDate(week.start), isoDate(week.end))
                          .arg(week.days, 4)
                          .arg(week.sessions, 8)
                          .arg(oneDecimal(week.minutes), 7)
                          .arg(week.paused ? u"paused"_s : week.met ? u"yes"_s : u"no "_s);
        if (isCurrent) {
            row += u"  ← this week"_s;
        }
        out += row.trimmed() + u'\n';
    }

    const CurrentWeek& current = report.currentWeek;
    if (current.paused) {
        out += u"\nThis week: paused\n"_s;
    } else {
        out += u"\nThis week: %1 of %2 days"_s.arg(current.days).arg(current.target);
        if (current.status != WeekStatus::Met) {
            out += u", %1 more needed"_s.arg(current.daysNeeded);
        }
        out += u", "_s + plural(current.daysLeft, u"day left"_s, u"days left"_s);
        out += u" — "_s + statusWords(current.status);
        if (current.target != report.targetDaysPerWeek) {
            out += u" (some days are paused)"_s;
        }
        out += u'\n';
    }

    out += u"Streak: "_s + plural(report.streakWeeks, u"week"_s, u"weeks"_s) + u'\n';
    out += u"Best streak: "_s + plural(report.bestStreakWeeks, u"week"_s, u"weeks"_s) + u'\n';
    out += u"Adherence rate: "_s;
    if (report.adherenceRate) {
        // Percent with one decimal in the C locale: the table is for reading, the JSON for machines.
        out += QString::number(*report.adherenceRate * 100.0, 'f', 1) + u"%\n"_s;
    } else {
        out += u"—\n"_s;
    }
    return out;
}

} // namespace rc::core
