// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat status = {};
    EXPECT_EQ(::lstat(QFile::encodeName(path).constData(), &status), 0) << path.toStdString();
    return status.st_mode & 07777;
}

class PrivateFiles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_umask = ::umask(022);
    }
    void TearDown() override { ::umask(m_umask); }

    QTemporaryDir m_dir;
    mode_t m_umask = 022;
};

TEST_F(PrivateFiles, makePrivate_takesGroupAndOthersOff_andKeepsTheOwnersBits)
{
    const QString file = m_dir.filePath(u"f"_s);
    QFile(file).open(QIODevice::WriteOnly);
    ASSERT_EQ(::chmod(QFile::encodeName(file).constData(), 0664), 0);
    const QString readOnly = m_dir.filePath(u"r"_s);
    QFile(readOnly).open(QIODevice::WriteOnly);
    ASSERT_EQ(::chmod(QFile::encodeName(readOnly).constData(), 0444), 0);

    EXPECT_TRUE(rc::core::makePrivate(file));
    EXPECT_TRUE(rc::core::makePrivate(readOnly));
    EXPECT_TRUE(rc::core::makePrivate(m_dir.filePath(u"missing"_s)));

    EXPECT_EQ(modeOf(file), 0600u);
    EXPECT_EQ(modeOf(readOnly), 0400u); // not made writable
}

TEST_F(PrivateFiles, makePrivateFolder_makesEachNewFolder0700_andLeavesThoseThatWereThere)
{
    const QString there = m_dir.filePath(u"there"_s);
    ASSERT_TRUE(QDir().mkpath(there));
    ASSERT_EQ(::chmod(QFile::encodeName(there).constData(), 0755), 0);

    ASSERT_TRUE(rc::core::makePrivateFolder(there + u"/a/b"_s));

    EXPECT_EQ(modeOf(there), 0755u);
    EXPECT_EQ(modeOf(there + u"/a"_s), 0700u);
    EXPECT_EQ(modeOf(there + u"/a/b"_s), 0700u);
    EXPECT_TRUE(rc::core::makePrivateFolder(there + u"/a/b"_s)); // again: nothing to do
}

TEST_F(PrivateFiles, writePrivateFile_is0600_andReplacesAFileWhole)
{
    const QString file = m_dir.filePath(u"out.csv"_s);
    {
        QFile old(file);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old and longer\n");
    }
    ASSERT_EQ(::chmod(QFile::encodeName(file).constData(), 0644), 0);

    ASSERT_TRUE(rc::core::writePrivateFile(file, "new\n").ok());

    EXPECT_EQ(modeOf(file), 0600u);
    QFile back(file);
    ASSERT_TRUE(back.open(QIODevice::ReadOnly));
    EXPECT_EQ(back.readAll(), "new\n");
}

TEST_F(PrivateFiles, writePrivateFile_intoAMissingFolder_failsWithTheReason)
{
    const auto written = rc::core::writePrivateFile(m_dir.filePath(u"no/such/out.csv"_s), "x");

    ASSERT_FALSE(written.ok());
    EXPECT_FALSE(written.error().message.isEmpty());
}

} // namespace
