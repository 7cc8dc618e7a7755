// SPDX-License-Identifier: GPL-3.0-or-later
// The rule of delivery (PRODUCT.md section 5): one reminder a day at or after its time, one more after a
// snooze once the hour is over, none after "Not today"; and the state that keeps it across runs.
#include "reminderstate.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using rc::ui::Delivery;
using rc::ui::ReminderState;

const QDate wednesday(2026, 12, 9);
const QDateTime sixPm(wednesday, QTime(18, 0));

Delivery at(const QDateTime& now, const ReminderState& state = {}, bool due = true)
{
    return rc::ui::deliveryFor(due, state, wednesday, now, sixPm);
}

TEST(DeliveryRule, aDueDay_atItsTime_sends_andNotBefore)
{
    EXPECT_EQ(at(sixPm), Delivery::Send);
    EXPECT_EQ(at(QDateTime(wednesday, QTime(21, 30))), Delivery::Send); // a login later that evening
    EXPECT_EQ(at(QDateTime(wednesday, QTime(17, 59))), Delivery::BeforeTime);
}

TEST(DeliveryRule, aDayThatIsNotDue_sendsNothing)
{
    EXPECT_EQ(at(sixPm, {}, false), Delivery::NotDue);
}

TEST(DeliveryRule, aSecondRunTheSameDay_sendsNothing_butTheNextDayItSendsAgain)
{
    const ReminderState reminded = rc::ui::afterSending({}, wednesday);
    EXPECT_EQ(at(QDateTime(wednesday, QTime(19, 0)), reminded), Delivery::AlreadyReminded);
    EXPECT_EQ(rc::ui::deliveryFor(true, reminded, wednesday.addDays(1), sixPm.addDays(1), sixPm.addDays(1)),
              Delivery::Send);
}

TEST(DeliveryRule, aSnooze_holdsForTheHour_thenSendsOnce)
{
    ReminderState state = rc::ui::afterSending({}, wednesday);
    state.snoozedUntil = QDateTime(wednesday, QTime(19, 5));
    state.snoozedOn = wednesday;

    EXPECT_EQ(at(QDateTime(wednesday, QTime(19, 4)), state), Delivery::Snoozed);
    EXPECT_EQ(at(QDateTime(wednesday, QTime(19, 5)), state), Delivery::Send);
    const ReminderState after = rc::ui::afterSending(state, wednesday);
    EXPECT_FALSE(after.snoozedUntil.isValid());
    EXPECT_EQ(at(QDateTime(wednesday, QTime(19, 6)), after), Delivery::AlreadyReminded);
}

TEST(DeliveryRule, aSnoozeOfYesterday_isDropped)
{
    ReminderState state;
    state.remindedOn = wednesday.addDays(-1);
    state.snoozedUntil = QDateTime(wednesday, QTime(0, 30)); // snoozed at 23:30 the day before
    state.snoozedOn = wednesday.addDays(-1);

    EXPECT_EQ(at(QDateTime(wednesday, QTime(0, 30)), state), Delivery::BeforeTime);
    EXPECT_EQ(at(sixPm, state), Delivery::Send);
}

TEST(DeliveryRule, notToday_silencesTheRestOfTheDay_evenASnooze)
{
    ReminderState state = rc::ui::afterSending({}, wednesday);
    state.notTodayOn = wednesday;
    EXPECT_EQ(at(QDateTime(wednesday, QTime(22, 0)), state), Delivery::NotToday);
    state.snoozedUntil = QDateTime(wednesday, QTime(19, 0));
    state.snoozedOn = wednesday;
    EXPECT_EQ(at(QDateTime(wednesday, QTime(22, 0)), state), Delivery::NotToday);
    EXPECT_EQ(rc::ui::deliveryFor(true, state, wednesday.addDays(1), sixPm.addDays(1), sixPm.addDays(1)),
              Delivery::Send);
}

TEST(ReminderMoment, isTodayAtTheTime_orTheNightAfterWhenTheTimeComesBeforeTheDayBoundary)
{
    EXPECT_EQ(rc::ui::reminderMoment(wednesday, QTime(18, 0), 0), sixPm);
    EXPECT_EQ(rc::ui::reminderMoment(wednesday, QTime(4, 0), 4 * 60), QDateTime(wednesday, QTime(4, 0)));
    // Day starts at 04:00: Wednesday's 01:30 reminder is in the small hours of Thursday.
    EXPECT_EQ(rc::ui::reminderMoment(wednesday, QTime(1, 30), 4 * 60), QDateTime(QDate(2026, 12, 10), QTime(1, 30)));
}

TEST(ReminderStateSettings, survivesASaveAndALoad_andAnEmptyStateLeavesNoKeys)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(u"state.conf"_s);
    ReminderState state;
    state.remindedOn = wednesday;
    state.notTodayOn = wednesday.addDays(-2);
    state.snoozedUntil = QDateTime(wednesday, QTime(19, 5, 7), Qt::OffsetFromUTC, 3600);
    state.snoozedOn = wednesday;
    {
        QSettings settings(file, QSettings::IniFormat);
        rc::ui::saveReminderState(settings, state);
    }
    QSettings settings(file, QSettings::IniFormat);
    const ReminderState loaded = rc::ui::loadReminderState(settings);
    EXPECT_EQ(loaded.remindedOn, wednesday);
    EXPECT_EQ(loaded.notTodayOn, QDate(2026, 12, 7));
    EXPECT_EQ(loaded.snoozedUntil, QDateTime(QDate(2026, 12, 9), QTime(18, 5, 7), Qt::UTC));
    EXPECT_EQ(loaded.snoozedOn, wednesday);
    EXPECT_EQ(settings.value(u"reminders/remindedOn"_s).toString(), u"2026-12-09"_s);

    rc::ui::saveReminderState(settings, {});
    EXPECT_TRUE(settings.childKeys().isEmpty());
    settings.beginGroup(u"reminders"_s);
    EXPECT_TRUE(settings.childKeys().isEmpty());
}

} // namespace
