// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adherence.h"

#include <QLocale>

namespace rc::core {

// The runner's adherence preferences, kept in QSettings so the window and the command line agree:
// "progress/target" (days per week, 1..7, default 3) and "progress/weekStart" ("monday", "sunday" or
// "saturday", default from the system locale). The caller must have set the application identity
// (setApplicationIdentity) so both read the same file.
inline constexpr const char* targetSettingsKey = "progress/target";
inline constexpr const char* weekStartSettingsKey = "progress/weekStart";

// The locale's first day of the week when it is one the report allows, else Monday.
Qt::DayOfWeek weekStartForLocale(const QLocale& locale);

// The saved preferences, or the defaults for what is missing or invalid (the system locale's first
// day). `weeks` keeps AdherenceSettings' default.
AdherenceSettings savedAdherenceSettings();

// Saves both; out-of-range values are clamped to the allowed ones. Returns true when anything changed.
bool saveAdherenceSettings(int targetDaysPerWeek, Qt::DayOfWeek weekStart);

} // namespace rc::core
