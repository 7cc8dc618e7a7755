// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rc::core {

// The database in the user's data location (QStandardPaths::AppDataLocation), e.g.
// ~/.local/share/RecoveryCoach/recovery-coach/sessions.sqlite on Linux.
QString defaultDatabasePath();

} // namespace rc::core
