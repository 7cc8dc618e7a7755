// SPDX-License-Identifier: GPL-3.0-or-later
// PRODUCT.md section 8 on the built binary, with the permissive umask most desktops have (022): what the
// app writes is for its user only. The folders it makes are 0700; the database, its -wal and -shm,
// backups, the recovery file and exports are 0600; a database left 0644 by an older version is tightened.
#include "clitestutil.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// The permission bits, as ls -l shows them in octal.
mode_t modeOf(const QString& path)
{
    struct stat status = {};
    EXPECT_EQ(::lstat(QFile::encodeName(path).constData(), &status), 0) << path.toStdString();
    return status.st_mode & 07777;
}

class PrivacyCli : public rc::test::CliTestBase
{
protected:
    void SetUp() override
    {
        CliTestBase::SetUp();
        m_umask = ::umask(022); // inherited by the binary each test runs
    }
    void TearDown() override { ::umask(m_umask); }

    mode_t m_umask = 022;
};

TEST_F(PrivacyCli, log_intoANewFolder_makesTheFolder0700_andTheDatabaseAndItsFiles0600)
{
    m_db = m_dir.filePath(u"new/folder/sessions.sqlite"_s);

    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2026-11-23"_s}).exitCode, 0);

    EXPECT_EQ(modeOf(m_dir.filePath(u"new"_s)), 0700u);
    EXPECT_EQ(modeOf(m_dir.filePath(u"new/folder"_s)), 0700u);
    EXPECT_EQ(modeOf(m_db), 0600u);
    // Checkpointed away at close, or still there: either way nobody else may read it.
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(m_db + suffix)) {
            EXPECT_EQ(modeOf(m_db + suffix), 0600u) << suffix.toStdString();
        }
    }
    // The automatic backup of the day, beside it.
    const QDir backups(m_dir.filePath(u"new/folder/backups"_s));
    ASSERT_TRUE(backups.exists());
    EXPECT_EQ(modeOf(backups.path()), 0700u);
    const QStringList files = backups.entryList(QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString& file : files) {
        EXPECT_EQ(modeOf(backups.filePath(file)), 0600u) << file.toStdString();
    }
}

TEST_F(PrivacyCli, aDatabaseLeft0644_isTightenedByTheNextCommandThatWrites)
{
    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2026-11-23"_s}).exitCode, 0);
    ASSERT_EQ(::chmod(QFile::encodeName(m_db).constData(), 0644), 0);

    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2026-11-24"_s}).exitCode, 0);

    EXPECT_EQ(modeOf(m_db), 0600u);
}

TEST_F(PrivacyCli, exportAndBackup_areCreated0600_andAnExportReplacingA0644FileToo)
{
    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2026-11-23"_s}).exitCode, 0);
    const QString csv = m_dir.filePath(u"sessions.csv"_s);
    const QString older = m_dir.filePath(u"older.csv"_s);
    writeFile(older, "old\n");
    ASSERT_EQ(::chmod(QFile::encodeName(older).constData(), 0644), 0);
    const QString copy = m_dir.filePath(u"copy.sqlite"_s);

    ASSERT_EQ(run({u"export"_s, u"--csv"_s, csv}).exitCode, 0);
    ASSERT_EQ(run({u"export"_s, u"--csv"_s, older}).exitCode, 0);
    ASSERT_EQ(run({u"backup"_s, copy}).exitCode, 0);

    EXPECT_EQ(modeOf(csv), 0600u);
    EXPECT_EQ(modeOf(older), 0600u);
    EXPECT_EQ(modeOf(copy), 0600u);
}

} // namespace
