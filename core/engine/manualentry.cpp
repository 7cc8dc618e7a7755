// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualentry.h"

#include "sessionstore.h"

namespace rc::core {

namespace {

constexpr int maxDuplicateRetries = 60;

} // namespace

Session manualSession(const Routine& routine, const QDate& date, int seconds, const QDateTime& now,
                      const QDate& today)
{
    const QTime timeOfDay = now.time().addMSecs(-now.time().msec());
    QDateTime startedAt;
    if (date == (today.isValid() ? today : now.date())) {
        startedAt = QDateTime(now.date(), timeOfDay, Qt::OffsetFromUTC, now.offsetFromUtc());
    } else {
        // Another day may fall on the other side of a summer-time change than today. A time of day that
        // does not exist on that date (the hour skipped when clocks spring forward) moves one hour on,
        // as a wall clock would show it; Qt would otherwise give an invalid time with offset 0.
        QDateTime local(date, timeOfDay, Qt::LocalTime);
        if (!local.isValid()) {
            local = QDateTime(date, timeOfDay.addSecs(3600), Qt::LocalTime);
        }
        if (!local.isValid()) {
            local = QDateTime(date, QTime(12, 0), Qt::LocalTime);
        }
        startedAt = QDateTime(local.date(), local.time(), Qt::OffsetFromUTC, local.offsetFromUtc());
    }

    Session session;
    session.startedAt = startedAt;
    session.localDate = date;
    session.routine = routine.id;
    session.plannedSeconds = seconds;
    session.workedSeconds = seconds;
    session.completed = true;
    return session;
}

Result<qint64> addManualSession(SessionStore& store, Session session)
{
    for (int attempt = 0;; ++attempt) {
        auto added = store.add(session);
        if (added || added.error().code != ErrorCode::Duplicate || attempt >= maxDuplicateRetries) {
            return added;
        }
        session.startedAt = session.startedAt.addSecs(1);
    }
}

} // namespace rc::core
