// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace rc::ui {

// "Restore from backup…": the backups of the database, newest first, each with its date, size and how
// many sessions it holds (core::checkBackupFile); one that fails the check is shown but cannot be
// chosen. Restore accepts the dialog; the window asks to confirm and does the restore.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(const std::vector<core::BackupFile>& backups, const QString& backupDirectory,
                           QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    // The backup chosen; empty when none.
    QString selectedFile() const;
    // Selects the backup at `path` (tests, and a sensible default: the newest one that can be restored).
    bool selectFile(const QString& path);

private:
    void updateButtons();

    QTreeWidget* m_list;
    QDialogButtonBox* m_buttons;
    QLabel* m_empty;
};

} // namespace rc::ui
