// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include <gtest/gtest.h>

TEST(Preferences, weekStartForLocale_keepsMondaySundayAndSaturday)
{
    // CLDR: the United Kingdom starts weeks on Monday, the United States on Sunday, Egypt on Saturday.
    EXPECT_EQ(rc::core::weekStartForLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)), Qt::Monday);
    EXPECT_EQ(rc::core::weekStartForLocale(QLocale(QLocale::English, QLocale::UnitedStates)), Qt::Sunday);
    EXPECT_EQ(rc::core::weekStartForLocale(QLocale(QLocale::Arabic, QLocale::Egypt)), Qt::Saturday);
    EXPECT_EQ(rc::core::weekStartForLocale(QLocale::c()), Qt::Monday);
}

TEST(Preferences, weekStartForLocale_anyOtherFirstDayBecomesMonday)
{
    // The Maldives start weeks on Friday, which the report does not allow.
    const QLocale maldives(QLocale::Divehi, QLocale::Maldives);
    ASSERT_EQ(maldives.firstDayOfWeek(), Qt::Friday);
    EXPECT_EQ(rc::core::weekStartForLocale(maldives), Qt::Monday);
}
