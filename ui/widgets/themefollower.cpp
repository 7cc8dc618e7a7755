// SPDX-License-Identifier: GPL-3.0-or-later
#include "themefollower.h"

#include <QApplication>

namespace rc::ui {

ThemeVariant chooseThemeVariant(core::Theme setting, std::optional<AppearancePortal::ColorScheme> desktop,
                                const QPalette& platform)
{
    switch (setting) {
    case core::Theme::Light:
        return ThemeVariant::Light;
    case core::Theme::Dark:
        return ThemeVariant::Dark;
    case core::Theme::System:
        break;
    }
    if (desktop == AppearancePortal::ColorScheme::PreferDark) {
        return ThemeVariant::Dark;
    }
    if (desktop == AppearancePortal::ColorScheme::PreferLight) {
        return ThemeVariant::Light;
    }
    return isDarkPalette(platform) ? ThemeVariant::Dark : ThemeVariant::Light;
}

ThemeFollower::ThemeFollower(QApplication& app, const QDBusConnection& bus)
    : QObject(&app), m_app(app), m_portal(bus), m_setting(core::savedComputerSettings().theme)
{
    connect(&m_portal, &AppearancePortal::colorSchemeChanged, this, [this] {
        if (m_setting == core::Theme::System) {
            apply();
        }
    });
    apply();
}

ThemeFollower* ThemeFollower::of(const QApplication& app)
{
    return app.findChild<ThemeFollower*>(QString(), Qt::FindDirectChildrenOnly);
}

void ThemeFollower::settingChanged()
{
    m_setting = core::savedComputerSettings().theme;
    apply();
}

void ThemeFollower::apply()
{
    const ThemeVariant before = currentThemeVariant();
    const bool first = !m_app.property("rcThemeApplied").toBool();
    const ThemeVariant wanted = chooseThemeVariant(m_setting, m_portal.colorScheme(), platformPalette(m_app));
    applyTheme(m_app, wanted);
    if (first || wanted != before) {
        emit variantChanged(wanted);
    }
}

} // namespace rc::ui
