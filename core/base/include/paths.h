// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>

namespace rc::core {

// The database in the user's data location (QStandardPaths::AppDataLocation), e.g.
// ~/.local/share/recovery-coach/recovery-coach/sessions.sqlite on Linux.
QString defaultDatabasePath();

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
