// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "result.h"

#include <QString>

namespace rc::core {
class Clock;
class SessionStore;
} // namespace rc::core

namespace rc::ui {

// Renders one page of a fresh 1280x800 main window to a PNG (`recovery-coach --screenshot`), without
// showing anything on screen; works with QT_QPA_PLATFORM=offscreen. The image follows the device pixel
// ratio, so QT_SCALE_FACTOR=2 gives a 2560x1600 PNG.
//
// page: "cards", "session", "dashboard" (the progress page) or "history"; anything else is an
// InvalidInput error naming the valid pages. The window runs on a ManualClock started at
// `clock`'s current reading, so the picture is of "now" and the running session is frozen: "session" starts
// runners-recovery and moves the clock 10 s (get into position) plus 25 s into the first side's rolling. Applies the
// app theme. Writes through QSaveFile, so a failed render never leaves a half-written file. Needs a QApplication.
core::Status renderScreenshot(const QString& page, const QString& file, const core::Catalog& catalog,
                              core::SessionStore* store, const core::Clock& clock);
// The same, reading the time once from a SystemClock.
core::Status renderScreenshot(const QString& page, const QString& file, const core::Catalog& catalog,
                              core::SessionStore* store);

} // namespace rc::ui
