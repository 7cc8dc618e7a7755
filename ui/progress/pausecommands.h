// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pause.h"
#include "result.h"

#include <QUndoCommand>

#include <functional>

namespace rc::core {
class SessionStore;
} // namespace rc::core

namespace rc::ui {

// What the page does after a command touched the store: re-read it, and show the message of a refusal.
using PauseChanged = std::function<void(const core::Status& status)>;

// A change to one pause. A store that refuses it either way makes the command obsolete, so the stack
// drops it instead of offering an undo that cannot work.
class PauseCommand : public QUndoCommand
{
public:
    const core::Pause& pause() const { return m_pause; }

protected:
    PauseCommand(core::SessionStore& store, core::Pause pause, PauseChanged changed, const QString& text);
    void apply(const core::Status& status);

    core::SessionStore& m_store;
    core::Pause m_pause;

private:
    PauseChanged m_changed;
};

// Deletes a pause; undo puts it back with its id (SessionStore::restorePause).
class DeletePauseCommand : public PauseCommand
{
public:
    DeletePauseCommand(core::SessionStore& store, core::Pause pause, PauseChanged changed);

    void redo() override;
    void undo() override;
};

// A pause the dialog has just stored: the first redo finds it done, undo removes it, redo puts it back.
class AddPauseCommand : public PauseCommand
{
public:
    AddPauseCommand(core::SessionStore& store, core::Pause stored, PauseChanged changed);

    void redo() override;
    void undo() override;

private:
    bool m_firstRedo = true; // the dialog stored it already
};

// "3 Dec – 16 Dec · injured"; the years too when the pause spans a new year.
QString describePause(const core::Pause& pause);

} // namespace rc::ui
