// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationclient.h"

#include "paths.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusServiceWatcher>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

const QString service = u"org.freedesktop.Notifications"_s;
const QString path = u"/org/freedesktop/Notifications"_s;
const QString interface = u"org.freedesktop.Notifications"_s;

QString tr(const char* text)
{
    return QCoreApplication::translate("rc::ui::NotificationClient", text);
}

QString escapeMarkup(QString text)
{
    return text.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
}

} // namespace

QStringList reminderActions()
{
    return {QLatin1String(ReminderActionKeys::startRoutine), tr("Start routine"),
            QLatin1String(ReminderActionKeys::done),         tr("Done already"),
            QLatin1String(ReminderActionKeys::snooze),       tr("Snooze 1 hour"),
            QLatin1String(ReminderActionKeys::notToday),     tr("Not today")};
}

NotificationClient::NotificationClient(const QDBusConnection& bus, QObject* parent) : QObject(parent), m_bus(bus)
{
    // Before Notify: a server may answer the moment it shows the notification.
    m_bus.connect(service, path, interface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, interface, u"NotificationClosed"_s, this, SLOT(onClosed(uint, uint)));
    auto* watcher = new QDBusServiceWatcher(service, m_bus, QDBusServiceWatcher::WatchForUnregistration, this);
    connect(watcher, &QDBusServiceWatcher::serviceUnregistered, this, &NotificationClient::onServiceGone);
}

core::Result<quint32> NotificationClient::notify(const QString& title, const QString& body, const QStringList& actions)
{
    if (!m_bus.isConnected()) {
        return core::makeError(
            core::ErrorCode::NotFound,
            u"no session bus to send the reminder on (DBUS_SESSION_BUS_ADDRESS); nothing was sent"_s);
    }
    // BlockWithGui: the server may live in this thread (the tests' fake).
    QDBusMessage capabilities = QDBusMessage::createMethodCall(service, path, interface, u"GetCapabilities"_s);
    const QDBusMessage caps = m_bus.call(capabilities, QDBus::BlockWithGui, 10000);
    if (caps.type() != QDBusMessage::ReplyMessage) {
        return core::makeError(core::ErrorCode::NotFound, u"no desktop notification service (org.freedesktop."_s
                                                          u"Notifications) on the session bus: "_s +
                                                              caps.errorMessage() + u"; nothing was sent"_s);
    }
    const QStringList capabilityNames = caps.arguments().value(0).toStringList();
    m_hasActions = capabilityNames.contains(u"actions"_s);
    const bool markup = capabilityNames.contains(u"body-markup"_s);

    const QString appId = QLatin1String(core::applicationId);
    QVariantMap hints;
    hints.insert(u"desktop-entry"_s, appId);
    hints.insert(u"urgency"_s, QVariant::fromValue(uchar(1))); // normal
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, u"Notify"_s);
    call << u"Recovery Coach"_s << quint32(0) << QString(appId + u"-symbolic"_s) << title
         << (markup ? escapeMarkup(body) : body) << (m_hasActions ? actions : QStringList{}) << hints
         << qint32(-1); // the server's own time-out
    const QDBusMessage reply = m_bus.call(call, QDBus::BlockWithGui, 10000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        return core::makeError(core::ErrorCode::Other,
                               u"the desktop notification service refused the reminder: "_s + reply.errorMessage());
    }
    return reply.arguments().constFirst().value<quint32>();
}

NotificationClient::Outcome NotificationClient::wait(quint32 id, std::chrono::milliseconds limit)
{
    Outcome outcome;
    outcome.withActions = m_hasActions;
    if (!m_hasActions) {
        return outcome; // nothing to answer: the text was all
    }
    const auto answered = [&] {
        for (const auto& [eventId, action] : m_events) {
            if (eventId == id) {
                outcome.action = action;
                return true;
            }
        }
        return false;
    };
    if (!answered()) {
        QEventLoop loop;
        m_loop = &loop;
        m_waitingFor = id;
        bool timedOut = false;
        QTimer limiter;
        limiter.setSingleShot(true);
        connect(&limiter, &QTimer::timeout, &loop, [&] {
            timedOut = true;
            loop.quit();
        });
        limiter.start(std::max(limit, std::chrono::milliseconds(0)));
        loop.exec();
        m_loop = nullptr;
        m_waitingFor = 0;
        if (timedOut && !answered()) {
            QDBusMessage close = QDBusMessage::createMethodCall(service, path, interface, u"CloseNotification"_s);
            close << id;
            m_bus.call(close, QDBus::BlockWithGui, 5000);
            return outcome;
        }
        answered();
    }
    return outcome;
}

void NotificationClient::onActionInvoked(uint id, const QString& action)
{
    // The first answer counts: the NotificationClosed that servers send after an action changes nothing.
    m_events.emplace_back(id, action);
    if (id == m_waitingFor) {
        finish();
    }
}

void NotificationClient::onClosed(uint id, uint /*reason*/)
{
    m_events.emplace_back(id, QString());
    if (id == m_waitingFor) {
        finish();
    }
}

void NotificationClient::onServiceGone()
{
    // The server went away (a desktop shell restarted): the notification went with it.
    if (m_waitingFor != 0) {
        m_events.emplace_back(m_waitingFor, QString());
        finish();
    }
}

void NotificationClient::finish()
{
    if (m_loop) {
        m_loop->quit();
    }
}

} // namespace rc::ui
