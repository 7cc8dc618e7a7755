// SPDX-License-Identifier: GPL-3.0-or-later
#include "pausecommands.h"

#include "progresstext.h"
#include "sessionstore.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PauseCommand", text);
}

} // namespace

QString describePause(const core::Pause& pause)
{
    const QLocale locale;
    const bool years = pause.from.year() != pause.to.year();
    const auto date = [&](const QDate& d) {
        return years ? locale.toString(d, u"d MMM yyyy"_s) : progresstext::shortDate(d);
    };
    QString text = date(pause.from) + u" – "_s + date(pause.to);
    if (!pause.note.isEmpty()) {
        text += u" · "_s + pause.note;
    }
    return text;
}

PauseCommand::PauseCommand(core::SessionStore& store, core::Pause pause, PauseChanged changed, const QString& text)
    : QUndoCommand(text), m_store(store), m_pause(std::move(pause)), m_changed(std::move(changed))
{
}

void PauseCommand::apply(const core::Status& status)
{
    setObsolete(!status);
    if (m_changed) {
        m_changed(status);
    }
}

DeletePauseCommand::DeletePauseCommand(core::SessionStore& store, core::Pause pause, PauseChanged changed)
    : PauseCommand(store, pause, std::move(changed), tr("Delete the pause %1").arg(describePause(pause)))
{
}

void DeletePauseCommand::redo()
{
    apply(m_store.removePause(m_pause.id));
}

void DeletePauseCommand::undo()
{
    apply(m_store.restorePause(m_pause));
}

AddPauseCommand::AddPauseCommand(core::SessionStore& store, core::Pause stored, PauseChanged changed)
    : PauseCommand(store, stored, std::move(changed), tr("Add the pause %1").arg(describePause(stored)))
{
}

void AddPauseCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_store.restorePause(m_pause));
}

void AddPauseCommand::undo()
{
    apply(m_store.removePause(m_pause.id));
}

} // namespace rc::ui
