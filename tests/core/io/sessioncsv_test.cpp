// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncsv.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using rc::core::ErrorCode;
using rc::core::Session;

namespace {

const QByteArray header =
    "started_at,local_date,routine,planned_seconds,worked_seconds,completed,soreness_before,soreness_after,notes\r\n";
const QByteArray goodRow = "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,6,3,\r\n";

QByteArray readFixture(const char* name)
{
    QFile file(QStringLiteral(RC_TEST_DATA_DIR "/csv/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

std::vector<Session> parseOk(const QByteArray& csv)
{
    auto result = rc::core::parseSessionsCsv(csv);
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().message.toStdString());
    return result.ok() ? result.value() : std::vector<Session>{};
}

// Expects the CSV to fail on `line` with a message that starts with `start`.
void expectError(const QByteArray& csv, int line, const QString& start)
{
    const auto result = rc::core::parseSessionsCsv(csv);
    ASSERT_FALSE(result.ok()) << "expected an error starting with " << start.toStdString();
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(result.error().line, line);
    EXPECT_TRUE(result.error().message.startsWith(start))
        << result.error().message.toStdString() << "\n  does not start with " << start.toStdString();
}

// A file whose data rows are `goodRow` except the one on `badLine` (2 is the first data line).
QByteArray withBadRowOnLine(int badLine, const QByteArray& badRow)
{
    QByteArray csv = header;
    for (int line = 2; line <= badLine; ++line) {
        csv += line == badLine ? badRow : goodRow;
    }
    return csv + goodRow;
}

QDateTime at(int y, int mo, int d, int h, int mi, int s, int offsetSeconds)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::OffsetFromUTC, offsetSeconds);
}

Session session(const QDateTime& startedAt, const QString& notes)
{
    Session s;
    s.startedAt = startedAt;
    s.localDate = startedAt.date();
    s.routine = u"runners-recovery"_s;
    s.plannedSeconds = 540;
    s.workedSeconds = 540;
    s.completed = true;
    s.notes = notes;
    return s;
}

} // namespace

TEST(SessionCsv, parse_specExampleRowGivesExactlyItsValues)
{
    const auto sessions = parseOk(readFixture("example.csv"));
    ASSERT_EQ(sessions.size(), 1u);
    const Session& s = sessions[0];
    EXPECT_EQ(s.startedAt.toUTC(), QDateTime(QDate(2026, 11, 20), QTime(6, 15, 0), Qt::UTC)); // 07:15 +01:00
    EXPECT_EQ(s.startedAt.timeSpec(), Qt::OffsetFromUTC);
    EXPECT_EQ(s.startedAt.offsetFromUtc(), 3600);
    EXPECT_EQ(s.startedAt.time(), QTime(7, 15, 0));
    EXPECT_EQ(s.localDate, QDate(2026, 11, 20));
    EXPECT_EQ(s.routine, u"runners-recovery"_s);
    EXPECT_EQ(s.plannedSeconds, 600);
    EXPECT_EQ(s.workedSeconds, 600);
    EXPECT_TRUE(s.completed);
    EXPECT_EQ(s.sorenessBefore, 6);
    EXPECT_EQ(s.sorenessAfter, 3);
    EXPECT_EQ(s.notes, u"felt tight, left calf"_s);
    EXPECT_TRUE(s.steps.empty());
    EXPECT_EQ(s.id, 0);
}

TEST(SessionCsv, parse_readsPositiveNegativeAndZuluOffsets)
{
    const auto sessions = parseOk(header + "2026-03-01T10:00:00+05:30,2026-03-01,runners-recovery,540,540,1,,,\r\n"
                                           "2026-03-01T22:30:00-08:00,2026-03-01,runners-recovery,540,540,1,,,\r\n"
                                           "2026-03-02T06:30:00Z,2026-03-02,runners-recovery,540,540,1,,,\r\n");
    ASSERT_EQ(sessions.size(), 3u);
    EXPECT_EQ(sessions[0].startedAt.offsetFromUtc(), 5 * 3600 + 30 * 60);
    EXPECT_EQ(sessions[0].startedAt.toUTC(), QDateTime(QDate(2026, 3, 1), QTime(4, 30), Qt::UTC));
    EXPECT_EQ(sessions[1].startedAt.offsetFromUtc(), -8 * 3600);
    EXPECT_EQ(sessions[1].startedAt.toUTC(), QDateTime(QDate(2026, 3, 2), QTime(6, 30), Qt::UTC));
    // The local date is the one in the file, not the UTC date of the instant.
    EXPECT_EQ(sessions[1].localDate, QDate(2026, 3, 1));
    EXPECT_EQ(sessions[2].startedAt.offsetFromUtc(), 0);
    EXPECT_EQ(sessions[2].startedAt.toUTC(), QDateTime(QDate(2026, 3, 2), QTime(6, 30), Qt::UTC));
    EXPECT_EQ(sessions[1].startedAt, sessions[2].startedAt); // the same instant
}

