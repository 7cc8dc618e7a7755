// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A stand-in for the running app: org.freedesktop.Application on `name`, recording ActivateAction.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QStringList>

namespace rc::test {

class FakeApplication : public QDBusVirtualObject
{
public:
    FakeApplication(const QDBusConnection& bus, QString name) : m_bus(bus), m_name(std::move(name)) {}

    // The object path of org.freedesktop.Application: the id with dots as slashes.
    bool publish(const QString& objectPath)
    {
        return m_bus.registerVirtualObject(objectPath, this) &&
               m_bus.interface()->registerService(m_name).value() == QDBusConnectionInterface::ServiceRegistered;
    }

    const QStringList& actions() const { return m_actions; }

    QString introspect(const QString& /*path*/) const override
    {
        return QStringLiteral("<interface name=\"org.freedesktop.Application\"/>");
    }

    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override
    {
        if (message.interface() != QStringLiteral("org.freedesktop.Application") ||
            message.member() != QStringLiteral("ActivateAction")) {
            return false;
        }
        m_actions << message.arguments().value(0).toString();
        connection.send(message.createReply());
        return true;
    }

private:
    QDBusConnection m_bus;
    QString m_name;
    QStringList m_actions;
};

} // namespace rc::test
