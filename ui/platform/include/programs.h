// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The app's two executables and how each finds the other, the way the modules are found (modules.h):
//   recovery-coach          the window and every console command, installed in bin
//   recovery-coach-remind   `recovery-coach remind` alone, without Qt Widgets or Qt Gui, for the reminder
//                           timer; installed beside the modules (lib/recovery-coach), a private helper
// In the build tree both are in one folder.

#include <QString>

namespace rc::ui {

inline constexpr char programName[] = "recovery-coach";
inline constexpr char remindHelperName[] = "recovery-coach-remind";

// The remind helper that goes with the recovery-coach at `programPath`: beside it, else where it is
// installed relative to it (bin/../lib/recovery-coach); empty when neither is an executable file.
QString remindHelperFor(const QString& programPath);

// The recovery-coach that goes with the remind helper at `helperPath`: beside it, else where it is installed
// relative to it (lib/recovery-coach/../../bin). When neither is an executable file, the installed place
// all the same, so that what fails to start names where it was looked for.
QString programFor(const QString& helperPath);

// bin to lib/recovery-coach, as installed ("../lib/recovery-coach"); for tests that lay out an installation.
QString helperRelativeDirectory();

} // namespace rc::ui
