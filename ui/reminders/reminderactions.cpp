// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderactions.h"

#include "catalog.h"
#include "manualentry.h"
#include "singleinstance.h"
#include "unitfiles.h"

#include <QDBusMessage>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace rc::ui {

core::Result<StartedBy> startRoutineInApp(const QDBusConnection& bus, const QString& program,
                                          const QString& databasePath)
{
    const SingleInstance app(databasePath, bus);
    // With the bus's auto-start, unlike SingleInstance::activatePrimary: where the app is D-Bus activatable
    // (installed, the default database) the bus starts it, in the desktop's environment.
    QDBusMessage call = QDBusMessage::createMethodCall(app.serviceName(), SingleInstance::objectPath(),
                                                       u"org.freedesktop.Application"_s, u"ActivateAction"_s);
    call << QLatin1String(SingleInstance::startRoutineAction) << QVariantList{} << QVariantMap{};
    // BlockWithGui: the app may live in this thread (the tests' fake); long enough for a start.
    if (bus.call(call, QDBus::BlockWithGui, 30000).type() == QDBusMessage::ReplyMessage) {
        return StartedBy::App;
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
