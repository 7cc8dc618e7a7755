// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adherence.h"
#include "reminder.h"

#include <QByteArray>
#include <QString>

namespace rc::core {

// `report --json`: one object with the keys of PRODUCT.md sections 4 and 5 (`reminder` from `reminder`).
QByteArray reportToJson(const AdherenceReport& report, const ReminderDecision& reminder = {});
// The same figures as a readable table for a terminal.
QString reportToText(const AdherenceReport& report);

} // namespace rc::core
