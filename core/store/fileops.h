// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File moves and syncs for the data-safety code (repair, backups), internal to the core.

#include "result.h"

#include <QString>

namespace rc::core {

// Flushes the file's data to the disk (fsync), so a rename that follows never publishes a file whose
// bytes are still only in the page cache.
Status syncFile(const QString& path);

// Makes a rename in `directory` durable. Best effort: some file systems cannot sync a folder.
void syncDirectory(const QString& directory);

// Renames in place, never copying: the bytes stay exactly as they were. `to` must not exist.
Status moveFile(const QString& from, const QString& to);

// Renames atomically onto `to`, replacing it when it exists (POSIX rename semantics).
Status replaceFile(const QString& from, const QString& to);

} // namespace rc::core
