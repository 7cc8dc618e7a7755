// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "cardspage.h"
#include "appsettings.h"
#include "databasewatcher.h"
#include "historypage.h"
#include "messagebox.h"
#include "noticebar.h"
#include "preferences.h"
#include "progresspage.h"
#include "rhythm.h"
#include "sessionpage.h"
#include "sessionstore.h"
#include "theme.h"
#include "trayicon.h"

#include <QAction>
#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QUndoGroup>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

constexpr std::array<const char*, 4> pageNames = {"cards", "session", "progress", "history"};

int pageIndex(MainWindow::Page page)
{
    return static_cast<int>(page);
}

MainWindow::Page pageFromName(const QString& name, MainWindow::Page fallback)
{
    for (std::size_t i = 0; i < pageNames.size(); ++i) {
        if (name == QLatin1String(pageNames.at(i))) {
            return static_cast<MainWindow::Page>(i);
        }
    }
    return fallback;
}

} // namespace

MainWindow::MainWindow(const core::Catalog& catalog, core::SessionStore* store, core::Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_catalog(catalog), m_store(store), m_clock(clock), m_undoGroup(new QUndoGroup(this))
{
    setWindowTitle(tr("Recovery Coach"));
    // The icon is the application's (main.cpp sets it for windows on screen): a screenshot loads no
    // icon engine.
    setMinimumSize(640, 480);

    // Built top-down, each widget created inside its parent: under the app style sheet, every widget
    // moved into a styled window later has its whole subtree re-styled, which was most of the start-up.
    auto* central = new QWidget(this);
    setCentralWidget(central);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = createSidebar(central);
    layout->addWidget(m_sidebar);
    // The pages, with room above them for the read-only banner and notices.
    m_pageColumn = new QVBoxLayout;
    m_pageColumn->setContentsMargins(0, 0, 0, 0);
    m_pageColumn->setSpacing(0);
    m_stack = new QStackedWidget(central);
    m_pageColumn->addWidget(m_stack, 1);
    layout->addLayout(m_pageColumn, 1);
    createActions();
    createMenus();

    if (m_store != nullptr) {
        // What the pages read from here on is what was seen; the files are watched once the window is
        // on screen (showEvent).
        m_watcher = new DatabaseWatcher(m_store->path(), this);
        connect(m_watcher, &DatabaseWatcher::changed, this, &MainWindow::databaseChangedOutside);
    }

    const QSettings settings;
    resize(1280, 800);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    showPage(pageFromName(settings.value(u"window/page"_s).toString(), Page::Cards));
}

MainWindow::~MainWindow() = default;

CardsPage* MainWindow::cardsPage()
{
    if (m_cards == nullptr) {
        m_cards = new CardsPage(m_catalog, m_stack);
        m_stack->addWidget(m_cards);
        connect(m_cards, &CardsPage::rollRequested, this, &MainWindow::rollTechnique);
    }
    return m_cards;
}

SessionPage* MainWindow::sessionPage()
{
    if (m_session == nullptr) {
        m_session = new SessionPage(m_catalog, m_store, m_clock, m_stack);
        m_stack->addWidget(m_session);
        if (!m_readOnlyReason.isEmpty()) {
            m_session->setReadOnlyReason(m_readOnlyReason);
        }
        connect(m_session, &SessionPage::runningChanged, this, &MainWindow::setSessionRunning);
        connect(m_session, &SessionPage::sessionSaved, this, &MainWindow::refreshOverview);
        connect(m_session, &SessionPage::sessionSaved, this, &MainWindow::offerReminders);
    }
    return m_session;
}

ProgressPage* MainWindow::progressPage()
{
    if (m_progress == nullptr) {
        m_progress = new ProgressPage(m_store, m_clock, m_stack);
        m_progress->setCatalog(&m_catalog);
        m_stack->addWidget(m_progress);
        m_undoGroup->addStack(m_progress->undoStack());
        connect(m_progress, &ProgressPage::startRequested, this,
                [this] { startRoutine(QLatin1String(core::Catalog::defaultRoutineId)); });
        connect(m_progress, &ProgressPage::preferencesRequested, this, &MainWindow::editPreferences);
        connect(m_progress, &ProgressPage::recordChanged, this, [this] {
            updateTray();
            markDatabaseSeen();
        });
    }
    return m_progress;
}

HistoryPage* MainWindow::historyPage()
{
    if (m_history == nullptr) {
        m_history = new HistoryPage(m_catalog, m_store, m_stack);
        m_stack->addWidget(m_history);
        m_undoGroup->addStack(m_history->undoStack());
        m_undoGroup->setActiveStack(m_history->undoStack());
        connect(m_history, &HistoryPage::startRequested, this,
                [this] { startRoutine(QLatin1String(core::Catalog::defaultRoutineId)); });
        // The history page already shows its own edits; only the figures need reading again.
        connect(m_history, &HistoryPage::historyChanged, this, [this] {
            if (m_progress != nullptr) {
                m_progress->refresh();
            }
            markDatabaseSeen();
        });
        connect(m_history, &HistoryPage::logRequested, this, &MainWindow::logSession);
        updateEditActions();
    }
    return m_history;
}

QWidget* MainWindow::pageWidget(Page page)
{
    switch (page) {
    case Page::Cards:
        return cardsPage();
    case Page::Session:
        return sessionPage();
    case Page::Progress:
        return progressPage();
    case Page::History:
        return historyPage();
    }
    return cardsPage();
}

QWidget* MainWindow::createSidebar(QWidget* parent)
{
    auto* sidebar = new QFrame(parent);
    sidebar->setObjectName(u"sidebar"_s);
    setRole(sidebar, "sidebar");
    sidebar->setFixedWidth(288);

    auto* appName = new QLabel(tr("Recovery Coach"), sidebar);
    setRole(appName, "brand");
    appName->setWordWrap(true);
    auto* tagline = new QLabel(tr("Roll, recover, run"), sidebar);
    setRole(tagline, "muted");

    const std::array<QString, 4> labels = {tr("Techniques"), tr("Session"), tr("Progress"), tr("History")};
    const std::array<Qt::Key, 4> keys = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};

    auto* layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(18, 28, 18, 24);
    layout->setSpacing(6);
    layout->addWidget(appName);
    layout->addWidget(tagline);
    m_wideOnly.append(tagline);
    layout->addSpacing(26);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const auto page = static_cast<Page>(i);
        m_navButtons.at(i) = createNavButton(page, labels.at(i), QKeySequence(Qt::CTRL | keys.at(i)), sidebar);
        layout->addWidget(m_navButtons.at(i));
    }
    layout->addStretch(1);

    m_startButton = new QPushButton(tr("▶  Start routine"), sidebar);
    m_startButton->setObjectName(u"startRoutineButton"_s);
    setRole(m_startButton, "start");
    m_startButton->setAutoDefault(true);
    connect(m_startButton, &QPushButton::clicked, this,
            [this] { startRoutine(QLatin1String(core::Catalog::defaultRoutineId)); });
    layout->addWidget(m_startButton);
    m_startCaption = new QLabel(sidebar);
    m_startCaption->setWordWrap(true);
    setRole(m_startCaption, "caption");
    layout->addWidget(m_startCaption);
    m_wideOnly.append(m_startCaption);
    return sidebar;
}

