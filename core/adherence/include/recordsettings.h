// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <map>

namespace rc::core {

// PRODUCT.md section 5: the settings that define the record and travel with the database. The store
// keeps them as text (SessionStore::recordSettings); this is their meaning.
struct RecordSettings
{
    int targetDays = 3;                   // 1..7
    Qt::DayOfWeek weekStart = Qt::Monday; // Monday, Sunday or Saturday
    unsigned plannedDays = 0;             // bit (dayOfWeek - 1): Monday is bit 0, Sunday bit 6
    int dayStartsAtMinutes = 0;           // 0..359: a day runs from this time to the same time the next day

    bool isPlanned(Qt::DayOfWeek day) const { return (plannedDays >> (int(day) - 1)) & 1u; }
    bool isPlanned(const QDate& date) const { return date.isValid() && isPlanned(Qt::DayOfWeek(date.dayOfWeek())); }

    friend bool operator==(const RecordSettings&, const RecordSettings&) = default;
};

inline constexpr int maxDayStartsAtMinutes = 6 * 60 - 1; // 05:59

// The keys of `recovery-coach settings`, in the order it lists them: first the record's, then this
// computer's (kept in QSettings, preferences.h).
namespace settingkey {
inline constexpr const char* targetDays = "target-days";
inline constexpr const char* weekStart = "week-start";
inline constexpr const char* plannedDays = "planned-days";
inline constexpr const char* dayStartsAt = "day-starts-at";
inline constexpr const char* reminders = "reminders";
inline constexpr const char* reminderTime = "reminder-time";
inline constexpr const char* theme = "theme";
} // namespace settingkey

QStringList recordSettingKeys();   // target-days, week-start, planned-days, day-starts-at
QStringList computerSettingKeys(); // reminders, reminder-time, theme
QStringList allSettingKeys();      // both, in that order

// The defaults; the first day of the week is the locale's when it is one of the three allowed.
RecordSettings defaultRecordSettings(const QLocale& locale = QLocale::system());

// The typed settings from the stored text; a key that is missing or does not read is at its default.
RecordSettings recordSettingsFrom(const std::map<QString, QString>& stored,
                                  const QLocale& locale = QLocale::system());
// All four keys as text, the way `settings` prints them and the store keeps them.
std::map<QString, QString> recordSettingsText(const RecordSettings& settings);

// The value as it is stored and printed (`Mon,Wed` -> `mon,wed`, `4:00` -> `04:00`, `MONDAY` -> `monday`),
// for any key of allSettingKeys(). InvalidInput with one line naming the key and what it allows
// ("target-days must be a whole number from 1 to 7, not '9'"), or naming every key when `key` is none.
Result<QString> canonicalSettingValue(const QString& key, const QString& value);

QString plannedDaysText(unsigned plannedDays); // "mon,wed,fri" in week order from Monday, or "none"
QString timeOfDayText(int minutes);            // "04:00"

// The date a moment counts for with the day boundary: the date of its wall-clock time minus
// `dayStartsAtMinutes`, in the moment's own offset. With 04:00, 01:30 counts for the day before; 04:30 for
// its own day, also on the night the clocks change (wall-clock time, not elapsed time).
QDate countingDate(const QDateTime& moment, int dayStartsAtMinutes);

// When the day after `today` begins: `dayStartsAtMinutes` past midnight of the next date, by the wall clock
// of `zone` (the system's for the running app), so it is right on the nights the clocks change too.
QDateTime nextDayStart(const QDate& today, int dayStartsAtMinutes, const QTimeZone& zone);

} // namespace rc::core
