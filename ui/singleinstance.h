// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLockFile;

namespace rc::ui {

// One window per database. The first `recovery-coach` for a database holds a QLockFile named after a
// hash of the database's path (so another --db is another instance) and listens on a QLocalServer of
// the same name; a second one finds the lock taken, sends its request ("raise", or "start ROUTINE") to
// the first and exits. A lock left behind by a process that no longer runs is taken over.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `lockDirectory`: where the lock file goes; empty for the user's runtime folder
    // (QStandardPaths::RuntimeLocation, or the temporary folder when there is none).
    explicit SingleInstance(const QString& databasePath, const QString& lockDirectory = {}, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Takes the lock and starts listening. False when another running instance holds the lock.
    bool tryBecomePrimary();
    bool isPrimary() const { return m_server != nullptr; }

    // Sends `message` to the instance holding the lock; false when none could be reached within
    // `timeoutMs` (it may still be starting).
    bool sendToPrimary(const QString& message, int timeoutMs = 3000) const;

    QString lockFilePath() const { return m_lockPath; }
    QString serverName() const { return m_serverName; }

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
    void acceptConnections();

    QString m_lockPath;
    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
};

} // namespace rc::ui
