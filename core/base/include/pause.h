// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace rc::core {

// PRODUCT.md section 5: a span of days off the plan (injury, illness, travel), dates inclusive. The
// record's numbers leave paused dates out of the target; sessions done on them still count.
inline constexpr int maxPauseDays = 366;

struct Pause
{
    qint64 id = 0; // store row id; 0 until stored
    QDate from;
    QDate to;
    QString note; // "injured", "travelling", or anything the runner writes; at most maxNoteCharacters

    int days() const { return from.isValid() && to.isValid() ? int(from.daysTo(to)) + 1 : 0; }
    bool covers(const QDate& date) const { return date >= from && date <= to; }

    friend bool operator==(const Pause&, const Pause&) = default;
};

// True when any pause covers `date` (pauses may overlap).
bool isPaused(const std::vector<Pause>& pauses, const QDate& date);

} // namespace rc::core
