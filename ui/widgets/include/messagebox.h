// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QStringList>

#include <deque>

namespace rc::ui {

// Every modal question goes through here, so widget tests can answer it without a dialog
// (KeePassXC's MessageBox::setNextAnswer).
class MessageBox
{
public:
    // The next dialog is not shown and returns `answer` instead; one answer per dialog. Answers set
    // before a dialog asks queue up, for the next dialogs in turn.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // How many dialogs have been answered through the seam or shown since start (tests check it).
    static int shownCount();
    // The title and text of the latest dialog, and the texts of all of them in order (tests read them).
    static QString lastTitle();
    static QString lastText();
    static QStringList shownTexts();

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
    static std::deque<QMessageBox::StandardButton> s_nextAnswers;
    static int s_shown;
    static QString s_lastTitle;
    static QStringList s_texts;
};

} // namespace rc::ui
