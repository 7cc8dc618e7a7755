// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace rc::ui {

// A line of news above the pages that does not block anything: the read-only banner (kept for as long
// as the window is open) or a notice the runner can dismiss (e.g. a failed automatic backup).
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Warning, // stays: the window cannot do everything it should
        Notice,  // dismissible
    };

    NoticeBar(Kind kind, const QString& objectName, QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    // A button before Dismiss that does `act` and then hides the bar (a Notice's offer: "Turn on").
    QPushButton* addAction(const QString& label, const std::function<void()>& act);
    QPushButton* dismissButton() const { return m_dismiss; }

private:
    QLabel* m_text;
    QPushButton* m_dismiss = nullptr;
};

} // namespace rc::ui
