// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adherence.h"

#include <QString>

namespace rc::ui::progresstext {

// The words the progress page and its charts share, so a figure reads the same everywhere.
QString days(int count);         // "1 day", "3 days"
QString weeks(int count);        // "1 week", "4 weeks"
QString sessions(int count);     // "1 session", "2 sessions"
QString minutes(double minutes); // "27 min", "27.5 min"
QString percent(double share);   // 0.667 -> "67%"
QString status(const core::CurrentWeek& week);
QString shortDate(const QDate& date); // "23 Nov"
// "Week of Mon 16 Nov: 2 of 3 days (Mon, Thu), 3 sessions, 27 min. Target met." with the week's
// effective target; a paused week says so ("Week of Mon 7 Dec: paused, 0 days rolled, ...").
QString weekDetail(const core::WeekSummary& week, bool current);

} // namespace rc::ui::progresstext
