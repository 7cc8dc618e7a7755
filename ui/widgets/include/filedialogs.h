// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace rc::ui {

// Every file dialog goes through here, so widget tests can pick a file without a dialog (the same
// seam as MessageBox::setNextAnswer). Remembers the folder last used ("files/csvFolder").
class FileDialogs
{
public:
    // The next dialog is not shown and returns `path` instead; an empty path is a cancelled dialog.
    static void setNextPath(const QString& path);
    // How many dialogs have been answered through the seam or shown since start.
    static int shownCount();

    // An existing CSV file to read, or empty when cancelled.
    static QString openCsv(QWidget* parent, const QString& title);
    // Where to write a CSV file, proposing `suggestedName` in the last folder; empty when cancelled.
    static QString saveCsv(QWidget* parent, const QString& title, const QString& suggestedName);

private:
    static std::optional<QString> takeNextPath();
    static void rememberFolder(const QString& file);
    static QString lastFolder();

    static std::optional<QString> s_nextPath;
    static int s_shown;
};

} // namespace rc::ui
