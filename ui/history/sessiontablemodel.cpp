// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontablemodel.h"

#include "historycommands.h"
#include "theme.h"

#include <QLocale>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

using SortKey = core::SessionStore::SortKey;
using ListRow = core::SessionStore::ListRow;

const QString notRated = u"—"_s;

SortKey sortKeyFor(int column)
{
    switch (column) {
    case SessionTableModel::RoutineColumn:
        return SortKey::Routine;
    case SessionTableModel::WorkedColumn:
        return SortKey::Worked;
    case SessionTableModel::ResultColumn:
        return SortKey::Completed;
    case SessionTableModel::SorenessBeforeColumn:
        return SortKey::SorenessBefore;
    case SessionTableModel::SorenessAfterColumn:
        return SortKey::SorenessAfter;
    case SessionTableModel::NoteColumn:
        return SortKey::Notes;
    default:
        return SortKey::Date;
    }
}

// "9:00" for nine minutes, "1:05:00" past the hour: a runner reads a routine's length as a clock time.
QString workedText(int seconds)
{
    const int hours = seconds / 3600;
    const int minutes = (seconds % 3600) / 60;
    const int rest = seconds % 60;
    if (hours > 0) {
        return u"%1:%2:%3"_s.arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(rest, 2, 10, QLatin1Char('0'));
    }
    return u"%1:%2"_s.arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}

// Minutes line up on the right; a one-digit rating sits in the middle of its column, clear of the note.
QVariant alignment(int column)
{
    switch (column) {
    case SessionTableModel::WorkedColumn:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case SessionTableModel::SorenessBeforeColumn:
    case SessionTableModel::SorenessAfterColumn:
        return QVariant::fromValue(Qt::AlignCenter);
    default:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
}

QVariant sorenessEdit(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

// An int 0-10, or null/empty for "not rated"; nothing else.
std::optional<std::optional<int>> parseSoreness(const QVariant& value)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty())) {
        return std::optional<int>();
    }
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < 0 || number > 10) {
        return std::nullopt;
    }
    return std::optional<int>(number);
}

} // namespace

SessionTableModel::SessionTableModel(const core::Catalog& catalog, core::SessionStore* store, QObject* parent)
    : QAbstractTableModel(parent), m_catalog(catalog), m_store(store)
{
    load(pageSize);
}

int SessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ListRow& row = m_rows.at(static_cast<std::size_t>(index.row()));
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
        if (column == SorenessBeforeColumn) {
            return sorenessEdit(row.sorenessBefore);
        }
        if (column == SorenessAfterColumn) {
            return sorenessEdit(row.sorenessAfter);
        }
        if (column == NoteColumn) {
            return row.notes;
        }
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == NoteColumn && !row.notes.isEmpty()) {
            return row.notes;
        }
        if ((column == SorenessBeforeColumn && !row.sorenessBefore) ||
            (column == SorenessAfterColumn && !row.sorenessAfter)) {
            return tr("Not rated");
        }
        if (column == ResultColumn) {
            return row.completed ? tr("The whole routine was done") : tr("Stopped early; the minutes still count");
        }
        return {};
    case Qt::AccessibleTextRole:
        if ((column == SorenessBeforeColumn && !row.sorenessBefore) ||
            (column == SorenessAfterColumn && !row.sorenessAfter)) {
            return tr("not rated");
        }
        return display(row, column);
    case Qt::TextAlignmentRole:
        return alignment(column);
    case Qt::ForegroundRole:
        // Colour repeats what the words say; it never says it alone.
        if (column == ResultColumn && !row.completed) {
            return ThemeColors::warm();
        }
        if ((column == SorenessBeforeColumn && !row.sorenessBefore) ||
            (column == SorenessAfterColumn && !row.sorenessAfter)) {
            return ThemeColors::mutedText();
        }
        return {};
    case SessionIdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant SessionTableModel::display(const ListRow& row, int column) const
{
    switch (column) {
    case DateColumn:
        return QLocale().toString(row.localDate, u"ddd d MMM yyyy"_s);
    case RoutineColumn:
        return m_catalog.routineName(row.routine);
    case WorkedColumn:
        return workedText(row.workedSeconds);
    case ResultColumn:
        return row.completed ? tr("✓ Completed") : tr("◐ Partial");
    case SorenessBeforeColumn:
        return row.sorenessBefore ? QString::number(*row.sorenessBefore) : notRated;
    case SorenessAfterColumn:
        return row.sorenessAfter ? QString::number(*row.sorenessAfter) : notRated;
    case NoteColumn: {
        // One line per row; the tooltip and the editor keep the line breaks.
        QString note = row.notes;
        note.replace(u'\n', u' ');
        return note;
    }
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DateColumn:
            return tr("Date");
        case RoutineColumn:
            return tr("Routine");
        case WorkedColumn:
            return tr("Worked");
        case ResultColumn:
            return tr("Result");
        // Short, so the note keeps room at 1280 px; the tooltip says what they rate.
        case SorenessBeforeColumn:
            return tr("Before");
        case SorenessAfterColumn:
            return tr("After");
        case NoteColumn:
            return tr("Note");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == SorenessBeforeColumn) {
        return tr("Soreness before the session, 0 (none) to 10; double-click to rate");
    }
    if (role == Qt::ToolTipRole && section == SorenessAfterColumn) {
        return tr("Soreness after the session, 0 (none) to 10; double-click to rate");
    }
    if (role == Qt::TextAlignmentRole) {
        return alignment(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags SessionTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == SorenessBeforeColumn || index.column() == SorenessAfterColumn ||
                            index.column() == NoteColumn)) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

bool SessionTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const ListRow& row = m_rows.at(static_cast<std::size_t>(index.row()));
    const Details before{row.sorenessBefore, row.sorenessAfter, row.notes};
    Details after = before;
    if (index.column() == NoteColumn) {
        after.notes = value.toString();
    } else {
        const auto soreness = parseSoreness(value);
        if (!soreness) {
            return false;
        }
        (index.column() == SorenessBeforeColumn ? after.sorenessBefore : after.sorenessAfter) = *soreness;
    }
    if (after == before) {
        return true;
    }
    if (m_undoStack == nullptr) {
        return applyDetails(row.id, after);
    }
    const QString what = index.column() == NoteColumn ? tr("Edit note") : tr("Rate soreness");
    m_lastEditApplied = false;
    // The command applies the edit as it is pushed; a refused edit makes it obsolete and it is dropped.
    m_undoStack->push(new EditDetailsCommand(this, row.id, before, after, what));
    return m_lastEditApplied;
}

bool SessionTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_inResetNotification && static_cast<qint64>(m_rows.size()) < m_total;
}

void SessionTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_store == nullptr) {
        return;
    }
    auto page = m_store->listSessions(sortKeyFor(m_sortColumn), m_sortOrder == Qt::DescendingOrder,
                                      static_cast<qint64>(m_rows.size()), pageSize);
    if (!page || page->empty()) {
        // Another process may have removed sessions since the count: stop asking.
        m_total = static_cast<qint64>(m_rows.size());
        if (!page) {
            emit errorOccurred(page.error().message);
        }
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    std::move(page->begin(), page->end(), std::back_inserter(m_rows));
    endInsertRows();
}

void SessionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder)) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    // Another order makes the loaded pages meaningless: start again from the first page.
    load(pageSize);
}

void SessionTableModel::reload()
{
    load(std::max<qint64>(pageSize, static_cast<qint64>(m_rows.size())));
}

void SessionTableModel::load(qint64 rows)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_loadError.clear();
    if (m_store != nullptr) {
        auto count = m_store->count();
        auto page = count ? m_store->listSessions(sortKeyFor(m_sortColumn), m_sortOrder == Qt::DescendingOrder, 0,
                                                  static_cast<int>(std::min<qint64>(rows, *count)))
                          : core::Result<std::vector<ListRow>>(count.error());
        if (page) {
            m_rows = std::move(page.value());
            m_total = std::max(*count, static_cast<qint64>(m_rows.size()));
        } else {
            m_loadError = page.error().message;
        }
    }
    // No rows may arrive from inside the reset notification: Qt 6.4's QAbstractItemModelTester calls
    // fetchMore from its modelReset slot before it marks the reset as finished. Views fetch later anyway.
    m_inResetNotification = true;
    endResetModel();
    m_inResetNotification = false;
}

qint64 SessionTableModel::sessionId(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows.at(static_cast<std::size_t>(row)).id : 0;
}

int SessionTableModel::rowOf(qint64 id) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [id](const ListRow& row) { return row.id == id; });
    return it == m_rows.cend() ? -1 : static_cast<int>(it - m_rows.cbegin());
}

} // namespace rc::ui
