// SPDX-License-Identifier: GPL-3.0-or-later
#include "modules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace rc::ui {

namespace {

using namespace Qt::StringLiterals;

QString& moduleDirectory()
{
    static QString directory;
    return directory;
}

QStringList candidates(const QString& fileName)
{
    if (!moduleDirectory().isEmpty()) {
        return {QDir(moduleDirectory()).filePath(fileName)};
    }
    const QDir binary(QCoreApplication::applicationDirPath());
    return {binary.filePath(fileName),
            QDir(binary.filePath(QStringLiteral(RC_MODULE_RELATIVE_DIR))).filePath(fileName)};
}

} // namespace

QFunctionPointer moduleFunction(const char* module, const char* function, QString* error)
{
    const QString fileName = QString::fromLatin1(module) + u".so"_s;
    const QStringList paths = candidates(fileName);
    QString reason;
    for (const QString& path : paths) {
        if (!QFileInfo::exists(path)) {
            continue;
        }
        QLibrary library(path); // never unloaded: what it made may live until the end
        if (const QFunctionPointer found = library.resolve(function)) {
            return found;
        }
        reason = library.errorString();
    }
    if (error != nullptr) {
        *error = !reason.isEmpty() ? reason
                                   : QCoreApplication::translate("rc::ui::modules", "%1 is not installed")
                                         .arg(QDir::toNativeSeparators(paths.first()));
    }
    return nullptr;
}

void setModuleDirectory(const QString& directory)
{
    moduleDirectory() = directory;
}

} // namespace rc::ui
