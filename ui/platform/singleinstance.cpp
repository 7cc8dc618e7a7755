// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include "applicationadaptor.h"
#include "paths.h"

#include <QCryptographicHash>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

const QString applicationInterface = u"org.freedesktop.Application"_s;

// The same database reached by two spellings of its path is still one database.
QString canonicalDatabasePath(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

QString pathHash(const QString& databasePath)
{
    const QByteArray hash =
        QCryptographicHash::hash(canonicalDatabasePath(databasePath).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(16));
}

// The application id for the default database, which the desktop file activates; another database
// adds an element of its own (a bus name element may not start with a digit).
QString serviceNameFor(const QString& databasePath)
{
    const QString id = QString::fromLatin1(core::applicationId);
    if (canonicalDatabasePath(databasePath) == canonicalDatabasePath(core::defaultDatabasePath())) {
        return id;
    }
    return id + u".Db"_s + pathHash(databasePath);
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

} // namespace

const QStringList& SingleInstance::actions()
{
    static const QStringList names = {QLatin1String(startRoutineAction), QLatin1String(logSessionAction)};
    return names;
}

QString SingleInstance::objectPath()
{
    // The Desktop Entry Specification: the application id with dots as slashes.
    return u"/"_s + QString::fromLatin1(core::applicationId).replace(u'.', u'/');
}

SingleInstance::SingleInstance(const QString& databasePath, const QDBusConnection& bus, const QString& lockDirectory,
                               QObject* parent)
    : QObject(parent), m_bus(bus), m_serviceName(serviceNameFor(databasePath)),
      m_lockPath(QDir(lockDirectory.isEmpty() ? defaultLockDirectory() : lockDirectory)
                     .filePath(u"recovery-coach-"_s + pathHash(databasePath) + u".lock"_s))
{
}

SingleInstance::~SingleInstance()
{
    if (m_primary && usesBus()) {
        m_bus.unregisterObject(objectPath());
        m_bus.unregisterService(m_serviceName);
    }
}

bool SingleInstance::tryBecomePrimary()
{
    if (m_primary) {
        return true;
    }
    if (!usesBus()) {
        m_lock = std::make_unique<QLockFile>(m_lockPath);
        // Never stale while its process runs, however long the window has been open; a lock whose process
        // is gone is taken over.
        m_lock->setStaleLockTime(0);
        m_primary = m_lock->tryLock(0);
        return m_primary;
    }
    // The object first, so that a call which arrives the moment the name is ours finds it.
    new ApplicationAdaptor(this, m_bus);
    if (!m_bus.registerObject(objectPath(), this)) {
        return false;
    }
    // Not queued: a second instance must hear at once that the name is taken, not wait in line for it.
    const auto reply = m_bus.interface()->registerService(m_serviceName, QDBusConnectionInterface::DontQueueService,
                                                          QDBusConnectionInterface::DontAllowReplacement);
    m_primary = reply.isValid() && reply.value() == QDBusConnectionInterface::ServiceRegistered;
    if (!m_primary) {
        m_bus.unregisterObject(objectPath());
    }
    return m_primary;
}

bool SingleInstance::activatePrimary(const QString& action, const QVariant& parameter, int timeoutMs) const
{
    if (!usesBus()) {
        return false;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(m_serviceName, objectPath(), applicationInterface,
                                                       action.isEmpty() ? u"Activate"_s : u"ActivateAction"_s);
    if (!action.isEmpty()) {
        call << action << (parameter.isValid() ? QVariantList{parameter} : QVariantList{});
    }
    call << QVariantMap{};
    // Only a running primary: a name nobody owns must not start one through D-Bus activation here.
    call.setAutoStartService(false);
    // With an event loop while it waits: the primary may live in this very thread (the tests' case).
    return m_bus.call(call, QDBus::BlockWithGui, timeoutMs).type() == QDBusMessage::ReplyMessage;
}

} // namespace rc::ui
