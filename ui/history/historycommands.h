// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"
#include "sessiontablemodel.h"

#include <QUndoCommand>

namespace rc::ui {

// Deletes a session; undo puts it back exactly (same id, every field and step). The command holds
// the whole session, read before the delete. A store that refuses either way makes the command
// obsolete, so the stack drops it instead of offering an undo that cannot work.
class DeleteSessionCommand : public QUndoCommand
{
public:
    DeleteSessionCommand(SessionTableModel* model, core::Session session, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    const core::Session& session() const { return m_session; }

private:
    SessionTableModel* m_model;
    core::Session m_session;
};

// Changes soreness and note of a stored session; undo brings the previous values back.
class EditDetailsCommand : public QUndoCommand
{
public:
    using Details = SessionTableModel::Details;

    EditDetailsCommand(SessionTableModel* model, qint64 id, Details before, Details after, const QString& text,
                       QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SessionTableModel* m_model;
    qint64 m_id;
    Details m_before;
    Details m_after;
};

} // namespace rc::ui
