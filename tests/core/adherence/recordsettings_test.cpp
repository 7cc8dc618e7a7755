// SPDX-License-Identifier: GPL-3.0-or-later
// PRODUCT.md section 5: the settings' values, their defaults, and the day boundary.
#include "recordsettings.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace rc::core;

namespace {

QString canonical(const char* key, const QString& value)
{
    const auto result = canonicalSettingValue(QString::fromLatin1(key), value);
    return result ? *result : u"error: "_s + result.error().message;
}

} // namespace

TEST(RecordSettings, defaultWeekStart_keepsMondaySundayAndSaturdayOfTheLocale)
{
    // CLDR: the United Kingdom starts weeks on Monday, the United States on Sunday, Egypt on Saturday.
    EXPECT_EQ(defaultRecordSettings(QLocale(QLocale::English, QLocale::UnitedKingdom)).weekStart, Qt::Monday);
    EXPECT_EQ(defaultRecordSettings(QLocale(QLocale::English, QLocale::UnitedStates)).weekStart, Qt::Sunday);
    EXPECT_EQ(defaultRecordSettings(QLocale(QLocale::Arabic, QLocale::Egypt)).weekStart, Qt::Saturday);
    EXPECT_EQ(defaultRecordSettings(QLocale::c()).weekStart, Qt::Monday);
}

TEST(RecordSettings, defaultWeekStart_anyOtherFirstDayBecomesMonday)
{
    // The Maldives start weeks on Friday, which the report does not allow.
    const QLocale maldives(QLocale::Divehi, QLocale::Maldives);
    ASSERT_EQ(maldives.firstDayOfWeek(), Qt::Friday);
    EXPECT_EQ(defaultRecordSettings(maldives).weekStart, Qt::Monday);
}

TEST(RecordSettings, defaults_areTheTableOfSection5)
{
    const RecordSettings settings = defaultRecordSettings(QLocale::c());
    EXPECT_EQ(settings.targetDays, 3);
    EXPECT_EQ(settings.plannedDays, 0u);
    EXPECT_EQ(settings.dayStartsAtMinutes, 0);
    const auto text = recordSettingsText(settings);
    EXPECT_EQ(text.at(u"target-days"_s), u"3"_s);
    EXPECT_EQ(text.at(u"week-start"_s), u"monday"_s);
    EXPECT_EQ(text.at(u"planned-days"_s), u"none"_s);
    EXPECT_EQ(text.at(u"day-starts-at"_s), u"00:00"_s);
}

TEST(RecordSettings, canonicalValue_acceptsEveryAllowedSpellingAndNormalisesIt)
{
    EXPECT_EQ(canonical(settingkey::targetDays, u" 7 "_s), u"7"_s);
    EXPECT_EQ(canonical(settingkey::weekStart, u"SUNDAY"_s), u"sunday"_s);
    EXPECT_EQ(canonical(settingkey::plannedDays, u"Wed, mon,fri,mon"_s), u"mon,wed,fri"_s);
    EXPECT_EQ(canonical(settingkey::plannedDays, u"NONE"_s), u"none"_s);
    EXPECT_EQ(canonical(settingkey::dayStartsAt, u"4:30"_s), u"04:30"_s);
    EXPECT_EQ(canonical(settingkey::dayStartsAt, u"05:59"_s), u"05:59"_s);
    EXPECT_EQ(canonical(settingkey::reminders, u"On"_s), u"on"_s);
    EXPECT_EQ(canonical(settingkey::reminderTime, u"23:59"_s), u"23:59"_s);
    EXPECT_EQ(canonical(settingkey::theme, u"Dark"_s), u"dark"_s);
}

TEST(RecordSettings, canonicalValue_refusesWithOneLineNamingTheKeyAndWhatItAllows)
{
    EXPECT_EQ(canonical(settingkey::targetDays, u"8"_s),
              u"error: target-days must be a whole number from 1 to 7, not '8'"_s);
    EXPECT_EQ(canonical(settingkey::targetDays, u"0"_s),
              u"error: target-days must be a whole number from 1 to 7, not '0'"_s);
    EXPECT_EQ(canonical(settingkey::weekStart, u"friday"_s),
              u"error: week-start must be monday, sunday or saturday, not 'friday'"_s);
    EXPECT_EQ(canonical(settingkey::plannedDays, u"mon,funday"_s),
              u"error: planned-days must be a comma list of mon tue wed thu fri sat sun, or none, not 'mon,funday'"_s);
    EXPECT_EQ(canonical(settingkey::plannedDays, u""_s).startsWith(u"error: planned-days"_s), true);
    EXPECT_EQ(canonical(settingkey::dayStartsAt, u"06:00"_s),
              u"error: day-starts-at must be a time HH:MM from 00:00 to 05:59, not '06:00'"_s);
    EXPECT_EQ(canonical(settingkey::reminderTime, u"24:00"_s),
              u"error: reminder-time must be a time HH:MM from 00:00 to 23:59, not '24:00'"_s);
    EXPECT_EQ(canonical(settingkey::reminders, u"yes"_s), u"error: reminders must be on or off, not 'yes'"_s);
    EXPECT_EQ(canonical(settingkey::theme, u"blue"_s), u"error: theme must be system, light or dark, not 'blue'"_s);
    EXPECT_EQ(canonical("colour", u"red"_s),
              u"error: there is no setting 'colour'; the settings are target-days, week-start, planned-days, "
              u"day-starts-at, reminders, reminder-time, theme"_s);
}

