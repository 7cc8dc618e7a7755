// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycommands.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rc::ui {

DeleteSessionCommand::DeleteSessionCommand(SessionTableModel* model, core::Session session, QUndoCommand* parent)
    : QUndoCommand(parent), m_model(model), m_session(std::move(session))
{
    setText(QCoreApplication::translate("DeleteSessionCommand", "Delete the session of %1")
                .arg(QLocale().toString(m_session.localDate, u"ddd d MMM"_s)));
}

void DeleteSessionCommand::redo()
{
    setObsolete(!m_model->removeSession(m_session.id));
}

void DeleteSessionCommand::undo()
{
    setObsolete(!m_model->restoreSession(m_session));
}

EditDetailsCommand::EditDetailsCommand(SessionTableModel* model, qint64 id, Details before, Details after,
                                       const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_model(model), m_id(id), m_before(std::move(before)), m_after(std::move(after))
{
}

void EditDetailsCommand::redo()
{
    setObsolete(!m_model->applyDetails(m_id, m_after));
}

void EditDetailsCommand::undo()
{
    setObsolete(!m_model->applyDetails(m_id, m_before));
}

} // namespace rc::ui
