// SPDX-License-Identifier: GPL-3.0-or-later
// PRODUCT.md section 8: options may stand before or after the command, for every command.
#include "clitestutil.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class OptionOrderCli : public rc::test::CliTestBase
{
protected:
    // Runs with the arguments exactly as given: no --db added at the end.
    rc::test::ProcessResult runAsGiven(const QStringList& arguments) { return run(arguments, {}, false); }

    QByteArray reportJson() { return run({u"report"_s, u"--json"_s, u"--today"_s, u"2026-11-25"_s}).out; }
};

TEST_F(OptionOrderCli, dbBeforeLog_isTheSameAsAfterIt)
{
    const auto before = runAsGiven({u"--db"_s, m_db, u"log"_s, u"--date"_s, u"2026-11-23"_s, u"--minutes"_s, u"12"_s});
    const auto after = runAsGiven({u"log"_s, u"--date"_s, u"2026-11-24"_s, u"--db"_s, m_db, u"--minutes"_s, u"12"_s});

    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    ASSERT_EQ(after.exitCode, 0) << after.err.toStdString();
    // Both went into the same database: two days this week (Monday 23 and Tuesday 24 November).
    EXPECT_TRUE(reportJson().contains("\"days\": 2")) << reportJson().toStdString();
}

TEST_F(OptionOrderCli, everyOptionBeforeTheCommand_andTheEqualsForm)
{
    ASSERT_EQ(runAsGiven({u"--date"_s, u"2026-11-23"_s, u"--db="_s + m_db, u"log"_s}).exitCode, 0);

    const auto report =
        runAsGiven({u"--json"_s, u"--db"_s, m_db, u"--today"_s, u"2026-11-25"_s, u"--weeks"_s, u"2"_s, u"report"_s});

    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_TRUE(report.out.contains("\"today\": \"2026-11-25\"")) << report.out.toStdString();
    EXPECT_TRUE(report.out.contains("\"days\": 1")) << report.out.toStdString();
}

TEST_F(OptionOrderCli, exportImportBackupAndTechniques_takeOptionsFirst)
{
    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2026-11-23"_s}).exitCode, 0);
    const QString csv = m_dir.filePath(u"out.csv"_s);
    const QString copy = m_dir.filePath(u"copy.sqlite"_s);

    EXPECT_EQ(runAsGiven({u"--csv"_s, csv, u"--db"_s, m_db, u"export"_s}).exitCode, 0);
    EXPECT_TRUE(QFile::exists(csv));
    const auto imported = runAsGiven({u"--db"_s, m_db, u"--csv"_s, csv, u"import"_s});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains("0 sessions (1 already stored)")) << imported.out.toStdString();
    EXPECT_EQ(runAsGiven({u"--db"_s, m_db, u"backup"_s, copy}).exitCode, 0);
    EXPECT_TRUE(QFile::exists(copy));
    const auto techniques = runAsGiven({u"--json"_s, u"techniques"_s});
    EXPECT_EQ(techniques.exitCode, 0);
    EXPECT_TRUE(techniques.out.contains("\"it-band-roll\""));
}

TEST_F(OptionOrderCli, anOptionsValue_isNeverTakenForTheCommand)
{
    // A database file named "report": --db takes it, and the command is log.
    const QString named = m_dir.filePath(u"report"_s);
    const auto logged = runAsGiven({u"--db"_s, named, u"log"_s, u"--date"_s, u"2026-11-23"_s});

    EXPECT_EQ(logged.exitCode, 0) << logged.err.toStdString();
    EXPECT_TRUE(QFile::exists(named));
}

TEST_F(OptionOrderCli, unknownCommandAfterOptions_isOneLineAndExit2)
{
    const auto r = runAsGiven({u"--db"_s, m_db, u"lgo"_s});

    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("lgo")) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_db)); // a wrong command line opens nothing
}

} // namespace
