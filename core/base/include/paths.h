// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>
#include <QStringView>

#include <array>

namespace rc::core {

// PRODUCT.md section 8: the data folder, <generic data location>/recovery-coach, e.g.
// ~/.local/share/recovery-coach/ on Linux, and the database in it.
QString dataFolder();
QString defaultDatabasePath();

// Versions before 0.2 kept the data one folder deeper, in <genericDataFolder>/recovery-coach/recovery-coach/
// (the organisation and the application name). Moves that folder's content, database, -wal, -shm,
// backups and recovery file alike, to <genericDataFolder>/recovery-coach/ once, with two renames under a
// lock that every start takes, so no process ever sees half of it: the folder as it was is renamed
// aside, then its inner folder into the place. A move cut short is finished by the next start. Nothing
// happens when there is no such folder, or when the new folder already holds a database (then both are
// left as they are). Call before anything opens the default database.
Status moveEarlierDataFolder(const QString& genericDataFolder);

// Where the automatic backups of the database at `databasePath` go: a "backups" folder beside it.
QString backupDirectoryFor(const QString& databasePath);
// backupDirectoryFor(defaultDatabasePath()): <data dir>/backups.
QString defaultBackupDirectory();

// The database file and the files SQLite keeps beside it.
inline constexpr std::array<QStringView, 4> databaseFileSuffixes = {u"", u"-wal", u"-shm", u"-journal"};

// True when `path` names the database at `databasePath` or one of SQLite's files beside it (also
// through another spelling or a link): commands that write a file must never write over those.
bool isDatabaseFile(const QString& databasePath, const QString& path);

// The reverse-DNS application id: the D-Bus name of the running app (ui/platform/singleinstance.h), the
// desktop file's and the icon's name.
inline constexpr char applicationId[] = "io.github.recoverycoach.RecoveryCoach";

// Sets the organisation, application name and version that QStandardPaths and QSettings use, so the
// GUI, the command line and the tests agree on where data lives.
void setApplicationIdentity();

} // namespace rc::core
