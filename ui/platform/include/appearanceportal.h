// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

#include <optional>

class QDBusVariant;

namespace rc::ui {

// The desktop's light or dark preference, from the freedesktop appearance portal
// (org.freedesktop.portal.Settings, key org.freedesktop.appearance color-scheme), and its changes.
// Without a bus or a portal there is no answer, and no signal ever comes.
class AppearancePortal : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearancePortal)

public:
    // The portal's values.
    enum class ColorScheme : quint32
    {
        NoPreference = 0,
        PreferDark = 1,
        PreferLight = 2,
    };
    Q_ENUM(ColorScheme)

    static constexpr char serviceName[] = "org.freedesktop.portal.Desktop";
    static constexpr char objectPath[] = "/org/freedesktop/portal/desktop";
    static constexpr char interfaceName[] = "org.freedesktop.portal.Settings";

    // Asks the portal once, at once (a call of at most a second that keeps events going), and listens
    // for changes.
    explicit AppearancePortal(const QDBusConnection& bus = QDBusConnection::sessionBus(), QObject* parent = nullptr);

    // The last value the portal gave; nothing when there is no portal (or it gave something else).
    std::optional<ColorScheme> colorScheme() const { return m_scheme; }

signals:
    void colorSchemeChanged(rc::ui::AppearancePortal::ColorScheme scheme);

private slots:
    void onSettingChanged(const QString& group, const QString& key, const QDBusVariant& value);

private:
    std::optional<ColorScheme> read() const;

    QDBusConnection m_bus;
    std::optional<ColorScheme> m_scheme;
};

} // namespace rc::ui
