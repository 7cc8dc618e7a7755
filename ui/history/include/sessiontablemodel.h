// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "result.h"
#include "session.h"
#include "sessionstore.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

class QUndoStack;

namespace rc::ui {

// Every stored session as a table, newest first by default, loaded a page at a time (canFetchMore /
// fetchMore) so years of history open at once. Sorting re-queries the store (sort() resets the model).
// Soreness before/after and the note are editable; with an undo stack set, each edit is an undoable
// command. Every change to the store goes through here and ends in historyChanged(), or in
// errorOccurred() with a message a runner can act on.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        RoutineColumn,
        WorkedColumn,
        ResultColumn,
        SorenessBeforeColumn,
        SorenessAfterColumn,
        NoteColumn,
        ColumnCount,
    };
    enum Role
    {
        SessionIdRole = Qt::UserRole + 1, // qint64
    };
    // What a runner can change on a stored session.
    struct Details
    {
        std::optional<int> sorenessBefore;
        std::optional<int> sorenessAfter;
        QString notes;
        friend bool operator==(const Details&, const Details&) = default;
    };

    static constexpr int pageSize = 200;

    // `store` may be null: the model is then empty. Loads the first page.
    SessionTableModel(const core::Catalog& catalog, core::SessionStore* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Soreness: an int 0-10, or a null/empty value for "not rated". Note: any text.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Re-reads the store, keeping at least as many rows loaded as before.
    void reload();
    qint64 totalCount() const { return m_total; }
    // Why the store could not be read, or empty.
    QString loadError() const { return m_loadError; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    qint64 sessionId(int row) const;
    int rowOf(qint64 id) const; // -1 when the session is not loaded
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }

    // The full session (with its steps), e.g. to put it back after a delete.
    core::Result<std::optional<core::Session>> session(qint64 id) const;
    // Store operations for the undo commands; false (and errorOccurred) when the store refuses.
    bool applyDetails(qint64 id, const Details& details);
    bool removeSession(qint64 id);
    bool restoreSession(const core::Session& session);

signals:
    void historyChanged();
    // An undone delete put this session back (the model was reloaded around it).
    void sessionRestored(qint64 id);
    void errorOccurred(const QString& message);

private:
    QVariant display(const core::SessionStore::ListRow& row, int column) const;
    void load(qint64 rows);
    void fail(const QString& what, const core::Error& error);

    const core::Catalog& m_catalog;
    core::SessionStore* m_store;
    QUndoStack* m_undoStack = nullptr;
    std::vector<core::SessionStore::ListRow> m_rows;
    qint64 m_total = 0;
    QString m_loadError;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    bool m_lastEditApplied = false;
    bool m_inResetNotification = false;
};

} // namespace rc::ui
