// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLockFile;
class QSocketNotifier;

namespace rc::ui {

// One window per database. The first `recovery-coach` for a database holds a QLockFile named after a
// hash of the database's path (so another --db is another instance) and listens on a Unix domain socket
// of the same name beside it, open to this user only; a second one finds the lock taken, sends its
// request ("raise", or "start ROUTINE") as one line to the first and exits. A lock left behind by a
// process that no longer runs is taken over. Plain sockets rather than QLocalServer: Qt Network and the
// nine libraries behind it (Kerberos among them) cost a millisecond and more at every start.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `lockDirectory`: where the lock file and the socket go; empty for the user's runtime folder
    // (QStandardPaths::RuntimeLocation, or the temporary folder when there is none).
    explicit SingleInstance(const QString& databasePath, const QString& lockDirectory = {}, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Takes the lock and starts listening. False when another running instance holds the lock.
    bool tryBecomePrimary();
    bool isPrimary() const { return m_primary; }

    // Sends `message` to the instance holding the lock; false when none could be reached within
    // `timeoutMs` (it may still be starting).
    bool sendToPrimary(const QString& message, int timeoutMs = 3000) const;

    QString lockFilePath() const { return m_lockPath; }
    QString serverName() const { return m_serverName; }
    QString socketPath() const { return m_socketPath; }

    // The messages the primary understands.
    static QString raiseMessage();
    static QString startMessage(const QString& routineId);
    // The routine of a start message; empty for anything else.
    static QString routineOf(const QString& message);

signals:
    // A second instance asked for something (on the primary only).
    void messageReceived(const QString& message);

private:
    bool takeOverStaleLock();
    void listen();
    void acceptConnections();
    void closeListener();

    QString m_lockPath;
    QString m_serverName;
    QString m_socketPath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_primary = false;
    int m_listener = -1; // the listening socket, while primary
    QSocketNotifier* m_listenerNotifier = nullptr;
};

} // namespace rc::ui
