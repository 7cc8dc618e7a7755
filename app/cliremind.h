// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rc::app::cli {

// `remind [--dry-run]`: today's reminder, if one is due (ui/reminders/include/remindrun.h). `program`: the
// recovery-coach that "Start routine" starts when the app is not running. Run by `recovery-coach remind`
// and by the remind helper (remindmain.cpp), which the reminder timer starts.
int commandRemind(const QStringList& arguments, const QString& program);

} // namespace rc::app::cli
