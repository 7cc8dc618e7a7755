// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderactions.h"

#include "catalog.h"
#include "manualentry.h"
#include "singleinstance.h"
#include "unitfiles.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace rc::ui {

core::Result<StartedBy> startRoutineInApp(const QDBusConnection& bus, const QString& program,
                                          const QString& databasePath)
{
    const SingleInstance app(databasePath, bus);
    if (app.activatePrimary(QLatin1String(SingleInstance::startRoutineAction))) {
        return StartedBy::RunningApp;
    }
    const QStringList arguments = QStringList{u"start"_s} + reminders::databaseArguments(databasePath);
    if (!QProcess::startDetached(program, arguments)) {
        return core::makeError(core::ErrorCode::Other, u"could not start "_s + program + u" "_s + arguments.join(u' '));
    }
    return StartedBy::NewProcess;
}

core::Result<int> logDefaultRoutineDone(core::SessionStore& store, const core::Catalog& catalog, const QDate& date,
                                        const QDateTime& now, const QDate& today)
{
    const QString id = QLatin1String(core::Catalog::defaultRoutineId);
    const core::Routine* routine = catalog.routine(id);
    if (!routine) {
        return core::makeError(core::ErrorCode::NotFound, u"the catalog has no routine '"_s + id + u"'"_s);
    }
    const int seconds = routine->plannedSeconds();
    if (const auto added = core::addManualSession(store, core::manualSession(*routine, date, seconds, now, today));
        !added) {
        return added.error();
    }
    return seconds;
}

} // namespace rc::ui
