// SPDX-License-Identifier: GPL-3.0-or-later
// The report as JSON and as a table (PRODUCT.md section 4). Reports are built by hand so only the
// formatting is under test.
#include "reportformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace rc::core;
using namespace Qt::StringLiterals;

namespace {

WeekSummary week(QDate start, int days, int sessions, double minutes, bool met)
{
    WeekSummary w;
    w.start = start;
    w.end = start.addDays(6);
    w.days = days;
    w.sessions = sessions;
    w.minutes = minutes;
    w.target = 3;
    w.met = met;
    return w;
}

// Sunday weeks, today Wed 2025-01-01 (current week Sun 12-29 .. Sat 01-04), target 3.
AdherenceReport sampleReport()
{
    AdherenceReport r;
    r.today = QDate(2025, 1, 1);
    r.targetDaysPerWeek = 3;
    r.weekStart = Qt::Sunday;
    r.weeks = {week(QDate(2024, 12, 22), 3, 4, 22.5, true), week(QDate(2024, 12, 29), 2, 2, 9.0, false)};
    r.currentWeek = {QDate(2024, 12, 29), QDate(2025, 1, 4), 2, 3, false, 1, 4, WeekStatus::OnTrack};
    r.streakWeeks = 1;
    r.bestStreakWeeks = 5;
    r.adherenceRate = 0.667;
    return r;
}

QJsonObject parsed(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(doc.isObject());
    return doc.object();
}

} // namespace

TEST(ReportFormat, json_holdsEveryFigureUnderItsKey)
{
    const QJsonObject o = parsed(reportToJson(sampleReport()));
    EXPECT_EQ(o.value(u"today"_s).toString(), u"2025-01-01"_s);
    EXPECT_EQ(o.value(u"target_days_per_week"_s).toInt(-1), 3);
    EXPECT_EQ(o.value(u"week_start"_s).toString(), u"sunday"_s);

    const QJsonArray weeks = o.value(u"weeks"_s).toArray();
    ASSERT_EQ(weeks.size(), 2);
    const QJsonObject first = weeks.at(0).toObject();
    EXPECT_EQ(first.value(u"start"_s).toString(), u"2024-12-22"_s);
    EXPECT_EQ(first.value(u"end"_s).toString(), u"2024-12-28"_s);
    EXPECT_EQ(first.value(u"days"_s).toInt(-1), 3);
    EXPECT_EQ(first.value(u"sessions"_s).toInt(-1), 4);
    EXPECT_DOUBLE_EQ(first.value(u"minutes"_s).toDouble(-1), 22.5);
    EXPECT_TRUE(first.value(u"met"_s).isBool());
    EXPECT_TRUE(first.value(u"met"_s).toBool());
    const QJsonObject last = weeks.at(1).toObject();
    EXPECT_EQ(last.value(u"start"_s).toString(), u"2024-12-29"_s);
    EXPECT_EQ(last.value(u"end"_s).toString(), u"2025-01-04"_s);
    EXPECT_DOUBLE_EQ(last.value(u"minutes"_s).toDouble(-1), 9.0);
    EXPECT_FALSE(last.value(u"met"_s).toBool(true));

    const QJsonObject current = o.value(u"current_week"_s).toObject();
    EXPECT_EQ(current.value(u"start"_s).toString(), u"2024-12-29"_s);
    EXPECT_EQ(current.value(u"end"_s).toString(), u"2025-01-04"_s);
    EXPECT_EQ(current.value(u"days"_s).toInt(-1), 2);
    EXPECT_EQ(current.value(u"days_needed"_s).toInt(-1), 1);
    EXPECT_EQ(current.value(u"days_left"_s).toInt(-1), 4);
    EXPECT_EQ(current.value(u"status"_s).toString(), u"on_track"_s);

    EXPECT_EQ(o.value(u"streak_weeks"_s).toInt(-1), 1);
    EXPECT_EQ(o.value(u"best_streak_weeks"_s).toInt(-1), 5);
    EXPECT_DOUBLE_EQ(o.value(u"adherence_rate"_s).toDouble(-1), 0.667);
    EXPECT_EQ(o.size(), 9); // the eight keys of section 4 and `reminder` of section 5, nothing more
}

TEST(ReportFormat, json_addsTargetAndPausedToEveryWeek_andTheReminder)
{
    AdherenceReport report = sampleReport();
    report.weeks[0].target = 2;
    report.weeks[0].paused = false;
    report.weeks[1].target = 0;
    report.weeks[1].paused = true;
    report.currentWeek.target = 0;
    report.currentWeek.paused = true;
    report.currentWeek.status = WeekStatus::Paused;
    const QJsonObject o = parsed(reportToJson(report, {true, ReminderReason::PlannedDay}));
    const QJsonArray weeks = o.value(u"weeks"_s).toArray();
    EXPECT_EQ(weeks.at(0).toObject().value(u"target"_s).toInt(-1), 2);
    EXPECT_EQ(weeks.at(0).toObject().value(u"paused"_s), QJsonValue(false));
    EXPECT_EQ(weeks.at(1).toObject().value(u"target"_s).toInt(-1), 0);
    EXPECT_EQ(weeks.at(1).toObject().value(u"paused"_s), QJsonValue(true));
    const QJsonObject current = o.value(u"current_week"_s).toObject();
    EXPECT_EQ(current.value(u"target"_s).toInt(-1), 0);
    EXPECT_EQ(current.value(u"paused"_s), QJsonValue(true));
    EXPECT_EQ(current.value(u"status"_s).toString(), u"paused"_s);
    const QJsonObject reminder = o.value(u"reminder"_s).toObject();
    EXPECT_EQ(reminder.value(u"due_today"_s), QJsonValue(true));
    EXPECT_EQ(reminder.value(u"reason"_s).toString(), u"planned_day"_s);
    EXPECT_EQ(reminder.size(), 2);

    const QJsonObject none = parsed(reportToJson(sampleReport())).value(u"reminder"_s).toObject();
    EXPECT_EQ(none.value(u"due_today"_s), QJsonValue(false));
    EXPECT_TRUE(none.value(u"reason"_s).isNull());
}

