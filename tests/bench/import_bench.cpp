// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import and export of 10,000 sessions. The whole import (parse + store into a fresh
// database) should stay under one second.
#include "sessioncsv.h"
#include "sessionstore.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <array>

using namespace Qt::StringLiterals;
using rc::core::Session;

namespace {

constexpr int rowCount = 10'000;

// One session a day, alternating offsets and notes that need quoting, so the parser meets every path.
std::vector<Session> generatedSessions()
{
    const std::array<int, 4> offsets = {3600, -8 * 3600, 0, 5 * 3600 + 1800};
    const std::array<QString, 4> notes = {QString(), u"felt tight, left calf"_s, u"said \"ouch\"\non the IT band"_s,
                                          u"müde, aber gut 🏃"_s};
    std::vector<Session> sessions;
    sessions.reserve(rowCount);
    const QDate first(2000, 1, 1);
    for (int i = 0; i < rowCount; ++i) {
        Session s;
        s.localDate = first.addDays(i);
        s.startedAt = QDateTime(s.localDate, QTime(7, 15, i % 60), Qt::OffsetFromUTC, offsets[i % 4]);
        s.routine = u"runners-recovery"_s;
        s.plannedSeconds = 540;
        s.workedSeconds = i % 7 == 0 ? 300 : 540;
        s.completed = i % 7 != 0;
        if (i % 3 != 0) {
            s.sorenessBefore = i % 11;
            s.sorenessAfter = (i + 4) % 11;
        }
        s.notes = notes[i % 4];
        sessions.push_back(std::move(s));
    }
    return sessions;
}

const QByteArray& generatedCsv()
{
    static const QByteArray csv = rc::core::exportSessionsCsv(generatedSessions());
    return csv;
}

void BM_ParseSessionsCsv(benchmark::State& state)
{
    const QByteArray& csv = generatedCsv();
    for (auto _ : state) {
        auto sessions = rc::core::parseSessionsCsv(csv);
        if (!sessions || sessions->size() != rowCount) {
            state.SkipWithError("parse failed");
            return;
        }
        benchmark::DoNotOptimize(sessions);
    }
    state.SetItemsProcessed(state.iterations() * rowCount);
    state.SetBytesProcessed(state.iterations() * csv.size());
}
BENCHMARK(BM_ParseSessionsCsv)->Unit(benchmark::kMillisecond);

void BM_ImportIntoFreshDatabase(benchmark::State& state)
{
    const QByteArray& csv = generatedCsv();
    QTemporaryDir dir;
    int run = 0;
    for (auto _ : state) {
        // Timed: create + migrate, parse, import, close: all of `recovery-coach import --csv` but the read.
        auto store = rc::core::SessionStore::open(dir.filePath(u"sessions-%1.db"_s.arg(++run)));
        if (!store) {
            state.SkipWithError("open failed");
            return;
        }
        auto sessions = rc::core::parseSessionsCsv(csv);
        if (!sessions) {
            state.SkipWithError("parse failed");
            return;
        }
        auto summary = (*store)->importSessions(*sessions);
        if (!summary || summary->added != rowCount) {
            state.SkipWithError("import failed");
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * rowCount);
}
BENCHMARK(BM_ImportIntoFreshDatabase)->Unit(benchmark::kMillisecond);

void BM_ExportSessionsCsv(benchmark::State& state)
{
    const std::vector<Session> sessions = generatedSessions();
    for (auto _ : state) {
        QByteArray csv = rc::core::exportSessionsCsv(sessions);
        benchmark::DoNotOptimize(csv);
    }
    state.SetItemsProcessed(state.iterations() * rowCount);
}
BENCHMARK(BM_ExportSessionsCsv)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
