// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "sessionstore.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

const QString remindersKey = u"reminders/enabled"_s;
const QString reminderTimeKey = u"reminders/time"_s;
const QString themeKey = u"appearance/theme"_s;

// Where 0.2 and before kept the record's target and first day.
const QString earlierTargetKey = u"progress/target"_s;
const QString earlierWeekStartKey = u"progress/weekStart"_s;

// The earlier Preferences' values that still read, as record setting text.
std::map<QString, QString> earlierPreferences(const QSettings& settings)
{
    std::map<QString, QString> values;
    // The earlier Preferences clamped a hand-edited target into 1..7; an unknown first day meant the default.
    bool ok = false;
    const int target = settings.value(earlierTargetKey).toInt(&ok);
    if (settings.contains(earlierTargetKey) && ok) {
        values[QString::fromLatin1(settingkey::targetDays)] = QString::number(std::clamp(target, 1, 7));
    }
    const auto weekStart =
        canonicalSettingValue(QString::fromLatin1(settingkey::weekStart), settings.value(earlierWeekStartKey).toString());
    if (settings.contains(earlierWeekStartKey) && weekStart) {
        values[QString::fromLatin1(settingkey::weekStart)] = *weekStart;
    }
    return values;
}

} // namespace

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

std::optional<Theme> themeFromName(const QString& name)
{
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (name.compare(themeName(theme), Qt::CaseInsensitive) == 0) {
            return theme;
        }
    }
    return std::nullopt;
}

ComputerSettings savedComputerSettings()
{
    const QSettings settings;
    ComputerSettings result;
    result.reminders = settings.value(remindersKey, false).toBool();
    const QTime time = QTime::fromString(settings.value(reminderTimeKey).toString(), u"HH:mm"_s);
    if (time.isValid()) {
        result.reminderTime = time;
    }
    result.theme = themeFromName(settings.value(themeKey).toString()).value_or(Theme::System);
    return result;
}

void saveComputerSettings(const ComputerSettings& values)
{
    QSettings settings;
    settings.setValue(remindersKey, values.reminders);
    settings.setValue(reminderTimeKey, values.reminderTime.toString(u"HH:mm"_s));
    settings.setValue(themeKey, themeName(values.theme));
    settings.sync();
}

QString computerSettingValue(const QString& key)
{
    const ComputerSettings settings = savedComputerSettings();
    if (key == QLatin1StringView(settingkey::reminders)) {
        return settings.reminders ? u"on"_s : u"off"_s;
    }
    if (key == QLatin1StringView(settingkey::reminderTime)) {
        return settings.reminderTime.toString(u"HH:mm"_s);
    }
    if (key == QLatin1StringView(settingkey::theme)) {
        return themeName(settings.theme);
    }
    return {};
}

void setComputerSettingValue(const QString& key, const QString& canonicalValue)
{
    ComputerSettings settings = savedComputerSettings();
    if (key == QLatin1StringView(settingkey::reminders)) {
        settings.reminders = canonicalValue == u"on"_s;
    } else if (key == QLatin1StringView(settingkey::reminderTime)) {
        settings.reminderTime = QTime::fromString(canonicalValue, u"HH:mm"_s);
    } else if (key == QLatin1StringView(settingkey::theme)) {
        settings.theme = themeFromName(canonicalValue).value_or(Theme::System);
    }
    saveComputerSettings(settings);
}

RecordSettings loadRecordSettings()
{
    return recordSettingsFrom(earlierPreferences(QSettings()));
}

RecordSettings loadRecordSettingsOrDefaults(const SessionStore* store)
{
    if (store != nullptr) {
        if (auto loaded = loadRecordSettings(*store)) {
            return *loaded;
        }
    }
    return loadRecordSettings();
}

Result<RecordSettings> loadRecordSettings(const SessionStore& store)
{
    auto stored = store.recordSettings();
    if (!stored) {
        return stored.error();
    }
    // std::map::insert keeps what the store has: the earlier values only fill in what it lacks.
    std::map<QString, QString> values = std::move(stored).value();
    values.merge(earlierPreferences(QSettings()));
    return recordSettingsFrom(values);
}

Status moveEarlierPreferences(SessionStore& store)
{
    QSettings settings;
    if (!settings.contains(earlierTargetKey) && !settings.contains(earlierWeekStartKey)) {
        return {};
    }
    const auto stored = store.recordSettings();
    if (!stored) {
        return stored.error();
    }
    std::map<QString, QString> missing;
    for (auto& [key, value] : earlierPreferences(settings)) {
        if (!stored->contains(key)) {
            missing.emplace(key, value);
        }
    }
    if (!missing.empty()) {
        if (Status moved = store.setRecordSettings(missing); !moved) {
            return moved;
        }
    }
    settings.remove(earlierTargetKey);
    settings.remove(earlierWeekStartKey);
    settings.sync();
    return {};
}

} // namespace rc::core
