// SPDX-License-Identifier: GPL-3.0-or-later
// Target (docs/performance.md, "Progress page"): with 10 years of history (about 4,000 sessions) the
// progress page is refreshed and painted within 1.5x of the time it takes with an empty history.
// Runs offscreen; settings go to QStandardPaths' test location, never the user's.
#include "clock.h"
#include "modules.h"
#include "progresspage.h"
#include "sessionstore.h"
#include "theme.h"

#include <QApplication>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <random>

using namespace Qt::StringLiterals;
using namespace rc::core;

namespace {

const QDate benchToday(2026, 11, 25);
const QSize pageSize(992, 760); // the page's share of a 1280x800 window beside the sidebar

// Ten years of a keen runner, ~4,000 sessions: most guided (six steps, soreness often rated), some
// logged by hand, one in ten stopped early. Fixed seed so every run measures the same history.
std::vector<Session> history(int sessions)
{
    std::mt19937 random(20261125);
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    std::vector<Session> result;
    const QDate first = benchToday.addYears(-10);
    const qint64 span = first.daysTo(benchToday) + 1;
    for (int i = 0; i < sessions; ++i) {
        const QDate date = first.addDays(qint64(i) * span / std::max(1, sessions));
        Session s;
        s.localDate = date;
        s.startedAt = QDateTime(date, QTime(7, 0).addSecs(i % 600), Qt::OffsetFromUTC, 3600);
        s.routine = u"runners-recovery"_s;
        s.plannedSeconds = 540;
        s.completed = chance(random) >= 0.1;
        s.workedSeconds = s.completed ? 540 : 240;
        if (chance(random) < 0.7) {
            for (const char* technique : {"it-band-roll", "calf-release", "hip-release"}) {
                for (Side side : {Side::Left, Side::Right}) {
                    s.steps.push_back(StepResult{QString::fromLatin1(technique), side, 90, s.workedSeconds / 6, 0, 0});
                }
            }
            if (chance(random) < 0.6) {
                s.sorenessBefore = 6;
                s.sorenessAfter = 3;
            }
        }
        result.push_back(std::move(s));
    }
    return result;
}

// Filled once per size and kept for every benchmark that reads it.
SessionStore& storeWith(int sessions)
{
    struct Filled
    {
        QTemporaryDir dir;
        std::unique_ptr<SessionStore> store;
    };
    static std::map<int, std::unique_ptr<Filled>> filled;
    auto& entry = filled[sessions];
    if (!entry) {
        entry = std::make_unique<Filled>();
        auto store = SessionStore::open(entry->dir.filePath(u"sessions.sqlite"_s));
        if (!store || !(*store)->importSessions(history(sessions))) {
            std::cerr << "could not fill the benchmark store\n";
            std::abort();
        }
        entry->store = std::move(store).value();
    }
    return *entry->store;
}

const ManualClock& clock()
{
    static const ManualClock fixed(QDateTime(benchToday, QTime(20, 0), Qt::OffsetFromUTC, 3600));
    return fixed;
}

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// What a runner waits for when the page is shown after a session is saved: a refresh (store reads,
// every figure recomputed) and a paint of the visible part. The panels fed by whole sessions
// (minutes per technique, soreness) are filled on the next event-loop turn, measured below.
void progressPage_refreshAndPaint(benchmark::State& state)
{
    rc::ui::ProgressPage page(&storeWith(int(state.range(0))), clock());
    page.setAttribute(Qt::WA_DontShowOnScreen);
    page.resize(pageSize);
    page.show();
    settle();
    for (auto _ : state) {
        page.refresh();
        QPixmap pixmap = page.grab();
        benchmark::DoNotOptimize(pixmap);
    }
    state.counters["sessions"] = double(state.range(0));
}
BENCHMARK(progressPage_refreshAndPaint)->Arg(0)->Arg(1)->Arg(4000)->Unit(benchmark::kMillisecond);

// All the work of a refresh, the deferred panels included: what the event loop is busy with in total.
void progressPage_refreshPaintAndFill(benchmark::State& state)
{
    rc::ui::ProgressPage page(&storeWith(int(state.range(0))), clock());
    page.setAttribute(Qt::WA_DontShowOnScreen);
    page.resize(pageSize);
    page.show();
    settle();
    for (auto _ : state) {
        page.refresh();
        QPixmap pixmap = page.grab();
        settle();
        if (page.detailsPending()) {
            state.SkipWithError("the deferred panels were not filled");
            break;
        }
        benchmark::DoNotOptimize(pixmap);
    }
}
BENCHMARK(progressPage_refreshPaintAndFill)->Arg(0)->Arg(1)->Arg(4000)->Unit(benchmark::kMillisecond);

// The first time the page is opened: built, refreshed, laid out and painted.
void progressPage_openAndPaint(benchmark::State& state)
{
    SessionStore& store = storeWith(int(state.range(0)));
    for (auto _ : state) {
        rc::ui::ProgressPage page(&store, clock());
        page.setAttribute(Qt::WA_DontShowOnScreen);
        page.resize(pageSize);
        page.show();
        QPixmap pixmap = page.grab();
        benchmark::DoNotOptimize(pixmap);
    }
}
BENCHMARK(progressPage_openAndPaint)->Arg(0)->Arg(1)->Arg(4000)->Unit(benchmark::kMillisecond);

// Switching the chart between 12, 26 and 52 weeks: no store read, only recomputation and a paint.
void progressPage_switchWeeks(benchmark::State& state)
{
    rc::ui::ProgressPage page(&storeWith(int(state.range(0))), clock());
    page.setAttribute(Qt::WA_DontShowOnScreen);
    page.resize(pageSize);
    page.show();
    settle();
    int next = 0;
    for (auto _ : state) {
        page.setChartWeeks(next++ % 2 == 0 ? 52 : 12);
        QPixmap pixmap = page.grab();
        benchmark::DoNotOptimize(pixmap);
    }
}
BENCHMARK(progressPage_switchWeeks)->Arg(4000)->Unit(benchmark::kMillisecond);

// Where a refresh's time goes with 10 years of history: the two store reads it makes.
void store_summaries(benchmark::State& state)
{
    SessionStore& store = storeWith(int(state.range(0)));
    for (auto _ : state) {
        auto rows = store.summaries();
        benchmark::DoNotOptimize(rows);
    }
}
BENCHMARK(store_summaries)->Arg(4000)->Unit(benchmark::kMillisecond);

void store_sessions(benchmark::State& state)
{
    SessionStore& store = storeWith(int(state.range(0)));
    for (auto _ : state) {
        auto rows = store.sessions();
        benchmark::DoNotOptimize(rows);
    }
}
BENCHMARK(store_sessions)->Arg(4000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    rc::ui::setModuleDirectory(QStringLiteral(RC_MODULE_DIR)); // the charts module of this build
    QApplication::setOrganizationName(u"RecoveryCoachBench"_s);
    QApplication::setApplicationName(u"progress-bench"_s);
    QSettings().clear(); // default target, week start from the locale, a 12-week chart
    rc::ui::applyTheme(app);

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
