// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rc::ui {

class MainWindow;
class SingleInstance;

// What the window does when the desktop, a notification or a second `recovery-coach` calls the running
// instance: Activate brings it forward; "start-routine" brings it forward and starts the routine given
// (the default one without a parameter) unless a session is already under way; "log-session" brings it
// forward and opens the Log dialog.
void answerApplicationCalls(SingleInstance& instance, MainWindow& window);

} // namespace rc::ui
