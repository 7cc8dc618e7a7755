// SPDX-License-Identifier: GPL-3.0-or-later
#include "rhythm.h"

#include "preferences.h"
#include "sessionstore.h"

namespace rc::core {

QDate rhythmToday(const QDateTime& now, const RecordSettings& settings)
{
    return countingDate(now, settings.dayStartsAtMinutes);
}

Rhythm rhythmOf(const std::vector<SessionSummary>& history, const RecordSettings& settings,
                std::vector<Pause> pauses, const QDate& today, bool remindersOn, int weeks)
{
    Rhythm rhythm;
    rhythm.settings = settings;
    rhythm.pauses = std::move(pauses);
    AdherenceSettings adherence;
    adherence.targetDaysPerWeek = settings.targetDays;
    adherence.weekStart = settings.weekStart;
    adherence.plannedDays = settings.plannedDays;
    adherence.weeks = weeks;
    rhythm.report = computeAdherence(history, today, adherence, rhythm.pauses);
    rhythm.reminder = reminderFor(rhythm.report, settings, remindersOn);
    return rhythm;
}

Result<RhythmRecord> readRhythmRecord(const SessionStore& store)
{
    auto settings = loadRecordSettings(store);
    if (!settings) {
        return settings.error();
    }
    auto pauses = store.pauses();
    if (!pauses) {
        return pauses.error();
    }
    auto history = store.summaries();
    if (!history) {
        return history.error();
    }
    return RhythmRecord{*settings, std::move(pauses).value(), std::move(history).value()};
}

Result<Rhythm> currentRhythm(const SessionStore& store, const QDateTime& now, bool remindersOn, int weeks)
{
    auto record = readRhythmRecord(store);
    if (!record) {
        return record.error();
    }
    return rhythmOf(record->history, record->settings, std::move(record->pauses), rhythmToday(now, record->settings),
                    remindersOn, weeks);
}

} // namespace rc::core
