// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appearanceportal.h"
#include "preferences.h"
#include "theme.h"

#include <QDBusConnection>
#include <QObject>

#include <optional>

class QApplication;

namespace rc::ui {

// Which variant the `theme` setting (PRODUCT.md section 5) means: light or dark as it says; `system`
// the desktop's preference from the appearance portal, and when the portal has none (or there is no
// portal) the platform's palette, dark when its window is darker than its text.
ThemeVariant chooseThemeVariant(core::Theme setting, std::optional<AppearancePortal::ColorScheme> desktop,
                                const QPalette& platform);

// Keeps the application in the variant the saved `theme` setting means: applies it on construction,
// again when the portal reports a change, and when settingChanged() says the setting was saved anew
// (Preferences). One per application, its child: of() finds it.
class ThemeFollower : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeFollower)

public:
    explicit ThemeFollower(QApplication& app, const QDBusConnection& bus = QDBusConnection::sessionBus());

    // The application's follower, or null.
    static ThemeFollower* of(const QApplication& app);

    core::Theme setting() const { return m_setting; }
    ThemeVariant variant() const { return currentThemeVariant(); }

public slots:
    // Reads the saved setting again and applies what it means now.
    void settingChanged();

signals:
    void variantChanged(rc::ui::ThemeVariant variant);

private:
    void apply();

    QApplication& m_app;
    AppearancePortal m_portal;
    core::Theme m_setting = core::Theme::System;
};

} // namespace rc::ui
