// SPDX-License-Identifier: GPL-3.0-or-later
#include "screensaverinhibitor.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace rc::ui {

using namespace Qt::StringLiterals;

namespace {
const QString service = u"org.freedesktop.ScreenSaver"_s;
const QString primaryPath = u"/org/freedesktop/ScreenSaver"_s;
const QString fallbackPath = u"/ScreenSaver"_s; // older KDE and some portals only export this one

void uninhibit(const QString& path, quint32 cookie)
{
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, service, u"UnInhibit"_s);
    call << cookie;
    QDBusConnection::sessionBus().send(call);
}
} // namespace

ScreenSaverInhibitor::ScreenSaverInhibitor(QObject* parent) : QObject(parent) {}

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    release();
}

void ScreenSaverInhibitor::inhibit(const QString& reason)
{
    if (m_wanted) {
        return;
    }
    m_wanted = true;
    request(primaryPath, reason);
}

void ScreenSaverInhibitor::release()
{
    m_wanted = false;
    ++m_generation;
    sendUnInhibit();
}

void ScreenSaverInhibitor::request(const QString& path, const QString& reason)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, service, u"Inhibit"_s);
    call << QCoreApplication::applicationName() << reason;
    // Asynchronous: a slow or missing screen saver must never stall the session view.
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    const int generation = m_generation;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, path, reason, generation] {
        watcher->deleteLater();
        const QDBusPendingReply<quint32> reply = *watcher;
        if (reply.isError()) {
            if (path == primaryPath && m_wanted && generation == m_generation) {
                request(fallbackPath, reason);
            }
            return;
        }
        if (!m_wanted || generation != m_generation) {
            uninhibit(path, reply.value()); // the session ended while the request was on its way
            return;
        }
        m_cookie = reply.value();
        m_path = path;
    });
}

void ScreenSaverInhibitor::sendUnInhibit()
{
    if (m_cookie != 0) {
        uninhibit(m_path, m_cookie);
    }
    m_cookie = 0;
}

} // namespace rc::ui
