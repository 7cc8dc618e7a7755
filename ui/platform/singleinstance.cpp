// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <functional>

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
    // EPERM: it runs, as somebody else.
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH);
}

// The socket's address; false when the path does not fit (sun_path is about a hundred bytes).
bool socketAddress(const QString& path, sockaddr_un* address)
{
    const QByteArray bytes = QFile::encodeName(path);
    *address = {};
    address->sun_family = AF_UNIX;
    if (bytes.size() >= qsizetype(sizeof(address->sun_path))) {
        return false;
    }
    std::memcpy(address->sun_path, bytes.constData(), std::size_t(bytes.size()));
    return true;
}

// Waits until `fd` is ready for `events` or the deadline passes.
bool waitFor(int fd, short events, const QDeadlineTimer& deadline)
{
    pollfd entry{fd, events, 0};
    int ready = 0;
    do {
        ready = ::poll(&entry, 1, static_cast<int>(std::max<qint64>(0, deadline.remainingTime())));
    } while (ready < 0 && errno == EINTR);
    return ready > 0 && (entry.revents & (events | POLLERR | POLLHUP)) != 0;
}

// What one connection may send at the most.
constexpr qsizetype maxRequestBytes = 64 * 1024;

// One second instance's connection: reads its line(s), then goes.
class Connection : public QObject
{
public:
    Connection(int fd, std::function<void(const QString&)> deliver, QObject* parent)
        : QObject(parent), m_fd(fd), m_deliver(std::move(deliver)), m_notifier(fd, QSocketNotifier::Read, this)
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, &Connection::read);
    }
    ~Connection() override { ::close(m_fd); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    void read()
    {
        char chunk[512];
        for (;;) {
            const ssize_t got = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (got > 0 && m_buffer.size() + got <= maxRequestBytes) {
                m_buffer.append(chunk, got);
                continue;
            }
            if (got > 0) { // not a request of ours: a few words are all there ever is
                m_buffer.clear();
                m_notifier.setEnabled(false);
                deleteLater();
                return;
            }
            if (got < 0 && errno == EINTR) {
                continue;
            }
            const bool closed = got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
            deliverLines(closed);
            if (closed) {
                m_notifier.setEnabled(false);
                deleteLater();
            }
            return;
        }
    }

private:
    // Whole lines; with `all`, what is left too (a sender that left without the newline).
    void deliverLines(bool all)
    {
        qsizetype end = 0;
        while ((end = m_buffer.indexOf('\n')) >= 0 || (all && !m_buffer.isEmpty())) {
            const qsizetype length = end >= 0 ? end : m_buffer.size();
            const QString message = QString::fromUtf8(m_buffer.left(length)).trimmed();
            m_buffer.remove(0, end >= 0 ? end + 1 : length);
            if (!message.isEmpty()) {
                m_deliver(message);
            }
        }
    }

    int m_fd;
    std::function<void(const QString&)> m_deliver;
    QSocketNotifier m_notifier;
    QByteArray m_buffer;
};

} // namespace

SingleInstance::SingleInstance(const QString& databasePath, const QString& lockDirectory, QObject* parent)
    : QObject(parent), m_serverName(instanceKey(databasePath))
{
    const QString folder = lockDirectory.isEmpty() ? defaultLockDirectory() : lockDirectory;
    m_lockPath = QDir(folder).filePath(m_serverName + u".lock"_s);
    m_socketPath = QDir(folder).filePath(m_serverName + u".socket"_s);
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    // The lock lives as long as the window: it must never turn stale with age, only with its process.
    m_lock->setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    closeListener();
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
    m_primary = true;
    listen();
    return true;
}

void SingleInstance::listen()
{
    const auto fail = [this](const char* what) {
        // Still the only instance (the lock says so), just unreachable for a second one.
        qWarning("recovery-coach: cannot listen on %s: %s: %s", qPrintable(m_socketPath), what, std::strerror(errno));
        closeListener();
    };
    sockaddr_un address{};
    if (!socketAddress(m_socketPath, &address)) {
        errno = ENAMETOOLONG;
        fail("the path is too long");
        return;
    }
    m_listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_listener < 0) {
        fail("socket");
        return;
    }
    // A socket left by a killed primary would refuse the name; the lock says it is ours now.
    ::unlink(address.sun_path);
    if (::bind(m_listener, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        fail("bind");
        return;
    }
    // This user only (the runtime folder is private anyway; the temporary folder is not).
    if (::chmod(address.sun_path, S_IRUSR | S_IWUSR) != 0 || ::listen(m_listener, 16) != 0) {
        fail("listen");
        return;
    }
    m_listenerNotifier = new QSocketNotifier(m_listener, QSocketNotifier::Read, this);
    connect(m_listenerNotifier, &QSocketNotifier::activated, this, &SingleInstance::acceptConnections);
}

void SingleInstance::closeListener()
{
    if (m_listener < 0) {
        return;
    }
    delete m_listenerNotifier;
    m_listenerNotifier = nullptr;
    ::close(m_listener);
    m_listener = -1;
    ::unlink(QFile::encodeName(m_socketPath).constData());
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
    for (;;) {
        const int connection = ::accept4(m_listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (connection < 0) {
            if (errno == EINTR) {
                continue;
            }
            return; // EAGAIN: none left
        }
        // Senders write one line and leave: what is left in the buffer is read before the socket goes.
        auto* reader = new Connection(
            connection, [this](const QString& message) { emit messageReceived(message); }, this);
        reader->read();
    }
}

bool SingleInstance::sendToPrimary(const QString& message, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    sockaddr_un address{};
    if (!socketAddress(m_socketPath, &address)) {
        return false;
    }
    const QByteArray line = message.toUtf8() + '\n';
    // The primary may hold the lock a moment before it listens: try again until the deadline.
    do {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            return false;
        }
        bool connected = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
        if (!connected && (errno == EINPROGRESS || errno == EAGAIN) && waitFor(fd, POLLOUT, deadline)) {
            int error = 0;
            socklen_t size = sizeof error;
            connected = ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) == 0 && error == 0;
        }
        if (connected) {
            qsizetype sent = 0;
            while (sent < line.size()) {
                // MSG_NOSIGNAL: a primary that went away is a failed send, not a SIGPIPE.
                const ssize_t wrote =
                    ::send(fd, line.constData() + sent, std::size_t(line.size() - sent), MSG_NOSIGNAL);
                if (wrote > 0) {
                    sent += wrote;
                } else if (wrote < 0 && errno == EINTR) {
                    continue;
                } else if (wrote < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && waitFor(fd, POLLOUT, deadline)) {
                    continue;
                } else {
                    break;
                }
            }
            ::close(fd);
            return sent == line.size();
        }
        ::close(fd);
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
