// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A D-Bus session bus of the test's own (`dbus-daemon --session` on a socket in a temporary folder), so
// that no test ever touches the user's bus, and each test starts with every name free. Connections to
// it are separate clients with unique names of their own, as two processes would be.

#include <QDBusConnection>
#include <QDBusError>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QUuid>

#include <gtest/gtest.h>

namespace rc::test {

class PrivateBus
{
public:
    PrivateBus() { start({QStringLiteral("--session")}); }

    // A bus that starts the services described in `serviceDirectory` on demand (D-Bus activation), in
    // the environment `environment`.
    PrivateBus(const QString& serviceDirectory, const QProcessEnvironment& environment)
    {
        QFile config(serviceDirectory + QStringLiteral("/bus.conf"));
        if (!config.open(QIODevice::WriteOnly)) {
            ADD_FAILURE() << "cannot write " << config.fileName().toStdString();
            return;
        }
        config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                     " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                     "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
                     "<servicedir>" +
                     serviceDirectory.toUtf8() +
                     "</servicedir>"
                     "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                     "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy>"
                     "</busconfig>\n");
        config.close();
        m_daemon.setProcessEnvironment(environment);
        start({QStringLiteral("--config-file=") + config.fileName()});
    }

private:
    void start(QStringList arguments)
    {
        arguments << QStringLiteral("--nofork") << QStringLiteral("--nopidfile") << QStringLiteral("--print-address=1");
        m_daemon.start(QStringLiteral("dbus-daemon"), arguments);
        if (!m_daemon.waitForStarted(5000)) {
            ADD_FAILURE() << "dbus-daemon did not start (Debian package dbus-daemon; scripts/setup.sh installs it)";
            return;
        }
        while (!m_daemon.canReadLine() && m_daemon.waitForReadyRead(5000)) {
        }
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        EXPECT_FALSE(m_address.isEmpty()) << "dbus-daemon printed no address";
    }

public:
    ~PrivateBus()
    {
        for (const QString& name : m_connections) {
            QDBusConnection::disconnectFromBus(name);
        }
        m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;

    QString address() const { return m_address; }

    // A new client of this bus.
    QDBusConnection connect()
    {
        const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_connections << name;
        QDBusConnection connection = QDBusConnection::connectToBus(m_address, name);
        EXPECT_TRUE(connection.isConnected()) << connection.lastError().message().toStdString();
        return connection;
    }

private:
    QProcess m_daemon;
    QString m_address;
    QStringList m_connections;
};

} // namespace rc::test
