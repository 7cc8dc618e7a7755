// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "fileops.h"
#include "paths.h"
#include "privatefiles.h"
#include "repair.h"
#include "sessionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <array>

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

void removeWithSidecars(const QString& path)
{
    for (QStringView suffix : databaseFileSuffixes) {
        QFile::remove(path + suffix);
    }
}

// The backup opened read-only, after every check a restore needs. Messages say nothing was changed,
// because a refused backup is refused before the live database is touched.
Result<std::unique_ptr<SessionStore>> openBackup(const QString& file)
{
    const QFileInfo info(file);
    const QString path = native(info.absoluteFilePath());
    if (!info.exists()) {
        return makeError(ErrorCode::NotFound, u"There is no backup at %1. Nothing was changed."_s.arg(path));
    }
    if (info.isDir()) {
        return makeError(ErrorCode::InvalidInput,
                         u"%1 is a folder, not a backup file. Nothing was changed."_s.arg(path));
    }
    auto opened = SessionStore::open(info.absoluteFilePath(), SessionStore::Mode::ReadOnly);
    if (opened) {
        // Our tables are there (version >= 1), but reading them is the real proof.
        if (auto count = (*opened)->count(); !count) {
            return makeError(ErrorCode::Corrupt,
                             u"%1 is not a usable backup: %2 Nothing was changed."_s.arg(path, count.error().message));
        }
        return opened;
    }
    const Error& error = opened.error();
    switch (error.code) {
    case ErrorCode::Corrupt:
        return makeError(ErrorCode::Corrupt, u"%1 is not a usable backup: it is damaged or not an SQLite file. "
                                             u"Nothing was changed."_s.arg(path));
    case ErrorCode::NewerSchema:
        return makeError(ErrorCode::NewerSchema, u"%1 was saved by a newer Recovery Coach: update Recovery Coach to "
                                                 u"restore it. Nothing was changed."_s.arg(path));
    case ErrorCode::NotFound:
        return makeError(ErrorCode::InvalidInput,
                         u"%1 holds no Recovery Coach sessions. Nothing was changed."_s.arg(path));
    case ErrorCode::Other:
        return makeError(ErrorCode::InvalidInput, u"%1 is an SQLite database but not a Recovery Coach backup. "
                                                  u"Nothing was changed."_s.arg(path));
    default:
        return error;
    }
}

// "<dir>/<name>-before-restore-YYYYMMDD-HHMMSS.sqlite", with -2, -3… when that name is taken.
QString beforeRestoreName(const QString& databasePath, const QString& backupDir, const QDateTime& now)
{
    const QString stem = QDir(backupDir).filePath(QFileInfo(databasePath).completeBaseName() % u"-before-restore-"_s %
                                                  now.toString(u"yyyyMMdd-HHmmss"_s));
    QString name = stem % u".sqlite"_s;
    for (int n = 2; QFileInfo::exists(name); ++n) {
        name = stem % u"-"_s % QString::number(n) % u".sqlite"_s;
    }
    return name;
}

} // namespace

Status backupDatabase(const SessionStore& store, const QString& target, const BackupHooks& hooks)
{
    if (target.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, u"No backup file given."_s);
    }
    const QFileInfo info(target);
    const QString absolute = info.absoluteFilePath();
    if (isDatabaseFile(store.path(), absolute)) {
        return makeError(ErrorCode::InvalidInput,
                         u"%1 is the database itself: a backup must go to another file."_s.arg(native(absolute)));
    }
    if (info.isDir()) {
        return makeError(ErrorCode::InvalidInput,
                         u"%1 is a folder: give a file name for the backup."_s.arg(native(absolute)));
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return makeError(ErrorCode::NotFound, u"Cannot write the backup %1: the folder %2 does not exist."_s.arg(
                                                  native(absolute), native(info.absolutePath())));
    }

    // Reserves a unique temporary name; whatever is still under it when this scope ends is removed.
    QTemporaryFile temporary(absolute % u".tmp-XXXXXX"_s);
    if (!temporary.open()) {
        const bool writable = QFileInfo(info.absolutePath()).isWritable();
        return makeError(writable ? ErrorCode::Io : ErrorCode::ReadOnly,
                         u"Cannot write the backup %1: %2."_s.arg(native(absolute), temporary.errorString()));
    }
    const QString temporaryPath = temporary.fileName();
    temporary.close();

    Status written = store.backupTo(temporaryPath);
    // A copy is as private as the original (QTemporaryFile creates it owner-only).
    if (written && !QFile::setPermissions(temporaryPath, QFileInfo(store.path()).permissions())) {
        written = makeError(ErrorCode::Io, u"Cannot set the permissions of the backup %1."_s.arg(native(absolute)));
    }
    if (written) {
        written = syncFile(temporaryPath);
    }
    if (written && hooks.beforeRename) {
        written = hooks.beforeRename(temporaryPath);
    }
    if (written) {
        written = replaceFile(temporaryPath, absolute);
    }
    if (!written) {
        removeWithSidecars(temporaryPath);
        return written;
    }
    syncDirectory(info.absolutePath());
    return {};
}

