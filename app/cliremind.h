// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rc::app::cli {

// `remind [--dry-run]`: today's reminder, if one is due (ui/reminders/include/remindrun.h).
int commandRemind(const QStringList& arguments);

} // namespace rc::app::cli