TEST(SessionCsv, parse_truncatesFractionalSecondsToWholeSeconds)
{
    const auto sessions =
        parseOk(header + "2026-11-20T07:15:09.987+01:00,2026-11-20,runners-recovery,600,600,1,,,\r\n");
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0].startedAt.time(), QTime(7, 15, 9));
    EXPECT_EQ(sessions[0].startedAt.time().msec(), 0);
}

TEST(SessionCsv, parse_acceptsTrueFalseInAnyCaseAndEmptySoreness)
{
    const auto sessions = parseOk(header + "2026-11-20T07:15:00+01:00,2026-11-20,a,1,1,TRUE,,0,\r\n"
                                           "2026-11-21T07:15:00+01:00,2026-11-21,b,1,1,False,10,,\r\n"
                                           "2026-11-22T07:15:00+01:00,2026-11-22,c-2,0,0,0,,,\r\n");
    ASSERT_EQ(sessions.size(), 3u);
    EXPECT_TRUE(sessions[0].completed);
    EXPECT_EQ(sessions[0].sorenessBefore, std::nullopt);
    EXPECT_EQ(sessions[0].sorenessAfter, 0);
    EXPECT_FALSE(sessions[1].completed);
    EXPECT_EQ(sessions[1].sorenessBefore, 10);
    EXPECT_EQ(sessions[1].sorenessAfter, std::nullopt);
    EXPECT_FALSE(sessions[2].completed);
}

TEST(SessionCsv, parse_headerOnlyGivesNoSessions_emptyFileIsAnError)
{
    EXPECT_TRUE(parseOk(header).empty());
    expectError("", 1, u"line 1: the file is empty"_s);
}

TEST(SessionCsv, parse_skipsByteOrderMarkBeforeHeader)
{
    EXPECT_EQ(parseOk("\xEF\xBB\xBF" + header + goodRow).size(), 1u);
}

