// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QColor>

namespace rc::ui {

// `base` with diagonal `stripe` lines: met weeks and paused days differ from the rest by pattern, not by
// colour alone. Shared by the page (week strip) and the charts module (weekly chart).
QBrush hatchedBrush(const QColor& base, const QColor& stripe);

} // namespace rc::ui
