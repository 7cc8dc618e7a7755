// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationcalls.h"

#include "catalog.h"
#include "mainwindow.h"
#include "singleinstance.h"

namespace rc::ui {

void answerApplicationCalls(SingleInstance& instance, MainWindow& window)
{
    QObject::connect(&instance, &SingleInstance::activated, &window,
                     [&window] { window.activateFromAnotherInstance(); });
    QObject::connect(&instance, &SingleInstance::actionActivated, &window,
                     [&window](const QString& action, const QVariant& parameter) {
                         if (action == QLatin1String(SingleInstance::startRoutineAction)) {
                             const QString routine = parameter.toString();
                             window.activateFromAnotherInstance(
                                 routine.isEmpty() ? QString::fromLatin1(core::Catalog::defaultRoutineId) : routine);
                         } else if (action == QLatin1String(SingleInstance::logSessionAction)) {
                             window.activateFromAnotherInstance();
                             window.logSession();
                         }
                     });
}

} // namespace rc::ui
