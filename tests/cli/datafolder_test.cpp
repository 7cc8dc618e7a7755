// SPDX-License-Identifier: GPL-3.0-or-later
// The built binary without --db: the data folder is <XDG_DATA_HOME>/recovery-coach/, and the folder of
// versions before 0.2 (recovery-coach/recovery-coach/) is moved there by the first command, nothing lost.
#include "clitestutil.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class DataFolderCli : public rc::test::CliTestBase
{
protected:
    QString data() const { return m_dir.filePath(u"xdg-data/recovery-coach"_s); }
};

TEST_F(DataFolderCli, withoutDb_theDatabaseIsInTheDataFolder)
{
    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2026-11-23"_s}, {}, false).exitCode, 0);

    EXPECT_TRUE(QFileInfo::exists(data() + u"/sessions.sqlite"_s));
    EXPECT_FALSE(QFileInfo::exists(data() + u"/recovery-coach"_s));
}

TEST_F(DataFolderCli, theFolderOfAnEarlierVersion_isMovedByTheFirstCommand_withEverySession)
{
    // Made as 0.1 made it: the same files one folder deeper.
    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2026-11-23"_s}, {}, false).exitCode, 0);
    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2026-11-24"_s}, {}, false).exitCode, 0);
    const QString parent = m_dir.filePath(u"xdg-data"_s);
    ASSERT_TRUE(QDir(parent).rename(u"recovery-coach"_s, u"inner"_s));
    ASSERT_TRUE(QDir().mkpath(data()));
    ASSERT_TRUE(QDir(parent).rename(u"inner"_s, u"recovery-coach/recovery-coach"_s));
    ASSERT_TRUE(QFileInfo::exists(data() + u"/recovery-coach/sessions.sqlite"_s));

    const auto report = run({u"report"_s, u"--json"_s, u"--today"_s, u"2026-11-25"_s}, {}, false);

    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_TRUE(report.out.contains("\"days\": 2")) << report.out.toStdString();
    EXPECT_TRUE(QFileInfo::exists(data() + u"/sessions.sqlite"_s));
    EXPECT_TRUE(QFileInfo::exists(data() + u"/backups"_s));
    EXPECT_FALSE(QFileInfo::exists(data() + u"/recovery-coach"_s));
}

} // namespace
