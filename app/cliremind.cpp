// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliremind.h"

#include "clicommon.h"
#include "clidata.h"
#include "clirhythm.h"
#include "clock.h"
#include "preferences.h"
#include "reminderschedule.h"
#include "remindrun.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rc::app::cli {

int commandRemind(const QStringList& arguments, const QString& program)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommand(parser, arguments, {{u"dry-run"_s, u"Say whether a reminder is due; send nothing."_s}}, &error)) {
        return fail(error, Usage);
    }
    const core::ComputerSettings computer = core::savedComputerSettings();
    ui::RemindRequest request;
    request.databasePath = databasePath(parser);
    request.program = program;
    request.remindersOn = computer.reminders;
    request.reminderTime = computer.reminderTime;
    request.dryRun = parser.isSet(u"dry-run"_s);

    const core::SystemClock clock;
    QSettings state;
    const ui::ReminderSchedule schedule(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                        request.program, request.databasePath, ui::realSystemctl());
    const auto lines = ui::runRemind(request, {clock, &QDBusConnection::sessionBus, state, schedule, &openForWriting,
                                               [](const core::SessionStore& store) { backUpAfterWrite(store); }});
    if (!lines) {
        return fail(lines.error());
    }
    for (const QString& line : *lines) {
        printLine(stdout, line);
    }
    return Success;
}

} // namespace rc::app::cli
