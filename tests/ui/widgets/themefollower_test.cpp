// SPDX-License-Identifier: GPL-3.0-or-later
// Which variant the `theme` setting means (PRODUCT.md section 5): light and dark as said; system the
// portal's preference, else the platform palette; and the application switching live when the portal
// announces a change or the setting is saved anew.
#include "platform/fakeportal.h"
#include "preferences.h"
#include "privatebus.h"
#include "themefollower.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using rc::core::Theme;
using rc::ui::AppearancePortal;
using rc::ui::chooseThemeVariant;
using rc::ui::ThemeFollower;
using rc::ui::ThemeVariant;
using Scheme = AppearancePortal::ColorScheme;

QPalette paletteWith(const QColor& window, const QColor& text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

const QPalette darkDesktop = paletteWith(QColor(0x30, 0x30, 0x30), QColor(0xEE, 0xEE, 0xEE));
const QPalette lightDesktop = paletteWith(QColor(0xEF, 0xEF, 0xEF), QColor(0x10, 0x10, 0x10));

void saveTheme(Theme theme)
{
    rc::core::ComputerSettings settings = rc::core::savedComputerSettings();
    settings.theme = theme;
    rc::core::saveComputerSettings(settings);
}

QColor windowColor()
{
    return QApplication::palette().color(QPalette::Window);
}

TEST(ChooseThemeVariant, lightAndDark_areWhatTheySay_whateverTheDesktopPrefers)
{
    EXPECT_EQ(chooseThemeVariant(Theme::Light, Scheme::PreferDark, darkDesktop), ThemeVariant::Light);
    EXPECT_EQ(chooseThemeVariant(Theme::Dark, Scheme::PreferLight, lightDesktop), ThemeVariant::Dark);
    EXPECT_EQ(chooseThemeVariant(Theme::Dark, std::nullopt, lightDesktop), ThemeVariant::Dark);
}

TEST(ChooseThemeVariant, system_followsThePortal_overThePalette)
{
    EXPECT_EQ(chooseThemeVariant(Theme::System, Scheme::PreferDark, lightDesktop), ThemeVariant::Dark);
    EXPECT_EQ(chooseThemeVariant(Theme::System, Scheme::PreferLight, darkDesktop), ThemeVariant::Light);
}

TEST(ChooseThemeVariant, system_withoutPortalOrPreference_followsThePlatformPalette)
{
    EXPECT_EQ(chooseThemeVariant(Theme::System, std::nullopt, darkDesktop), ThemeVariant::Dark);
    EXPECT_EQ(chooseThemeVariant(Theme::System, std::nullopt, lightDesktop), ThemeVariant::Light);
    EXPECT_EQ(chooseThemeVariant(Theme::System, Scheme::NoPreference, darkDesktop), ThemeVariant::Dark);
    EXPECT_EQ(chooseThemeVariant(Theme::System, Scheme::NoPreference, lightDesktop), ThemeVariant::Light);
}

class ThemeFollowerTest : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override
    {
        m_follower.reset();
        QSettings().clear();
    }

    rc::test::PrivateBus m_bus;
    std::unique_ptr<ThemeFollower> m_follower;
};

TEST_F(ThemeFollowerTest, system_portalSaysDark_thenLight_switchesTheRunningApplication)
{
    rc::test::FakePortal portal(m_bus.connect(), 1);
    ASSERT_TRUE(portal.publish());
    m_follower = std::make_unique<ThemeFollower>(*qApp, m_bus.connect());
    EXPECT_EQ(ThemeFollower::of(*qApp), m_follower.get());
    EXPECT_EQ(rc::ui::currentThemeVariant(), ThemeVariant::Dark);
    EXPECT_EQ(windowColor(), QColor(0x1B, 0x21, 0x29));
    QSignalSpy switched(m_follower.get(), &ThemeFollower::variantChanged);

    portal.setColorScheme(2);

    ASSERT_TRUE(QTest::qWaitFor([&] { return switched.count() == 1; }, 5000)) << switched.count();
    EXPECT_EQ(switched.at(0).at(0).value<ThemeVariant>(), ThemeVariant::Light);
    EXPECT_EQ(rc::ui::currentThemeVariant(), ThemeVariant::Light);
    EXPECT_EQ(windowColor(), rc::ui::themePalette(ThemeVariant::Light).background);
    EXPECT_TRUE(qApp->styleSheet().contains(rc::ui::themePalette(ThemeVariant::Light).banner.name()));

    portal.setColorScheme(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return switched.count() == 2; }, 5000)) << switched.count();
    EXPECT_EQ(windowColor(), QColor(0x1B, 0x21, 0x29));
}

TEST_F(ThemeFollowerTest, savedLight_staysLight_whenThePortalPrefersDark)
{
    saveTheme(Theme::Light);
    rc::test::FakePortal portal(m_bus.connect(), 2);
    ASSERT_TRUE(portal.publish());
    m_follower = std::make_unique<ThemeFollower>(*qApp, m_bus.connect());
    ASSERT_EQ(rc::ui::currentThemeVariant(), ThemeVariant::Light);
    QSignalSpy switched(m_follower.get(), &ThemeFollower::variantChanged);
    AppearancePortal witness(m_bus.connect());
    QSignalSpy announced(&witness, &AppearancePortal::colorSchemeChanged);

    portal.setColorScheme(1);
    // Once another client has heard the change, so has the follower; the theme must not have moved.
    ASSERT_TRUE(QTest::qWaitFor([&] { return announced.count() == 1; }, 5000)) << announced.count();
    QTest::qWait(50);

    EXPECT_EQ(switched.count(), 0);
    EXPECT_EQ(rc::ui::currentThemeVariant(), ThemeVariant::Light);
}

TEST_F(ThemeFollowerTest, system_withoutPortal_takesThePlatformPalette)
{
    rc::ui::setPlatformPalette(*qApp, darkDesktop);
    m_follower = std::make_unique<ThemeFollower>(*qApp, m_bus.connect());
    EXPECT_EQ(rc::ui::currentThemeVariant(), ThemeVariant::Dark);

    rc::ui::setPlatformPalette(*qApp, lightDesktop);
    m_follower->settingChanged();
    EXPECT_EQ(rc::ui::currentThemeVariant(), ThemeVariant::Light);
}

TEST_F(ThemeFollowerTest, settingChanged_readsTheSavedThemeAgain_andApplies)
{
    rc::test::FakePortal portal(m_bus.connect(), 1);
    ASSERT_TRUE(portal.publish());
    m_follower = std::make_unique<ThemeFollower>(*qApp, m_bus.connect());
    ASSERT_EQ(rc::ui::currentThemeVariant(), ThemeVariant::Dark);

    saveTheme(Theme::Light);
    m_follower->settingChanged();
    EXPECT_EQ(m_follower->setting(), Theme::Light);
    EXPECT_EQ(rc::ui::currentThemeVariant(), ThemeVariant::Light);

    saveTheme(Theme::System); // the portal still prefers dark
    m_follower->settingChanged();
    EXPECT_EQ(rc::ui::currentThemeVariant(), ThemeVariant::Dark);
}

} // namespace
