// SPDX-License-Identifier: GPL-3.0-or-later
// Target (docs/performance.md): the report over 10 years of history (~4,000 sessions) in under 2 ms.
#include "adherence.h"
#include "reportformat.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <random>

using namespace rc::core;

namespace {

const QDate benchToday(2025, 1, 1);

// Ten years of a fairly keen runner, oldest first as the store returns it: most days one session,
// some days two, about one in ten stopped early. Fixed seed so every run measures the same history.
std::vector<SessionSummary> tenYears()
{
    std::mt19937 random(20250101);
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    std::uniform_int_distribution<int> partialSeconds(60, 500);
    std::vector<SessionSummary> history;
    for (QDate day = benchToday.addYears(-10); day <= benchToday; day = day.addDays(1)) {
        const double roll = chance(random);
        const int count = roll < 0.15 ? 0 : (roll < 0.75 ? 1 : 2);
        for (int i = 0; i < count; ++i) {
            const bool completed = chance(random) >= 0.1;
            history.push_back({day, completed ? 540 : partialSeconds(random), completed});
        }
    }
    return history;
}

const std::vector<SessionSummary>& history()
{
    static const std::vector<SessionSummary> sessions = tenYears();
    return sessions;
}

void computeAdherence_tenYears(benchmark::State& state)
{
    AdherenceSettings settings;
    settings.weeks = int(state.range(0));
    for (auto _ : state) {
        AdherenceReport report = computeAdherence(history(), benchToday, settings);
        benchmark::DoNotOptimize(report);
    }
    state.counters["sessions"] = double(history().size());
}
BENCHMARK(computeAdherence_tenYears)->Arg(12)->Arg(52)->Unit(benchmark::kMicrosecond);

// The store sorts by date, but a caller may not: the unsorted path must stay inside the target too.
void computeAdherence_tenYearsShuffled(benchmark::State& state)
{
    std::vector<SessionSummary> shuffled = history();
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
    AdherenceSettings settings;
    settings.weeks = int(state.range(0));
    for (auto _ : state) {
        AdherenceReport report = computeAdherence(shuffled, benchToday, settings);
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(computeAdherence_tenYearsShuffled)->Arg(52)->Unit(benchmark::kMicrosecond);

void reportToJson_52weeks(benchmark::State& state)
{
    AdherenceSettings settings;
    settings.weeks = 52;
    const AdherenceReport report = computeAdherence(history(), benchToday, settings);
    for (auto _ : state) {
        QByteArray json = reportToJson(report);
        benchmark::DoNotOptimize(json);
    }
}
BENCHMARK(reportToJson_52weeks)->Unit(benchmark::kMicrosecond);

void reportToText_52weeks(benchmark::State& state)
{
    AdherenceSettings settings;
    settings.weeks = 52;
    const AdherenceReport report = computeAdherence(history(), benchToday, settings);
    for (auto _ : state) {
        QString text = reportToText(report);
        benchmark::DoNotOptimize(text);
    }
}
BENCHMARK(reportToText_52weeks)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
