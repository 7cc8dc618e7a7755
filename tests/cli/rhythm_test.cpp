// SPDX-License-Identifier: GPL-3.0-or-later
// PRODUCT.md section 5 on the command line: settings, pause, pauses, unpause, and what they do to
// `report` and `log`. Runs the built binary.
#include "clitestutil.h"

#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class RhythmCliTest : public rc::test::CliTestBase
{
protected:
    QByteArray ok(const QStringList& arguments)
    {
        const rc::test::ProcessResult r = run(arguments);
        EXPECT_EQ(r.exitCode, 0) << arguments.join(u' ').toStdString() << ": " << r.err.constData();
        return r.out;
    }

    QJsonObject report(const QString& today, const QStringList& more = {})
    {
        return QJsonDocument::fromJson(ok(QStringList{u"report"_s, u"--json"_s, u"--today"_s, today} << more)).object();
    }

    // The database's bytes, to prove a refused command changed nothing.
    QByteArray databaseBytes() const
    {
        QFile file(m_db);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

} // namespace

TEST_F(RhythmCliTest, settings_listsEveryKeyWithItsDefault_asLinesAndAsJson)
{
    EXPECT_EQ(ok({u"settings"_s}), QByteArray("target-days=3\nweek-start=monday\nplanned-days=none\n"
                                              "day-starts-at=00:00\nreminders=off\nreminder-time=18:00\n"
                                              "theme=system\n"));
    const QJsonObject json = QJsonDocument::fromJson(ok({u"settings"_s, u"--json"_s})).object();
    EXPECT_EQ(json.size(), 7);
    EXPECT_EQ(json[u"target-days"_s], QJsonValue(3));
    EXPECT_EQ(json[u"planned-days"_s], QJsonValue(u"none"_s));
    EXPECT_EQ(json[u"reminder-time"_s], QJsonValue(u"18:00"_s));
    EXPECT_FALSE(QFile::exists(m_db)) << "reading the settings created the database";
}

TEST_F(RhythmCliTest, settings_setThenGet_keepsTheCanonicalValue_inTheDatabaseOrOnThisComputer)
{
    EXPECT_EQ(ok({u"settings"_s, u"planned-days"_s, u"Thu,mon"_s}), QByteArray("planned-days=mon,thu\n"));
    EXPECT_EQ(ok({u"settings"_s, u"planned-days"_s}), QByteArray("mon,thu\n"));
    EXPECT_EQ(ok({u"settings"_s, u"day-starts-at"_s, u"4:00"_s}), QByteArray("day-starts-at=04:00\n"));
    EXPECT_EQ(ok({u"settings"_s, u"reminder-time"_s, u"07:45"_s}), QByteArray("reminder-time=07:45\n"));
    EXPECT_EQ(ok({u"settings"_s, u"reminder-time"_s}), QByteArray("07:45\n"));
    // The record's settings are in the database: another computer's config does not have them.
    QDir(m_configHome).removeRecursively();
    EXPECT_EQ(ok({u"settings"_s, u"planned-days"_s}), QByteArray("mon,thu\n"));
    EXPECT_EQ(ok({u"settings"_s, u"reminder-time"_s}), QByteArray("18:00\n"));
}

TEST_F(RhythmCliTest, settings_aWrongKeyOrValue_isExit2WithOneLine_andChangesNothing)
{
    ok({u"settings"_s, u"target-days"_s, u"4"_s});
    const QByteArray before = databaseBytes();
    rc::test::ProcessResult r = run({u"settings"_s, u"target-days"_s, u"8"_s});
    EXPECT_EQ(r.exitCode, 2);
    expectOneLineError(r, "target-days must be a whole number from 1 to 7, not '8'");
    r = run({u"settings"_s, u"colour"_s, u"red"_s});
    EXPECT_EQ(r.exitCode, 2);
    expectOneLineError(r, "there is no setting 'colour'; the settings are target-days, week-start");
    r = run({u"settings"_s, u"theme"_s, u"blue"_s});
    EXPECT_EQ(r.exitCode, 2);
    expectOneLineError(r, "theme must be system, light or dark, not 'blue'");
    r = run({u"settings"_s, u"theme"_s, u"dark"_s, u"extra"_s});
    EXPECT_EQ(r.exitCode, 2);
    expectOneLineError(r, "unexpected argument 'extra'");
    EXPECT_EQ(databaseBytes(), before);
    EXPECT_EQ(ok({u"settings"_s, u"target-days"_s}), QByteArray("4\n"));
    EXPECT_EQ(ok({u"settings"_s, u"theme"_s}), QByteArray("system\n"));
}

TEST_F(RhythmCliTest, reportWithoutFlags_followsTheRecordsTargetAndFirstDay)
{
    ok({u"settings"_s, u"target-days"_s, u"2"_s});
    ok({u"settings"_s, u"week-start"_s, u"sunday"_s});
    // Wednesday 9 Dec 2026 in a Sunday-first week: 6 to 12 Dec.
    const QJsonObject json = report(u"2026-12-09"_s, {u"--weeks"_s, u"1"_s});
    EXPECT_EQ(json[u"target_days_per_week"_s].toInt(), 2);
    EXPECT_EQ(json[u"week_start"_s].toString(), u"sunday"_s);
    EXPECT_EQ(json[u"current_week"_s].toObject()[u"start"_s].toString(), u"2026-12-06"_s);
}

TEST_F(RhythmCliTest, pause_listUnpause_roundTrip_andTheReportFollows)
{
    EXPECT_EQ(ok({u"pause"_s, u"--from"_s, u"2026-12-09"_s, u"--to"_s, u"2026-12-13"_s, u"--note"_s, u"injured"_s}),
              QByteArray("Paused 2026-12-09 to 2026-12-13 (5 days) as pause 1.\n"));
    ok({u"pause"_s, u"--from"_s, u"2026-11-23"_s, u"--to"_s, u"2026-11-29"_s});
    EXPECT_EQ(ok({u"pauses"_s}), QByteArray("   2  2026-11-23 to 2026-11-29 (7 days)\n"
                                            "   1  2026-12-09 to 2026-12-13 (5 days)  injured\n"));
    const QJsonArray pauses = QJsonDocument::fromJson(ok({u"pauses"_s, u"--json"_s})).array();
    ASSERT_EQ(pauses.size(), 2);
    EXPECT_EQ(pauses[1].toObject(), (QJsonObject{{u"id"_s, 1},
                                                 {u"from"_s, u"2026-12-09"_s},
                                                 {u"to"_s, u"2026-12-13"_s},
                                                 {u"note"_s, u"injured"_s}}));

    ok({u"log"_s, u"--date"_s, u"2026-12-07"_s});
    // Week of 7 Dec with Wed-Sun paused: 2 unpaused days, target ceil(3 x 2 / 7) = 1, met by Monday.
    QJsonObject json = report(u"2026-12-08"_s, {u"--weeks"_s, u"3"_s});
    const QJsonObject current = json[u"current_week"_s].toObject();
    EXPECT_EQ(current[u"target"_s].toInt(), 1);
    EXPECT_EQ(current[u"paused"_s], QJsonValue(false));
    EXPECT_EQ(current[u"status"_s].toString(), u"met"_s);
    const QJsonArray weeks = json[u"weeks"_s].toArray();
    EXPECT_EQ(weeks[0].toObject()[u"paused"_s], QJsonValue(true)); // 23-29 Nov
    EXPECT_EQ(weeks[0].toObject()[u"target"_s].toInt(), 0);
    EXPECT_EQ(weeks[1].toObject()[u"target"_s].toInt(), 3);

    EXPECT_EQ(ok({u"unpause"_s, u"1"_s}), QByteArray("Removed pause 1, 2026-12-09 to 2026-12-13 (5 days).\n"));
    json = report(u"2026-12-08"_s, {u"--weeks"_s, u"1"_s});
    EXPECT_EQ(json[u"current_week"_s].toObject()[u"target"_s].toInt(), 3);
    EXPECT_EQ(json[u"current_week"_s].toObject()[u"status"_s].toString(), u"on_track"_s);
}

TEST_F(RhythmCliTest, pause_badInput_isExit2WithOneLine_andStoresNothing)
{
    ok({u"settings"_s, u"target-days"_s, u"3"_s}); // the database exists
    const QByteArray before = databaseBytes();
    const struct
    {
        QStringList arguments;
        const char* message;
    } cases[] = {
        {{u"pause"_s, u"--from"_s, u"2026-12-09"_s}, "pause needs --from D and --to D"},
        {{u"pause"_s, u"--from"_s, u"2026-12-9"_s, u"--to"_s, u"2026-12-10"_s}, "--from '2026-12-9' is not a date"},
        {{u"pause"_s, u"--from"_s, u"2026-12-10"_s, u"--to"_s, u"2026-12-09"_s},
         "the pause ends (2026-12-09) before it starts (2026-12-10)"},
        {{u"pause"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2027-01-02"_s},
         "a pause covers at most 366 days; 2026-01-01 to 2027-01-02 is 367"},
        {{u"pause"_s, u"--from"_s, u"2026-12-01"_s, u"--to"_s, u"2026-12-02"_s, u"--note"_s, QString(10001, u'x')},
         "the note is 10001 characters long; at most 10000 are allowed"},
        {{u"unpause"_s, u"7"_s}, "there is no pause 7"},
        {{u"unpause"_s, u"seven"_s}, "'seven' is not the id of a pause"},
        {{u"unpause"_s}, "'unpause' needs the id of a pause"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.arguments.join(u' ').left(80).toStdString());
        const rc::test::ProcessResult r = run(c.arguments);
        EXPECT_EQ(r.exitCode, 2);
        expectOneLineError(r, c.message);
    }
    EXPECT_EQ(databaseBytes(), before);
    EXPECT_EQ(ok({u"pauses"_s}), QByteArray("No pauses.\n"));
}

TEST_F(RhythmCliTest, reportJson_saysWhetherTodaysReminderIsDue_andWhy)
{
    ok({u"log"_s, u"--date"_s, u"2026-12-07"_s});
    // Saturday 12 Dec: 2 needed, 2 left: at risk. Reminders off: not due.
    QJsonObject reminder = report(u"2026-12-12"_s)[u"reminder"_s].toObject();
    EXPECT_EQ(reminder[u"due_today"_s], QJsonValue(false));
    EXPECT_TRUE(reminder[u"reason"_s].isNull());
    ok({u"settings"_s, u"reminders"_s, u"on"_s});
    reminder = report(u"2026-12-12"_s)[u"reminder"_s].toObject();
    EXPECT_EQ(reminder[u"due_today"_s], QJsonValue(true));
    EXPECT_EQ(reminder[u"reason"_s], QJsonValue(u"at_risk"_s));
    // Thursday 10 Dec is on track; planned, it is due for that reason.
    EXPECT_EQ(report(u"2026-12-10"_s)[u"reminder"_s].toObject()[u"due_today"_s], QJsonValue(false));
    ok({u"settings"_s, u"planned-days"_s, u"thu"_s});
    reminder = report(u"2026-12-10"_s)[u"reminder"_s].toObject();
    EXPECT_EQ(reminder[u"reason"_s], QJsonValue(u"planned_day"_s));
    // Paused that day: nothing.
    ok({u"pause"_s, u"--from"_s, u"2026-12-10"_s, u"--to"_s, u"2026-12-10"_s});
    EXPECT_EQ(report(u"2026-12-10"_s)[u"reminder"_s].toObject()[u"due_today"_s], QJsonValue(false));
}

TEST_F(RhythmCliTest, theEarlierPreferences_moveIntoTheDatabaseOnTheFirstWrite_andLeaveTheConfig)
{
    ASSERT_TRUE(QDir().mkpath(m_configHome + u"/recovery-coach"_s));
    writeFile(m_configHome + u"/recovery-coach/recovery-coach.conf"_s, "[progress]\ntarget=5\nweekStart=sunday\n");
    EXPECT_EQ(ok({u"settings"_s, u"target-days"_s}), QByteArray("5\n")); // read, not yet moved
    ok({u"settings"_s, u"planned-days"_s, u"mon"_s});                  // the first write moves them
    QSettings config(m_configHome + u"/recovery-coach/recovery-coach.conf"_s, QSettings::IniFormat);
    EXPECT_FALSE(config.contains(u"progress/target"_s));
    EXPECT_FALSE(config.contains(u"progress/weekStart"_s));
    EXPECT_EQ(ok({u"settings"_s}), QByteArray("target-days=5\nweek-start=sunday\nplanned-days=mon\n"
                                              "day-starts-at=00:00\nreminders=off\nreminder-time=18:00\n"
                                              "theme=system\n"));
}
