// SPDX-License-Identifier: GPL-3.0-or-later
// PRODUCT.md section 8: an export never hands a spreadsheet a formula, an import undoes the guard so
// that every stored text comes back exactly, and a note holds at most 10,000 characters.
#include "sessioncsv.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using rc::core::ErrorCode;
using rc::core::Session;

namespace {

const QByteArray header =
    "started_at,local_date,routine,planned_seconds,worked_seconds,completed,soreness_before,soreness_after,notes\r\n";

Session session(const QString& notes, int day = 20)
{
    Session s;
    s.startedAt = QDateTime(QDate(2026, 11, day), QTime(7, 15), Qt::OffsetFromUTC, 3600);
    s.localDate = QDate(2026, 11, day);
    s.routine = u"runners-recovery"_s;
    s.plannedSeconds = 540;
    s.workedSeconds = 540;
    s.completed = true;
    s.notes = notes;
    return s;
}

QByteArray row(const QByteArray& notes)
{
    return "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,540,540,1,,," + notes + "\r\n";
}

TEST(SessionCsvGuard, export_hyperlinkFormula_isWrittenWithALeadingQuote)
{
    const QByteArray csv = rc::core::exportSessionsCsv({session(u"=HYPERLINK(\"http://x.example\",\"y\")"_s)});

    EXPECT_EQ(csv, header + row("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\""));
}

TEST(SessionCsvGuard, export_everyCharacterThatStartsAFormula_isGuarded_andOthersAreNot)
{
    const QByteArray csv = rc::core::exportSessionsCsv({
        session(u"+1"_s, 1),
        session(u"-2"_s, 2),
        session(u"@SUM(A1)"_s, 3),
        session(u"\tindented"_s, 4),
        session(u"\rreturn"_s, 5),
        session(u"a = b"_s, 6),
        session(u" =spaced"_s, 7),
    });

    EXPECT_TRUE(csv.contains(",'+1\r\n"));
    EXPECT_TRUE(csv.contains(",'-2\r\n"));
    EXPECT_TRUE(csv.contains(",'@SUM(A1)\r\n"));
    EXPECT_TRUE(csv.contains(",'\tindented\r\n"));
    EXPECT_TRUE(csv.contains(",\"'\rreturn\"\r\n"));
    EXPECT_TRUE(csv.contains(",a = b\r\n"));
    EXPECT_TRUE(csv.contains(",\" =spaced\"\r\n")); // quoted for its leading blank, not guarded
}

TEST(SessionCsvGuard, import_takesTheGuardOff_andLeavesAQuoteThatGuardsNothing)
{
    const auto parsed = rc::core::parseSessionsCsv(QByteArray(header + row("'=1+1") + row("'plain quote") + row("''=x")));

    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    ASSERT_EQ(parsed->size(), 3u);
    EXPECT_EQ((*parsed)[0].notes, u"=1+1"_s);
    EXPECT_EQ((*parsed)[1].notes, u"'plain quote"_s);
    EXPECT_EQ((*parsed)[2].notes, u"'=x"_s);
}

TEST(SessionCsvGuard, aNoteThatIsAlreadyQuoted_survivesTheRoundTrip)
{
    const QStringList notes = {u"'=x"_s, u"''+y"_s, u"'"_s, u"''"_s, u"'plain"_s, u"="_s, u"-"_s};
    std::vector<Session> sessions;
    for (int i = 0; i < notes.size(); ++i) {
        sessions.push_back(session(notes[i], i + 1));
    }

    const auto parsed = rc::core::parseSessionsCsv(rc::core::exportSessionsCsv(sessions));

    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    for (int i = 0; i < notes.size(); ++i) {
        EXPECT_EQ((*parsed)[size_t(i)].notes, notes[i]) << i;
    }
}

// The property: any text at all comes back exactly. Strings are drawn from the characters that matter
// here (the formula starters, quotes, CSV's own separators, line breaks) and from anywhere in Unicode.
TEST(SessionCsvGuard, property_anyNoteSurvivesExportThenImportUnchanged)
{
    QRandomGenerator random(20261207); // fixed, so a failure can be run again
    const QString special = u"=+-@\t\r\n'\",; a\u00e9"_s;
    std::vector<Session> sessions;
    for (int i = 0; i < 2000; ++i) {
        QString note;
        const int length = int(random.bounded(12));
        for (int k = 0; k < length; ++k) {
            if (random.bounded(4) == 0) {
                char32_t codePoint = random.bounded(0x20, 0x10FFFF);
                if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
                    codePoint = 0x1F3C3; // not a character on its own: a runner instead
                }
                note += QString::fromUcs4(&codePoint, 1);
            } else {
                note += special.at(int(random.bounded(special.size())));
            }
        }
        Session s = session(note);
        s.startedAt = s.startedAt.addSecs(i); // distinct rows
        sessions.push_back(s);
    }

