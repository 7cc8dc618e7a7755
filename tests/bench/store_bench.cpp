// SPDX-License-Identifier: GPL-3.0-or-later
// The session store on a real file: what saving one session costs with synchronous=FULL, and how
// fast the dashboard and the report can load years of history.
#include "sessionstore.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace rc::core;

namespace {

const QDateTime firstStart = QDateTime::fromString(u"2020-01-01T07:15:00+01:00"_s, Qt::ISODate);

// A guided runners-recovery session: six steps, soreness and a note, one per day from 2020.
Session guidedSession(int day)
{
    Session session;
    session.startedAt = firstStart.addDays(day);
    session.localDate = firstStart.date().addDays(day);
    session.routine = u"runners-recovery"_s;
    session.plannedSeconds = 1080;
    session.workedSeconds = day % 5 == 0 ? 700 : 1080;
    session.completed = day % 5 != 0;
    session.sorenessBefore = 6;
    session.sorenessAfter = 3;
    session.notes = u"felt tight, left calf"_s;
    for (const char* technique : {"it-band-roll", "calf-release", "hip-release"}) {
        for (Side side : {Side::Left, Side::Right}) {
            session.steps.push_back(StepResult{QString::fromLatin1(technique), side, 180, 180, 1, 45});
        }
    }
    return session;
}

std::unique_ptr<SessionStore> openOrDie(const QString& path)
{
    auto store = SessionStore::open(path);
    if (!store) {
        std::cerr << store.error().message.toStdString() << '\n';
        std::abort();
    }
    return std::move(store).value();
}

// Filled once per size and kept for every run of every benchmark that reads it.
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
        entry->store = openOrDie(entry->dir.filePath(u"sessions.sqlite"_s));
        std::vector<Session> batch;
        batch.reserve(size_t(sessions));
        for (int day = 0; day < sessions; ++day) {
            batch.push_back(guidedSession(day));
        }
        if (!entry->store->importSessions(batch)) {
            std::abort();
        }
    }
    return *entry->store;
}

void durableAdd(benchmark::State& state)
{
    QTemporaryDir dir;
    auto store = openOrDie(dir.filePath(u"sessions.sqlite"_s));
    int day = 0;
    for (auto _ : state) {
        auto id = store->add(guidedSession(day++));
        benchmark::DoNotOptimize(id);
        if (!id) {
            state.SkipWithError("add failed");
            break;
        }
    }
}
BENCHMARK(durableAdd)->Unit(benchmark::kMillisecond)->Repetitions(15)->ReportAggregatesOnly(true);

void summaries(benchmark::State& state)
{
    SessionStore& store = storeWith(int(state.range(0)));
    for (auto _ : state) {
        auto rows = store.summaries();
        benchmark::DoNotOptimize(rows);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(summaries)->Arg(4000)->Arg(100000)->Unit(benchmark::kMillisecond);

void sessions(benchmark::State& state)
{
    SessionStore& store = storeWith(int(state.range(0)));
    for (auto _ : state) {
        auto rows = store.sessions();
        benchmark::DoNotOptimize(rows);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(sessions)->Arg(4000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
