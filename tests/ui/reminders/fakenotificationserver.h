// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A stand-in for the desktop's org.freedesktop.Notifications, on a test's private bus: it records every
// Notify and, when told to, answers it with ActionInvoked (and the NotificationClosed that follows) or
// with NotificationClosed alone. A virtual object, so that it needs no moc and the CLI tests can use it.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace rc::test {

class FakeNotificationServer : public QDBusVirtualObject
{
public:
    struct Call
    {
        QString appName;
        quint32 replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        qint32 expireTimeout = 0;
    };

    // `capabilities`: what GetCapabilities answers ("actions" among them, or not).
    explicit FakeNotificationServer(const QDBusConnection& bus,
                                    QStringList capabilities = {QStringLiteral("actions"), QStringLiteral("body")})
        : m_bus(bus), m_capabilities(std::move(capabilities))
    {
    }

    bool publish()
    {
        return m_bus.registerVirtualObject(path(), this) &&
               m_bus.interface()->registerService(QStringLiteral("org.freedesktop.Notifications")).value() ==
                   QDBusConnectionInterface::ServiceRegistered;
    }

    // What every Notify from now on gets in answer: an action key, or "" for NotificationClosed alone (the
    // notification dismissed). Until this is called, none: the notification stays up.
    void answerWith(const QString& action) { m_answer = action, m_answers = true; }

    const std::vector<Call>& calls() const { return m_calls; }
    const QList<quint32>& closed() const { return m_closed; } // the ids of CloseNotification

    QString introspect(const QString& /*path*/) const override
    {
        return QStringLiteral("<interface name=\"org.freedesktop.Notifications\"/>");
    }

    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override
    {
        const QString member = message.member();
        if (member == QStringLiteral("GetCapabilities")) {
            connection.send(message.createReply(QVariant(m_capabilities)));
            return true;
        }
        if (member == QStringLiteral("CloseNotification")) {
            m_closed << message.arguments().value(0).toUInt();
            connection.send(message.createReply());
            return true;
        }
        if (member != QStringLiteral("Notify")) {
            return false;
        }
        const QVariantList a = message.arguments();
        Call call;
        call.appName = a.value(0).toString();
        call.replacesId = a.value(1).toUInt();
        call.appIcon = a.value(2).toString();
        call.summary = a.value(3).toString();
        call.body = a.value(4).toString();
        call.actions = a.value(5).toStringList();
        call.hints = qdbus_cast<QVariantMap>(a.value(6));
        call.expireTimeout = a.value(7).toInt();
        m_calls.push_back(call);
        const quint32 id = quint32(m_calls.size()) + 40; // any id but 0, which means none
        connection.send(message.createReply(QVariant::fromValue(id)));
        if (m_answers) {
            if (!m_answer.isEmpty()) {
                emitSignal(connection, QStringLiteral("ActionInvoked"), {QVariant::fromValue(id), m_answer});
            }
            emitSignal(connection, QStringLiteral("NotificationClosed"),
                       {QVariant::fromValue(id), QVariant::fromValue(quint32(m_answer.isEmpty() ? 2 : 3))});
        }
        return true;
    }

private:
    static QString path() { return QStringLiteral("/org/freedesktop/Notifications"); }

    static void emitSignal(const QDBusConnection& connection, const QString& name, const QVariantList& arguments)
    {
        QDBusMessage signal = QDBusMessage::createSignal(path(), QStringLiteral("org.freedesktop.Notifications"), name);
        signal.setArguments(arguments);
        connection.send(signal);
    }

    QDBusConnection m_bus;
    QStringList m_capabilities;
    std::vector<Call> m_calls;
    QList<quint32> m_closed;
    QString m_answer;
    bool m_answers = false;
};

} // namespace rc::test
