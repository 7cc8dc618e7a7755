// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <utility>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

const QString folderKey = u"files/csvFolder"_s;

QString csvFilter()
{
    return QCoreApplication::translate("FileDialogs", "CSV files (*.csv);;All files (*)");
}

} // namespace

std::optional<QString> FileDialogs::s_nextPath;
int FileDialogs::s_shown = 0;

void FileDialogs::setNextPath(const QString& path)
{
    s_nextPath = path;
}

int FileDialogs::shownCount()
{
    return s_shown;
}

std::optional<QString> FileDialogs::takeNextPath()
{
    ++s_shown;
    auto next = std::exchange(s_nextPath, std::nullopt);
    return next;
}

QString FileDialogs::openCsv(QWidget* parent, const QString& title)
{
    QString file;
    if (auto next = takeNextPath()) {
        file = *next;
    } else {
        file = QFileDialog::getOpenFileName(parent, title, lastFolder(), csvFilter());
    }
    rememberFolder(file);
    return file;
}

QString FileDialogs::saveCsv(QWidget* parent, const QString& title, const QString& suggestedName)
{
    QString file;
    if (auto next = takeNextPath()) {
        file = *next;
    } else {
        file = QFileDialog::getSaveFileName(parent, title, QDir(lastFolder()).filePath(suggestedName), csvFilter());
    }
    rememberFolder(file);
    return file;
}

void FileDialogs::rememberFolder(const QString& file)
{
    if (!file.isEmpty()) {
        QSettings().setValue(folderKey, QFileInfo(file).absolutePath());
    }
}

QString FileDialogs::lastFolder()
{
    const QString saved = QSettings().value(folderKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir()) {
        return saved;
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace rc::ui
