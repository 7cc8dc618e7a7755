// SPDX-License-Identifier: GPL-3.0-or-later
// SessionTableModel's writes: every change to the store from the History page passes here, keeps the
// loaded rows in step, and ends in historyChanged() or errorOccurred().
#include "sessiontablemodel.h"

#include <algorithm>

namespace rc::ui {

core::Result<std::optional<core::Session>> SessionTableModel::session(qint64 id) const
{
    if (m_store == nullptr) {
        return core::makeError(core::ErrorCode::NotFound, tr("The session database is not open."));
    }
    return m_store->session(id);
}

bool SessionTableModel::applyDetails(qint64 id, const Details& details)
{
    m_lastEditApplied = false;
    if (m_store == nullptr) {
        return false;
    }
    if (const auto updated = m_store->updateDetails(id, details.sorenessBefore, details.sorenessAfter, details.notes);
        !updated) {
        fail(tr("The change was not saved."), updated.error());
        return false;
    }
    if (const int row = rowOf(id); row >= 0) {
        core::SessionStore::ListRow& stored = m_rows.at(static_cast<std::size_t>(row));
        stored.sorenessBefore = details.sorenessBefore;
        stored.sorenessAfter = details.sorenessAfter;
        stored.notes = details.notes;
        emit dataChanged(index(row, SorenessBeforeColumn), index(row, NoteColumn));
    }
    m_lastEditApplied = true;
    emit historyChanged();
    return true;
}

bool SessionTableModel::removeSession(qint64 id)
{
    if (m_store == nullptr) {
        return false;
    }
    if (const auto removed = m_store->remove(id); !removed) {
        fail(tr("The session was not deleted."), removed.error());
        return false;
    }
    if (const int row = rowOf(id); row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        --m_total;
        endRemoveRows();
    } else {
        m_total = std::max<qint64>(static_cast<qint64>(m_rows.size()), m_total - 1);
    }
    emit historyChanged();
    return true;
}

bool SessionTableModel::restoreSession(const core::Session& session)
{
    if (m_store == nullptr) {
        return false;
    }
    if (const auto restored = m_store->restore(session); !restored) {
        fail(tr("The session was not put back."), restored.error());
        return false;
    }
    // Where it belongs depends on the sort order: read the loaded range again.
    reload();
    emit historyChanged();
    emit sessionRestored(session.id);
    return true;
}

void SessionTableModel::fail(const QString& what, const core::Error& error)
{
    emit errorOccurred(what + u' ' + error.message);
}

} // namespace rc::ui
