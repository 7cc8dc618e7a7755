// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <sys/stat.h>

#include <cerrno>

namespace rc::core {

bool makePrivate(const QString& path)
{
    struct stat status = {};
    const QByteArray name = QFile::encodeName(path);
    if (::lstat(name.constData(), &status) != 0) {
        return errno == ENOENT;
    }
    if ((status.st_mode & (S_IRWXG | S_IRWXO)) == 0 || S_ISLNK(status.st_mode)) {
        return true; // a link's own mode means nothing; what it points to is not ours to change
    }
    return ::chmod(name.constData(), status.st_mode & S_IRWXU) == 0;
}

bool makePrivateFolder(const QString& folder)
{
    QStringList missing;
    for (QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()); !QFileInfo::exists(path);
         path = QFileInfo(path).absolutePath()) {
        missing.prepend(path);
        if (QFileInfo(path).absolutePath() == path) {
            break;
        }
    }
    for (const QString& path : missing) {
        // mkdir with 0700 itself: the folder is never readable by others, not even for a moment.
        if (::mkdir(QFile::encodeName(path).constData(), S_IRWXU) != 0 && errno != EEXIST) {
            return false;
        }
    }
    return QFileInfo(folder).isDir();
}

Status writePrivateFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(privateFilePermissions) ||
        out.write(bytes) != bytes.size() || !out.commit()) {
        return makeError(ErrorCode::Io, out.errorString());
    }
    return {};
}

} // namespace rc::core
