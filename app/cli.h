// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rc::app {

// PRODUCT.md section 8: options may stand before or after the command. Returns the arguments with the
// command (the first word that is not an option or an option's value) moved to the front, right after the
// program name, and everything else in its order: `recovery-coach --db F log --minutes 5` becomes
// `recovery-coach log --db F --minutes 5`. Without a command the arguments come back unchanged.
QStringList commandFirst(const QStringList& arguments);

// True when the arguments (command first, see commandFirst) name a command that runs without a window (log, report,
// export, import, techniques, --version, --help) or a word that is no command at all (reported as an error without
// needing a display). `start` and options such as --screenshot open the window.
bool isConsoleCommand(const QStringList& arguments);

// Runs a console command and returns the process exit code: 0 success, 1 the command failed,
// 2 the command line itself is wrong. Errors are one line on stderr.
int runConsoleCommand(const QStringList& arguments);

} // namespace rc::app
