// SPDX-License-Identifier: GPL-3.0-or-later
// The appearance portal's color-scheme on a private bus: ReadOne and the older Read (a variant in a
// variant) both give it; no portal gives nothing; SettingChanged of that key changes it live, other
// settings do not.
#include "appearanceportal.h"
#include "platform/fakeportal.h"
#include "privatebus.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using rc::ui::AppearancePortal;
using Scheme = AppearancePortal::ColorScheme;

TEST(AppearancePortal, readOne_preferDark_isDark)
{
    rc::test::PrivateBus bus;
    rc::test::FakePortal portal(bus.connect(), 1);
    ASSERT_TRUE(portal.publish());

    const AppearancePortal client(bus.connect());

    EXPECT_EQ(client.colorScheme(), Scheme::PreferDark);
    EXPECT_EQ(portal.reads(), 1); // ReadOne answered: no second question
}

TEST(AppearancePortal, olderPortalWithReadOnly_preferLight_isUnwrappedFromTheVariantInAVariant)
{
    rc::test::PrivateBus bus;
    rc::test::FakePortal portal(bus.connect(), 2, /*hasReadOne=*/false);
    ASSERT_TRUE(portal.publish());

    const AppearancePortal client(bus.connect());

    EXPECT_EQ(client.colorScheme(), Scheme::PreferLight);
}

TEST(AppearancePortal, noPreference_isZero)
{
    rc::test::PrivateBus bus;
    rc::test::FakePortal portal(bus.connect(), 0);
    ASSERT_TRUE(portal.publish());

    EXPECT_EQ(AppearancePortal(bus.connect()).colorScheme(), Scheme::NoPreference);
}

TEST(AppearancePortal, noPortalOnTheBus_givesNothing)
{
    rc::test::PrivateBus bus;
    EXPECT_EQ(AppearancePortal(bus.connect()).colorScheme(), std::nullopt);
}

TEST(AppearancePortal, noBusAtAll_givesNothing)
{
    const QDBusConnection none = QDBusConnection::connectToBus(u"unix:path=/nonexistent/bus"_s, u"no-bus"_s);
    ASSERT_FALSE(none.isConnected());
    EXPECT_EQ(AppearancePortal(none).colorScheme(), std::nullopt);
    QDBusConnection::disconnectFromBus(u"no-bus"_s);
}

TEST(AppearancePortal, settingChanged_fromDarkToLight_isSignalledOnce_andOtherKeysAreNot)
{
    rc::test::PrivateBus bus;
    rc::test::FakePortal portal(bus.connect(), 1);
    ASSERT_TRUE(portal.publish());
    AppearancePortal client(bus.connect());
    ASSERT_EQ(client.colorScheme(), Scheme::PreferDark);
    QSignalSpy changes(&client, &AppearancePortal::colorSchemeChanged);

    portal.setSetting(u"org.freedesktop.appearance"_s, u"accent-color"_s, 2);
    portal.setSetting(u"org.gnome.desktop.interface"_s, u"color-scheme"_s, 2);
    portal.setColorScheme(2);

    ASSERT_TRUE(QTest::qWaitFor([&] { return changes.count() == 1; }, 5000)) << changes.count();
    EXPECT_EQ(changes.at(0).at(0).value<Scheme>(), Scheme::PreferLight);
    EXPECT_EQ(client.colorScheme(), Scheme::PreferLight);

    // The same value again is no change.
    portal.setColorScheme(2);
    portal.setColorScheme(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return changes.count() == 2; }, 5000)) << changes.count();
    EXPECT_EQ(changes.at(1).at(0).value<Scheme>(), Scheme::PreferDark);
}

} // namespace
