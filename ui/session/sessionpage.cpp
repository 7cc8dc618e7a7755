// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionpage.h"

#include "cueplayer.h"
#include "mediacueplayer.h"
#include "messagebox.h"
#include "pendingsession.h"
#include "preferences.h"
#include "rhythm.h"
#include "screensaverinhibitor.h"
#include "sessionsetup.h"
#include "sessionstore.h"
#include "sessionsummary.h"
#include "sessionview.h"
#include "timerdisplay.h"

#include <QApplication>
#include <QKeyEvent>
#include <QStackedLayout>
#include <QTimer>

#include <algorithm>

namespace rc::ui {

using namespace Qt::StringLiterals;
using Phase = core::SessionEngine::Phase;

namespace {
// Repaint at most every 200 ms (5 wakeups a second) but land just after each second boundary, so
// the big countdown changes on time without a fast timer.
constexpr qint64 maxRefreshMs = 200;
constexpr qint64 minRefreshMs = 40;
constexpr qint64 boundarySlackMs = 5;

qint64 untilNextSecond(core::Millis remaining)
{
    const qint64 ms = remaining.count();
    return ms <= 0 ? maxRefreshMs : (ms - 1) % 1000 + 1 + boundarySlackMs;
}

// A discarded session must not be stored by the next start: takes it out of the recovery file. Other
// sessions waiting there (from an earlier run) are written back; the file is gone only when none are.
void forgetPending(const QString& databasePath, const core::Session& discarded)
{
    auto waiting = core::loadPending(databasePath);
    if (!waiting) {
        return; // an unreadable file is kept for the next start to report
    }
    std::vector<core::Session> keep;
    for (const core::Session& session : *waiting) {
        if (session.routine != discarded.routine || session.startedAt != discarded.startedAt) {
            keep.push_back(session);
        }
    }
    if (keep.size() == waiting->size() || !core::clearPending(databasePath)) {
        return;
    }
    for (const core::Session& session : keep) {
        (void)core::savePending(databasePath, session);
    }
}
} // namespace

SessionPage::SessionPage(const core::Catalog& catalog, core::SessionStore* store, core::Clock& clock, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_store(store), m_clock(clock)
{
    setObjectName(u"sessionPage"_s);
    setFocusPolicy(Qt::StrongFocus);

    m_setup = new SessionSetup(catalog, this);
    m_view = new SessionView(catalog, this);
    m_summary = new SessionSummary(this);
    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_setup);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_summary);
    setFocusProxy(m_setup);

    m_timer = new QTimer(this);
    m_timer->setObjectName(u"refreshTimer"_s);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // lands near the second boundary it was aimed at
    m_inhibitor = new ScreenSaverInhibitor(this);

    connect(m_timer, &QTimer::timeout, this, &SessionPage::refresh);
    connect(m_setup, &SessionSetup::startRequested, this, &SessionPage::startFromSetup);
    connect(m_view, &SessionView::pauseRequested, this, &SessionPage::togglePause);
    connect(m_view, &SessionView::skipRequested, this, &SessionPage::skip);
    connect(m_view, &SessionView::backRequested, this, &SessionPage::back);
    connect(m_view, &SessionView::holdRequested, this, &SessionPage::hold);
    connect(m_view, &SessionView::stopRequested, this, &SessionPage::requestStop);
    connect(m_summary, &SessionSummary::saveRequested, this, &SessionPage::save);
    connect(m_summary, &SessionSummary::discardRequested, this, &SessionPage::discard);
}

SessionPage::~SessionPage() = default; // the inhibitor, a child, releases the screen saver

void SessionPage::setSaveFunction(SaveFunction save)
{
    m_save = std::move(save);
}

void SessionPage::setReadOnlyReason(const QString& reason)
{
    m_readOnlyReason = reason;
}

bool SessionPage::hasUnsavedSession() const
{
    return m_state == State::Summary;
}

void SessionPage::setRoutine(const core::Routine& routine)
{
    m_setup->setRoutine(routine);
}

int SessionPage::preferredSecondsPerSide()
{
    return SessionSetup::storedSecondsPerSide();
}

void SessionPage::setCuePlayer(std::unique_ptr<CuePlayer> player)
{
    m_cuePlayer = std::move(player);
    m_cuePlayerChosen = true;
    if (m_cuePlayer) {
        connect(m_cuePlayer.get(), &CuePlayer::unavailable, m_view, &SessionView::setNotice);
    }
}

bool SessionPage::isRunning() const
{
    return m_state == State::Running;
}

