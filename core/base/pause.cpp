// SPDX-License-Identifier: GPL-3.0-or-later
#include "pause.h"

#include <algorithm>

namespace rc::core {

bool isPaused(const std::vector<Pause>& pauses, const QDate& date)
{
    return std::any_of(pauses.begin(), pauses.end(), [&date](const Pause& pause) { return pause.covers(date); });
}

} // namespace rc::core
