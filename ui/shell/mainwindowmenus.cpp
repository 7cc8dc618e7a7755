// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus and the history actions behind them: log a session, import and export CSV, undo.
#include "clock.h"
#include "filedialogs.h"
#include "historypage.h"
#include "logsessiondialog.h"
#include "mainwindow.h"
#include "preferences.h"
#include "manualentry.h"
#include "messagebox.h"
#include "preferencesdialog.h"
#include "privatefiles.h"
#include "progresspage.h"
#include "sessioncsv.h"
#include "sessionstore.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

QAction* addMenuAction(QMenu* menu, const QString& text, const char* name, const QKeySequence& shortcut = {})
{
    QAction* action = menu->addAction(text);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(shortcut);
    return action;
}

// "line 4: completed is …" reads as a sentence in a dialog.
QString sentence(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

// English plurals without a translation file ("%n session(s)" would stay as written).
QString sessionCount(qint64 count)
{
    return count == 1 ? QCoreApplication::translate("MainWindow", "1 session")
                      : QCoreApplication::translate("MainWindow", "%1 sessions").arg(count);
}

} // namespace

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_logAction = addMenuAction(file, tr("&Log a session…"), "logSession", QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_logAction, &QAction::triggered, this, &MainWindow::logSession);
    file->addSeparator();
    m_importAction = addMenuAction(file, tr("&Import CSV…"), "importCsv", QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importCsv);
    m_exportAction = addMenuAction(file, tr("&Export CSV…"), "exportCsv", QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCsv);
    file->addSeparator();
    m_restoreAction = addMenuAction(file, tr("&Restore from backup…"), "restoreBackup");
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    file->addSeparator();
    QAction* quit = addMenuAction(file, tr("&Quit"), "quit", QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    // Quit must work in focus mode too, when the menu bar is hidden.
    addAction(quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // A group, not the history page's stack itself: the page is built on first use, and the actions
    // follow its stack from then on.
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(u"undo"_s);
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(u"redo"_s);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    // An undo pressed on another page shows what it changed.
    for (QAction* action : {m_undoAction, m_redoAction}) {
        connect(action, &QAction::triggered, this, [this] {
            const bool pauses = m_progress != nullptr && m_undoGroup->activeStack() == m_progress->undoStack();
            const Page owner = pauses ? Page::Progress : Page::History;
            if (currentPage() != owner) {
                navigate(owner);
            }
        });
    }
    edit->addSeparator();
    m_deleteAction = addMenuAction(edit, tr("&Delete session"), "deleteSessionMenu", QKeySequence::Delete);
    // The key itself belongs to the history table (HistoryPage::deleteAction); here it is only shown.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (currentPage() == Page::History && m_history != nullptr) {
            m_history->deleteCurrent();
        }
    });
    connect(edit, &QMenu::aboutToShow, this, &MainWindow::updateEditActions);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_pageActions.begin(), m_pageActions.end()});
    view->addSeparator();
    view->addAction(m_startAction);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    m_preferencesAction = addMenuAction(settings, tr("&Preferences…"), "preferences", QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::editPreferences);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = addMenuAction(help, tr("&Keyboard shortcuts"), "keyboardShortcuts");
    shortcuts->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Question), QKeySequence::HelpContents});
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction* safety = addMenuAction(help, tr("&Safety notice"), "safetyNotice");
    connect(safety, &QAction::triggered, this, &MainWindow::showSafetyNotice);
    help->addSeparator();
    QAction* about = addMenuAction(help, tr("&About Recovery Coach"), "about");
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::updateEditActions()
{
    if (m_deleteAction == nullptr) {
        return;
    }
    const bool history = !m_sessionRunning && currentPage() == Page::History && m_history != nullptr;
    m_deleteAction->setEnabled(history && m_history->currentSessionId() != 0);
    if (m_sessionRunning) {
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
    } else {
        m_undoAction->setEnabled(m_undoGroup->canUndo());
        m_redoAction->setEnabled(m_undoGroup->canRedo());
    }
}

void MainWindow::logSession()
{
    if (m_sessionRunning) {
        return;
    }
    auto* dialog = new LogSessionDialog(m_catalog, m_clock, this, core::loadRecordSettingsOrDefaults(m_store).dayStartsAtMinutes);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addLoggedSession(dialog->session()); });
    // Window-modal and non-blocking: the window stays responsive to its own timers and to tests.
    dialog->open();
}

