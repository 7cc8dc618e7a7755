// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace rc::core {
class SessionStore;
}

// The week's rhythm on the command line (PRODUCT.md section 5): settings, pause, pauses, unpause.
namespace rc::app::cli {

int commandSettings(const QStringList& arguments);
int commandPause(const QStringList& arguments);
int commandPauses(const QStringList& arguments);
int commandUnpause(const QStringList& arguments);

// Opens the database for writing, as every writing command does: the earlier Preferences' target and
// first day move into it on the first such open (a failure to move is a warning, never an error).
core::Result<std::unique_ptr<core::SessionStore>> openForWriting(const QString& path);

} // namespace rc::app::cli
