// SPDX-License-Identifier: GPL-3.0-or-later
// recovery-coach-remind [--dry-run] [--db PATH]: `recovery-coach remind` alone, the run the reminder timer
// makes every day. Without Qt Widgets and Qt Gui, which the loader would otherwise map and relocate for a
// run that finds nothing due (docs/performance.md, "Reminders"). Installed beside the modules
// (ui/platform/include/programs.h); the schedule starts it when it is there.
#include "clicommon.h"
#include "cliremind.h"
#include "paths.h"
#include "programs.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    rc::core::setApplicationIdentity();
    if (const rc::core::Status moved = rc::app::cli::moveEarlierDataFolder(); !moved) {
        return rc::app::cli::fail(moved.error());
    }
    // The command name where the program's name was, as `recovery-coach remind` passes it on.
    QStringList arguments = QCoreApplication::arguments();
    arguments[0] = u"remind"_s;
    return rc::app::cli::commandRemind(arguments, rc::ui::programFor(QCoreApplication::applicationFilePath()));
}
