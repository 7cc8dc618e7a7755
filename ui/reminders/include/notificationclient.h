// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <utility>
#include <vector>

class QEventLoop;

namespace rc::ui {

// The reminder's four actions: the keys the notification carries, the words on its buttons.
struct ReminderActionKeys
{
    static constexpr char startRoutine[] = "start-routine";
    static constexpr char done[] = "done";
    static constexpr char snooze[] = "snooze";
    static constexpr char notToday[] = "not-today";
};
// Key, label, key, label, ... as Notify takes them.
QStringList reminderActions();

// A client of org.freedesktop.Notifications (the Desktop Notifications Specification, 1.2) that shows one
// notification and waits for what becomes of it.
class NotificationClient : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool withActions = false; // the server shows actions; without them nothing is waited for
        QString action;           // the key invoked; empty when it was closed (or the server went away)
    };

    explicit NotificationClient(const QDBusConnection& bus, QObject* parent = nullptr);

    // Sends the notification with `actions` (keys and labels) when the server has the "actions" capability,
    // text only otherwise, and returns its id. An error when there is no notification service.
    core::Result<quint32> notify(const QString& title, const QString& body, const QStringList& actions);

    // Waits, in an event loop, for ActionInvoked or NotificationClosed of `id` (or the service going away), at
    // most `limit`: then the notification is closed (CloseNotification) and no action is returned. A
    // notification left in a tray must not keep today's run going into tomorrow's.
    Outcome wait(quint32 id, std::chrono::milliseconds limit);

    bool serverHasActions() const { return m_hasActions; }

private slots:
    void onActionInvoked(uint id, const QString& action);
    void onClosed(uint id, uint reason);
    void onServiceGone();

private:
    void finish();

    QDBusConnection m_bus;
    bool m_hasActions = false;
    // Signals may come before Notify's reply is read: every one is kept until its id is known.
    std::vector<std::pair<quint32, QString>> m_events; // id, action key ("" for closed)
    quint32 m_waitingFor = 0;
    QEventLoop* m_loop = nullptr;
};

} // namespace rc::ui