    const auto parsed = rc::core::parseSessionsCsv(rc::core::exportSessionsCsv(sessions));

    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    ASSERT_EQ(parsed->size(), sessions.size());
    for (size_t i = 0; i < sessions.size(); ++i) {
        ASSERT_EQ((*parsed)[i].notes, sessions[i].notes) << "row " << i;
    }
}

TEST(SessionCsvGuard, import_noteOf10000Characters_isTaken_10001IsRefusedNamingTheLine)
{
    const QByteArray longest(10'000, 'x');
    const auto taken = rc::core::parseSessionsCsv(QByteArray(header + row(longest)));
    // An emoji is one character, though two UTF-16 units: 9,999 letters and one runner are 10,000.
    const auto emoji = rc::core::parseSessionsCsv(QByteArray(header + row(QByteArray(9'999, 'x') + "\xF0\x9F\x8F\x83")));
    const auto refused = rc::core::parseSessionsCsv(QByteArray(header + row("ok") + row(longest + "y")));

    ASSERT_TRUE(taken.ok()) << taken.error().message.toStdString();
    EXPECT_EQ((*taken)[0].notes.size(), 10'000);
    EXPECT_TRUE(emoji.ok());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(refused.error().line, 3);
    EXPECT_EQ(refused.error().message, u"line 3: notes are 10001 characters long; at most 10000 are allowed"_s);
}

TEST(SessionCsvGuard, import_aNoteOfFiftyMegabytes_isRefusedOnItsLine_beforeItIsReadWhole)
{
    const QByteArray huge(50'000'000, 'x');
    const auto refused = rc::core::parseSessionsCsv(QByteArray(header + row("ok") + row("ok") + row(huge)));

    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(refused.error().line, 4);
    EXPECT_EQ(refused.error().message, u"line 4: notes are longer than 10000 characters; at most 10000 are allowed"_s);
}

TEST(SessionCsvGuard, import_theLongestNotesInBytes_areTaken)
{
    // 10,000 characters of four UTF-8 bytes each, and 9,999 of them behind a formula and its guard.
    QByteArray runners;
    for (int i = 0; i < 10'000; ++i) {
        runners += "\xF0\x9F\x8F\x83";
    }
    const auto taken =
        rc::core::parseSessionsCsv(QByteArray(header + row(runners) + row("'=" + runners.sliced(4))));

    ASSERT_TRUE(taken.ok()) << taken.error().message.toStdString();
    ASSERT_EQ(taken->size(), 2u);
    EXPECT_EQ((*taken)[0].notes.size(), 2 * 10'000);
    EXPECT_EQ((*taken)[1].notes.size(), 1 + 2 * 9'999);
}

TEST(SessionCsvGuard, import_anOtherFieldFarLongerThanANote_isRefusedNamingTheField)
{
    const QByteArray longRoutine(40'002, 'r');
    const auto refused = rc::core::parseSessionsCsv(
        QByteArray(header + "2026-03-02T07:00:00Z,2026-03-02," + longRoutine + ",600,600,1,,,\r\n"));

    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().line, 2);
    EXPECT_EQ(refused.error().message, u"line 2: field 3 is longer than 40001 bytes"_s);
}

TEST(SessionCsvGuard, import_fromAFile_isTheSameAsFromItsBytes)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QByteArray bytes = header + row("first") + row("'=second");
    QFile file(folder.filePath(u"sessions.csv"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
    file.close();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));

    const auto fromFile = rc::core::parseSessionsCsv(file);
    const auto fromBytes = rc::core::parseSessionsCsv(bytes);

    ASSERT_TRUE(fromFile.ok()) << fromFile.error().message.toStdString();
    ASSERT_TRUE(fromBytes.ok());
    ASSERT_EQ(fromFile->size(), 2u);
    EXPECT_EQ((*fromFile)[0].notes, u"first"_s);
    EXPECT_EQ((*fromFile)[1].notes, (*fromBytes)[1].notes);
    EXPECT_EQ((*fromFile)[1].notes, u"=second"_s);
}

} // namespace
