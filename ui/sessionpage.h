// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "clock.h"
#include "result.h"
#include "session.h"

#include <QWidget>

#include <functional>

namespace rc::core {
class SessionStore;
}

namespace rc::ui {

// The guided session: a setup panel (routine, seconds per side, sound and voice), the running view
// readable from two metres, and the end summary (soreness before/after, note, save with retry).
class SessionPage : public QWidget
{
    Q_OBJECT

public:
    // `store` may be null (then saving fails with a clear message and offers retry).
    SessionPage(const core::Catalog& catalog, core::SessionStore* store, core::Clock& clock,
                QWidget* parent = nullptr);
    ~SessionPage() override;

    // Starts `routine` at once (skips the setup panel).
    void startRoutine(const core::Routine& routine);
    bool isRunning() const;
    // Moves the engine to the clock's current time and repaints; the page's own QTimer calls this,
    // tests and screenshots call it after moving a ManualClock.
    void refresh();

    // Test seam: how a finished session is stored. Default: store->add(session).
    using SaveFunction = std::function<core::Result<qint64>(const core::Session&)>;
    void setSaveFunction(SaveFunction save);

signals:
    void runningChanged(bool running);
    void sessionSaved(qint64 id);
};

} // namespace rc::ui