void MainWindow::addLoggedSession(const core::Session& session)
{
    if (m_store == nullptr) {
        MessageBox::warning(this, tr("Session not logged"), tr("The session database is not open."));
        return;
    }
    if (session.localDate > core::countingDate(m_clock.now(), core::loadRecordSettingsOrDefaults(m_store).dayStartsAtMinutes)) {
        MessageBox::warning(this, tr("Session not logged"),
                            tr("A session can only be logged once it is done; pick today or an earlier date."));
        return;
    }
    const auto added = core::addManualSession(*m_store, session);
    if (!added) {
        MessageBox::warning(this, tr("Session not logged"), added.error().message);
        return;
    }
    refreshOverview();
    historyPage()->selectSession(*added);
}

void MainWindow::importCsv()
{
    if (m_sessionRunning) {
        return;
    }
    const QString path = FileDialogs::openCsv(this, tr("Import sessions from CSV"));
    if (path.isEmpty()) {
        return;
    }
    const QString name = QDir::toNativeSeparators(path);
    const QString title = tr("Nothing imported");
    if (m_store == nullptr) {
        MessageBox::warning(this, title, tr("The session database is not open."));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, title, tr("Cannot read %1: %2.").arg(name, file.errorString()));
        return;
    }
    // All rows or none: a bad line stops the whole file before anything is stored.
    const auto sessions = core::parseSessionsCsv(file);
    if (!sessions) {
        MessageBox::warning(
            this, title,
            tr("%1 was not imported and nothing was changed.\n\n%2").arg(name, sentence(sessions.error().message)));
        return;
    }
    const auto imported = m_store->importSessions(*sessions);
    if (!imported) {
        MessageBox::warning(
            this, title, tr("%1 was not imported and nothing was changed.\n\n%2").arg(name, imported.error().message));
        return;
    }
    refreshOverview();
    MessageBox::information(
        this, tr("Sessions imported"),
        tr("Added %1, skipped %2 already stored.").arg(sessionCount(imported->added)).arg(imported->skipped));
}

void MainWindow::exportCsv()
{
    const QString title = tr("Nothing exported");
    if (m_store == nullptr) {
        MessageBox::warning(this, title, tr("The session database is not open."));
        return;
    }
    const QString suggested = u"recovery-sessions-%1.csv"_s.arg(m_clock.today().toString(Qt::ISODate));
    const QString path = FileDialogs::saveCsv(this, tr("Export sessions to CSV"), suggested);
    if (path.isEmpty()) {
        return;
    }
    const QString name = QDir::toNativeSeparators(path);
    const auto sessions = m_store->sessions();
    if (!sessions) {
        MessageBox::warning(this, title, sessions.error().message);
        return;
    }
    const QByteArray csv = core::exportSessionsCsv(*sessions);
    // Through QSaveFile: a failed export never leaves a half-written file under the chosen name.
    if (const core::Status written = core::writePrivateFile(path, csv); !written) {
        MessageBox::warning(this, title, tr("Cannot write %1: %2.").arg(name, written.error().message));
        return;
    }
    MessageBox::information(this, tr("Sessions exported"),
                            tr("Exported %1 to %2.").arg(sessionCount(static_cast<qint64>(sessions->size())), name));
}

void MainWindow::editPreferences()
{
    if (PreferencesDialog::edit(this, m_store, m_reminderScheduler)) {
        refreshOverview(); // the target, the first day or the day boundary may have moved this week
    }
}

QString MainWindow::disclaimer() const
{
    const QString text = m_catalog.disclaimer();
    return text.isEmpty() ? tr("Not medical advice: stop on sharp pain, numbness or tingling.") : text;
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About Recovery Coach"),
        tr("Recovery Coach %1\n\nFoam roller and ball routines for runners, at least three days "
           "a week.\n\nFree software under the GNU General Public License, version 3 or "
           "later. Built with Qt %2 and SQLite.\n\n%3")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), disclaimer()));
}

void MainWindow::showSafetyNotice()
{
    MessageBox::information(this, tr("Safety notice"), disclaimer());
}

void MainWindow::showShortcuts()
{
    if (auto* open = findChild<ShortcutsDialog*>(); open != nullptr) {
        open->raise();
        open->activateWindow();
        return;
    }
    const QList<ShortcutsDialog::Group> groups = {
        {tr("Anywhere"), ShortcutsDialog::fromActions(menuBar()->actions())},
        {tr("Session page"), {{tr("Start the routine"), tr("Enter or Space")}}},
        {tr("During a session"),
         {{tr("Pause or resume"), tr("Space")},
          {tr("Back one step"), tr("Left or B")},
          {tr("Skip the step"), tr("Right or N")},
          {tr("Hold on a tender spot"), tr("H")},
          {tr("Stop the session"), tr("Esc")}}},
    };
    auto* dialog = new ShortcutsDialog(groups, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace rc::ui
