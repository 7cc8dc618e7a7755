// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adherence.h"
#include "pause.h"
#include "recordsettings.h"
#include "reminder.h"
#include "result.h"

#include <QDateTime>

#include <vector>

namespace rc::core {

class SessionStore;

// Everything the week's rhythm needs at one moment: the record's settings and pauses, the report for
// "today" by the day boundary, and today's reminder.
struct Rhythm
{
    AdherenceReport report;
    RecordSettings settings;
    std::vector<Pause> pauses;
    ReminderDecision reminder;
};

// What the rhythm is computed from, as the store holds it.
struct RhythmRecord
{
    RecordSettings settings; // the store's, the earlier Preferences' for what it lacks, else the defaults
    std::vector<Pause> pauses;
    std::vector<SessionSummary> history;
};
// Reads settings, pauses and session summaries in turn; the first error stops it.
Result<RhythmRecord> readRhythmRecord(const SessionStore& store);

// "Today" for reports and reminders: the local date of `now` minus day-starts-at.
QDate rhythmToday(const QDateTime& now, const RecordSettings& settings);

// readRhythmRecord, then the report of `weeks` weeks for today by the day boundary.
Result<Rhythm> currentRhythm(const SessionStore& store, const QDateTime& now, bool remindersOn, int weeks = 12);

// The same from what the caller already has (the Progress page keeps the summaries loaded).
Rhythm rhythmOf(const std::vector<SessionSummary>& history, const RecordSettings& settings,
                std::vector<Pause> pauses, const QDate& today, bool remindersOn, int weeks = 12);

} // namespace rc::core
