// SPDX-License-Identifier: GPL-3.0-or-later
// backup, restore and repair, and what every other command does with a damaged database, run end to
// end on the built binary with a temporary --db.
#include "clitestutil.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

using rc::test::ProcessResult;

class CliDataTest : public rc::test::CliTestBase
{
protected:
    void log(const char* date)
    {
        const ProcessResult r = run({u"log"_s, u"--date"_s, QString::fromLatin1(date), u"--minutes"_s, u"10"_s});
        ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    }

    // The data rows of `export --csv -`, header excluded.
    int exportedRows()
    {
        const ProcessResult r = run({u"export"_s, u"--csv"_s, u"-"_s});
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        return static_cast<int>(r.out.count("\r\n")) - 1;
    }

    QStringList filesInDir() const
    {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }
};

TEST_F(CliDataTest, backupThenRestore_bringsBackTheSessionsAndKeepsThePreviousDatabase)
{
    log("2024-03-04");
    log("2024-03-06");
    const QString backup = m_dir.filePath(u"monday.sqlite"_s);
    const ProcessResult backedUp = run({u"backup"_s, backup});
    ASSERT_EQ(backedUp.exitCode, 0) << backedUp.err.constData();
    EXPECT_EQ(backedUp.out, "Backed up 2 sessions to " + QDir::toNativeSeparators(backup).toUtf8() + ".\n");
    EXPECT_TRUE(backedUp.err.isEmpty());

    log("2024-03-08");
    ASSERT_EQ(exportedRows(), 3);
    const ProcessResult restored = run({u"restore"_s, backup});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.constData();
    const QByteArray expectedStart = "Restored 2 sessions from " + QDir::toNativeSeparators(backup).toUtf8() +
                                     "; the previous database was backed up to ";
    EXPECT_TRUE(restored.out.startsWith(expectedStart)) << restored.out.constData();
    EXPECT_EQ(restored.out.count('\n'), 1);
    EXPECT_EQ(exportedRows(), 2);

    // The database as it was before the restore is a backup of its own, with all three sessions.
    const QStringList before =
        QDir(m_dir.filePath(u"backups"_s)).entryList({u"sessions-before-restore-*.sqlite"_s}, QDir::Files);
    ASSERT_EQ(before.size(), 1);
    EXPECT_TRUE(restored.out.contains(before.constFirst().toUtf8()));
    const QString previous = m_dir.filePath(u"backups/"_s + before.constFirst());
    m_db = previous;
    EXPECT_EQ(exportedRows(), 3);
}

TEST_F(CliDataTest, aWriteCommand_makesOneDailyBackupBesideTheDatabase_silently)
{
    const ProcessResult first = run({u"log"_s, u"--date"_s, u"2024-03-04"_s});
    ASSERT_EQ(first.exitCode, 0) << first.err.constData();
    EXPECT_EQ(first.out.count('\n'), 1);
    EXPECT_TRUE(first.err.isEmpty()) << first.err.constData();
    log("2024-03-05");
    const QStringList backups = QDir(m_dir.filePath(u"backups"_s)).entryList(QDir::Files);
    ASSERT_EQ(backups.size(), 1) << backups.join(u' ').toStdString();
    EXPECT_TRUE(
        QRegularExpression(u"^sessions-\\d{4}-\\d{2}-\\d{2}\\.sqlite$"_s).match(backups.constFirst()).hasMatch())
        << backups.constFirst().toStdString();
}

TEST_F(CliDataTest, commandsOnAGarbageDatabase_failWithOneLineNamingRepair_andLeaveItAlone)
{
    QByteArray garbage;
    for (int i = 0; i < 5000; ++i) {
        garbage.append(char(i * 13 % 256));
    }
    writeFile(m_db, garbage);
    const QStringList files = filesInDir();

    for (const QStringList& command :
         {QStringList{u"log"_s}, QStringList{u"report"_s}, QStringList{u"export"_s, u"--csv"_s, u"-"_s},
          QStringList{u"backup"_s, m_dir.filePath(u"copy.sqlite"_s)}}) {
        SCOPED_TRACE(command.join(u' ').toStdString());
        const ProcessResult r = run(command);
        expectOneLineError(r, "recovery-coach repair");
        EXPECT_TRUE(r.err.contains("damaged")) << r.err.constData();
    }
    EXPECT_EQ(fileBytes(m_db), garbage);
    EXPECT_EQ(filesInDir(), files); // nothing salvaged, moved or created
}

