// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "clock.h"
#include "cueplayer.h"
#include "result.h"
#include "session.h"
#include "sessionengine.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QStackedLayout;
class QTimer;

namespace rc::core {
class SessionStore;
}

namespace rc::ui {

class ScreenSaverInhibitor;
class SessionSetup;
class SessionSummary;
class SessionView;

// The guided session: a setup panel (routine, seconds per side, sound and voice), the running view
// readable from two metres, and the end summary (soreness before/after, note, save with retry).
// A session that cannot be saved (disk full, I/O error, busy or read-only database) is kept: in memory
// for Retry, and in the recovery file beside the database (core::savePending) so that a crash or a quit
// does not lose it; the next start stores it. The page says "Saved" only once the store said so.
class SessionPage : public QWidget
{
    Q_OBJECT

public:
    // `store` may be null (then saving fails with a clear message and offers retry).
    SessionPage(const core::Catalog& catalog, core::SessionStore* store, core::Clock& clock, QWidget* parent = nullptr);
    ~SessionPage() override;

    // Starts `routine` at once (skips the setup panel), with its steps' seconds as given: to use the
    // runner's chosen length, pass Catalog::withSecondsPerSide(routine, preferredSecondsPerSide()).
    // Does nothing while a session runs or a finished one waits to be saved or discarded.
    void startRoutine(const core::Routine& routine);
    bool isRunning() const;
    // Moves the engine to the clock's current time and repaints; the page's own QTimer calls this,
    // tests and screenshots call it after moving a ManualClock.
    void refresh();

    // Test seam: how a finished session is stored. Default: store->add(session).
    using SaveFunction = std::function<core::Result<qint64>(const core::Session&)>;
    void setSaveFunction(SaveFunction save);
    // The history is open read-only: saving fails with this reason (and the session is kept).
    void setReadOnlyReason(const QString& reason);
    // A finished session waits for Save or Discard (e.g. after a failed save).
    bool hasUnsavedSession() const;

    // Shows `routine` in the setup panel without starting it (e.g. from a technique card).
    void setRoutine(const core::Routine& routine);
    // The seconds per side the runner chose in the setup panel (QSettings, 60-120, default 90).
    static int preferredSecondsPerSide();
    // Replaces how cues are played; nullptr keeps sessions silent (tests). By default a
    // MediaCuePlayer is made when the first session starts.
    void setCuePlayer(std::unique_ptr<CuePlayer> player);

signals:
    void runningChanged(bool running);
    void sessionSaved(qint64 id);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum class State
    {
        Setup,
        Running,
        Summary,
    };

    void startFromSetup();
    void togglePause();
    void skip();
    void back();
    void hold();
    void requestStop();
    void finish();
    void save();
    void keepUnsaved(const core::Session& session, const QString& reason);
    void discard();
    void showPanel(QWidget* panel);
    void scheduleRefresh();
    void playCues(const std::vector<core::SessionEngine::Cue>& cues);

    const core::Catalog& m_catalog;
    core::SessionStore* m_store = nullptr;
    core::Clock& m_clock;
    SaveFunction m_save;
    QString m_readOnlyReason;
    // The finished session was written to the recovery file after a failed save.
    bool m_inRecoveryFile = false;
    State m_state = State::Setup;
    std::unique_ptr<core::SessionEngine> m_engine;
    QDateTime m_startedAt;
    std::unique_ptr<CuePlayer> m_cuePlayer;
    bool m_cuePlayerChosen = false;
    bool m_sound = true;
    bool m_voice = true;

    QStackedLayout* m_stack = nullptr;
    SessionSetup* m_setup = nullptr;
    SessionView* m_view = nullptr;
    SessionSummary* m_summary = nullptr;
    QTimer* m_timer = nullptr;
    ScreenSaverInhibitor* m_inhibitor = nullptr;
};

} // namespace rc::ui
