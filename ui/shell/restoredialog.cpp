// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoredialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

enum Column
{
    DateColumn,
    KindColumn,
    SizeColumn,
    SessionsColumn,
};

constexpr int pathRole = Qt::UserRole;

} // namespace

RestoreDialog::RestoreDialog(const std::vector<core::BackupFile>& backups, const QString& backupDirectory,
                             QWidget* parent)
    : QDialog(parent), m_list(new QTreeWidget(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_empty(new QLabel(this))
{
    setObjectName(u"restoreDialog"_s);
    setWindowTitle(tr("Restore from backup"));
    resize(820, 480);

    auto* intro = new QLabel(tr("Pick the backup to go back to. Your history as it is now is backed up first, so "
                                "a restore can itself be undone from this list."),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(u"backupList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Date"), tr("Kind"), tr("Size"), tr("Sessions")});
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAllColumnsShowFocus(true);
    const QLocale locale;
    for (const core::BackupFile& backup : backups) {
        auto* item = new QTreeWidgetItem(m_list);
        // A daily backup is of its day (its file may have been copied since); the one taken before a
        // restore is of its moment.
        item->setText(DateColumn, backup.date.isValid() ? locale.toString(backup.date, u"ddd d MMM yyyy"_s)
                                                        : locale.toString(backup.lastModified, QLocale::ShortFormat));
        item->setText(KindColumn, backup.date.isValid() ? tr("Daily") : tr("Before a restore"));
        item->setText(SizeColumn, locale.formattedDataSize(backup.size));
        item->setData(DateColumn, pathRole, backup.path);
        item->setToolTip(DateColumn, QDir::toNativeSeparators(backup.path));
        const auto check = core::checkBackupFile(backup.path);
        if (check) {
            item->setText(SessionsColumn, locale.toString(check->sessions));
        } else {
            // Shown, so the runner knows it is there, but it cannot be chosen.
            item->setText(SessionsColumn, tr("cannot be restored"));
            item->setToolTip(SessionsColumn, check.error().message);
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
        }
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_empty->setObjectName(u"noBackups"_s);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("There are no backups in %1 yet. Recovery Coach makes one a day when it starts.")
                         .arg(QDir::toNativeSeparators(backupDirectory)));
    m_empty->setVisible(backups.empty());
    m_list->setVisible(!backups.empty());

    QPushButton* restore = m_buttons->addButton(tr("Restore…"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(u"restoreButton"_s);
    restore->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!selectedFile().isEmpty()) {
            accept();
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_buttons);

    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->flags() & Qt::ItemIsSelectable) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            break;
        }
    }
    updateButtons();
}

QString RestoreDialog::selectedFile() const
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->data(DateColumn, pathRole).toString();
}

bool RestoreDialog::selectFile(const QString& path)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(DateColumn, pathRole).toString() == path && (item->flags() & Qt::ItemIsSelectable)) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void RestoreDialog::updateButtons()
{
    const QList<QAbstractButton*> buttons = m_buttons->buttons();
    for (QAbstractButton* button : buttons) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            button->setEnabled(!selectedFile().isEmpty());
        }
    }
}

} // namespace rc::ui