TEST(SessionCsv, parse_sorenessAfter11_namesLineAndColumn)
{
    const auto result = rc::core::parseSessionsCsv(
        withBadRowOnLine(7, "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,6,11,\r\n"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(result.error().line, 7);
    EXPECT_EQ(result.error().message, u"line 7: soreness_after is \"11\"; expected empty or a whole number 0-10"_s);
}

TEST(SessionCsv, parse_sorenessBeforeNegativeOrDecimal_isAnError)
{
    expectError(withBadRowOnLine(3, "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,-1,,\r\n"), 3,
                u"line 3: soreness_before is \"-1\""_s);
    expectError(withBadRowOnLine(2, "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,2.5,,\r\n"), 2,
                u"line 2: soreness_before is \"2.5\""_s);
}

TEST(SessionCsv, parse_impossibleLocalDate_isAnError)
{
    expectError(withBadRowOnLine(3, "2026-02-28T07:15:00+01:00,2026-02-30,runners-recovery,600,600,1,,,\r\n"), 3,
                u"line 3: local_date is \"2026-02-30\"; expected "_s);
    expectError(withBadRowOnLine(2, "2026-02-28T07:15:00+01:00,28.02.2026,runners-recovery,600,600,1,,,\r\n"), 2,
                u"line 2: local_date is \"28.02.2026\""_s);
}

TEST(SessionCsv, parse_malformedInstant_isAnError)
{
    expectError(withBadRowOnLine(4, "2026-11-20 07:15+01:00,2026-11-20,runners-recovery,600,600,1,,,\r\n"), 4,
                u"line 4: started_at is \"2026-11-20 07:15+01:00\"; expected "_s);
    expectError(withBadRowOnLine(2, "2026-11-20T25:00:00+01:00,2026-11-20,runners-recovery,600,600,1,,,\r\n"), 2,
                u"line 2: started_at is \"2026-11-20T25:00:00+01:00\""_s);
    expectError(withBadRowOnLine(2, "2026-02-30T07:00:00+01:00,2026-02-28,runners-recovery,600,600,1,,,\r\n"), 2,
                u"line 2: started_at is \"2026-02-30T07:00:00+01:00\""_s);
    expectError(withBadRowOnLine(2, "2026-11-20T07:00:00+15:00,2026-11-20,runners-recovery,600,600,1,,,\r\n"), 2,
                u"line 2: started_at is \"2026-11-20T07:00:00+15:00\""_s);
}

TEST(SessionCsv, parse_instantWithoutOffset_isAnError)
{
    const auto result = rc::core::parseSessionsCsv(
        withBadRowOnLine(5, "2026-11-20T07:15:00,2026-11-20,runners-recovery,600,600,1,,,\r\n"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().line, 5);
    EXPECT_TRUE(result.error().message.startsWith(u"line 5: started_at is \"2026-11-20T07:15:00\"; expected "_s));
    EXPECT_TRUE(result.error().message.contains(u"offset"_s)) << result.error().message.toStdString();
}

TEST(SessionCsv, parse_completedMaybe_isAnError)
{
    expectError(readFixture("bad-completed-line4.csv"), 4,
                u"line 4: completed is \"maybe\"; expected 1, 0, true or false"_s);
}

TEST(SessionCsv, parse_badRoutine_isAnError)
{
    expectError(withBadRowOnLine(2, "2026-11-20T07:15:00+01:00,2026-11-20,Runners Recovery,600,600,1,,,\r\n"), 2,
                u"line 2: routine is \"Runners Recovery\""_s);
    expectError(withBadRowOnLine(3, "2026-11-20T07:15:00+01:00,2026-11-20,,600,600,1,,,\r\n"), 3,
                u"line 3: routine is \"\""_s);
}

TEST(SessionCsv, parse_secondsMustBeWholeNonNegativeAndAtMostSevenDays)
{
    expectError(withBadRowOnLine(2, "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,-5,0,1,,,\r\n"), 2,
                u"line 2: planned_seconds is \"-5\""_s);
    expectError(withBadRowOnLine(2, "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,+5,1,,,\r\n"), 2,
                u"line 2: worked_seconds is \"+5\""_s);
    expectError(withBadRowOnLine(2, "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,59.5,1,,,\r\n"), 2,
                u"line 2: worked_seconds is \"59.5\""_s);
    expectError(withBadRowOnLine(2, "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,604801,0,1,,,\r\n"), 2,
                u"line 2: planned_seconds is \"604801\""_s);
    // Exactly 7 days is allowed.
    EXPECT_EQ(parseOk(header + "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,604800,604800,1,,,\r\n")
                  .at(0)
                  .plannedSeconds,
              604800);
}

TEST(SessionCsv, parse_missingColumn_isAnError)
{
    const auto result = rc::core::parseSessionsCsv(
        withBadRowOnLine(5, "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,6,3\r\n"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().line, 5);
    EXPECT_EQ(result.error().message, u"line 5: 8 columns, expected 9"_s);
}

TEST(SessionCsv, parse_extraColumn_isAnError)
{
    expectError(withBadRowOnLine(3, "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,6,3,note,x\r\n"),
                3, u"line 3: 10 columns, expected 9"_s);
}

TEST(SessionCsv, parse_wrongHeaderColumn_namesIt)
{
    expectError("started_at,local_date,rutine,planned_seconds,worked_seconds,completed,soreness_before,soreness_after,"
                "notes\r\n" +
                    goodRow,
                1, u"line 1: header column 3 is \"rutine\"; expected \"routine\""_s);
    // Order matters, not only the names.
    expectError("local_date,started_at,routine,planned_seconds,worked_seconds,completed,soreness_before,soreness_after,"
                "notes\r\n" +
                    goodRow,
                1, u"line 1: header column 1 is \"local_date\"; expected \"started_at\""_s);
    // Names are exact: case counts.
    expectError("Started_at,local_date,routine,planned_seconds,worked_seconds,completed,soreness_before,soreness_after,"
                "notes\r\n" +
                    goodRow,
                1, u"line 1: header column 1 is \"Started_at\""_s);
}

TEST(SessionCsv, parse_headerMissingOrExtraColumn_namesIt)
{
    expectError(
        "started_at,local_date,routine,planned_seconds,worked_seconds,completed,soreness_before,soreness_after\r\n", 1,
        u"line 1: header is missing column 9 \"notes\""_s);
    expectError("started_at,local_date,routine,planned_seconds,worked_seconds,completed,soreness_before,soreness_after,"
                "notes,mood\r\n",
                1, u"line 1: header has an extra column 10 \"mood\""_s);
}

TEST(SessionCsv, parse_reportsTheFirstBadRow)
{
    QByteArray csv = header + goodRow;
    csv += "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,yes,,,\r\n"; // line 3
    csv += "2026-11-20T07:15:00+01:00,2026-13-01,runners-recovery,600,600,1,,,\r\n";   // line 4
    expectError(csv, 3, u"line 3: completed is \"yes\""_s);
}

TEST(SessionCsv, parse_lineNumbersCountLineBreaksInsideNotes)
{
    QByteArray csv = header;
    csv += "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,,,\"one\r\ntwo\nthree\"\r\n"; // lines 2-4
    csv += "2026-11-21T07:15:00+01:00,2026-11-21,runners-recovery,600,600,1,,12,\r\n";                    // line 5
    expectError(csv, 5, u"line 5: soreness_after is \"12\""_s);
}

TEST(SessionCsv, parse_csvSyntaxErrorKeepsItsLine)
{
    expectError(header + goodRow + "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,,,\"open\r\n", 3,
                u"line 3: unterminated quoted field 9"_s);
}

TEST(SessionCsv, export_writesHeaderAndRowsExactlyWithCrlf)
{
    Session a = session(at(2026, 11, 20, 7, 15, 0, 3600), u"felt tight, left calf"_s);
    a.plannedSeconds = 600;
    a.workedSeconds = 600;
    a.sorenessBefore = 6;
    a.sorenessAfter = 3;
    Session b = session(at(2026, 11, 21, 21, 5, 9, -(3 * 3600 + 30 * 60)), u"said \"ouch\""_s);
    b.completed = false;
    b.workedSeconds = 61;
    b.sorenessAfter = 0;
    Session c = session(QDateTime(QDate(2026, 11, 22), QTime(6, 0), Qt::UTC), QString());
    c.routine = u"hip-only"_s;

    const QByteArray expected =
        header + "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,6,3,\"felt tight, left calf\"\r\n"
                 "2026-11-21T21:05:09-03:30,2026-11-21,runners-recovery,540,61,0,,0,\"said \"\"ouch\"\"\"\r\n"
                 "2026-11-22T06:00:00Z,2026-11-22,hip-only,540,540,1,,,\r\n";
    EXPECT_EQ(rc::core::exportSessionsCsv({a, b, c}), expected);
}

TEST(SessionCsv, export_keepsTheGivenOrder)
{
    const Session later = session(at(2026, 5, 2, 8, 0, 0, 7200), u"later"_s);
    const Session earlier = session(at(2026, 5, 1, 8, 0, 0, 7200), u"earlier"_s);
    const auto sessions = parseOk(rc::core::exportSessionsCsv({later, earlier}));
    ASSERT_EQ(sessions.size(), 2u);
    EXPECT_EQ(sessions[0].notes, u"later"_s);
    EXPECT_EQ(sessions[1].notes, u"earlier"_s);
}

TEST(SessionCsv, export_ofNoSessionsIsTheHeaderOnly)
{
    EXPECT_EQ(rc::core::exportSessionsCsv({}), header);
}

TEST(SessionCsv, roundTrip_fixtureParsesAndExportsToTheSameBytes)
{
    const QByteArray file = readFixture("roundtrip.csv");
    const auto sessions = parseOk(file);
    ASSERT_EQ(sessions.size(), 4u);
    EXPECT_EQ(sessions[0].notes, u"Knie links, \"zäh\" — müde \U0001F3C3"_s);
    EXPECT_EQ(sessions[1].notes, u"line one\r\nline two, with comma\nline three"_s);
    EXPECT_EQ(sessions[2].notes, u"café crème"_s);
    EXPECT_EQ(sessions[3].notes, u" leading space"_s);
    EXPECT_EQ(sessions[3].startedAt.offsetFromUtc(), 14 * 3600);
    EXPECT_EQ(rc::core::exportSessionsCsv(sessions), file);
}

TEST(SessionCsv, roundTrip_exportParseExportIsByteIdentical)
{
    std::vector<Session> original = {
        session(at(2026, 1, 1, 6, 0, 0, 19800), u"commas, everywhere, here"_s),
        session(at(2026, 1, 2, 23, 59, 59, -28800), u"\"quoted\" and \"\"doubled\"\""_s),
        session(at(2026, 1, 3, 0, 0, 0, 0), u"first line\nsecond line\r\nthird, with comma"_s),
        session(at(2026, 1, 4, 12, 30, 0, 3600), u"é ü ß — \U0001F3C3\U0001F4AA 日本"_s),
        session(at(2026, 1, 5, 12, 30, 0, 3600), u"  both ends  "_s),
    };
    original[1].sorenessBefore = 10;
    original[2].completed = false;
    original[2].sorenessAfter = 0;

    const QByteArray first = rc::core::exportSessionsCsv(original);
    const auto parsed = parseOk(first);
    ASSERT_EQ(parsed.size(), original.size());
    for (size_t i = 0; i < original.size(); ++i) {
        EXPECT_EQ(parsed[i], original[i]) << "row " << i;
        EXPECT_EQ(parsed[i].startedAt.offsetFromUtc(), original[i].startedAt.offsetFromUtc()) << "row " << i;
    }
    EXPECT_EQ(rc::core::exportSessionsCsv(parsed), first);
}