TEST(RecordSettings, fromStoredText_readsEachKeyAndKeepsTheDefaultForWhatDoesNotRead)
{
    const RecordSettings settings = recordSettingsFrom({{u"target-days"_s, u"5"_s},
                                                        {u"week-start"_s, u"saturday"_s},
                                                        {u"planned-days"_s, u"tue,sun"_s},
                                                        {u"day-starts-at"_s, u"03:15"_s}},
                                                       QLocale::c());
    EXPECT_EQ(settings.targetDays, 5);
    EXPECT_EQ(settings.weekStart, Qt::Saturday);
    EXPECT_EQ(settings.plannedDays, (1u << 1) | (1u << 6)); // Tuesday bit 1, Sunday bit 6
    EXPECT_TRUE(settings.isPlanned(QDate(2026, 12, 8)));     // a Tuesday
    EXPECT_FALSE(settings.isPlanned(QDate(2026, 12, 9)));    // a Wednesday
    EXPECT_EQ(settings.dayStartsAtMinutes, 3 * 60 + 15);

    const RecordSettings broken = recordSettingsFrom(
        {{u"target-days"_s, u"9"_s}, {u"week-start"_s, u"x"_s}, {u"day-starts-at"_s, u"07:00"_s}}, QLocale::c());
    EXPECT_EQ(broken, defaultRecordSettings(QLocale::c()));
}

TEST(RecordSettings, countingDate_aSessionBeforeTheDayStartsCountsForTheDayBefore)
{
    const QDateTime at0130(QDate(2026, 12, 8), QTime(1, 30), Qt::OffsetFromUTC, 3600);
    EXPECT_EQ(countingDate(at0130, 4 * 60), QDate(2026, 12, 7));
    EXPECT_EQ(countingDate(at0130, 0), QDate(2026, 12, 8));
    // At the boundary itself the new day has begun; a minute before, not yet.
    EXPECT_EQ(countingDate(QDateTime(QDate(2026, 12, 8), QTime(4, 0), Qt::OffsetFromUTC, 3600), 4 * 60),
              QDate(2026, 12, 8));
    EXPECT_EQ(countingDate(QDateTime(QDate(2026, 12, 8), QTime(3, 59, 59), Qt::OffsetFromUTC, 3600), 4 * 60),
              QDate(2026, 12, 7));
    // The first of the month and of the year go back across the month and the year.
    EXPECT_EQ(countingDate(QDateTime(QDate(2027, 1, 1), QTime(0, 10), Qt::UTC), 30), QDate(2026, 12, 31));
}

TEST(RecordSettings, countingDate_followsTheWallClockOnTheNightTheClocksChange)
{
    // Berlin springs forward on 29 March 2026 at 02:00 CET to 03:00 CEST. At 04:30 CEST only 3.5 hours
    // of wall-clock time but 2.5 hours of real time have passed since midnight; with the day starting at
    // 04:00 the session is on its own day by the clock on the wall.
    const QTimeZone berlin("Europe/Berlin");
    ASSERT_TRUE(berlin.isValid());
    const QDateTime after(QDate(2026, 3, 29), QTime(4, 30), berlin);
    ASSERT_EQ(after.offsetFromUtc(), 7200);
    EXPECT_EQ(countingDate(after, 4 * 60), QDate(2026, 3, 29));
    EXPECT_EQ(countingDate(QDateTime(QDate(2026, 3, 29), QTime(3, 30), berlin), 4 * 60), QDate(2026, 3, 28));
    // And on 25 October 2026 the clocks fall back at 03:00 CEST to 02:00 CET: 02:30 happens twice, and
    // both times it belongs to the day before when the day starts at 03:00.
    // 00:30 UTC is 02:30 CEST, 01:30 UTC is 02:30 CET.
    const QDateTime first = QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC).toTimeZone(berlin);
    const QDateTime second = first.addSecs(3600).toTimeZone(berlin);
    ASSERT_EQ(first.time(), QTime(2, 30));
    ASSERT_EQ(second.time(), QTime(2, 30));
    ASSERT_NE(first.offsetFromUtc(), second.offsetFromUtc());
    EXPECT_EQ(countingDate(first, 3 * 60), QDate(2026, 10, 24));
    EXPECT_EQ(countingDate(second, 3 * 60), QDate(2026, 10, 24));
}

TEST(RecordSettings, nextDayStart_isTheBoundaryByTheWallClock_alsoOnTheNightsTheClocksChange)
{
    const QTimeZone berlin("Europe/Berlin");
    ASSERT_TRUE(berlin.isValid());
    // An ordinary night: 04:00 CET on 9 December is 03:00 UTC.
    EXPECT_EQ(nextDayStart(QDate(2026, 12, 8), 4 * 60, berlin), QDateTime(QDate(2026, 12, 9), QTime(3, 0), Qt::UTC));
    // Spring forward on 29 March: 04:00 is CEST (UTC+2), 02:00 UTC; the offset of the evening before (UTC+1)
    // would put it an hour late.
    EXPECT_EQ(nextDayStart(QDate(2026, 3, 28), 4 * 60, berlin), QDateTime(QDate(2026, 3, 29), QTime(2, 0), Qt::UTC));
    // Fall back on 25 October: 04:00 is CET again (UTC+1), 03:00 UTC, an hour after the evening's offset says.
    EXPECT_EQ(nextDayStart(QDate(2026, 10, 24), 4 * 60, berlin), QDateTime(QDate(2026, 10, 25), QTime(3, 0), Qt::UTC));
    // Midnight, and the latest start allowed.
    EXPECT_EQ(nextDayStart(QDate(2026, 12, 31), 0, berlin), QDateTime(QDate(2026, 12, 31), QTime(23, 0), Qt::UTC));
    EXPECT_EQ(nextDayStart(QDate(2026, 12, 8), 5 * 60 + 59, berlin),
              QDateTime(QDate(2026, 12, 9), QTime(4, 59), Qt::UTC));
}
