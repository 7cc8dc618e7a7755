// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14 as a runner met it: `restore FILE` of a backup into which someone put a trigger that deletes
// every session on the next insert. The restore tells what it left out, and the next `log` deletes nothing.
#include "clitestutil.h"

#include <QFile>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

class RestoreForeignCli : public rc::test::CliTestBase
{
};

TEST_F(RestoreForeignCli, backupWithAWipingTrigger_isRestoredWithoutIt_andTheNextLogKeepsEverySession)
{
    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2026-11-23"_s}).exitCode, 0);
    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2026-11-24"_s}).exitCode, 0);
    const QString backup = m_dir.filePath(u"backup.sqlite"_s);
    ASSERT_EQ(run({u"backup"_s, backup}).exitCode, 0);
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(QFile::encodeName(backup).constData(), &db), SQLITE_OK);
        const int rc = sqlite3_exec(db, "CREATE TRIGGER wipe AFTER INSERT ON sessions BEGIN DELETE FROM sessions; END",
                                    nullptr, nullptr, nullptr);
        sqlite3_close(db);
        ASSERT_EQ(rc, SQLITE_OK);
    }

    const auto restored = run({u"restore"_s, backup});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains("Left out of the backup, as no part of a Recovery Coach database: "
                                      "trigger \"wipe\".\n"))
        << restored.out.toStdString();
    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2026-11-25"_s}).exitCode, 0);

    const auto exported = run({u"export"_s, u"--csv"_s, u"-"_s});
    EXPECT_EQ(exported.out.count("\r\n"), 4) << exported.out.toStdString(); // the header and three sessions
}

} // namespace
