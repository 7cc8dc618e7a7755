// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built recovery-coach binary end to end on a temporary --db, with no display.
#include "clitestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

using rc::test::ProcessResult;

class CliTest : public rc::test::CliTestBase
{
protected:
    QJsonObject reportJson(const QStringList& arguments)
    {
        const ProcessResult r = run(QStringList{u"report"_s, u"--json"_s} << arguments);
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.constData();
        return doc.object();
    }
};

TEST_F(CliTest, version_printsTheVersion)
{
    const ProcessResult r = run({u"--version"_s}, {}, false);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, QByteArray("recovery-coach " RC_VERSION "\n"));
}

TEST_F(CliTest, logThenReportJson_countsTheLoggedDays)
{
    // Monday 2024-03-04, Wednesday 03-06 and Friday 03-08: one Monday-first week, 3 days.
    for (const QString& date : {u"2024-03-04"_s, u"2024-03-06"_s, u"2024-03-08"_s}) {
        const ProcessResult r = run({u"log"_s, u"--date"_s, date, u"--minutes"_s, u"12.5"_s});
        ASSERT_EQ(r.exitCode, 0) << r.err.constData();
        EXPECT_TRUE(r.out.contains(date.toUtf8()));
    }
    const QJsonObject report = reportJson({u"--today"_s, u"2024-03-10"_s, u"--weeks"_s, u"2"_s});
    EXPECT_EQ(report[u"today"_s].toString(), u"2024-03-10"_s);
    EXPECT_EQ(report[u"target_days_per_week"_s].toInt(), 3);
    EXPECT_EQ(report[u"week_start"_s].toString(), u"monday"_s);
    const QJsonArray weeks = report[u"weeks"_s].toArray();
    ASSERT_EQ(weeks.size(), 2);
    EXPECT_EQ(weeks[0].toObject()[u"start"_s].toString(), u"2024-02-26"_s);
    EXPECT_EQ(weeks[0].toObject()[u"days"_s].toInt(), 0);
    const QJsonObject current = weeks[1].toObject();
    EXPECT_EQ(current[u"start"_s].toString(), u"2024-03-04"_s);
    EXPECT_EQ(current[u"end"_s].toString(), u"2024-03-10"_s);
    EXPECT_EQ(current[u"days"_s].toInt(), 3);
    EXPECT_EQ(current[u"sessions"_s].toInt(), 3);
    EXPECT_DOUBLE_EQ(current[u"minutes"_s].toDouble(), 37.5); // 3 x 12.5
    EXPECT_TRUE(current[u"met"_s].toBool());
    EXPECT_EQ(report[u"current_week"_s].toObject()[u"status"_s].toString(), u"met"_s);
    EXPECT_EQ(report[u"current_week"_s].toObject()[u"days_needed"_s].toInt(), 0);
    // The week before was not met, the current one is: a streak of one.
    EXPECT_EQ(report[u"streak_weeks"_s].toInt(), 1);
    EXPECT_EQ(report[u"best_streak_weeks"_s].toInt(), 1);
    // The only complete week (02-26) lies before the week of the first session: no rate.
    EXPECT_TRUE(report[u"adherence_rate"_s].isNull());
}