TEST_F(CliDataTest, repair_onAGarbageDatabase_movesItAsideAndStartsAfresh)
{
    const QByteArray garbage(4096, 'x');
    writeFile(m_db, garbage);
    const ProcessResult r = run({u"repair"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.startsWith("Recovered 0 sessions")) << r.out.constData();
    EXPECT_EQ(r.out.count('\n'), 1);
    const QStringList moved = QDir(m_dir.path()).entryList({u"sessions.sqlite.corrupt-*"_s}, QDir::Files);
    ASSERT_EQ(moved.size(), 1);
    EXPECT_TRUE(
        QRegularExpression(u"^sessions\\.sqlite\\.corrupt-\\d{8}-\\d{6}$"_s).match(moved.constFirst()).hasMatch());
    EXPECT_TRUE(r.out.contains(moved.constFirst().toUtf8()));
    EXPECT_EQ(fileBytes(m_dir.filePath(moved.constFirst())), garbage);

    log("2024-03-04");
    EXPECT_EQ(exportedRows(), 1);
}

TEST_F(CliDataTest, repair_onAHealthyDatabase_changesNothing)
{
    log("2024-03-04");
    const QByteArray before = fileBytes(m_db);
    const ProcessResult r = run({u"repair"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("is healthy: nothing to repair")) << r.out.constData();
    EXPECT_EQ(fileBytes(m_db), before);
    EXPECT_TRUE(QDir(m_dir.path()).entryList({u"*.corrupt-*"_s}).isEmpty());
}

TEST_F(CliDataTest, restoreOfANonDatabaseFile_failsWithOneLine_andKeepsTheSessions)
{
    log("2024-03-04");
    const QString notADatabase = m_dir.filePath(u"photo.png"_s);
    writeFile(notADatabase, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(500, '\x01'));
    expectOneLineError(run({u"restore"_s, notADatabase}), "not a usable backup");
    expectOneLineError(run({u"restore"_s, m_dir.filePath(u"missing.sqlite"_s)}), "missing.sqlite");
    EXPECT_EQ(exportedRows(), 1);
    EXPECT_TRUE(QDir(m_dir.filePath(u"backups"_s)).entryList({u"*before-restore*"_s}).isEmpty());
}

TEST_F(CliDataTest, backupOntoTheDatabaseItself_isRefused)
{
    log("2024-03-04");
    expectOneLineError(run({u"backup"_s, m_db}), "the database itself");
    EXPECT_EQ(exportedRows(), 1);
}

TEST_F(CliDataTest, backupAndRestore_needAFileName)
{
    const ProcessResult backup = run({u"backup"_s});
    expectOneLineError(backup, "needs a file name");
    EXPECT_EQ(backup.exitCode, 2);
    expectOneLineError(run({u"restore"_s}), "needs a file name");
    expectOneLineError(run({u"repair"_s, u"extra"_s}), "unexpected argument");
}

TEST_F(CliDataTest, aReadOnlyFolder_failsWritesWithOneLine_butStillReads)
{
    log("2024-03-04");
    if (::geteuid() == 0) {
        if (QStandardPaths::findExecutable(u"setpriv"_s).isEmpty()) {
            GTEST_SKIP() << "running as root without setpriv: permissions cannot be tested";
        }
        m_runAs = {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
    }
    const QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                              QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), readable));
    ASSERT_TRUE(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fileBytes(m_db);

    const ProcessResult logged = run({u"log"_s, u"--date"_s, u"2024-03-05"_s});
    expectOneLineError(logged, "read-only");
    const ProcessResult report = run({u"export"_s, u"--csv"_s, u"-"_s});
    EXPECT_EQ(report.exitCode, 0) << report.err.constData();
    EXPECT_EQ(report.out.count("\r\n"), 2); // the header and the one session
    EXPECT_EQ(fileBytes(m_db), before);
    // Let QTemporaryDir clean up.
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), readable | QFileDevice::WriteOwner));
}

} // namespace
