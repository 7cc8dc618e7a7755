// SPDX-License-Identifier: GPL-3.0-or-later
// `recovery-coach --screenshot FILE --page PAGE` on the built binary, without a display (offscreen):
// the picture is written, bad arguments are refused with one line, and nothing is opened for them.
#include "clitestutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class ScreenshotCli : public rc::test::CliTestBase
{
protected:
    void SetUp() override
    {
        CliTestBase::SetUp();
        m_platform = u"offscreen"_s;
        m_png = m_dir.filePath(u"cards.png"_s);
        // As a desktop session has it; without one Qt warns on stderr about making one up.
        const QString runtime = m_dir.filePath(u"runtime"_s);
        ASSERT_TRUE(QDir().mkpath(runtime));
        ASSERT_TRUE(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }

    QString m_png;
};

TEST_F(ScreenshotCli, cardsPage_isWrittenAsAPngOfTheWindowsDefaultSize)
{
    ASSERT_EQ(run({u"log"_s, u"--date"_s, u"2026-11-24"_s}).exitCode, 0);

    const auto r = run({u"--screenshot"_s, m_png, u"--page"_s, u"cards"_s});

    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QByteArray png = fileBytes(m_png);
    ASSERT_GT(png.size(), 1000);
    EXPECT_TRUE(png.startsWith("\x89PNG\r\n\x1a\n"));
    EXPECT_EQ(png.mid(12, 4), "IHDR");
    EXPECT_EQ(qFromBigEndian<quint32>(png.constData() + 16), 1280U); // width
    EXPECT_EQ(qFromBigEndian<quint32>(png.constData() + 20), 800U);  // height
    EXPECT_TRUE(png.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)));
    // The history is read, not changed: the session logged above is still the only one.
    const auto report = run({u"report"_s, u"--json"_s, u"--today"_s, u"2026-11-25"_s});
    EXPECT_TRUE(report.out.contains("\"days\": 1")) << report.out.constData();
}

TEST_F(ScreenshotCli, preferencesPage_isTheDialogOnItsOwn_showingTheRecordsSettings)
{
    ASSERT_EQ(run({u"settings"_s, u"planned-days"_s, u"mon,wed,fri"_s}).exitCode, 0);
    const auto r = run({u"--screenshot"_s, m_png, u"--page"_s, u"preferences"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QByteArray png = fileBytes(m_png);
    ASSERT_TRUE(png.startsWith("\x89PNG\r\n\x1a\n"));
    // The dialog, not the 1280 x 800 window: narrower than it.
    const quint32 width = qFromBigEndian<quint32>(png.constData() + 16);
    EXPECT_LT(width, 1280U);
    EXPECT_GT(width, 500U);
}

TEST_F(ScreenshotCli, unknownPage_isRefusedWithThePagesThereAre_andNoFileIsLeft)
{
    const auto r = run({u"--screenshot"_s, m_png, u"--page"_s, u"settings"_s});

    expectOneLineError(r, "unknown page \"settings\" for --screenshot; use one of: cards, session, dashboard, history, preferences");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(m_png));
}

TEST_F(ScreenshotCli, unknownOption_isRefused_beforeTheDatabaseIsOpenedOrMade)
{
    const auto r = run({u"--screenshot"_s, m_png, u"--zoom"_s, u"2"_s});

    expectOneLineError(r, "Unknown option 'zoom'");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(m_db)); // the early start on the database waits for arguments that parse
    EXPECT_FALSE(QFileInfo::exists(m_png));
}

} // namespace
