// SPDX-License-Identifier: GPL-3.0-or-later
// How the two executables find each other (ui/platform/include/programs.h): in the build tree side by side,
// installed as bin/recovery-coach and lib/.../recovery-coach/recovery-coach-remind.
#include "programs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using rc::ui::programFor;
using rc::ui::remindHelperFor;

class ProgramsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    // A file of the given name, executable or not; its clean absolute path.
    QString makeFile(const QString& relative, bool executable = true)
    {
        const QString path = QDir::cleanPath(m_dir.filePath(relative));
        EXPECT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n");
        file.close();
        QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (executable) {
            permissions |= QFileDevice::ExeOwner;
        }
        EXPECT_TRUE(file.setPermissions(permissions));
        return path;
    }
    QString installedHelper() const
    {
        return u"usr/bin/"_s + rc::ui::helperRelativeDirectory() + u"/recovery-coach-remind"_s;
    }

    QTemporaryDir m_dir;
};

TEST_F(ProgramsTest, installed_theHelperIsBesideTheModules_andLeadsBackToBin)
{
    const QString program = makeFile(u"usr/bin/recovery-coach"_s);
    const QString helper = makeFile(installedHelper());
    ASSERT_NE(QFileInfo(helper).absolutePath(), QFileInfo(program).absolutePath());
    EXPECT_TRUE(helper.endsWith(u"/recovery-coach/recovery-coach-remind"_s)) << helper.toStdString();

    EXPECT_EQ(remindHelperFor(program), helper);
    EXPECT_EQ(programFor(helper), program);
}

TEST_F(ProgramsTest, inTheBuildTree_bothAreInOneFolder)
{
    const QString program = makeFile(u"build/app/recovery-coach"_s);
    const QString helper = makeFile(u"build/app/recovery-coach-remind"_s);
    makeFile(u"build/app/"_s + rc::ui::helperRelativeDirectory() + u"/recovery-coach-remind"_s); // not this one

    EXPECT_EQ(remindHelperFor(program), helper);
    EXPECT_EQ(programFor(helper), program);
}

TEST_F(ProgramsTest, noHelper_orOneThatIsNotExecutable_isNone)
{
    const QString program = makeFile(u"usr/bin/recovery-coach"_s);
    EXPECT_EQ(remindHelperFor(program), QString());

    makeFile(installedHelper(), false);
    EXPECT_EQ(remindHelperFor(program), QString());
}

TEST_F(ProgramsTest, aHelperWithoutTheProgram_namesWhereItIsInstalled)
{
    const QString helper = makeFile(installedHelper());

    EXPECT_EQ(programFor(helper), QDir::cleanPath(m_dir.filePath(u"usr/bin/recovery-coach"_s)));
}

} // namespace