void SessionPage::startFromSetup()
{
    startRoutine(m_setup->chosenRoutine());
}

void SessionPage::startRoutine(const core::Routine& routine)
{
    if (m_state != State::Setup || routine.steps.empty()) {
        return;
    }
    m_engine = std::make_unique<core::SessionEngine>(routine, m_clock.monotonic());
    // Whole seconds: the stored start instant is what identifies the session on import.
    const QDateTime now = m_clock.now();
    m_startedAt = now.addMSecs(-now.time().msec());
    m_sound = m_setup->soundEnabled();
    m_voice = m_setup->voiceEnabled();
    if (!m_cuePlayerChosen) {
        setCuePlayer(std::make_unique<MediaCuePlayer>());
    }
    if (m_cuePlayer) {
        m_cuePlayer->prepare(m_sound, m_voice);
    }
    m_state = State::Running;
    m_inhibitor->inhibit(tr("Guided foam-rolling session"));
    showPanel(m_view);
    emit runningChanged(true);
    refresh();
}

void SessionPage::refresh()
{
    m_timer->stop();
    if (m_state != State::Running || !m_engine) {
        return;
    }
    const core::Millis now = m_clock.monotonic();
    playCues(m_engine->advance(now));
    if (m_engine->phase() == Phase::Finished || m_engine->phase() == Phase::Stopped) {
        finish();
        return;
    }
    m_view->showState(*m_engine, now);
    scheduleRefresh();
}

void SessionPage::scheduleRefresh()
{
    // Paused, nothing on screen changes with time: no wakeups until the runner acts.
    if (m_engine->isPaused()) {
        return;
    }
    const core::Millis now = m_clock.monotonic();
    qint64 wait = untilNextSecond(m_engine->remaining(now));
    if (m_engine->isHolding(now)) {
        wait = std::min(wait, untilNextSecond(m_engine->holdRemaining(now)));
    }
    m_timer->start(static_cast<int>(std::clamp(wait, minRefreshMs, maxRefreshMs)));
}

void SessionPage::playCues(const std::vector<core::SessionEngine::Cue>& cues)
{
    if (!m_cuePlayer || cues.empty()) {
        return;
    }
    CueEvent event = latestCueEvent(cues, m_engine->routine(), m_catalog);
    if (!m_sound) {
        event.sound.clear();
    }
    if (!m_voice) {
        event.speech.clear();
    }
    if (!event.isEmpty()) {
        m_cuePlayer->play(event);
    }
}

// Every control first brings the engine up to now, so a cue or step end that is due fires before
// the action and the action applies to what the runner sees.
void SessionPage::togglePause()
{
    refresh();
    if (m_state == State::Running) {
        m_engine->togglePause(m_clock.monotonic());
        refresh();
    }
}

void SessionPage::skip()
{
    refresh();
    if (m_state == State::Running) {
        m_engine->skip(m_clock.monotonic());
        refresh();
    }
}

void SessionPage::back()
{
    refresh();
    if (m_state == State::Running) {
        m_engine->back(m_clock.monotonic());
        refresh();
    }
}

void SessionPage::hold()
{
    refresh();
    if (m_state == State::Running && m_engine->startHold(m_clock.monotonic())) {
        refresh();
    }
}

void SessionPage::requestStop()
{
    refresh();
    if (m_state != State::Running) {
        return;
    }
    // Time stands still while the runner decides, so "No" loses nothing and "Yes" records only
    // the time actually worked.
    const bool wasPaused = m_engine->isPaused();
    if (!wasPaused) {
        m_engine->pause(m_clock.monotonic());
        refresh();
    }
    const auto answer = MessageBox::question(
        this, tr("Stop the session?"),
        tr("Stop now? The time you have worked so far is kept and can be saved as a partial session."));
    if (m_state != State::Running) {
        return;
    }
    if (answer == QMessageBox::Yes) {
        m_engine->stop(m_clock.monotonic());
        finish();
        return;
    }
    if (!wasPaused) {
        m_engine->resume(m_clock.monotonic());
    }
    refresh();
}

void SessionPage::finish()
{
    m_timer->stop();
    m_inhibitor->release();
    m_state = State::Summary;
    const core::Millis now = m_clock.monotonic();
    SessionSummary::Facts facts;
    facts.completed = m_engine->completed();
    facts.workedSeconds = m_engine->workedSeconds(now);
    facts.plannedSeconds = m_engine->plannedSeconds();
    facts.stepCount = m_engine->stepCount();
    for (const core::StepResult& step : m_engine->results(now)) {
        // A step counts as done once half of it was rolled, as the engine judges completion.
        if (step.workedSeconds > 0 && step.workedSeconds * 2 >= step.plannedSeconds) {
            ++facts.stepsDone;
        }
    }
    showPanel(m_summary);
    m_summary->showFacts(facts);
    emit runningChanged(false);
}

