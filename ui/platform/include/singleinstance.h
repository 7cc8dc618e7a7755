// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QLockFile;

namespace rc::ui {

// One window per database, through the desktop's own mechanism. The first `recovery-coach` for a
// database owns a name on the D-Bus session bus and serves org.freedesktop.Application there: Activate,
// Open and ActivateAction, the calls the desktop file (DBusActivatable), its actions and the actions of
// notifications make. A second one finds the name taken, makes the call itself, and exits. The
// default database's name is the application id; another --db gets the id and a hash of its path, so
// it is another instance. The bus frees the name when its owner ends, however it ends.
//
// Without a session bus (a bare console, some containers) a QLockFile named after the same hash
// guards the database instead: a second instance can then only say that the first is open.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // The actions of ActivateAction: the desktop file's "Start routine" (an optional routine id as the
    // parameter) and "Log a session".
    static constexpr char startRoutineAction[] = "start-routine";
    static constexpr char logSessionAction[] = "log-session";
    static const QStringList& actions();

    // `bus`: the session bus, or a private one in tests; a bus that is not connected means the lock.
    // `lockDirectory`: where the lock goes then; empty for the user's runtime folder
    // (QStandardPaths::RuntimeLocation, or the temporary folder when there is none).
    explicit SingleInstance(const QString& databasePath, const QDBusConnection& bus = QDBusConnection::sessionBus(),
                            const QString& lockDirectory = {}, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Owns the name and serves the interface (or takes the lock). False when another running instance
    // has it.
    bool tryBecomePrimary();
    bool isPrimary() const { return m_primary; }
    bool usesBus() const { return m_bus.isConnected(); }

    // On the bus: the name and the object path of org.freedesktop.Application.
    QString serviceName() const { return m_serviceName; }
    static QString objectPath();
    QString lockFilePath() const { return m_lockPath; }

    // From a second instance: Activate (`action` empty) or ActivateAction(action, [parameter]) on the
    // first. False when none answered within `timeoutMs`, or without a bus.
    bool activatePrimary(const QString& action = {}, const QVariant& parameter = {}, int timeoutMs = 3000) const;

signals:
    // On the primary: Activate, or Open (which takes no file types yet and only brings the window).
    void activated();
    // On the primary: ActivateAction with one of actions(); `parameter` is invalid when none was given.
    void actionActivated(const QString& action, const QVariant& parameter);

private:
    QDBusConnection m_bus;
    QString m_serviceName;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_primary = false;
};

} // namespace rc::ui