Result<BackupCheck> checkBackupFile(const QString& file)
{
    auto opened = openBackup(file);
    if (!opened) {
        return opened.error();
    }
    const auto count = (*opened)->count();
    if (!count) {
        return count.error();
    }
    return BackupCheck{*count};
}

namespace {

// A backup checked to be usable and not the database at `databasePath` itself.
Result<std::unique_ptr<SessionStore>> openBackupFor(const QString& databasePath, const QString& backupFile)
{
    if (isDatabaseFile(databasePath, backupFile)) {
        return makeError(ErrorCode::InvalidInput,
                         u"%1 is the database itself, not a backup of it. Nothing was changed."_s.arg(
                             native(QFileInfo(backupFile).absoluteFilePath())));
    }
    return openBackup(backupFile);
}

// Copies the checked `source` into `store`; `report` already names where the previous database went.
Result<RestoreReport> restoreInto(SessionStore& store, const SessionStore& source, RestoreReport report,
                                  const QString& previousWas)
{
    auto restored = store.restoreFrom(source);
    if (!restored) {
        return makeError(restored.error().code,
                         restored.error().message % previousWas % native(report.previousDatabaseBackup) % u"."_s);
    }
    report.leftOut = std::move(restored).value();
    const auto count = store.count();
    if (!count) {
        return count.error();
    }
    report.sessions = *count;
    return report;
}

Result<RestoreReport> restoreChecked(SessionStore& store, const SessionStore& source, const QString& backupDir,
                                     const QDateTime& now)
{
    if (!makePrivateFolder(backupDir)) {
        return makeError(ErrorCode::ReadOnly,
                         u"Cannot create the backup folder %1, so the current database could not be backed up "
                         u"first. Nothing was changed."_s.arg(native(backupDir)));
    }
    RestoreReport report;
    report.previousDatabaseBackup = beforeRestoreName(store.path(), backupDir, now);
    if (Status saved = backupDatabase(store, report.previousDatabaseBackup); !saved) {
        return makeError(saved.error().code, u"Could not back up the current database first, so nothing was "
                                             u"restored: "_s %
                                                 saved.error().message);
    }
    return restoreInto(store, source, std::move(report), u" The database as it was before is in "_s);
}

} // namespace

Result<RestoreReport> restoreDatabase(SessionStore& store, const QString& backupFile, const QString& backupDir,
                                      const QDateTime& now)
{
    auto source = openBackupFor(store.path(), backupFile);
    if (!source) {
        return source.error();
    }
    return restoreChecked(store, **source, backupDir, now);
}

Result<RestoreReport> restoreDatabaseFile(const QString& databasePath, const QString& backupFile,
                                          const QString& backupDir, const QDateTime& now)
{
    const QString absolute = QFileInfo(databasePath).absoluteFilePath();
    // Checked before the database is opened, so a bad backup never even creates a missing database.
    auto source = openBackupFor(absolute, backupFile);
    if (!source) {
        return source.error();
    }
    auto store = SessionStore::open(absolute);
    if (store) {
        return restoreChecked(**store, **source, backupDir, now);
    }
    if (store.error().code != ErrorCode::Corrupt) {
        return store.error();
    }
    RestoreReport report;
    report.previousWasDamaged = true;
    auto moved = moveDatabaseAside(absolute, now);
    if (!moved) {
        return makeError(moved.error().code, u"Cannot move the damaged database aside, so nothing was restored: "_s %
                                                 moved.error().message);
    }
    report.previousDatabaseBackup = *moved;
    auto fresh = SessionStore::open(absolute);
    if (!fresh) {
        return fresh.error();
    }
    return restoreInto(**fresh, **source, std::move(report), u" The damaged database is now "_s);
}

} // namespace rc::core
