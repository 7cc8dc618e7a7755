// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDBusConnection>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace rc::core {
class Catalog;
class SessionStore;
} // namespace rc::core

namespace rc::ui {

// "Start routine": the app for `databasePath` starts a guided session through org.freedesktop.Application
// ActivateAction("start-routine") on its bus name, running or started by the bus (D-Bus activation); when
// none answers, `program start [--db]` is started on its own. An error only when neither could be done.
enum class StartedBy
{
    App,        // the app answered on the bus
    NewProcess, // `program start`
};
core::Result<StartedBy> startRoutineInApp(const QDBusConnection& bus, const QString& program,
                                          const QString& databasePath);

// "Done already": the default routine (Catalog::defaultRoutineId, its whole planned time) as a completed
// session counted for `date` (the day the reminder was about), as `recovery-coach log` records one; `today`
// is the date `now` counts for by the day boundary (manualSession). Returns the session's planned seconds.
core::Result<int> logDefaultRoutineDone(core::SessionStore& store, const core::Catalog& catalog, const QDate& date,
                                        const QDateTime& now, const QDate& today);

} // namespace rc::ui
