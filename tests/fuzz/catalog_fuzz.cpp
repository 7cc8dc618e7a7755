// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the catalog/routine parser. A catalog file may be refused with a message;
// one that is accepted must be safe for everything the app then does with it (single-technique
// routines, planned durations, the `techniques` command's text and JSON).
#include "catalog.h"
#include "catalogformat.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace rc::core;

[[noreturn]] void fail(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "catalog_fuzz: %s %s\n", what, detail.toUtf8().constData());
    std::abort();
}

void checkTechnique(const Catalog& catalog, const Technique& technique)
{
    // The app offers the technique's own range, so both ends are what a runner can pick.
    for (int seconds : {technique.minSecondsPerSide, technique.maxSecondsPerSide}) {
        const Routine routine = catalog.singleTechniqueRoutine(technique.id, seconds);
        const int expected = seconds * (technique.sided ? 2 : 1);
        if (routine.plannedSeconds() != expected) {
            fail("singleTechniqueRoutine plans the wrong duration for", technique.id);
        }
    }
}

void checkRoutine(const Catalog& catalog, const Routine& routine)
{
    if (routine.steps.empty()) {
        fail("an accepted routine has no steps:", routine.id);
    }
    long long total = 0;
    for (const RoutineStep& step : routine.steps) {
        if (!catalog.technique(step.technique)) {
            fail("an accepted routine names an unknown technique:", step.technique);
        }
        total += step.seconds;
    }
    if (routine.plannedSeconds() != total) {
        fail("plannedSeconds is not the sum of the steps for", routine.id);
    }
    (void)Catalog::withSecondsPerSide(routine, 60).plannedSeconds();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto catalog = Catalog::fromJson(input);
    if (!catalog) {
        if (catalog.error().message.isEmpty()) {
            fail("fromJson rejected the input without a message");
        }
        return 0;
    }
    for (const Technique& technique : catalog->techniques()) {
        checkTechnique(*catalog, technique);
    }
    for (const Routine& routine : catalog->routines()) {
        checkRoutine(*catalog, routine);
    }
    (void)catalog->singleTechniqueRoutine(QStringLiteral("no-such-technique"), 60).plannedSeconds();
    (void)catalogToText(*catalog);
    (void)catalogToJson(*catalog);
    return 0;
}