TEST_F(CliTest, importThenReport_givesTheFiguresOfTheRules)
{
    const ProcessResult imported = run({u"import"_s, u"--csv"_s, fixture(u"adherence-fixture.csv"_s)});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.constData();
    EXPECT_TRUE(imported.out.contains("Imported 11 sessions")) << imported.out.constData();

    // Sunday-first weeks, target 2, 4 weeks, today Wednesday 2026-11-25 (worked out by hand):
    //   Nov 01-07: 11-02, 11-04 completed (+ a 120 s partial on 11-04): days 2, sessions 2, 1200 s = 20.0, met
    //   Nov 08-14: 11-10 partial 300 s, 11-12 completed 610 s: days 1, sessions 1, 910 s = 15.2, not met
    //   Nov 15-21: 11-16 (local date, 07:30Z on 11-17), 11-21 twice: days 2, sessions 3, 1080 s = 18.0, met
    //   Nov 22-28: 11-23 540 s: days 1, sessions 1, 9.0, not met; 11-30 lies after today and is ignored
    const QJsonObject report = reportJson(
        {u"--today"_s, u"2026-11-25"_s, u"--target"_s, u"2"_s, u"--week-start"_s, u"sunday"_s, u"--weeks"_s, u"4"_s});
    EXPECT_EQ(report[u"week_start"_s].toString(), u"sunday"_s);
    EXPECT_EQ(report[u"target_days_per_week"_s].toInt(), 2);
    const QJsonArray weeks = report[u"weeks"_s].toArray();
    ASSERT_EQ(weeks.size(), 4);
    const struct
    {
        const char* start;
        const char* end;
        int days;
        int sessions;
        double minutes;
        bool met;
    } expected[] = {{"2026-11-01", "2026-11-07", 2, 2, 20.0, true},
                    {"2026-11-08", "2026-11-14", 1, 1, 15.2, false},
                    {"2026-11-15", "2026-11-21", 2, 3, 18.0, true},
                    {"2026-11-22", "2026-11-28", 1, 1, 9.0, false}};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject week = weeks[i].toObject();
        SCOPED_TRACE(expected[i].start);
        EXPECT_EQ(week[u"start"_s].toString(), QString::fromLatin1(expected[i].start));
        EXPECT_EQ(week[u"end"_s].toString(), QString::fromLatin1(expected[i].end));
        EXPECT_EQ(week[u"days"_s].toInt(), expected[i].days);
        EXPECT_EQ(week[u"sessions"_s].toInt(), expected[i].sessions);
        EXPECT_DOUBLE_EQ(week[u"minutes"_s].toDouble(), expected[i].minutes);
        EXPECT_EQ(week[u"met"_s].toBool(), expected[i].met);
    }
    const QJsonObject current = report[u"current_week"_s].toObject();
    EXPECT_EQ(current[u"start"_s].toString(), u"2026-11-22"_s);
    EXPECT_EQ(current[u"end"_s].toString(), u"2026-11-28"_s);
    EXPECT_EQ(current[u"days"_s].toInt(), 1);
    EXPECT_EQ(current[u"days_needed"_s].toInt(), 1);
    EXPECT_EQ(current[u"days_left"_s].toInt(), 4); // 25, 26, 27, 28
    EXPECT_EQ(current[u"status"_s].toString(), u"on_track"_s);
    // Nov 15-21 met, Nov 08-14 not: streak 1; the current week is not met yet and adds nothing.
    EXPECT_EQ(report[u"streak_weeks"_s].toInt(), 1);
    // Oct 25-31 (1 day) no, Nov 01 yes, Nov 08 no, Nov 15 yes: never two in a row.
    EXPECT_EQ(report[u"best_streak_weeks"_s].toInt(), 1);
    // Complete weeks of the window, all on or after the first session's week (Oct 25): 2 of 3 met.
    EXPECT_DOUBLE_EQ(report[u"adherence_rate"_s].toDouble(), 0.667);
}

TEST_F(CliTest, importThenExport_writesTheSameRowsWithCrlf)
{
    ASSERT_EQ(run({u"import"_s, u"--csv"_s, fixture(u"adherence-fixture.csv"_s)}).exitCode, 0);
    const QString exported = m_dir.filePath(u"out.csv"_s);
    const ProcessResult r = run({u"export"_s, u"--csv"_s, exported});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    // The fixture with CRLF record ends; the line break inside the quoted note stays as written.
    QByteArray expected = fileBytes(fixture(u"adherence-fixture.csv"_s));
    expected.replace("\n", "\r\n");
    expected.replace("on the road\r\nin Portland", "on the road\nin Portland");
    EXPECT_EQ(fileBytes(exported), expected);

    // Standard output gives the same bytes, and a second import adds nothing.
    EXPECT_EQ(run({u"export"_s, u"--csv"_s, u"-"_s}).out, expected);
    const ProcessResult again = run({u"import"_s, u"--csv"_s, exported});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains("Imported 0 sessions (11 already stored)")) << again.out.constData();
}

TEST_F(CliTest, importFromStdin_readsTheCsv)
{
    const QByteArray csv = "started_at,local_date,routine,planned_seconds,worked_seconds,completed,soreness_before,"
                           "soreness_after,notes\n2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,6,3,"
                           "\"felt tight, left calf\"\n";
    const ProcessResult r = run({u"import"_s, u"--csv"_s, u"-"_s}, csv);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const ProcessResult exported = run({u"export"_s, u"--csv"_s, u"-"_s});
    EXPECT_TRUE(exported.out.contains("2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,6,3,"
                                      "\"felt tight, left calf\"\r\n"))
        << exported.out.constData();
}

