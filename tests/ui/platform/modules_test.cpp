// SPDX-License-Identifier: GPL-3.0-or-later
// The modules loaded on first use (ui/platform/include/modules.h): the charts and the audio of a session come from
// shared objects of their own, and the app says what is missing when one cannot be loaded.
#include "charts.h"
#include "clock.h"
#include "mediacueplayer.h"
#include "modules.h"
#include "progresspage.h"
#include "uitestutil.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using rc::ui::setModuleDirectory;

class ModulesTest : public rc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        ASSERT_TRUE(m_empty.isValid());
    }
    // Back to the build's modules for the other tests of this binary.
    void TearDown() override { setModuleDirectory(QStringLiteral(RC_MODULE_DIR)); }

    QTemporaryDir m_empty; // a folder without any module
};

TEST_F(ModulesTest, missingModule_noFunction_andTheReasonNamesTheFileLookedFor)
{
    setModuleDirectory(m_empty.path());
    QString error;

    EXPECT_EQ(rc::ui::moduleFunction("recovery-coach-charts", "rcCreateWeeklyChart", &error), nullptr);

    EXPECT_TRUE(error.contains(m_empty.filePath(u"recovery-coach-charts.so"_s))) << error.toStdString();
    EXPECT_TRUE(error.contains(u"not installed"_s)) << error.toStdString();
}

TEST_F(ModulesTest, chartsModule_makesWorkingCharts_ownedByTheirWidget)
{
    QString error;
    auto parent = std::make_unique<QWidget>();

    rc::ui::WeeklyChart* weekly = rc::ui::createWeeklyChart(parent.get(), &error);
    rc::ui::SorenessChart* soreness = rc::ui::createSorenessChart(parent.get(), &error);

    ASSERT_NE(weekly, nullptr) << error.toStdString();
    ASSERT_NE(soreness, nullptr) << error.toStdString();
    EXPECT_EQ(weekly->widget()->parent(), parent.get());
    rc::core::AdherenceReport report;
    report.today = rc::test::wednesday;
    report.targetDaysPerWeek = 3;
    for (int i = 0; i < 4; ++i) {
        rc::core::WeekSummary week;
        week.start = QDate(2026, 11, 2).addDays(7 * i);
        week.end = week.start.addDays(6);
        report.weeks.push_back(week);
    }
    report.weeks.back().days = 2;
    report.weeks.back().sessions = 2;
    weekly->setReport(report);
    EXPECT_EQ(weekly->weekCount(), 4);
    EXPECT_EQ(weekly->barValue(3), 2);
    EXPECT_EQ(weekly->targetLineValue(), 3);
    // The click signal, reached by name: the executable knows the chart only by its interface.
    QSignalSpy selected(weekly->widget(), SIGNAL(weekSelected(int)));
    weekly->selectWeek(2);
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.at(0).at(0).toInt(), 2);
    soreness->setSeries({}, QDate(2026, 11, 2), rc::test::wednesday);
    EXPECT_FALSE(soreness->isShowingChart()); // no ratings: it says how to start recording them
    EXPECT_FALSE(soreness->summaryText().isEmpty());
}

TEST_F(ModulesTest, progressPage_withoutTheChartsModule_saysWhyInTheirPlace_andShowsTheRest)
{
    ASSERT_TRUE(m_store->add(rc::test::session(rc::test::wednesday)).ok());
    setModuleDirectory(m_empty.path());
    rc::core::ManualClock clock(QDateTime(rc::test::wednesday, QTime(12, 0)));

    rc::ui::ProgressPage page(m_store.get(), clock);
    page.resize(1100, 900);
    page.show();
    QCoreApplication::sendPostedEvents();

    EXPECT_EQ(page.weeklyChart(), nullptr);
    EXPECT_EQ(page.sorenessChart(), nullptr);
    for (const QString& name : {u"weeklyChart"_s, u"sorenessChart"_s}) {
        const auto* reason = page.findChild<QLabel*>(name);
        ASSERT_NE(reason, nullptr) << name.toStdString();
        EXPECT_TRUE(reason->text().startsWith(u"This chart cannot be shown: "_s)) << reason->text().toStdString();
        EXPECT_TRUE(reason->text().contains(u"recovery-coach-charts.so"_s)) << reason->text().toStdString();
    }
    EXPECT_EQ(page.headline(), u"1 of 3 days"_s); // the glance does not need the module
}

TEST_F(ModulesTest, cuePlayer_withTheAudioModule_loadsIt_andAnyReasonIsAboutTheMachine)
{
    rc::ui::MediaCuePlayer player;
    QSignalSpy unavailable(&player, &rc::ui::CuePlayer::unavailable);

    player.prepare(true, true);
    player.play({u"start"_s, u"Start rolling"_s});

    // Without a sound card or a speech engine (a test machine) it says so; the module itself loaded.
    for (const QList<QVariant>& reason : unavailable) {
        EXPECT_FALSE(reason.at(0).toString().contains(u"could not be loaded"_s))
            << reason.at(0).toString().toStdString();
    }
}

TEST_F(ModulesTest, cuePlayer_withoutTheAudioModule_runsSilently_andSaysWhyOnce)
{
    setModuleDirectory(m_empty.path());
    rc::ui::MediaCuePlayer player;
    QSignalSpy unavailable(&player, &rc::ui::CuePlayer::unavailable);

    player.prepare(true, true);
    player.play({u"start"_s, u"Start rolling"_s});
    player.play({u"halfway"_s, QString()});

    ASSERT_EQ(unavailable.count(), 1);
    const QString reason = unavailable.at(0).at(0).toString();
    EXPECT_TRUE(reason.startsWith(u"Sound and speech could not be loaded ("_s)) << reason.toStdString();
    EXPECT_TRUE(reason.contains(u"recovery-coach-audio.so"_s)) << reason.toStdString();
    EXPECT_TRUE(reason.endsWith(u"the session runs silently."_s)) << reason.toStdString();
}

} // namespace
