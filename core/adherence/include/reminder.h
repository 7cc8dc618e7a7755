// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adherence.h"
#include "recordsettings.h"

#include <QString>

#include <optional>

namespace rc::core {

// PRODUCT.md section 5: whether today's reminder is due, as one pure function of the report (history,
// pauses and "today" by the day boundary are already in it) and the settings.
enum class ReminderReason
{
    AtRisk,     // the week is at risk: every day left is needed
    PlannedDay, // today is one of the planned days
};
QString reminderReasonName(ReminderReason reason); // "at_risk", "planned_day"

struct ReminderDecision
{
    bool dueToday = false;
    std::optional<ReminderReason> reason; // set when due
};

// Due when reminders are on, today is not paused and has no completed session, the week is neither met
// nor paused, and today is a planned day or the week is at risk (then the reason is at_risk).
ReminderDecision reminderFor(const AdherenceReport& report, const RecordSettings& settings, bool remindersOn);

// What today is like for the runner, from the store and the clock (core/adherence/rhythm.h).
struct Rhythm;

struct ReminderText
{
    QString title;
    QString body; // why, in plain words, with the numbers and the streak at stake
};
// The notification's words for a due reminder (nothing is promised for one that is not due).
ReminderText reminderText(const Rhythm& rhythm);

// After a session is saved, what it did for the week: "Day 2 of 3 this week: one more by Sunday.",
// "Week done: 3 of 3.", or for a paused week "This week is paused; the session still counts."
QString weekProgressText(const AdherenceReport& report);

} // namespace rc::core