TEST(ReportFormat, text_saysAPausedWeekIsPaused)
{
    AdherenceReport report = sampleReport();
    report.weeks[1].paused = true;
    report.currentWeek.paused = true;
    report.currentWeek.status = WeekStatus::Paused;
    const QString text = reportToText(report);
    EXPECT_TRUE(text.contains(u"This week: paused\n"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"paused  ← this week"_s)) << text.toStdString();
}

TEST(ReportFormat, json_keysFollowTheOrderOfTheSpec)
{
    const QByteArray json = reportToJson(sampleReport());
    const char* keys[] = {
        "\"today\"",        "\"target_days_per_week\"", "\"week_start\"",        "\"weeks\"",
        "\"current_week\"", "\"streak_weeks\"",         "\"best_streak_weeks\"", "\"adherence_rate\"",
        "\"reminder\""};
    qsizetype previous = -1;
    for (const char* key : keys) {
        const qsizetype at = json.indexOf(key);
        EXPECT_GT(at, previous) << key;
        previous = at;
    }
}

TEST(ReportFormat, json_printsMinutesWithOneDecimalAndEndsWithANewline)
{
    const QByteArray json = reportToJson(sampleReport());
    EXPECT_TRUE(json.contains("\"minutes\": 9.0")) << json.constData();
    EXPECT_TRUE(json.contains("\"minutes\": 22.5")) << json.constData();
    EXPECT_TRUE(json.endsWith("}\n"));
    EXPECT_TRUE(json.contains("\n  \"today\"")); // indented, one key a line
}

TEST(ReportFormat, json_writesNullWhenThereIsNoAdherenceRate)
{
    AdherenceReport r = sampleReport();
    r.adherenceRate.reset();
    const QJsonObject o = parsed(reportToJson(r));
    ASSERT_TRUE(o.contains(u"adherence_rate"_s));
    EXPECT_TRUE(o.value(u"adherence_rate"_s).isNull());
}

TEST(ReportFormat, json_writesAWholeRateAsANumber)
{
    AdherenceReport r = sampleReport();
    r.adherenceRate = 1.0;
    const QJsonObject o = parsed(reportToJson(r));
    EXPECT_TRUE(o.value(u"adherence_rate"_s).isDouble());
    EXPECT_DOUBLE_EQ(o.value(u"adherence_rate"_s).toDouble(-1), 1.0);
}

TEST(ReportFormat, json_spellsWeekStartAndStatusLikeTheCli)
{
    AdherenceReport r = sampleReport();
    r.weekStart = Qt::Saturday;
    r.currentWeek.status = WeekStatus::AtRisk;
    const QJsonObject o = parsed(reportToJson(r));
    EXPECT_EQ(o.value(u"week_start"_s).toString(), u"saturday"_s);
    EXPECT_EQ(o.value(u"current_week"_s).toObject().value(u"status"_s).toString(), u"at_risk"_s);
}

TEST(ReportFormat, text_showsOneRowPerWeekAndMarksTheCurrentOne)
{
    const QString text = reportToText(sampleReport());
    const QStringList lines = text.split(u'\n');
    const auto rowOf = [&](const QString& start) {
        for (const QString& line : lines) {
            if (line.startsWith(start)) {
                return line;
            }
        }
        return QString();
    };
    const QString first = rowOf(u"2024-12-22"_s);
    const QString current = rowOf(u"2024-12-29"_s);
    EXPECT_TRUE(first.contains(u"2024-12-28"_s)) << first.toStdString();
    EXPECT_TRUE(first.contains(u"22.5"_s)) << first.toStdString();
    EXPECT_TRUE(first.contains(u"yes"_s)) << first.toStdString();
    EXPECT_FALSE(first.contains(u"this week"_s)) << first.toStdString();
    EXPECT_TRUE(current.contains(u"9.0"_s)) << current.toStdString();
    EXPECT_TRUE(current.contains(u"no"_s)) << current.toStdString();
    EXPECT_TRUE(current.contains(u"← this week"_s)) << current.toStdString();
}

TEST(ReportFormat, text_statesTheHeaderAndTheCurrentWeekInWords)
{
    const QString text = reportToText(sampleReport());
    EXPECT_TRUE(text.contains(u"2025-01-01"_s));
    EXPECT_TRUE(text.contains(u"target 3 days per week"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Sunday"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"This week: 2 of 3 days, 1 more needed, 4 days left — on track"_s))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"Streak: 1 week\n"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Best streak: 5 weeks\n"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Adherence rate: 66.7%"_s)) << text.toStdString();
    EXPECT_TRUE(text.endsWith(u'\n'));
}

TEST(ReportFormat, text_showsADashWhenThereIsNoRate)
{
    AdherenceReport r = sampleReport();
    r.adherenceRate.reset();
    EXPECT_TRUE(reportToText(r).contains(u"Adherence rate: —"_s));
}

TEST(ReportFormat, text_saysTargetMetWithoutDaysNeeded)
{
    AdherenceReport r = sampleReport();
    r.currentWeek.days = 3;
    r.currentWeek.daysNeeded = 0;
    r.currentWeek.daysLeft = 1;
    r.currentWeek.status = WeekStatus::Met;
    const QString text = reportToText(r);
    EXPECT_TRUE(text.contains(u"This week: 3 of 3 days, 1 day left — target met"_s)) << text.toStdString();
}
