// SPDX-License-Identifier: GPL-3.0-or-later
// The insights that need whole sessions (steps, soreness), not only the adherence summaries.
#include "catalog.h"
#include "insights.h"

#include <QHash>

#include <algorithm>

namespace rc::core {

namespace {

bool inRange(const Session& session, const QDate& first, const QDate& last)
{
    return session.localDate.isValid() && session.localDate >= first && session.localDate <= last;
}

} // namespace

std::vector<TechniqueMinutes> minutesByTechnique(const std::vector<Session>& sessions, const QDate& first,
                                                 const QDate& last, const Catalog& catalog)
{
    std::vector<TechniqueMinutes> techniques;
    QHash<QString, std::size_t> techniqueIndex;
    for (const Technique& technique : catalog.techniques()) {
        techniqueIndex.insert(technique.id, techniques.size());
        techniques.push_back({technique.id, technique.name, 0, 0, true});
    }
    std::vector<TechniqueMinutes> routines;
    QHash<QString, std::size_t> routineIndex;

    const auto techniqueEntry = [&](const QString& id) -> TechniqueMinutes& {
        const auto found = techniqueIndex.constFind(id);
        if (found != techniqueIndex.cend()) {
            return techniques[*found];
        }
        // A step of a technique this catalog no longer has still counts, under its id.
        techniqueIndex.insert(id, techniques.size());
        return techniques.emplace_back(TechniqueMinutes{id, id, 0, 0, true});
    };

    for (const Session& session : sessions) {
        if (!inRange(session, first, last)) {
            continue;
        }
        if (!session.steps.empty()) {
            QStringList counted; // a session counts once per technique, however many sides it had
            for (const StepResult& step : session.steps) {
                TechniqueMinutes& entry = techniqueEntry(step.technique);
                entry.workedSeconds += step.workedSeconds;
                if (!counted.contains(step.technique)) {
                    counted << step.technique;
                    ++entry.sessions;
                }
            }
            continue;
        }
        if (catalog.technique(session.routine) != nullptr) {
            TechniqueMinutes& entry = techniqueEntry(session.routine);
            entry.workedSeconds += session.workedSeconds;
            ++entry.sessions;
            continue;
        }
        auto found = routineIndex.constFind(session.routine);
        if (found == routineIndex.cend()) {
            found = routineIndex.insert(session.routine, routines.size());
            routines.push_back({session.routine, catalog.routineName(session.routine), 0, 0, false});
        }
        routines[*found].workedSeconds += session.workedSeconds;
        ++routines[*found].sessions;
    }

    std::stable_sort(routines.begin(), routines.end(), [](const TechniqueMinutes& a, const TechniqueMinutes& b) {
        return a.workedSeconds > b.workedSeconds;
    });
    techniques.insert(techniques.end(), routines.begin(), routines.end());
    return techniques;
}

SorenessSeries sorenessSeries(const std::vector<Session>& sessions, const QDate& first, const QDate& last)
{
    SorenessSeries series;
    int dropSum = 0;
    for (const Session& session : sessions) {
        if (!inRange(session, first, last) || (!session.sorenessBefore && !session.sorenessAfter)) {
            continue;
        }
        series.points.push_back({session.localDate, session.startedAt, session.sorenessBefore, session.sorenessAfter});
        if (session.sorenessBefore && session.sorenessAfter) {
            ++series.pairs;
            dropSum += *session.sorenessBefore - *session.sorenessAfter;
        }
    }
    // The store returns sessions by start instant; the chart's axis is the local date.
    std::stable_sort(series.points.begin(), series.points.end(),
                     [](const SorenessPoint& a, const SorenessPoint& b) { return a.date < b.date; });
    if (series.pairs > 0) {
        // Integer tenths, half away from zero, so 2.25 is 2.3 on every platform.
        const int tenthsTimes2 = (dropSum * 20) / series.pairs;
        const int tenths = tenthsTimes2 >= 0 ? (tenthsTimes2 + 1) / 2 : -((-tenthsTimes2 + 1) / 2);
        series.averageDrop = tenths / 10.0;
    }
    return series;
}

} // namespace rc::core
