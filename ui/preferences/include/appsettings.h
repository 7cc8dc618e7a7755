// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace rc::ui {

// The QSettings keys the window and the overview pages read, with their defaults and limits in one
// place so every page agrees. The record's settings (target, first day, ...) are in the database
// (core/adherence/recordsettings.h); reminders and theme in core/adherence/preferences.h.
struct AppSettings
{
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

    // "window/keepInTray": closing the window leaves the app running in the tray (default off: the close
    // button quits, as everywhere else).
    static bool keepInTray();
    static void setKeepInTray(bool keep);

    // "reminders/offered": after the first saved session the app asks once whether to turn reminders on.
    static bool remindersOffered();
    static void setRemindersOffered();

    // "notice/disclaimerDismissed": the not-medical-advice banner is shown until dismissed once.
    static bool disclaimerDismissed();
    static void setDisclaimerDismissed();
};

} // namespace rc::ui