QPushButton* MainWindow::createNavButton(Page page, const QString& text, const QKeySequence& shortcut, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(u"nav-"_s + QLatin1String(pageNames.at(static_cast<std::size_t>(pageIndex(page)))));
    setRole(button, "nav");
    button->setCheckable(true);
    button->setAutoDefault(true);
    button->setMinimumHeight(58);
    const QString keys = shortcut.toString(QKeySequence::NativeText);
    button->setToolTip(tr("%1 (%2)").arg(text, keys));
    // The shortcut sits in the button, right-aligned, so it is learnt by looking.
    auto* hint = new QLabel(keys, button);
    setRole(hint, "caption");
    hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* hintLayout = new QHBoxLayout(button);
    hintLayout->setContentsMargins(0, 0, 16, 0);
    hintLayout->addStretch(1);
    hintLayout->addWidget(hint);
    m_wideOnly.append(hint);
    connect(button, &QPushButton::clicked, this, [this, button, page] {
        navigate(page);
        // A refused click must not leave the button checked.
        button->setChecked(currentPage() == page);
    });
    return button;
}

void MainWindow::createActions()
{
    for (std::size_t i = 0; i < m_pageActions.size(); ++i) {
        const auto page = static_cast<Page>(i);
        auto* action = new QAction(m_navButtons.at(i)->text(), this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(i))));
        connect(action, &QAction::triggered, this, [this, page] { navigate(page); });
        addAction(action);
        m_pageActions.at(i) = action;
    }
    m_startAction = new QAction(tr("Start routine"), this);
    m_startAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter), QKeySequence(Qt::Key_F5)});
    connect(m_startAction, &QAction::triggered, this,
            [this] { startRoutine(QLatin1String(core::Catalog::defaultRoutineId)); });
    addAction(m_startAction);
}

