// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pause.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace rc::ui {

// The Progress page's pauses, one row each ("3 Dec – 16 Dec · injured" and a Delete button), or a muted
// line saying what a pause does when there is none. Under the rows, after a delete: what was deleted and
// an Undo button; and the store's message when it refused a change.
class PauseList : public QWidget
{
    Q_OBJECT

public:
    explicit PauseList(QWidget* parent = nullptr);

    void setPauses(std::vector<core::Pause> pauses);
    const std::vector<core::Pause>& pauses() const { return m_pauses; }

    int rowCount() const { return int(m_pauses.size()); }
    QString rowText(int row) const;
    QPushButton* deleteButton(int row) const;
    bool isShowingEmptyText() const;

    // "Deleted the pause …" with Undo; empty text hides it.
    void setUndoOffer(const QString& text);
    QString undoOffer() const;
    QPushButton* undoButton() const { return m_undo; }
    // The store's message when a change failed; empty hides it.
    void setError(const QString& message);
    QString errorText() const;

signals:
    void deleteRequested(const core::Pause& pause);
    void undoRequested();

private:
    std::vector<core::Pause> m_pauses;
    std::vector<QLabel*> m_rowLabels;
    std::vector<QPushButton*> m_deleteButtons;
    QVBoxLayout* m_rows;
    QLabel* m_empty;
    QWidget* m_offer;
    QLabel* m_offerText;
    QPushButton* m_undo;
    QLabel* m_error;
};

} // namespace rc::ui
