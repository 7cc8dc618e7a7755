// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pause.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace rc::core {

// `recovery-coach settings`: key=value lines in the given order, or one JSON object (target-days as a
// number, every other value a string).
using SettingList = std::vector<std::pair<QString, QString>>;
QString settingsToText(const SettingList& settings);
QByteArray settingsToJson(const SettingList& settings);

// `recovery-coach pauses`: one line a pause ("3  2026-12-01  2026-12-14  14 days  injured"), or a JSON
// array of objects with id, from, to and note.
QString pausesToText(const std::vector<Pause>& pauses);
QByteArray pausesToJson(const std::vector<Pause>& pauses);

QString pauseSpanText(const Pause& pause); // "2026-12-01 to 2026-12-14 (14 days)"

} // namespace rc::core
