// SPDX-License-Identifier: GPL-3.0-or-later
#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace rc::core {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("sessions.sqlite"));
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
