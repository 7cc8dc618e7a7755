// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

namespace rc::core {

QDateTime SystemClock::now() const
{
    // Keep the offset in force now, so a session records the local time and zone it happened in.
    const QDateTime local = QDateTime::currentDateTime();
    QDateTime withOffset = local;
    withOffset.setOffsetFromUtc(local.offsetFromUtc());
    return withOffset;
}

Millis SystemClock::monotonic() const
{
    return std::chrono::duration_cast<Millis>(std::chrono::steady_clock::now().time_since_epoch());
}

} // namespace rc::core
