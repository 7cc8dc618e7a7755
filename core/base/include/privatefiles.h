// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PRODUCT.md section 8: soreness scores and notes are health data, so what the app writes is for its
// user only, whatever the umask: folders 0700, files 0600.

#include "result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace rc::core {

inline constexpr QFileDevice::Permissions privateFilePermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

// Takes the group's and others' permissions off `path` (a file or a folder) and leaves the owner's as
// they are. True when nothing is left for them (also when the path does not exist).
bool makePrivate(const QString& path);

// Creates `folder` with the parents it lacks; each folder created here is 0700 (folders that were there
// are left as they are). False when it could not be created.
bool makePrivateFolder(const QString& folder);

// Writes `bytes` to `path` through QSaveFile, 0600 from the first byte: a file already there is replaced
// only once all of it is on the disk. On failure the error says why (QFileDevice's words).
Status writePrivateFile(const QString& path, const QByteArray& bytes);

} // namespace rc::core
