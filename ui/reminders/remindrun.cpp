// SPDX-License-Identifier: GPL-3.0-or-later
#include "remindrun.h"

#include "catalog.h"
#include "clock.h"
#include "notificationclient.h"
#include "reminder.h"
#include "reminderactions.h"
#include "reminderstate.h"
#include "recordsettings.h"
#include "rhythm.h"
#include "sessionstore.h"

#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

QString hhmm(const QDateTime& when)
{
    return QLocale::c().toString(when.toLocalTime().time(), u"HH:mm"_s);
}

QStringList dryRunLines(const core::Rhythm& rhythm, bool remindersOn, Delivery delivery, const ReminderState& state,
                        const QDateTime& reminderAt)
{
    QStringList lines;
    const core::CurrentWeek& week = rhythm.report.currentWeek;
    if (!rhythm.reminder.dueToday) {
        lines << (remindersOn ? u"No reminder is due today (this week: %1 of %2 days, %3)."_s.arg(week.days)
                                    .arg(week.target)
                                    .arg(core::weekStatusName(week.status))
                              : u"No reminder is due today: reminders are off on this computer."_s);
        return lines;
    }
    const core::ReminderReason reason = rhythm.reminder.reason.value_or(core::ReminderReason::PlannedDay);
    lines << u"A reminder is due today (%1): %2."_s.arg(core::reminderReasonName(reason),
                                                        reason == core::ReminderReason::AtRisk
                                                            ? u"every day left this week is needed"_s
                                                            : u"today is one of the planned days"_s);
    lines << u"At %1: %2."_s.arg(hhmm(reminderAt), deliveryDescription(delivery, state));
    const core::ReminderText text = core::reminderText(rhythm);
    lines << u"Title: "_s + text.title << u"Body: "_s + text.body;
    return lines;
}

core::Result<QString> act(const QString& action, const RemindRequest& request, const RemindContext& context,
                          const core::RecordSettings& settings, ReminderState state, const QDate& today)
{
    if (action == QLatin1String(ReminderActionKeys::startRoutine)) {
        const auto started = startRoutineInApp(context.bus(), request.program, request.databasePath);
        if (!started) {
            return started.error();
        }
        return *started == StartedBy::App ? u"Started a guided session in the app."_s
                                          : u"Opened Recovery Coach for a guided session."_s;
    }
    if (action == QLatin1String(ReminderActionKeys::done)) {
        const auto catalog = core::Catalog::builtIn();
        if (!catalog) {
            return catalog.error();
        }
        auto store = context.openForWriting(request.databasePath);
        if (!store) {
            return store.error();
        }
        // For the day the reminder was about; it starts now when that day is still today.
        const QDateTime now = context.clock.now();
        const auto seconds = logDefaultRoutineDone(**store, *catalog, today, now, core::rhythmToday(now, settings));
        if (!seconds) {
            return seconds.error();
        }
        context.afterWrite(**store);
        return u"Logged %1 min of %2 on %3."_s.arg(
            QString::number(*seconds / 60.0, 'f', *seconds % 60 == 0 ? 0 : 1),
            catalog->routine(QLatin1String(core::Catalog::defaultRoutineId))->name, today.toString(Qt::ISODate));
    }
    if (action == QLatin1String(ReminderActionKeys::snooze)) {
        const QDateTime until = context.clock.now().addSecs(60 * 60);
        // The timer first: a snooze that could not be scheduled is not remembered either.
        if (const core::Status scheduled = context.schedule.scheduleSnooze(until); !scheduled) {
            return scheduled.error();
        }
        state.snoozedUntil = until;
        state.snoozedOn = today;
        saveReminderState(context.state, state);
        return u"Snoozed until %1."_s.arg(hhmm(until));
    }
    if (action == QLatin1String(ReminderActionKeys::notToday)) {
        state.notTodayOn = today;
        saveReminderState(context.state, state);
        return u"No more reminders today."_s;
    }
    // Closed, or an action that is none of ours ("default", a click on the text).
    return QString();
}

} // namespace

core::Result<QStringList> runRemind(const RemindRequest& request, const RemindContext& context)
{
    auto store = core::SessionStore::open(request.databasePath, core::SessionStore::Mode::ReadOnly);
    if (!store) {
        if (store.error().code == core::ErrorCode::NotFound) {
            // No database, no record to keep up: the app creates it on its first start.
            return request.dryRun
                       ? QStringList{u"No reminder is due: there is no database at "_s + request.databasePath + u"."_s}
                       : QStringList{};
        }
        return store.error();
    }
    const QDateTime now = context.clock.now();
    const auto rhythm = core::currentRhythm(**store, now, request.remindersOn);
    if (!rhythm) {
        return rhythm.error();
    }
    store->reset(); // "Done already" opens it again for writing, maybe hours later

    const QDate today = rhythm->report.today;
    ReminderState state = loadReminderState(context.state);
    const QDateTime reminderAt = reminderMoment(today, request.reminderTime, rhythm->settings.dayStartsAtMinutes);
    const Delivery delivery = deliveryFor(rhythm->reminder.dueToday, state, today, now, reminderAt);
    if (request.dryRun) {
        return dryRunLines(*rhythm, request.remindersOn, delivery, state, reminderAt);
    }
    if (delivery != Delivery::Send) {
        return QStringList{};
    }

    NotificationClient client(context.bus());
    const core::ReminderText text = core::reminderText(*rhythm);
    const auto id = client.notify(text.title, text.body, reminderActions());
    if (!id) {
        return id.error();
    }
    // Remembered before the wait: a second `remind` while this one waits sends nothing.
    state = afterSending(state, today);
    saveReminderState(context.state, state);

    // Until the day is over (the next day boundary): tomorrow's reminder is tomorrow's run.
    const QDateTime dayEnds =
        core::nextDayStart(today, rhythm->settings.dayStartsAtMinutes, QTimeZone::systemTimeZone());
    const NotificationClient::Outcome outcome = client.wait(*id, std::chrono::milliseconds(now.msecsTo(dayEnds)));
    const auto done = act(outcome.action, request, context, rhythm->settings, state, today);
    if (!done) {
        return done.error();
    }
    return done->isEmpty() ? QStringList{} : QStringList{*done};
}

} // namespace rc::ui
