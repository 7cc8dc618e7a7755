// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsettings.h"

#include "adherence.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

constexpr std::array<QStringView, 7> shortDayNames = {u"mon", u"tue", u"wed", u"thu", u"fri", u"sat", u"sun"};

Error badValue(const QString& key, const QString& allowed, const QString& value)
{
    return makeError(ErrorCode::InvalidInput, u"%1 must be %2, not '%3'"_s.arg(key, allowed, value));
}

// "HH:MM" or "H:MM" as minutes after midnight, or nullopt.
std::optional<int> minutesOfDay(const QString& text)
{
    static const QRegularExpression pattern(u"^([0-9]{1,2}):([0-9]{2})$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (hours > 23 || minutes > 59) {
        return std::nullopt;
    }
    return hours * 60 + minutes;
}

std::optional<unsigned> plannedDaysFrom(const QString& text)
{
    if (text.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        return 0u;
    }
    unsigned mask = 0;
    for (const QString& part : text.split(u',')) {
        const QString name = part.trimmed().toLower();
        const auto* found = std::find(shortDayNames.begin(), shortDayNames.end(), name);
        if (found == shortDayNames.end()) {
            return std::nullopt;
        }
        mask |= 1u << (found - shortDayNames.begin());
    }
    return mask;
}

std::optional<int> wholeNumber(const QString& text, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= min && value <= max ? std::optional<int>(value) : std::nullopt;
}

} // namespace

QStringList recordSettingKeys()
{
    return {QString::fromLatin1(settingkey::targetDays), QString::fromLatin1(settingkey::weekStart),
            QString::fromLatin1(settingkey::plannedDays), QString::fromLatin1(settingkey::dayStartsAt)};
}

QStringList computerSettingKeys()
{
    return {QString::fromLatin1(settingkey::reminders), QString::fromLatin1(settingkey::reminderTime),
            QString::fromLatin1(settingkey::theme)};
}

QStringList allSettingKeys()
{
    return recordSettingKeys() + computerSettingKeys();
}

RecordSettings defaultRecordSettings(const QLocale& locale)
{
    RecordSettings settings;
    const Qt::DayOfWeek first = locale.firstDayOfWeek();
    settings.weekStart = first == Qt::Sunday || first == Qt::Saturday ? first : Qt::Monday;
    return settings;
}

RecordSettings recordSettingsFrom(const std::map<QString, QString>& stored, const QLocale& locale)
{
    RecordSettings settings = defaultRecordSettings(locale);
    const auto value = [&stored](const char* key) {
        const auto it = stored.find(QString::fromLatin1(key));
        return it == stored.end() ? QString() : it->second.trimmed();
    };
    if (const auto target = wholeNumber(value(settingkey::targetDays), 1, 7)) {
        settings.targetDays = *target;
    }
    if (const auto day = weekStartFromName(value(settingkey::weekStart))) {
        settings.weekStart = *day;
    }
    if (const auto planned = plannedDaysFrom(value(settingkey::plannedDays))) {
        settings.plannedDays = *planned;
    }
    if (const auto start = minutesOfDay(value(settingkey::dayStartsAt)); start && *start <= maxDayStartsAtMinutes) {
        settings.dayStartsAtMinutes = *start;
    }
    return settings;
}

std::map<QString, QString> recordSettingsText(const RecordSettings& settings)
{
    return {{QString::fromLatin1(settingkey::targetDays), QString::number(settings.targetDays)},
            {QString::fromLatin1(settingkey::weekStart), weekStartName(settings.weekStart)},
            {QString::fromLatin1(settingkey::plannedDays), plannedDaysText(settings.plannedDays)},
            {QString::fromLatin1(settingkey::dayStartsAt), timeOfDayText(settings.dayStartsAtMinutes)}};
}

Result<QString> canonicalSettingValue(const QString& key, const QString& value)
{
    const QString text = value.trimmed();
    if (key == QLatin1StringView(settingkey::targetDays)) {
        if (const auto target = wholeNumber(text, 1, 7)) {
            return QString::number(*target);
        }
        return badValue(key, u"a whole number from 1 to 7"_s, value);
    }
    if (key == QLatin1StringView(settingkey::weekStart)) {
        if (const auto day = weekStartFromName(text)) {
            return weekStartName(*day);
        }
        return badValue(key, u"monday, sunday or saturday"_s, value);
    }
    if (key == QLatin1StringView(settingkey::plannedDays)) {
        if (const auto planned = plannedDaysFrom(text)) {
            return plannedDaysText(*planned);
        }
        return badValue(key, u"a comma list of mon tue wed thu fri sat sun, or none"_s, value);
    }
    if (key == QLatin1StringView(settingkey::dayStartsAt)) {
        if (const auto start = minutesOfDay(text); start && *start <= maxDayStartsAtMinutes) {
            return timeOfDayText(*start);
        }
        return badValue(key, u"a time HH:MM from 00:00 to 05:59"_s, value);
    }
    if (key == QLatin1StringView(settingkey::reminders)) {
        if (text.compare(u"on"_s, Qt::CaseInsensitive) == 0 || text.compare(u"off"_s, Qt::CaseInsensitive) == 0) {
            return text.toLower();
        }
        return badValue(key, u"on or off"_s, value);
    }
    if (key == QLatin1StringView(settingkey::reminderTime)) {
        if (const auto time = minutesOfDay(text)) {
            return timeOfDayText(*time);
        }
        return badValue(key, u"a time HH:MM from 00:00 to 23:59"_s, value);
    }
    if (key == QLatin1StringView(settingkey::theme)) {
        for (const QString& theme : {u"system"_s, u"light"_s, u"dark"_s}) {
            if (text.compare(theme, Qt::CaseInsensitive) == 0) {
                return theme;
            }
        }
        return badValue(key, u"system, light or dark"_s, value);
    }
    return makeError(ErrorCode::InvalidInput,
                     u"there is no setting '%1'; the settings are %2"_s.arg(key, allSettingKeys().join(u", "_s)));
}

QString plannedDaysText(unsigned plannedDays)
{
    QStringList names;
    for (std::size_t i = 0; i < shortDayNames.size(); ++i) {
        if (plannedDays & (1u << i)) {
            names << shortDayNames[i].toString();
        }
    }
    return names.isEmpty() ? u"none"_s : names.join(u',');
}

QString timeOfDayText(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QDate countingDate(const QDateTime& moment, int dayStartsAtMinutes)
{
    if (!moment.isValid()) {
        return {};
    }
    const QTime wallClock = moment.time();
    const int minutes = wallClock.hour() * 60 + wallClock.minute();
    return minutes < dayStartsAtMinutes ? moment.date().addDays(-1) : moment.date();
}

QDateTime nextDayStart(const QDate& today, int dayStartsAtMinutes, const QTimeZone& zone)
{
    return QDateTime(today.addDays(1), QTime(dayStartsAtMinutes / 60, dayStartsAtMinutes % 60), zone);
}

} // namespace rc::core
