// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

class QSettings;

namespace rc::ui {

// What this computer remembers of today's reminder, in QSettings under "reminders/" (it survives a restart
// and a reboot). Dates are "today" as the day boundary has it.
struct ReminderState
{
    QDate remindedOn;       // the last day a reminder was sent
    QDate notTodayOn;       // the last day "Not today" was chosen
    QDateTime snoozedUntil; // "Snooze 1 hour": one more reminder from then on...
    QDate snoozedOn;        // ...on the day it was snoozed (a snooze past the day's end is dropped)
};

ReminderState loadReminderState(const QSettings& settings);
void saveReminderState(QSettings& settings, const ReminderState& state);

// Whether `remind` sends now (PRODUCT.md section 5, "Delivery"): at most one reminder a day, one more after
// each snooze, none after "Not today", none before the reminder time.
enum class Delivery
{
    Send,
    NotDue,          // the rule of core (reminderFor) says no reminder today
    NotToday,        // "Not today" was chosen today
    Snoozed,         // snoozed, and the hour is not over
    AlreadyReminded, // today's reminder was sent (and not snoozed)
    BeforeTime,      // the reminder time has not come yet (a login in the morning)
};

// `today`: the date by the day boundary; `reminderAt`: reminderMoment() of today.
Delivery deliveryFor(bool dueToday, const ReminderState& state, const QDate& today, const QDateTime& now,
                     const QDateTime& reminderAt);

// When today's reminder is due: `today` at `at`, or the next calendar date when `at` comes before the day
// boundary (a 01:00 reminder with the day starting at 04:00 belongs to the night after `today`).
QDateTime reminderMoment(const QDate& today, QTime at, int dayStartsAtMinutes);

// A short phrase for --dry-run: "send", "not due", "not today was chosen today", ...
QString deliveryDescription(Delivery delivery, const ReminderState& state);

// What the state becomes once a reminder went out: today is reminded, the snooze is spent.
ReminderState afterSending(ReminderState state, const QDate& today);

} // namespace rc::ui
