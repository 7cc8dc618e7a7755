// SPDX-License-Identifier: GPL-3.0-or-later
#include "paths.h"

#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace rc::core {

namespace {

const QString folderName = QStringLiteral("recovery-coach");

bool rename(const QString& from, const QString& to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

QString dataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(folderName);
}

QString defaultDatabasePath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("sessions.sqlite"));
}

Status moveEarlierDataFolder(const QString& genericDataFolder)
{
    const QDir generic(genericDataFolder);
    const QString folder = generic.filePath(folderName);
    const QString earlier = QDir(folder).filePath(folderName);
    const QString aside = generic.filePath(folderName + QStringLiteral(".moving"));
    const QString asideInner = QDir(aside).filePath(folderName);
    if (!QFileInfo(earlier).isDir() && !QFileInfo(asideInner).isDir()) {
        return {}; // the usual case: nothing of before, and no file system call beyond two stats
    }
    QLockFile lock(generic.filePath(folderName + QStringLiteral(".move.lock")));
    lock.setStaleLockTime(0); // a lock of a process that is gone is taken over
    if (!lock.tryLock(10'000)) {
        return makeError(ErrorCode::Busy, QStringLiteral("Another Recovery Coach is moving the data folder %1; "
                                                         "try again in a moment.")
                                              .arg(QDir::toNativeSeparators(folder)));
    }
    // Under the lock, look again: another start may have moved it meanwhile, or one may have been cut short.
    const auto failed = [&](const QString& from, const QString& to) {
        return makeError(ErrorCode::Io, QStringLiteral("Cannot move %1 to %2 (%3). Nothing was lost: the data is "
                                                       "still in %1.")
                                            .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to),
                                                 QString::fromLocal8Bit(std::strerror(errno))));
    };
    if (QFileInfo(earlier).isDir()) {
        if (QFileInfo::exists(QDir(folder).filePath(QStringLiteral("sessions.sqlite"))) || QFileInfo::exists(aside)) {
            return {}; // both layouts hold data: not ours to choose
        }
        if (!rename(folder, aside)) {
            return failed(folder, aside);
        }
    }
    if (QFileInfo(asideInner).isDir() && !QFileInfo::exists(folder)) {
        if (!rename(asideInner, folder)) {
            const Error error = failed(asideInner, folder);
            rename(aside, folder); // back as it was
            return error;
        }
    }
    makePrivate(folder); // PRODUCT.md section 8: the data folder is 0700
    // What else the old folder held stays, in a folder of its own inside the new one.
    if (!QDir().rmdir(aside) && QFileInfo::exists(aside)) {
        rename(aside, QDir(folder).filePath(QStringLiteral("from-before-0.2")));
    }
    return {};
}

QString backupDirectoryFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString defaultBackupDirectory()
{
    return backupDirectoryFor(defaultDatabasePath());
}

bool isDatabaseFile(const QString& databasePath, const QString& path)
{
    const QFileInfo target(path);
    const QString canonicalTarget = target.canonicalFilePath();
    for (QStringView suffix : databaseFileSuffixes) {
        const QFileInfo live(databasePath + suffix);
        if (target.absoluteFilePath() == live.absoluteFilePath()) {
            return true;
        }
        if (!canonicalTarget.isEmpty() && canonicalTarget == live.canonicalFilePath()) {
            return true;
        }
    }
    return false;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("recovery-coach"));
    QCoreApplication::setApplicationName(QStringLiteral("recovery-coach"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RC_VERSION));
}

} // namespace rc::core