void MainWindow::showPage(Page page)
{
    // A page built just now has read the store already.
    const bool built = pageBuilt(page);
    QWidget* widget = pageWidget(page);
    if (built && page == Page::Progress) {
        m_progress->refresh();
    } else if (built && page == Page::History) {
        m_history->refresh();
    }
    m_page = page;
    // Ctrl+Z takes back what the page on show changed: pauses on Progress, sessions on History.
    if (page == Page::Progress) {
        m_undoGroup->setActiveStack(m_progress->undoStack());
    } else if (page == Page::History) {
        m_undoGroup->setActiveStack(m_history->undoStack());
    }
    m_stack->setCurrentWidget(widget);
    const int index = pageIndex(page);
    for (std::size_t i = 0; i < m_navButtons.size(); ++i) {
        m_navButtons.at(i)->setChecked(static_cast<int>(i) == index);
    }
    updateStartCaption();
    updateEditActions();
    if (page == Page::Cards) {
        m_cards->focusContent();
    } else {
        widget->setFocus(Qt::OtherFocusReason);
    }
}

bool MainWindow::pageBuilt(Page page) const
{
    switch (page) {
    case Page::Cards:
        return m_cards != nullptr;
    case Page::Session:
        return m_session != nullptr;
    case Page::Progress:
        return m_progress != nullptr;
    case Page::History:
        return m_history != nullptr;
    }
    return false;
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_page;
}

void MainWindow::navigate(Page page)
{
    if (m_sessionRunning && page != Page::Session) {
        return; // the running session keeps the window; Stop (Esc) on the session page ends it
    }
    showPage(page);
}

void MainWindow::startRoutine(const QString& routineId)
{
    const core::Routine* routine = m_catalog.routine(routineId);
    if (routine == nullptr) {
        MessageBox::warning(this, tr("Unknown routine"),
                            tr("There is no routine called “%1”. Starting nothing.").arg(routineId));
        return;
    }
    start(core::Catalog::withSecondsPerSide(*routine, SessionPage::preferredSecondsPerSide()));
}

void MainWindow::rollTechnique(const QString& techniqueId)
{
    start(m_catalog.singleTechniqueRoutine(techniqueId, SessionPage::preferredSecondsPerSide()));
}

void MainWindow::start(const core::Routine& routine)
{
    showPage(Page::Session);
    if (m_session->isRunning()) {
        return; // one session at a time; the running one is on screen now
    }
    m_session->startRoutine(routine);
}

void MainWindow::setSessionRunning(bool running)
{
    m_sessionRunning = running;
    for (std::size_t i = 0; i < m_navButtons.size(); ++i) {
        const bool enabled = !running || static_cast<Page>(i) == Page::Session;
        m_navButtons.at(i)->setEnabled(enabled);
        m_pageActions.at(i)->setEnabled(enabled);
    }
    m_startAction->setEnabled(!running);
    m_startButton->setEnabled(!running);
    // The history must hold still while a session is being recorded into it.
    m_logAction->setEnabled(!running);
    m_importAction->setEnabled(!running);
    m_restoreAction->setEnabled(!running);
    updateEditActions();
    // Focus mode: the session gets the whole window, readable from the floor, and there is nothing
    // to click away to. Stop (Esc) on the session page brings the sidebar and the menus back.
    m_sidebar->setVisible(!running);
    menuBar()->setVisible(!running);
    if (running && currentPage() != Page::Session) {
        showPage(Page::Session);
    }
}

void MainWindow::updateStartCaption()
{
    const core::Routine* routine = m_catalog.routine(QLatin1String(core::Catalog::defaultRoutineId));
    const QString name = routine != nullptr ? routine->name : tr("Default routine");
    m_startCaption->setText(
        tr("%1, %2 s a side\nCtrl+Enter or F5").arg(name).arg(SessionPage::preferredSecondsPerSide()));
}

