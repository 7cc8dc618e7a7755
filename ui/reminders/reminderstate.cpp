// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderstate.h"

#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

const QString remindedOnKey = u"reminders/remindedOn"_s;
const QString notTodayOnKey = u"reminders/notTodayOn"_s;
const QString snoozedUntilKey = u"reminders/snoozedUntil"_s;
const QString snoozedOnKey = u"reminders/snoozedOn"_s;

QDate dateValue(const QSettings& settings, const QString& key)
{
    return QDate::fromString(settings.value(key).toString(), Qt::ISODate);
}

void setOrRemove(QSettings& settings, const QString& key, const QString& value)
{
    if (value.isEmpty()) {
        settings.remove(key);
    } else {
        settings.setValue(key, value);
    }
}

} // namespace

ReminderState loadReminderState(const QSettings& settings)
{
    ReminderState state;
    state.remindedOn = dateValue(settings, remindedOnKey);
    state.notTodayOn = dateValue(settings, notTodayOnKey);
    // With its offset: the instant stays the same across a change of time zone or summer time.
    state.snoozedUntil = QDateTime::fromString(settings.value(snoozedUntilKey).toString(), Qt::ISODateWithMs);
    state.snoozedOn = dateValue(settings, snoozedOnKey);
    return state;
}

void saveReminderState(QSettings& settings, const ReminderState& state)
{
    setOrRemove(settings, remindedOnKey, state.remindedOn.toString(Qt::ISODate));
    setOrRemove(settings, notTodayOnKey, state.notTodayOn.toString(Qt::ISODate));
    setOrRemove(settings, snoozedUntilKey,
                state.snoozedUntil.isValid()
                    ? state.snoozedUntil.toOffsetFromUtc(state.snoozedUntil.offsetFromUtc()).toString(Qt::ISODateWithMs)
                    : QString());
    setOrRemove(settings, snoozedOnKey, state.snoozedOn.toString(Qt::ISODate));
    settings.sync();
}

Delivery deliveryFor(bool dueToday, const ReminderState& state, const QDate& today, const QDateTime& now,
                     const QDateTime& reminderAt)
{
    if (!dueToday) {
        return Delivery::NotDue;
    }
    if (state.notTodayOn == today) {
        return Delivery::NotToday;
    }
    if (state.snoozedUntil.isValid() && state.snoozedOn == today) {
        return now < state.snoozedUntil ? Delivery::Snoozed : Delivery::Send;
    }
    if (state.remindedOn == today) {
        return Delivery::AlreadyReminded;
    }
    return now < reminderAt ? Delivery::BeforeTime : Delivery::Send;
}

QDateTime reminderMoment(const QDate& today, QTime at, int dayStartsAtMinutes)
{
    const int minutes = at.hour() * 60 + at.minute();
    return QDateTime(minutes < dayStartsAtMinutes ? today.addDays(1) : today, at);
}

QString deliveryDescription(Delivery delivery, const ReminderState& state)
{
    switch (delivery) {
    case Delivery::Send:
        return u"it would be sent now"_s;
    case Delivery::NotDue:
        return u"none is due"_s;
    case Delivery::NotToday:
        return u"\"Not today\" was chosen today"_s;
    case Delivery::Snoozed:
        return u"snoozed until "_s + QLocale::c().toString(state.snoozedUntil.toLocalTime().time(), u"HH:mm"_s);
    case Delivery::AlreadyReminded:
        return u"today's reminder was sent already"_s;
    case Delivery::BeforeTime:
        return u"the reminder time has not come yet"_s;
    }
    return {};
}

ReminderState afterSending(ReminderState state, const QDate& today)
{
    state.remindedOn = today;
    state.snoozedUntil = {};
    state.snoozedOn = {};
    return state;
}

} // namespace rc::ui
