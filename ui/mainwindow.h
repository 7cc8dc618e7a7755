// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"

#include <QList>
#include <QMainWindow>

#include <array>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace rc::core {
class Clock;
class SessionStore;
} // namespace rc::core

namespace rc::ui {

class CardsPage;
class HistoryPage;
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

    CardsPage* cardsPage() const { return m_cards; }
    SessionPage* sessionPage() const { return m_session; }
    ProgressPage* progressPage() const { return m_progress; }
    HistoryPage* historyPage() const { return m_history; }
    bool isNavigationLocked() const { return m_sessionRunning; }

    // The history actions (file dialogs go through FileDialogs, messages through MessageBox).
    // logSession() opens the dialog window-modally and returns at once; the session is stored when
    // the dialog is accepted.
    void logSession();
    void importCsv();
    void exportCsv();
    void showAbout();
    void editPreferences();

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* createSidebar();
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

    const core::Catalog& m_catalog;
    core::SessionStore* m_store;
    core::Clock& m_clock;

    QStackedWidget* m_stack;
    CardsPage* m_cards;
    SessionPage* m_session;
    ProgressPage* m_progress;
    HistoryPage* m_history;

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
    QPushButton* m_startButton = nullptr;
    QLabel* m_startCaption = nullptr;
    QWidget* m_sidebar = nullptr;
    QList<QWidget*> m_wideOnly; // sidebar details hidden on a narrow window
    bool m_compact = false;
    bool m_sessionRunning = false;
};

} // namespace rc::ui
