// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace rc::core {

class SessionStore;

// A seam for tests and fault injection: runs after the copy is written, checked and synced under its
// temporary name, right before it is renamed onto the target. An error stops the backup there.
struct BackupHooks
{
    std::function<Status(const QString& temporaryPath)> beforeRename;
};

// Copies the live database to `target` with SQLite's online backup API. The copy is written to
// "<target>.tmp-XXXXXX" beside it, checked with quick_check, synced, then renamed onto `target`: an
// interrupted backup leaves nothing under the final name, and a failed one leaves no temporary file.
// InvalidInput when `target` is the live database itself (or one of its -wal/-shm/-journal files).
Status backupDatabase(const SessionStore& store, const QString& target, const BackupHooks& hooks = {});

// What a backup holds, found without changing it.
struct BackupCheck
{
    qint64 sessions = 0;
};

// Checks that `file` can be restored: it exists, is SQLite, passes quick_check, is a Recovery Coach
// database (has our tables) and is not from a newer version. The file is opened read-only.
Result<BackupCheck> checkBackupFile(const QString& file);

struct RestoreReport
{
    qint64 sessions = 0;             // sessions in the database now
    QString previousDatabaseBackup;  // where the database as it was before the restore was backed up
    bool previousWasDamaged = false; // it could not be opened, so it was moved aside as it was instead
    QStringList leftOut;             // what the backup held beyond our schema (`trigger "wipe"`), not copied
};

// Replaces the live database with `backupFile`. In order: checks the file (checkBackupFile; on any
// problem nothing is changed), backs up the current database to
// "<backupDir>/<name>-before-restore-YYYYMMDD-HHMMSS.sqlite" (local time of `now`), then copies the
// backup's sessions into the live database (SessionStore::restoreFrom: rows, never its schema objects).
// The store stays open and valid; everything read from it before is stale.
Result<RestoreReport> restoreDatabase(SessionStore& store, const QString& backupFile, const QString& backupDir,
                                      const QDateTime& now);

// restoreDatabase for a database that is not open, e.g. one the app could not open: checks the backup
// first, then opens the database (creating it when missing). When it is damaged (Corrupt), it is moved
// aside byte-for-byte as by moveDatabaseAside (repair.h) instead of being backed up, and the backup is
// restored into a fresh database; previousDatabaseBackup is then the damaged file's new name.
Result<RestoreReport> restoreDatabaseFile(const QString& databasePath, const QString& backupFile,
                                          const QString& backupDir, const QDateTime& now);

// The daily automatic backup: when "<backupDir>/<name>-YYYY-MM-DD.sqlite" for `today` does not exist
// yet, writes it (backupDatabase) and prunes older automatic backups (backupsToDelete). <name> is the
// database file's base name ("sessions" for sessions.sqlite). Returns the new file, or nullopt when
// today's backup already exists. Other files in backupDir are never touched.
Result<std::optional<QString>> runAutomaticBackup(const SessionStore& store, const QString& backupDir,
                                                  const QDate& today);

// Retention of the daily backups, given the dates that have one: keeps the 7 newest; among the older
// ones, the newest of each ISO week for the 4 most recent such weeks. Returns the dates to delete,
// newest first. Dates after `today` (a clock that was wrong, or is now) are never deleted and not
// counted.
std::vector<QDate> backupsToDelete(const std::vector<QDate>& existing, const QDate& today);

struct BackupFile
{
    QString path;
    QDateTime lastModified; // local time
    QDate date;             // the day of an automatic backup; invalid for the one taken before a restore
    qint64 size = 0;
};

// The backups of the database at `databasePath` in `backupDir` (automatic and before-restore), newest
// first; empty when the folder does not exist. For the "Restore from backup…" dialog.
std::vector<BackupFile> listBackups(const QString& databasePath, const QString& backupDir);

} // namespace rc::core
