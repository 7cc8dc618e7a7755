// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A stand-in for the desktop's appearance portal (org.freedesktop.portal.Settings at
// /org/freedesktop/portal/desktop) on a test's private bus: Read and, unless told it is an old portal,
// ReadOne answer org.freedesktop.appearance color-scheme; setColorScheme changes it and sends
// SettingChanged as the portal does. A virtual object, so that it needs no moc.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDBusVirtualObject>

namespace rc::test {

class FakePortal : public QDBusVirtualObject
{
public:
    explicit FakePortal(const QDBusConnection& bus, quint32 colorScheme, bool hasReadOne = true)
        : m_bus(bus), m_scheme(colorScheme), m_hasReadOne(hasReadOne)
    {
    }

    bool publish()
    {
        return m_bus.registerVirtualObject(path(), this) &&
               m_bus.interface()->registerService(QStringLiteral("org.freedesktop.portal.Desktop")).value() ==
                   QDBusConnectionInterface::ServiceRegistered;
    }

    void setColorScheme(quint32 scheme)
    {
        setSetting(QStringLiteral("org.freedesktop.appearance"), QStringLiteral("color-scheme"), scheme);
    }

    // Any setting changes and is announced (another key, another group: the app must not mistake it).
    void setSetting(const QString& group, const QString& key, quint32 value)
    {
        if (group == QStringLiteral("org.freedesktop.appearance") && key == QStringLiteral("color-scheme")) {
            m_scheme = value;
        }
        QDBusMessage signal = QDBusMessage::createSignal(path(), QStringLiteral("org.freedesktop.portal.Settings"),
                                                         QStringLiteral("SettingChanged"));
        signal.setArguments({group, key, QVariant::fromValue(QDBusVariant(QVariant::fromValue(value)))});
        m_bus.send(signal);
    }

    int reads() const { return m_reads; }

    QString introspect(const QString& /*path*/) const override
    {
        return QStringLiteral("<interface name=\"org.freedesktop.portal.Settings\"/>");
    }

    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override
    {
        const QString member = message.member();
        const bool readOne = member == QStringLiteral("ReadOne");
        if ((!readOne || !m_hasReadOne) && member != QStringLiteral("Read")) {
            connection.send(message.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"),
                                                     QStringLiteral("No such method")));
            return true;
        }
        ++m_reads;
        const QVariantList a = message.arguments();
        if (a.value(0).toString() != QStringLiteral("org.freedesktop.appearance") ||
            a.value(1).toString() != QStringLiteral("color-scheme")) {
            connection.send(message.createErrorReply(QStringLiteral("org.freedesktop.portal.Error.NotFound"),
                                                     QStringLiteral("Requested setting not found")));
            return true;
        }
        // ReadOne: the value in a variant; Read (the older method): a variant in a variant.
        const QVariant value = QVariant::fromValue(m_scheme);
        const QVariant reply = readOne ? QVariant::fromValue(QDBusVariant(value))
                                       : QVariant::fromValue(QDBusVariant(QVariant::fromValue(QDBusVariant(value))));
        connection.send(message.createReply(reply));
        return true;
    }

private:
    static QString path() { return QStringLiteral("/org/freedesktop/portal/desktop"); }

    QDBusConnection m_bus;
    quint32 m_scheme;
    bool m_hasReadOne;
    int m_reads = 0;
};

} // namespace rc::test
