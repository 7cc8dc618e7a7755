// SPDX-License-Identifier: GPL-3.0-or-later
// The built binary: an exported note never reaches a spreadsheet as a formula, and the export imports
// back as exactly what was stored; an over-long note is refused with its line, and nothing is stored.
#include "clitestutil.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const QByteArray header =
    "started_at,local_date,routine,planned_seconds,worked_seconds,completed,soreness_before,soreness_after,notes\r\n";

class CsvGuardCli : public rc::test::CliTestBase
{
};

TEST_F(CsvGuardCli, formulaNote_isExportedGuarded_andImportsBackAsStored)
{
    const QString in = m_dir.filePath(u"in.csv"_s);
    writeFile(in, header + "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,,,"
                           "\"=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\"\r\n");
    ASSERT_EQ(run({u"import"_s, u"--csv"_s, in}).exitCode, 0);

    const auto exported = run({u"export"_s, u"--csv"_s, u"-"_s});
    ASSERT_EQ(exported.exitCode, 0);
    EXPECT_TRUE(exported.out.contains(",\"'=HYPERLINK(")) << exported.out.toStdString();

    const QString out = m_dir.filePath(u"out.csv"_s);
    writeFile(out, exported.out);
    const auto again = run({u"import"_s, u"--csv"_s, out});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains("Imported 0 sessions (1 already stored)")) << again.out.toStdString();
    EXPECT_EQ(run({u"export"_s, u"--csv"_s, u"-"_s}).out, exported.out); // the note as it was stored
}

TEST_F(CsvGuardCli, oneSession_isCountedInTheSingular_onImportAndExport)
{
    const QString in = m_dir.filePath(u"one.csv"_s);
    writeFile(in, header + "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,,,\r\n");

    const auto imported = run({u"import"_s, u"--csv"_s, in});
    const auto exported = run({u"export"_s, u"--csv"_s, m_dir.filePath(u"out.csv"_s)});

    EXPECT_TRUE(imported.out.startsWith("Imported 1 session (0 already stored).")) << imported.out.toStdString();
    EXPECT_TRUE(exported.out.startsWith("Exported 1 session to ")) << exported.out.toStdString();
}

TEST_F(CsvGuardCli, noteOver10000Characters_isRefusedWithItsLine_andNothingIsStored)
{
    const QString in = m_dir.filePath(u"long.csv"_s);
    writeFile(in, header + "2026-11-19T07:15:00+01:00,2026-11-19,runners-recovery,600,600,1,,,fine\r\n" +
                      "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,,," + QByteArray(10'001, 'n') +
                      "\r\n");

    const auto r = run({u"import"_s, u"--csv"_s, in});

    expectOneLineError(r, "line 3: notes are 10001 characters long; at most 10000 are allowed");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(run({u"export"_s, u"--csv"_s, u"-"_s}).out, header);
}

TEST_F(CsvGuardCli, aFiftyMegabyteNote_fromAFileOrStandardInput_isRefusedWithItsLine_andNothingIsStored)
{
    const QByteArray csv = header + "2026-11-19T07:15:00+01:00,2026-11-19,runners-recovery,600,600,1,,,fine\r\n" +
                           "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,,,\"" +
                           QByteArray(50'000'000, 'n') + "\"\r\n";
    const QString in = m_dir.filePath(u"huge.csv"_s);
    writeFile(in, csv);

    const auto fromFile = run({u"import"_s, u"--csv"_s, in});
    const auto fromInput = run({u"import"_s, u"--csv"_s, u"-"_s}, csv);

    expectOneLineError(fromFile, "line 3: notes are longer than 10000 characters; at most 10000 are allowed");
    EXPECT_EQ(fromFile.exitCode, 2);
    expectOneLineError(fromInput, "standard input, line 3: notes are longer than 10000 characters");
    EXPECT_EQ(fromInput.exitCode, 2);
    EXPECT_EQ(run({u"export"_s, u"--csv"_s, u"-"_s}).out, header);
}

} // namespace