void MainWindow::refreshOverview()
{
    // Pages not built yet read the store when they are.
    if (m_progress != nullptr) {
        m_progress->refresh();
    }
    if (m_history != nullptr) {
        m_history->refresh();
    }
    updateTray();
    markDatabaseSeen();
}

void MainWindow::enableTray()
{
    if (m_tray != nullptr || m_store == nullptr) {
        return;
    }
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::startRequested, this, [this] {
        activateFromAnotherInstance(QLatin1String(core::Catalog::defaultRoutineId));
    });
    connect(m_tray, &TrayIcon::showRequested, this, [this] { activateFromAnotherInstance(); });
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        m_quitting = true;
        if (close()) {
            QCoreApplication::quit(); // also when the window was hidden in the tray
        } else {
            m_quitting = false; // a running session, and the runner said no
        }
    });
    m_dayTimer = new QTimer(this);
    m_dayTimer->setSingleShot(true);
    connect(m_dayTimer, &QTimer::timeout, this, &MainWindow::updateTray);
    updateTray();
    m_tray->show();
}

void MainWindow::updateTray()
{
    if (m_tray == nullptr || m_store == nullptr) {
        return;
    }
    const QDateTime now = m_clock.now();
    const auto rhythm = core::currentRhythm(*m_store, now, false);
    if (!rhythm) {
        return;
    }
    m_tray->setWeek(rhythm->report);
    // One wake-up a day, when the day turns by the runner's boundary; none in between.
    // By the system's wall clock, not now's fixed offset: on the night the clocks change that would be an
    // hour off, and a timer that fires before the day has turned would fire again every second until it has.
    const QDateTime next =
        core::nextDayStart(rhythm->report.today, rhythm->settings.dayStartsAtMinutes, QTimeZone::systemTimeZone());
    m_dayTimer->start(std::chrono::milliseconds(std::max<qint64>(1000, now.msecsTo(next) + 1000)));
}

void MainWindow::offerReminders()
{
    if (AppSettings::remindersOffered() || core::savedComputerSettings().reminders) {
        return;
    }
    // Asked once, without blocking: a line above the pages, answered or dismissed.
    AppSettings::setRemindersOffered();
    m_reminderOffer = new NoticeBar(NoticeBar::Kind::Notice, u"reminderOffer"_s, centralWidget());
    m_reminderOffer->setText(
        tr("Remind me when my week is at risk? One notification at %1 on a day that matters, none once the "
           "week is met. Preferences can change it later.")
            .arg(QLocale().toString(core::savedComputerSettings().reminderTime, QLocale::ShortFormat)));
    m_reminderOffer->dismissButton()->setText(tr("No, thanks"));
    m_reminderOffer->addAction(tr("Turn on reminders"), [this] {
        core::ComputerSettings settings = core::savedComputerSettings();
        settings.reminders = true;
        if (m_reminderScheduler) {
            if (const core::Status scheduled = m_reminderScheduler(true, settings.reminderTime); !scheduled) {
                showNotice(tr("The reminders could not be set up: %1").arg(scheduled.error().message));
                return;
            }
        }
        core::saveComputerSettings(settings);
    });
    m_pageColumn->insertWidget(0, m_reminderOffer);
    m_reminderOffer->show();
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    // Below 1000 px the pages need the room more than the sidebar needs its captions.
    const bool compact = width() < 1000;
    if (compact == m_compact) {
        return;
    }
    m_compact = compact;
    m_sidebar->setFixedWidth(compact ? 210 : 288);
    for (QWidget* widget : std::as_const(m_wideOnly)) {
        widget->setVisible(!compact);
    }
    m_startButton->setText(compact ? tr("▶  Start") : tr("▶  Start routine"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_quitting && m_tray != nullptr && m_tray->isAvailable() && AppSettings::keepInTray()) {
        // The runner chose to keep the app in the tray: the close button hides the window.
        hide();
        event->ignore();
        return;
    }
    if (m_sessionRunning &&
        MessageBox::question(this, tr("Quit Recovery Coach?"),
                             tr("A session is running. Quit anyway and end it now?")) != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/page"_s,
                      QLatin1String(pageNames.at(static_cast<std::size_t>(pageIndex(currentPage())))));
    event->accept();
}

} // namespace rc::ui