TEST_F(CliTest, importWithABadRow_namesTheLineAndChangesNothing)
{
    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2024-01-02"_s}).exitCode, 0);
    const QByteArray before = run({u"export"_s, u"--csv"_s, u"-"_s}).out;
    const QByteArray dbBefore = fileBytes(m_db);

    const QByteArray csv = "started_at,local_date,routine,planned_seconds,worked_seconds,completed,soreness_before,"
                           "soreness_after,notes\n"
                           "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,6,3,ok\n"
                           "2026-11-21T07:15:00+01:00,2026-11-21,runners-recovery,600,600,1,6,11,too sore\n";
    const ProcessResult r = run({u"import"_s, u"--csv"_s, u"-"_s}, csv);
    expectOneLineError(r, "line 3");
    EXPECT_TRUE(r.err.contains("soreness_after")) << r.err.constData();
    EXPECT_EQ(run({u"export"_s, u"--csv"_s, u"-"_s}).out, before);
    EXPECT_EQ(fileBytes(m_db), dbBefore);
}

TEST_F(CliTest, logAFutureDate_isRefusedAndStoresNothing)
{
    const ProcessResult r = run({u"log"_s, u"--date"_s, u"2999-01-01"_s});
    expectOneLineError(r, "after today");
    const ProcessResult exported = run({u"export"_s, u"--csv"_s, u"-"_s});
    EXPECT_EQ(exported.out.count('\n'), 1) << exported.out.constData(); // the header only
}

TEST_F(CliTest, logDefaults_recordTheRoutinePlanAsCompletedToday)
{
    ASSERT_EQ(run({u"log"_s}).exitCode, 0);
    const QJsonObject report = reportJson({});
    const QJsonObject current = report[u"current_week"_s].toObject();
    EXPECT_EQ(current[u"days"_s].toInt(), 1);
    const QJsonArray weeks = report[u"weeks"_s].toArray();
    // runners-recovery: 6 steps x 90 s = 9 minutes.
    EXPECT_DOUBLE_EQ(weeks.last().toObject()[u"minutes"_s].toDouble(), 9.0);
}

TEST_F(CliTest, reportText_isAReadableTable)
{
    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2024-03-04"_s}).exitCode, 0);
    const ProcessResult r = run({u"report"_s, u"--today"_s, u"2024-03-06"_s, u"--weeks"_s, u"3"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("2024-03-04")) << r.out.constData();
    EXPECT_TRUE(r.out.contains("9.0")) << r.out.constData();
}

TEST_F(CliTest, reportOnAMissingDatabase_isEmptyAndCreatesNoFile)
{
    const QJsonObject report = reportJson({u"--today"_s, u"2026-11-25"_s});
    EXPECT_EQ(report[u"weeks"_s].toArray().size(), 12);
    EXPECT_EQ(report[u"streak_weeks"_s].toInt(), 0);
    EXPECT_TRUE(report[u"adherence_rate"_s].isNull());
    EXPECT_FALSE(QFile::exists(m_db));
}

TEST_F(CliTest, techniquesJson_listsTheCatalog)
{
    const ProcessResult r = run({u"techniques"_s, u"--json"_s}, {}, false);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonArray techniques = QJsonDocument::fromJson(r.out).object()[u"techniques"_s].toArray();
    ASSERT_EQ(techniques.size(), 3);
    EXPECT_EQ(techniques[0].toObject()[u"id"_s].toString(), u"it-band-roll"_s);
    EXPECT_EQ(techniques[1].toObject()[u"id"_s].toString(), u"calf-release"_s);
    EXPECT_EQ(techniques[2].toObject()[u"id"_s].toString(), u"hip-release"_s);
    const ProcessResult text = run({u"techniques"_s}, {}, false);
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("IT band")) << text.out.constData();
}

