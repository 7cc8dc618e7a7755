// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "result.h"
#include "session.h"

#include <QDate>
#include <QDateTime>

namespace rc::core {

class SessionStore;

// A completed session for work done without the app (`recovery-coach log`, the Log dialog): planned and
// worked `seconds`, no steps, counted for `date`. It starts on `date` at now's time of day in whole
// seconds, so two entries for one date stay distinct. Today's entry (`today` is the date now counts for by
// the day boundary; now's own date when not given) starts at `now` with now's offset; an entry for
// another day takes the offset the local time zone had on that day (summer time or not).
// The caller refuses dates after today; this function does not check.
Session manualSession(const Routine& routine, const QDate& date, int seconds, const QDateTime& now,
                      const QDate& today = {});

// Stores a manual session. One logged twice within a second would be a duplicate (same start and
// routine), so on Duplicate its start moves on by a second, up to a minute, before giving up.
Result<qint64> addManualSession(SessionStore& store, Session session);

} // namespace rc::core
