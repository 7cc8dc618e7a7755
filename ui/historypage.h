// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace rc::core {
class SessionStore;
}

namespace rc::ui {

// Every recorded session, newest first, read-only: date, routine, worked minutes, completed or
// partial, soreness before and after, note. With no sessions it invites the first one.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    // `store` may be null (the page then says so).
    HistoryPage(const core::Catalog& catalog, core::SessionStore* store, QWidget* parent = nullptr);

    void refresh();
    QTreeWidget* list() const { return m_list; }
    bool isShowingEmptyState() const;

signals:
    void startRequested();

private:
    void showMessage(const QString& title, const QString& text, bool offerStart);

    const core::Catalog& m_catalog;
    core::SessionStore* m_store;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTreeWidget* m_list;
    QWidget* m_messageView;
    QLabel* m_messageTitle;
    QLabel* m_messageText;
    QPushButton* m_start;
};

} // namespace rc::ui
