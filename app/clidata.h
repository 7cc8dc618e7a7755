// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rc::core {
class SessionStore;
}

// The data-safety commands: backup, restore, repair.
namespace rc::app::cli {

int commandBackup(const QStringList& arguments);
int commandRestore(const QStringList& arguments);
int commandRepair(const QStringList& arguments);

// The daily automatic backup beside the database, after a command that wrote to it. Best effort: a
// failure is one warning on stderr and never fails the command; nothing is printed on stdout.
void backUpAfterWrite(const core::SessionStore& store);

} // namespace rc::app::cli
