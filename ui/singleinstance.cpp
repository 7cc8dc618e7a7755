// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

// The same database reached by two spellings of its path is still one database.
QString canonicalDatabasePath(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

QString instanceKey(const QString& databasePath)
{
    const QByteArray hash =
        QCryptographicHash::hash(canonicalDatabasePath(databasePath).toUtf8(), QCryptographicHash::Sha256);
    return u"recovery-coach-"_s + QString::fromLatin1(hash.toHex().left(16));
}

QString defaultLockDirectory()
{
    // Without XDG_RUNTIME_DIR Qt would make up a folder and warn about it; the temporary folder is as good.
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        if (!runtime.isEmpty()) {
            return runtime;
        }
    }
    return QDir::tempPath();
}

bool processIsRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    // EPERM: it runs, as somebody else.
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH);
#else
    Q_UNUSED(pid);
    return true; // QLockFile's own check is all there is
#endif
}

} // namespace

SingleInstance::SingleInstance(const QString& databasePath, const QString& lockDirectory, QObject* parent)
    : QObject(parent), m_serverName(instanceKey(databasePath))
{
    const QString folder = lockDirectory.isEmpty() ? defaultLockDirectory() : lockDirectory;
    m_lockPath = QDir(folder).filePath(m_serverName + u".lock"_s);
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    // The lock lives as long as the window: it must never turn stale with age, only with its process.
    m_lock->setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    if (m_server != nullptr) {
        m_server->close();
    }
    m_lock->unlock();
}

bool SingleInstance::tryBecomePrimary()
{
    if (isPrimary()) {
        return true;
    }
    // QLockFile takes over a lock whose process is gone by itself; takeOverStaleLock covers a lock file
    // it cannot judge (e.g. written by hand, or by another Qt version).
    if (!m_lock->tryLock(0) && !(m_lock->error() == QLockFile::LockFailedError && takeOverStaleLock())) {
        return false;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // A socket left by a killed primary would refuse the name; the lock says it is ours now.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName)) {
        // Still the only instance (the lock says so), just unreachable for a second one.
        qWarning("recovery-coach: cannot listen on %s: %s", qPrintable(m_serverName),
                 qPrintable(m_server->errorString()));
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    return true;
}

bool SingleInstance::takeOverStaleLock()
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_lock->getLockInfo(&pid, &host, &application)) {
        return false;
    }
    const bool thisHost = host.isEmpty() || host == QSysInfo::machineHostName();
    if (!thisHost || processIsRunning(pid)) {
        return false;
    }
    return m_lock->removeStaleLockFile() && m_lock->tryLock(0);
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        const auto read = [this, socket] {
            while (socket->canReadLine()) {
                const QString message = QString::fromUtf8(socket->readLine()).trimmed();
                if (!message.isEmpty()) {
                    emit messageReceived(message);
                }
            }
        };
        connect(socket, &QLocalSocket::readyRead, this, read);
        // Senders write one line and leave: what is left in the buffer is read before the socket goes.
        connect(socket, &QLocalSocket::disconnected, this, read);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        read();
    }
}

bool SingleInstance::sendToPrimary(const QString& message, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    // The primary may hold the lock a moment before it listens: try again until the deadline.
    do {
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())))) {
            socket.write(message.toUtf8() + '\n');
            socket.flush();
            while (socket.bytesToWrite() > 0 && !deadline.hasExpired()) {
                socket.waitForBytesWritten(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
            }
            const bool written = socket.bytesToWrite() == 0;
            socket.disconnectFromServer();
            if (socket.state() != QLocalSocket::UnconnectedState) {
                socket.waitForDisconnected(500);
            }
            return written;
        }
        QThread::msleep(50);
    } while (!deadline.hasExpired());
    return false;
}

QString SingleInstance::raiseMessage()
{
    return u"raise"_s;
}

QString SingleInstance::startMessage(const QString& routineId)
{
    return u"start "_s + routineId;
}

QString SingleInstance::routineOf(const QString& message)
{
    return message.startsWith(u"start "_s) ? message.mid(6).trimmed() : QString();
}

} // namespace rc::ui
