// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adherence.h"

namespace rc::ui {

// The QSettings keys the window and the overview pages read, with their defaults and limits in one
// place so every page agrees.
struct AppSettings
{
    // "progress/target" (1..7, default 3) and "progress/weekStart" (default from the system locale),
    // read through core so that `recovery-coach report` without flags shows the same numbers.
    static core::AdherenceSettings adherence();
    // Returns true when either value changed.
    static bool setAdherence(int targetDaysPerWeek, Qt::DayOfWeek weekStart);

    // "progress/chartWeeks": how many weeks the progress chart shows (12, 26 or 52; default 12).
    static int chartWeeks();
    static void setChartWeeks(int weeks);

    // "session/secondsPerSide": the length of one side in a guided session. PRODUCT.md: the window allows
    // 60-120 s per side, 90 by default.
    static constexpr int minSecondsPerSide = 60;
    static constexpr int maxSecondsPerSide = 120;
    static constexpr int defaultSecondsPerSide = 90;
    static int secondsPerSide();
    static void setSecondsPerSide(int seconds);

    // "notice/disclaimerDismissed": the not-medical-advice banner is shown until dismissed once.
    static bool disclaimerDismissed();
    static void setDisclaimerDismissed();
};

} // namespace rc::ui
