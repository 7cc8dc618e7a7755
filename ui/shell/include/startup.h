// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sessionstore.h"

#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace rc::core {
class Clock;
}

namespace rc::ui {

struct OpenResult
{
    std::unique_ptr<core::SessionStore> store; // null when quitting, or when not even reading works
    bool quit = false;                         // the app must not open its window
    int exitCode = 0;                          // for quit
    QString message;                           // why it quits, one line for stderr
    QString readOnlyReason;                    // not empty: the history is open read-only (or not at all)
    int savedPending = 0;                      // sessions from the recovery file stored now
    QString notice;                            // a non-modal notice for the window (failed backup, …)
};

// How the store is opened; a seam for tests (a read-only or busy database cannot be made as root).
using StoreOpener = std::function<core::Result<std::unique_ptr<core::SessionStore>>(const QString& path,
                                                                                    core::SessionStore::Mode mode)>;

// Opens the session database for the window and talks the runner through what can go wrong, every
// question through MessageBox:
// - damaged (Corrupt): explains it and asks "Repair now?"; Yes repairs (core::repairDatabase: the original
//   is moved aside byte for byte, readable sessions are copied into a fresh database), reports how many
//   were recovered and where the original went, and opens the fresh database; No quits, nothing changed.
// - from a newer version (NewerSchema): says so, leaves the file untouched, quits.
// - read-only file or folder: opens it read-only and says why in readOnlyReason.
// - busy (another program holds it): says so and offers Retry.
// - anything else: says what is wrong and quits.
// Then stores the sessions waiting in the recovery file (core::flushPending; tells how many) and runs the
// daily automatic backup (core::runAutomaticBackup), silent unless it fails (then `notice`).
OpenResult openDatabaseInteractively(const QString& path, const core::Clock& clock, QWidget* parent = nullptr,
                                     const StoreOpener& open = {});

} // namespace rc::ui
