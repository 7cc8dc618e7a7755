// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow and the data-safety work around it: the read-only banner and notices, reloading after
// another program changed the database, a second `recovery-coach` raising this window, and restoring
// a backup.
#include "backup.h"
#include "clock.h"
#include "databasewatcher.h"
#include "historypage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "noticebar.h"
#include "paths.h"
#include "progresspage.h"
#include "restoredialog.h"
#include "sessionpage.h"
#include "sessionstore.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QLocale>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

// Above the pages with some air around it; a hidden bar takes no room (an empty layout has no margins).
void addAbovePages(QVBoxLayout* column, int index, NoticeBar* bar)
{
    auto* row = new QVBoxLayout;
    row->setContentsMargins(32, 14, 32, 0); // in line with the pages' own margins
    row->addWidget(bar);
    column->insertLayout(index, row);
}

} // namespace

void MainWindow::setReadOnlyReason(const QString& reason)
{
    m_readOnlyReason = reason;
    if (m_session != nullptr) {
        m_session->setReadOnlyReason(reason);
    }
    if (m_readOnlyBanner == nullptr) {
        m_readOnlyBanner = new NoticeBar(NoticeBar::Kind::Warning, u"readOnlyBanner"_s, centralWidget());
        addAbovePages(m_pageColumn, 0, m_readOnlyBanner);
    }
    m_readOnlyBanner->setText(
        tr("History is read-only: %1. Sessions you do now are kept in memory until you close Recovery Coach, and in "
           "a recovery file beside the database where one can be written, to be saved at the next start.")
            .arg(reason));
    m_readOnlyBanner->setVisible(!reason.isEmpty());
    m_restoreAction->setEnabled(reason.isEmpty() && !m_sessionRunning);
}

bool MainWindow::isReadOnlyBannerVisible() const
{
    return m_readOnlyBanner != nullptr && m_readOnlyBanner->isVisibleTo(this);
}

void MainWindow::showNotice(const QString& text)
{
    if (m_notice == nullptr) {
        m_notice = new NoticeBar(NoticeBar::Kind::Notice, u"notice"_s, centralWidget());
        addAbovePages(m_pageColumn, m_readOnlyBanner != nullptr ? 1 : 0, m_notice);
    }
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString MainWindow::noticeText() const
{
    return m_notice != nullptr && m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

void MainWindow::reloadFromStore()
{
    refreshOverview();
}

void MainWindow::markDatabaseSeen()
{
    if (m_watcher != nullptr) {
        m_watcher->markSeen();
    }
}

void MainWindow::databaseChangedOutside()
{
    reloadFromStore();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Not in the constructor, and not for a window that never reaches the screen (a screenshot): an
    // inotify instance costs little to make but up to ~15 ms of kernel time to close.
    if (m_watcher != nullptr && !m_watcher->isWatching() && !testAttribute(Qt::WA_DontShowOnScreen)) {
        m_watcher->start();
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // The watcher may have missed a change (a network folder, a full inotify table): coming back to the
    // window is when the runner looks, so look then too.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_watcher != nullptr &&
        m_watcher->hasUnseenChanges()) {
        reloadFromStore();
    }
}

void MainWindow::activateFromAnotherInstance(const QString& routineId)
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    if (!routineId.isEmpty() && !m_sessionRunning && !(m_session != nullptr && m_session->hasUnsavedSession())) {
        startRoutine(routineId);
    }
}

void MainWindow::restoreFromBackup()
{
    if (m_sessionRunning) {
        return;
    }
    if (m_store == nullptr || !m_readOnlyReason.isEmpty()) {
        MessageBox::warning(this, tr("Cannot restore a backup"),
                            m_store == nullptr ? tr("The session database is not open.")
                                               : tr("History is read-only: %1.").arg(m_readOnlyReason));
        return;
    }
    const QString folder = core::backupDirectoryFor(m_store->path());
    auto* dialog = new RestoreDialog(core::listBackups(m_store->path(), folder), folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { restoreBackup(dialog->selectedFile()); });
    // Window-modal and non-blocking, like the log dialog.
    dialog->open();
}

bool MainWindow::restoreBackup(const QString& backupFile)
{
    if (backupFile.isEmpty() || m_sessionRunning || m_store == nullptr) {
        return false;
    }
    const QString name = QDir::toNativeSeparators(backupFile);
    const auto answer = MessageBox::question(
        this, tr("Restore this backup?"),
        tr("Replace your session history with the backup %1?\n\nThe history as it is now is backed up first, so "
           "you can go back to it.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return false;
    }
    const auto report =
        core::restoreDatabase(*m_store, backupFile, core::backupDirectoryFor(m_store->path()), m_clock.now());
    if (!report) {
        MessageBox::warning(this, tr("Backup not restored"), report.error().message);
        return false;
    }
    // Undo steps refer to sessions as they were before: they would undo into the wrong history.
    if (m_history != nullptr) {
        m_history->undoStack()->clear();
    }
    if (m_progress != nullptr) {
        m_progress->undoStack()->clear(); // and pauses, which the backup brought too
    }
    reloadFromStore();
    const QString sessions =
        report->sessions == 1 ? tr("1 session") : tr("%1 sessions").arg(QLocale().toString(report->sessions));
    QString text = tr("Restored %1 from %2.\n\nYour history as it was before is kept in %3; restore that "
                      "file to go back.")
                       .arg(sessions, name, QDir::toNativeSeparators(report->previousDatabaseBackup));
    if (!report->leftOut.isEmpty()) {
        text += u"\n\n"_s + tr("Left out of the backup, as no part of a Recovery Coach database: %1.")
                                .arg(report->leftOut.join(u", "_s));
    }
    MessageBox::information(this, tr("Backup restored"), text);
    return true;
}

} // namespace rc::ui
