// SPDX-License-Identifier: GPL-3.0-or-later
// `report` without flags follows the target and first day saved by the window's Preferences
// ([progress] in recovery-coach/recovery-coach.conf under XDG_CONFIG_HOME); flags still win.
#include "clitestutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class PreferencesCliTest : public rc::test::CliTestBase
{
protected:
    void writeConfig(const QByteArray& content)
    {
        ASSERT_TRUE(QDir().mkpath(m_configHome + u"/recovery-coach"_s));
        writeFile(m_configHome + u"/recovery-coach/recovery-coach.conf"_s, content);
    }

    // Runs with `locale` so that the default first day does not depend on the machine.
    QByteArray run(const QStringList& arguments, const QString& locale = u"C.UTF-8"_s)
    {
        m_locale = locale;
        const rc::test::ProcessResult r = CliTestBase::run(arguments);
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        return r.out;
    }

    QJsonObject report(const QStringList& flags, const QString& locale = u"C.UTF-8"_s)
    {
        const QByteArray out =
            run(QStringList{u"report"_s, u"--json"_s, u"--today"_s, u"2026-11-25"_s} << flags, locale);
        return QJsonDocument::fromJson(out).object();
    }

    void importFixture()
    {
        const QByteArray out = run({u"import"_s, u"--csv"_s, fixture(u"adherence-fixture.csv"_s)});
        ASSERT_TRUE(out.contains("Imported 11 sessions")) << out.constData();
    }
};

} // namespace

TEST_F(PreferencesCliTest, reportWithoutFlags_usesTheSavedTargetAndSundayFirstWeeks)
{
    writeConfig("[progress]\ntarget=2\nweekStart=sunday\n");
    importFixture();
    // Sunday-first weeks, target 2, today Wednesday 25 Nov 2026 (by hand from the fixture):
    //   1-7 Nov: 2 and 4 Nov completed, met; 8-14 Nov: only 12 Nov completed, not met;
    //   15-21 Nov: 16 and 21 Nov, met; 22-28 Nov: 23 Nov so far, 1 more needed with 25-28 left (4 dates).
    const QJsonObject json = report({u"--weeks"_s, u"4"_s});
    EXPECT_EQ(json[u"target_days_per_week"_s].toInt(), 2);
    EXPECT_EQ(json[u"week_start"_s].toString(), u"sunday"_s);
    const QJsonArray weeks = json[u"weeks"_s].toArray();
    ASSERT_EQ(weeks.size(), 4);
    EXPECT_EQ(weeks[0].toObject()[u"start"_s].toString(), u"2026-11-01"_s);
    EXPECT_TRUE(weeks[0].toObject()[u"met"_s].toBool());
    EXPECT_FALSE(weeks[1].toObject()[u"met"_s].toBool());
    EXPECT_TRUE(weeks[2].toObject()[u"met"_s].toBool());
    EXPECT_EQ(weeks[3].toObject()[u"start"_s].toString(), u"2026-11-22"_s);
    const QJsonObject current = json[u"current_week"_s].toObject();
    EXPECT_EQ(current[u"days"_s].toInt(), 1);
    EXPECT_EQ(current[u"days_needed"_s].toInt(), 1);
    EXPECT_EQ(current[u"days_left"_s].toInt(), 4);
    EXPECT_EQ(current[u"status"_s].toString(), u"on_track"_s);
    EXPECT_EQ(json[u"streak_weeks"_s].toInt(), 1);
}

TEST_F(PreferencesCliTest, flags_overrideTheSavedPreferences)
{
    writeConfig("[progress]\ntarget=2\nweekStart=sunday\n");
    const QJsonObject json = report({u"--target"_s, u"4"_s, u"--week-start"_s, u"monday"_s, u"--weeks"_s, u"1"_s});
    EXPECT_EQ(json[u"target_days_per_week"_s].toInt(), 4);
    EXPECT_EQ(json[u"week_start"_s].toString(), u"monday"_s);
    EXPECT_EQ(json[u"weeks"_s].toArray()[0].toObject()[u"start"_s].toString(), u"2026-11-23"_s);
}

TEST_F(PreferencesCliTest, onlyOneSaved_theOtherKeepsItsDefault)
{
    writeConfig("[progress]\nweekStart=saturday\n");
    const QJsonObject json = report({u"--weeks"_s, u"1"_s});
    EXPECT_EQ(json[u"target_days_per_week"_s].toInt(), 3);
    EXPECT_EQ(json[u"week_start"_s].toString(), u"saturday"_s);
    // Wednesday 25 Nov in a Saturday-first week: 21-27 Nov.
    EXPECT_EQ(json[u"weeks"_s].toArray()[0].toObject()[u"start"_s].toString(), u"2026-11-21"_s);
}

TEST_F(PreferencesCliTest, nothingSaved_firstDayComesFromTheLocale)
{
    // The C locale starts weeks on Monday, the United States on Sunday, Egypt on Saturday.
    EXPECT_EQ(report({}, u"C.UTF-8"_s)[u"week_start"_s].toString(), u"monday"_s);
    EXPECT_EQ(report({}, u"en_US.UTF-8"_s)[u"week_start"_s].toString(), u"sunday"_s);
    EXPECT_EQ(report({}, u"ar_EG.UTF-8"_s)[u"week_start"_s].toString(), u"saturday"_s);
    EXPECT_EQ(report({}, u"en_US.UTF-8"_s)[u"target_days_per_week"_s].toInt(), 3);
}

TEST_F(PreferencesCliTest, invalidSavedValues_fallBackToAllowedOnes)
{
    // A hand-edited file: an unknown day falls back to the locale's (C: Monday), a target is clamped to 1-7.
    writeConfig("[progress]\ntarget=9\nweekStart=friday\n");
    const QJsonObject json = report({});
    EXPECT_EQ(json[u"week_start"_s].toString(), u"monday"_s);
    EXPECT_EQ(json[u"target_days_per_week"_s].toInt(), 7);
}
