// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiondelegate.h"

#include "noteedit.h"
#include "sessiontablemodel.h"

#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

constexpr int notRatedValue = -1;

} // namespace

bool SessionDelegate::isSoreness(const QModelIndex& index)
{
    return index.column() == SessionTableModel::SorenessBeforeColumn ||
           index.column() == SessionTableModel::SorenessAfterColumn;
}

QWidget* SessionDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const
{
    if (index.column() == SessionTableModel::NoteColumn) {
        auto* note = new NoteLineEdit(parent);
        note->setFrame(false);
        note->setAccessibleName(tr("Note"));
        return note;
    }
    if (!isSoreness(index)) {
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(u"sorenessEditor"_s);
    spin->setRange(notRatedValue, 10);
    spin->setSpecialValueText(tr("—"));
    spin->setAlignment(Qt::AlignCenter);
    spin->setFrame(false);
    spin->setAccessibleName(tr("Soreness, 0 to 10"));
    return spin;
}

void SessionDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* spin = qobject_cast<QSpinBox*>(editor);
    if (spin == nullptr || !isSoreness(index)) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QVariant value = index.data(Qt::EditRole);
    spin->setValue(value.isNull() ? notRatedValue : value.toInt());
}

void SessionDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* spin = qobject_cast<QSpinBox*>(editor);
    if (spin == nullptr || !isSoreness(index)) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    spin->interpretText();
    model->setData(index, spin->value() == notRatedValue ? QVariant() : QVariant(spin->value()), Qt::EditRole);
}

void SessionDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                           const QModelIndex& /*index*/) const
{
    // The whole cell: the theme's item padding would otherwise leave the editor a thin strip.
    editor->setGeometry(option.rect);
}

} // namespace rc::ui
