// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"

namespace rc::ui {

std::deque<QMessageBox::StandardButton> MessageBox::s_nextAnswers;
int MessageBox::s_shown = 0;
QString MessageBox::s_lastTitle;
QStringList MessageBox::s_texts;

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswers.push_back(answer);
}

int MessageBox::shownCount()
{
    return s_shown;
}

QString MessageBox::lastTitle()
{
    return s_lastTitle;
}

QString MessageBox::lastText()
{
    return s_texts.isEmpty() ? QString() : s_texts.constLast();
}

QStringList MessageBox::shownTexts()
{
    return s_texts;
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                             const QString& text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    ++s_shown;
    s_lastTitle = title;
    s_texts.append(text);
    if (!s_nextAnswers.empty()) {
        const auto answer = s_nextAnswers.front();
        s_nextAnswers.pop_front();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace rc::ui
