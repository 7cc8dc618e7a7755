// SPDX-License-Identifier: GPL-3.0-or-later
#include "rhythmformat.h"

#include "recordsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rc::core {

QString settingsToText(const SettingList& settings)
{
    QString out;
    for (const auto& [key, value] : settings) {
        out += key + u'=' + value + u'\n';
    }
    return out;
}

QByteArray settingsToJson(const SettingList& settings)
{
    QJsonObject object;
    for (const auto& [key, value] : settings) {
        if (key == QLatin1StringView(settingkey::targetDays)) {
            object.insert(key, value.toInt());
        } else {
            object.insert(key, value);
        }
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString pauseSpanText(const Pause& pause)
{
    return u"%1 to %2 (%3)"_s.arg(pause.from.toString(Qt::ISODate), pause.to.toString(Qt::ISODate),
                                  pause.days() == 1 ? u"1 day"_s : u"%1 days"_s.arg(pause.days()));
}

QString pausesToText(const std::vector<Pause>& pauses)
{
    if (pauses.empty()) {
        return u"No pauses.\n"_s;
    }
    QString out;
    for (const Pause& pause : pauses) {
        // A note is one line here; its line breaks are shown as spaces.
        QString note = pause.note;
        note.replace(u'\n', u' ').replace(u'\r', u' ');
        out += u"%1  %2%3\n"_s.arg(pause.id, 4).arg(pauseSpanText(pause), note.isEmpty() ? QString() : u"  "_s + note);
    }
    return out;
}

QByteArray pausesToJson(const std::vector<Pause>& pauses)
{
    QJsonArray array;
    for (const Pause& pause : pauses) {
        array.append(QJsonObject{{u"id"_s, pause.id},
                                 {u"from"_s, pause.from.toString(Qt::ISODate)},
                                 {u"to"_s, pause.to.toString(Qt::ISODate)},
                                 {u"note"_s, pause.note}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace rc::core
