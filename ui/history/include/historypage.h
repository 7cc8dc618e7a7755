// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QUndoStack;

namespace rc::core {
class SessionStore;
}

namespace rc::ui {

class SessionTableModel;

// Every recorded session as a sortable table, newest first, loaded a page at a time: date, routine,
// time worked, completed or partial, soreness before and after, note. Soreness and note are edited in
// place; Delete removes the selected session and the page's undo stack brings it back. With no
// sessions it invites the first one. The table is a QTreeView over a table model (as qBittorrent's
// transfer list), so it takes the theme's list look.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    // `store` may be null (the page then says so).
    HistoryPage(const core::Catalog& catalog, core::SessionStore* store, QWidget* parent = nullptr);

    // Re-reads the store, e.g. after sessions were added elsewhere.
    void refresh();

    QTreeView* table() const { return m_table; }
    SessionTableModel* model() const { return m_model; }
    QUndoStack* undoStack() const { return m_undoStack; }
    // Deletes the selected session (undoable); shortcut Delete while the table has focus.
    QAction* deleteAction() const { return m_deleteAction; }
    bool isShowingEmptyState() const;
    QString countText() const;

    qint64 currentSessionId() const; // 0 when no row is selected
    void selectSession(qint64 id);
    void deleteCurrent();

signals:
    void startRequested();
    void logRequested();
    // The page changed the store (an edit, a delete, an undo or redo of them).
    void historyChanged();

private:
    QWidget* createToolbar();
    QWidget* createMessageView();
    void configureTable();
    void updateState();
    void showError(const QString& message);

    const core::Catalog& m_catalog;
    core::SessionStore* m_store;
    SessionTableModel* m_model;
    QUndoStack* m_undoStack;
    QAction* m_deleteAction;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTreeView* m_table;
    QWidget* m_tableView = nullptr;
    QWidget* m_messageView = nullptr;
    QLabel* m_messageTitle = nullptr;
    QLabel* m_messageText = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_deleteButton = nullptr;
};

} // namespace rc::ui