void SessionPage::save()
{
    if (m_state != State::Summary || !m_engine) {
        return;
    }
    core::Session session = m_engine->toSession(m_startedAt, m_clock.monotonic());
    // The day boundary: a session after midnight but before the runner's day starts counts for the day before.
    const core::RecordSettings record = core::loadRecordSettingsOrDefaults(m_store);
    session.localDate = core::countingDate(session.startedAt, record.dayStartsAtMinutes);
    session.sorenessBefore = m_summary->sorenessBefore();
    session.sorenessAfter = m_summary->sorenessAfter();
    session.notes = m_summary->note();

    core::Result<qint64> result =
        core::makeError(core::ErrorCode::NotFound, tr("No session database is open, so the session cannot be stored."));
    if (m_save) {
        result = m_save(session);
    } else if (!m_readOnlyReason.isEmpty()) {
        result = core::makeError(core::ErrorCode::ReadOnly, tr("History is read-only: %1.").arg(m_readOnlyReason));
    } else if (m_store) {
        result = m_store->add(session);
    }
    if (!result) {
        keepUnsaved(session, result.error().message);
        return;
    }
    if (m_inRecoveryFile && m_store) {
        // The recovery file may hold sessions from before as well: flushPending stores them all (this one
        // counts as already stored) and removes the file only once they are. Should it fail, the next
        // start tries again.
        (void)core::flushPending(*m_store);
    }
    m_inRecoveryFile = false;
    const int worked = session.workedSeconds;
    m_engine.reset();
    m_state = State::Setup;
    showPanel(m_setup);
    QString saved = tr("Saved: %1 of foam rolling.").arg(TimerDisplay::formatMinutes(worked * 1000LL));
    // What it did for the week, in the words of the rules: "Day 2 of 3 this week: 1 more by Sunday."
    if (m_store) {
        if (const auto rhythm = core::currentRhythm(*m_store, m_clock.now(), false)) {
            saved += u" "_s + core::weekProgressText(rhythm->report);
        }
    }
    m_setup->showSaved(saved);
    emit sessionSaved(result.value());
}

void SessionPage::keepUnsaved(const core::Session& session, const QString& reason)
{
    // Beside the memory copy, a file: the runner may quit, or the app crash, before a retry works.
    QString recoveryFile;
    if (m_store) {
        if (core::savePending(m_store->path(), session)) {
            m_inRecoveryFile = true;
            recoveryFile = core::pendingFilePath(m_store->path());
        }
    }
    m_summary->showError(reason, recoveryFile);
}

void SessionPage::discard()
{
    if (m_state != State::Summary) {
        return;
    }
    const auto answer =
        MessageBox::question(this, tr("Discard the session?"), tr("Discard this session? It will not be recorded."));
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (m_inRecoveryFile && m_store) {
        forgetPending(m_store->path(), m_engine->toSession(m_startedAt, m_clock.monotonic()));
    }
    m_inRecoveryFile = false;
    m_engine.reset();
    m_state = State::Setup;
    showPanel(m_setup);
}

void SessionPage::showPanel(QWidget* panel)
{
    // Keys go to the visible panel: a hidden panel's shortcuts never match.
    m_stack->setCurrentWidget(panel);
    setFocusProxy(panel);
    panel->setFocus();
}

void SessionPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Shown by the main window (e.g. after "Start"): take the keyboard unless a child already has it,
    // so Space and Esc work without a click first.
    if (!isAncestorOf(QApplication::focusWidget())) {
        setFocus();
    }
}

void SessionPage::keyPressEvent(QKeyEvent* event)
{
    // The view's shortcuts handle keys while the window is active; this catches keys sent straight
    // to the page (or bubbling up from a child) when no shortcut matched.
    const int key = event->key();
    if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (m_state == State::Running) {
        switch (key) {
        case Qt::Key_Space:
            togglePause();
            return;
        case Qt::Key_Right:
        case Qt::Key_N:
            skip();
            return;
        case Qt::Key_Left:
        case Qt::Key_B:
            back();
            return;
        case Qt::Key_H:
            hold();
            return;
        case Qt::Key_Escape:
            requestStop();
            return;
        default:
            break;
        }
    } else if (m_state == State::Setup && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)) {
        startFromSetup();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace rc::ui
