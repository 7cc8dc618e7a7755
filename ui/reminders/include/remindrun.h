// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminderschedule.h"
#include "result.h"
#include "sessionstore.h"

#include <QDBusConnection>
#include <QString>
#include <QStringList>
#include <QTime>

#include <functional>
#include <memory>

class QSettings;

namespace rc::core {
class Clock;
} // namespace rc::core

namespace rc::ui {

// One run of `recovery-coach remind` (PRODUCT.md section 5, "Delivery"): asks core whether a reminder is due,
// applies the rule of delivery to this computer's reminder state, sends the notification, waits for its
// answer and does what the action says.
struct RemindRequest
{
    QString databasePath;
    QString program; // recovery-coach itself, for "Start routine" when the app is not running
    bool remindersOn = false;
    QTime reminderTime{18, 0};
    bool dryRun = false; // say whether one is due, why, and its text; send nothing, change nothing
};

struct RemindContext
{
    const core::Clock& clock;
    // The session bus, asked for only when a reminder goes out: a run with nothing due connects to nothing.
    std::function<QDBusConnection()> bus;
    QSettings& state; // the "reminders/" group (reminderstate.h)
    const ReminderSchedule& schedule;
    // "Done already" writes as `recovery-coach log` does: the database opened the way every writing command
    // opens it, and the daily backup after the session.
    std::function<core::Result<std::unique_ptr<core::SessionStore>>(const QString& path)> openForWriting;
    std::function<void(const core::SessionStore&)> afterWrite;
};

// The lines to print on standard output (none when nothing was sent or done), or the one error.
core::Result<QStringList> runRemind(const RemindRequest& request, const RemindContext& context);

} // namespace rc::ui
