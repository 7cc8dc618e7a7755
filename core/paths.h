// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rc::core {

// The database in the user's data location (QStandardPaths::AppDataLocation), e.g.
// ~/.local/share/recovery-coach/recovery-coach/sessions.sqlite on Linux.
QString defaultDatabasePath();

// Where the automatic backups of the database at `databasePath` go: a "backups" folder beside it.
QString backupDirectoryFor(const QString& databasePath);
// backupDirectoryFor(defaultDatabasePath()): <data dir>/backups.
QString defaultBackupDirectory();

} // namespace rc::core

namespace rc::core {

// Sets the organisation, application name and version that QStandardPaths and QSettings use, so the
// GUI, the command line and the tests agree on where data lives.
void setApplicationIdentity();

} // namespace rc::core
