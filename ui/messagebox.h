// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

#include <optional>

namespace rc::ui {

// Every modal question goes through here, so widget tests can answer it without a dialog
// (KeePassXC's MessageBox::setNextAnswer).
class MessageBox
{
public:
    // The next dialog is not shown and returns `answer` instead; one answer per dialog.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // How many dialogs have been answered through the seam or shown since start (tests check it).
    static int shownCount();

    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::Ok);
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static int s_shown;
};

} // namespace rc::ui
