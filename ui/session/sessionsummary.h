// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;

namespace rc::ui {

class NoteEdit;

// After a session: what was done, soreness before and after (optional), a note, Save or Discard.
// A failed save shows its reason here with Retry; the session is kept until it is saved.
class SessionSummary : public QWidget
{
    Q_OBJECT

public:
    struct Facts
    {
        bool completed = false;
        int workedSeconds = 0;
        int plannedSeconds = 0;
        int stepsDone = 0;
        int stepCount = 0;
    };

    explicit SessionSummary(QWidget* parent = nullptr);

    // Resets the ratings and the note, and shows `facts`.
    void showFacts(const Facts& facts);
    // A failed save: the reason, and where the session is kept meanwhile (`recoveryFile`, or only in
    // memory when that is empty). Save becomes Retry.
    void showError(const QString& message, const QString& recoveryFile = {});

    std::optional<int> sorenessBefore() const;
    std::optional<int> sorenessAfter() const;
    QString note() const;

signals:
    void saveRequested();
    void discardRequested();

private:
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QSpinBox* m_before = nullptr;
    QSpinBox* m_after = nullptr;
    NoteEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_retry = nullptr;
};

} // namespace rc::ui
