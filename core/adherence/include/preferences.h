// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordsettings.h"
#include "result.h"

#include <QString>
#include <QTime>

#include <optional>

namespace rc::core {

class SessionStore;

// PRODUCT.md section 5: what belongs to one computer stays in QSettings (the caller must have set the
// application identity, setApplicationIdentity, so the window and the command line read one file):
// "reminders/enabled", "reminders/time" and "appearance/theme".
enum class Theme
{
    System, // follows the desktop
    Light,
    Dark,
};
QString themeName(Theme theme); // "system", "light", "dark"
std::optional<Theme> themeFromName(const QString& name);

struct ComputerSettings
{
    bool reminders = false;
    QTime reminderTime{18, 0};
    Theme theme = Theme::System;

    friend bool operator==(const ComputerSettings&, const ComputerSettings&) = default;
};

// The saved values; what is missing or unreadable is at its default.
ComputerSettings savedComputerSettings();
void saveComputerSettings(const ComputerSettings& settings);

// One of computerSettingKeys() as `settings` prints it ("on", "18:00", "system"), and set from a value
// canonicalSettingValue() accepted.
QString computerSettingValue(const QString& key);
void setComputerSettingValue(const QString& key, const QString& canonicalValue);

// The record's settings: the store's, and for a key it does not have yet, the value the Preferences of
// 0.2 and before kept in QSettings ("progress/target", "progress/weekStart") until it is moved there.
Result<RecordSettings> loadRecordSettings(const SessionStore& store);
// The same without a database yet (none was created): the earlier Preferences' values, else the defaults.
RecordSettings loadRecordSettings();
// For the window, which goes on without its store: the store's when there is one that reads, else the above.
RecordSettings loadRecordSettingsOrDefaults(const SessionStore* store);

// Once, at the first start that writes to the store: the earlier Preferences' target and first day move
// into it (a key the store already has keeps its value), then leave QSettings. Nothing is removed from
// QSettings unless the store took the values.
Status moveEarlierPreferences(SessionStore& store);

} // namespace rc::core
