// SPDX-License-Identifier: GPL-3.0-or-later
#include "programs.h"

#include <QDir>
#include <QFileInfo>

namespace rc::ui {

namespace {

// The build tree's place (the same folder) first, then the installed one.
QStringList candidates(const QString& fromPath, const QString& relativeDir, const QString& fileName)
{
    const QDir from = QFileInfo(fromPath).absoluteDir();
    return {from.filePath(fileName), QDir::cleanPath(QDir(from.filePath(relativeDir)).filePath(fileName))};
}

QString firstExecutable(const QStringList& paths)
{
    for (const QString& path : paths) {
        const QFileInfo file(path);
        if (file.isFile() && file.isExecutable()) {
            return file.absoluteFilePath();
        }
    }
    return {};
}

} // namespace

QString remindHelperFor(const QString& programPath)
{
    return firstExecutable(
        candidates(programPath, QStringLiteral(RC_MODULE_RELATIVE_DIR), QString::fromLatin1(remindHelperName)));
}

QString programFor(const QString& helperPath)
{
    const QStringList paths =
        candidates(helperPath, QStringLiteral(RC_PROGRAM_RELATIVE_DIR), QString::fromLatin1(programName));
    const QString found = firstExecutable(paths);
    return found.isEmpty() ? paths.last() : found;
}

QString helperRelativeDirectory()
{
    return QStringLiteral(RC_MODULE_RELATIVE_DIR);
}

} // namespace rc::ui
