// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "preferencesdialog.h"

#include <QList>
#include <QMainWindow>

#include <array>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QUndoGroup;
class QVBoxLayout;

namespace rc::core {
class Clock;
class SessionStore;
} // namespace rc::core

namespace rc::ui {

class CardsPage;
class TrayIcon;
class DatabaseWatcher;
class HistoryPage;
class NoticeBar;
class ProgressPage;
class SessionPage;

// The app window: a sidebar (Techniques, Session, Progress, History on Ctrl+1..4, and a prominent
// "Start routine" on Ctrl+Return or F5) beside the pages, and menus: File (Log a session… Ctrl+L,
// Import CSV… Ctrl+I, Export CSV… Ctrl+E, Quit Ctrl+Q), Edit (Undo Ctrl+Z, Redo Ctrl+Shift+Z, Delete
// session), View (the pages), Settings (Preferences…), Help (About). Whenever the history changes (a
// session saved, logged, imported, edited, deleted or undone) the Progress and History pages are
// refreshed at once. Remembers its geometry and page in QSettings ("window/geometry", "window/page")
// when closed. While a session runs the sidebar and the menus are hidden and the other pages and the
// history actions are locked, so a stray key or click cannot leave it.
//
// Only the page on show is built at start; the others are built the first time they are shown or asked
// for (sessionPage(), progressPage(), historyPage()), so the window paints its first page quickly.
// Sessions stored by another program (the command line) appear by themselves: the database files are
// watched, and the pages are read again when the window is activated after a change.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Cards,
        Session,
        Progress,
        History,
    };

    // `store` may be null (the pages say so and saving fails with a clear message). The catalog, store
    // and clock must outlive the window.
    MainWindow(const core::Catalog& catalog, core::SessionStore* store, core::Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // Switches to the session page and starts the routine with the saved seconds per side
    // ("session/secondsPerSide"). An unknown id is reported with a warning. Used by `recovery-coach start`.
    void startRoutine(const QString& routineId);

    // The pages; each is built on first use.
    CardsPage* cardsPage();
    SessionPage* sessionPage();
    ProgressPage* progressPage();
    HistoryPage* historyPage();
    bool isNavigationLocked() const { return m_sessionRunning; }

    // The store could only be opened read-only: a banner says why for as long as the window is open,
    // and saving a session fails with that reason (the session page keeps it for a retry).
    void setReadOnlyReason(const QString& reason);
    bool isReadOnlyBannerVisible() const;
    // A non-modal notice above the pages, until dismissed (e.g. a failed automatic backup).
    void showNotice(const QString& text);
    QString noticeText() const;

    // Reads the store again on every page that has been built (after a restore, or when another
    // program changed the database).
    void reloadFromStore();
    // Turns this computer's reminder schedule on or off when Preferences change reminders (the systemd
    // user timer by default; tests set a fake so they never touch the user's session).
    void setReminderScheduler(PreferencesDialog::ReminderScheduler scheduler) { m_reminderScheduler = std::move(scheduler); }
    // The tray icon with this week, for the real window (main.cpp); screenshots and most tests go without.
    void enableTray();
    TrayIcon* trayIcon() const { return m_tray; }
    // The one-time offer of reminders after the first saved session; null until it was made.
    NoticeBar* reminderOffer() const { return m_reminderOffer; }
    // Brings the window to the front (another `recovery-coach` was started for the same database) and,
    // when `routineId` is not empty and no session runs, starts that routine.
    void activateFromAnotherInstance(const QString& routineId = {});

    // "Restore from backup…": lists the backups (RestoreDialog) and restores the one chosen. Refused
    // while a session runs.
    void restoreFromBackup();
    // Asks to confirm, replaces the database with `backupFile` (core::restoreDatabase, the database as
    // it was is backed up first), reports where that copy went, and reloads every page. True when restored.
    bool restoreBackup(const QString& backupFile);

    // The history actions (file dialogs go through FileDialogs, messages through MessageBox).
    // logSession() opens the dialog window-modally and returns at once; the session is stored when
    // the dialog is accepted.
    void logSession();
    void importCsv();
    void exportCsv();
    void showAbout();
    void showShortcuts();
    void showSafetyNotice();
    QString disclaimer() const;
    void editPreferences();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* pageWidget(Page page);
    bool pageBuilt(Page page) const;
    // The window's own changes to the database are not news: the watcher is told they were seen.
    void markDatabaseSeen();
    QWidget* createSidebar(QWidget* parent);
    QPushButton* createNavButton(Page page, const QString& text, const QKeySequence& shortcut, QWidget* parent);
    void createActions();
    void createMenus();
    void addLoggedSession(const core::Session& session);
    void updateEditActions();
    void navigate(Page page);
    void start(const core::Routine& routine);
    void rollTechnique(const QString& techniqueId);
    void setSessionRunning(bool running);
    void updateStartCaption();
    void refreshOverview();
    void databaseChangedOutside();
    NoticeBar* noticeBar();
    void updateTray();
    // After the first saved session: "Remind me when my week is at risk?", once, never again if declined.
    void offerReminders();

    const core::Catalog& m_catalog;
    core::SessionStore* m_store;
    PreferencesDialog::ReminderScheduler m_reminderScheduler;
    core::Clock& m_clock;

    QStackedWidget* m_stack = nullptr;
    QVBoxLayout* m_pageColumn = nullptr;
    Page m_page = Page::Cards;
    CardsPage* m_cards = nullptr;
    SessionPage* m_session = nullptr;
    ProgressPage* m_progress = nullptr;
    HistoryPage* m_history = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    NoticeBar* m_readOnlyBanner = nullptr;
    NoticeBar* m_notice = nullptr;
    DatabaseWatcher* m_watcher = nullptr;
    TrayIcon* m_tray = nullptr;
    NoticeBar* m_reminderOffer = nullptr;
    QTimer* m_dayTimer = nullptr; // fires once at the next day boundary, to move the tray to the new day
    bool m_quitting = false;
    QString m_readOnlyReason;

    std::array<QPushButton*, 4> m_navButtons{};
    std::array<QAction*, 4> m_pageActions{};
    QAction* m_startAction = nullptr;
    QAction* m_logAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QPushButton* m_startButton = nullptr;
    QLabel* m_startCaption = nullptr;
    QWidget* m_sidebar = nullptr;
    QList<QWidget*> m_wideOnly; // sidebar details hidden on a narrow window
    bool m_compact = false;
    bool m_sessionRunning = false;
};

} // namespace rc::ui
