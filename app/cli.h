// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rc::app {

// True when the arguments name a command that runs without a window (log, report, export, import,
// techniques, --version, --help) or a word that is no command at all (reported as an error without
// needing a display). `start` and options such as --screenshot open the window.
bool isConsoleCommand(const QStringList& arguments);

// Runs a console command and returns the process exit code: 0 success, 1 the command failed,
// 2 the command line itself is wrong. Errors are one line on stderr.
int runConsoleCommand(const QStringList& arguments);

} // namespace rc::app