TEST_F(CliTest, badArguments_eachGiveOneLineAndExitTwo)
{
    struct Case
    {
        QStringList arguments;
        const char* mentions;
    };
    const Case cases[] = {
        {{u"frobnicate"_s}, "frobnicate"},
        {{u"report"_s, u"--target"_s, u"8"_s}, "--target"},
        {{u"report"_s, u"--target"_s, u"0"_s}, "--target"},
        {{u"report"_s, u"--week-start"_s, u"tuesday"_s}, "--week-start"},
        {{u"report"_s, u"--weeks"_s, u"0"_s}, "--weeks"},
        {{u"report"_s, u"--today"_s, u"2026-02-30"_s}, "--today"},
        {{u"report"_s, u"--bogus"_s}, "bogus"},
        {{u"log"_s, u"--date"_s, u"25.11.2026"_s}, "--date"},
        {{u"log"_s, u"--minutes"_s, u"-5"_s}, "--minutes"},
        {{u"log"_s, u"--routine"_s, u"nope"_s}, "nope"},
        {{u"export"_s}, "--csv"},
        {{u"import"_s}, "--csv"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.arguments.join(u' ').toStdString());
        const ProcessResult r = run(c.arguments);
        expectOneLineError(r, c.mentions);
        EXPECT_EQ(r.exitCode, 2);
    }
    EXPECT_FALSE(QFile::exists(m_db)); // no bad command created the database
}

TEST_F(CliTest, exportOntoTheDatabase_isRefusedAndLeavesItIntact)
{
    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2024-01-02"_s}).exitCode, 0);
    const QByteArray before = fileBytes(m_db);
    for (const QString& target : QStringList{m_db, m_db + u"-wal"_s, m_dir.path() + u"/./sessions.sqlite"_s}) {
        SCOPED_TRACE(target.toStdString());
        const ProcessResult r = run({u"export"_s, u"--csv"_s, target});
        expectOneLineError(r, "database itself");
        EXPECT_EQ(r.exitCode, 2);
    }
    EXPECT_EQ(fileBytes(m_db), before);
    EXPECT_EQ(run({u"report"_s}).exitCode, 0);
}

TEST_F(CliTest, logMinutesThatRoundToNoSecond_areRefused)
{
    expectOneLineError(run({u"log"_s, u"--minutes"_s, u"0.001"_s}), "--minutes");
    EXPECT_FALSE(QFile::exists(m_db));
    // 0.02 minutes is 1.2 s, which rounds to one whole second: the shortest session there is.
    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2024-01-02"_s, u"--minutes"_s, u"0.02"_s}).exitCode, 0);
    EXPECT_TRUE(run({u"export"_s, u"--csv"_s, u"-"_s}).out.contains(",runners-recovery,1,1,1,"));
}

TEST_F(CliTest, logATechniqueOnItsOwn_recordsBothSidesAt90Seconds)
{
    const ProcessResult r = run({u"log"_s, u"--date"_s, u"2024-01-02"_s, u"--routine"_s, u"calf-release"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    // Left and right at 90 s: 180 s planned and worked.
    EXPECT_TRUE(run({u"export"_s, u"--csv"_s, u"-"_s}).out.contains(",2024-01-02,calf-release,180,180,1,"));
}

TEST_F(CliTest, importOfAMissingFile_failsWithOneLine)
{
    const ProcessResult r = run({u"import"_s, u"--csv"_s, m_dir.filePath(u"nope.csv"_s)});
    expectOneLineError(r, "nope.csv");
}

TEST_F(CliTest, aDatabaseThatIsNotSqlite_isReportedAndLeftAlone)
{
    QFile file(m_db);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const QByteArray before = fileBytes(m_db);
    expectOneLineError(run({u"log"_s}), "sessions.sqlite");
    expectOneLineError(run({u"report"_s}), "sessions.sqlite");
    EXPECT_EQ(fileBytes(m_db), before);
}

TEST_F(CliTest, aDatabaseFromANewerVersion_isRefusedAndLeftAlone)
{
    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2024-01-02"_s}).exitCode, 0);
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(m_db.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "PRAGMA journal_mode=DELETE; PRAGMA user_version=99;", nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
    const QByteArray before = fileBytes(m_db);

    expectOneLineError(run({u"log"_s}), "newer");
    expectOneLineError(run({u"report"_s}), "newer");
    expectOneLineError(run({u"import"_s, u"--csv"_s, fixture(u"adherence-fixture.csv"_s)}), "newer");
    EXPECT_EQ(fileBytes(m_db), before);
}

} // namespace
