// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include <QSettings>

#include <algorithm>

namespace rc::core {

namespace {

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

Qt::DayOfWeek allowedOrMonday(Qt::DayOfWeek day)
{
    return day == Qt::Sunday || day == Qt::Saturday ? day : Qt::Monday;
}

} // namespace

Qt::DayOfWeek weekStartForLocale(const QLocale& locale)
{
    return allowedOrMonday(locale.firstDayOfWeek());
}

AdherenceSettings savedAdherenceSettings()
{
    const QSettings settings;
    AdherenceSettings result;
    bool ok = false;
    const int target = settings.value(key(targetSettingsKey)).toInt(&ok);
    if (ok) {
        result.targetDaysPerWeek = std::clamp(target, 1, 7);
    }
    const QString weekStart = settings.value(key(weekStartSettingsKey)).toString().trimmed();
    result.weekStart = weekStartFromName(weekStart).value_or(weekStartForLocale(QLocale::system()));
    return result;
}

bool saveAdherenceSettings(int targetDaysPerWeek, Qt::DayOfWeek weekStart)
{
    const AdherenceSettings before = savedAdherenceSettings();
    const int target = std::clamp(targetDaysPerWeek, 1, 7);
    const Qt::DayOfWeek start = allowedOrMonday(weekStart);
    QSettings settings;
    settings.setValue(key(targetSettingsKey), target);
    settings.setValue(key(weekStartSettingsKey), weekStartName(start));
    settings.sync();
    return before.targetDaysPerWeek != target || before.weekStart != start;
}

} // namespace rc::core
