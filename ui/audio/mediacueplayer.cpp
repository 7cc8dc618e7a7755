// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediacueplayer.h"

#include "cuebackend.h"
#include "modules.h"

namespace rc::ui {

MediaCuePlayer::MediaCuePlayer(QObject* parent) : CuePlayer(parent) {}

MediaCuePlayer::~MediaCuePlayer() = default;

void MediaCuePlayer::prepare(bool sound, bool voice)
{
    if ((sound || voice) && backend() != nullptr) {
        m_backend->prepare(sound, voice);
    }
}

void MediaCuePlayer::play(const CueEvent& cue)
{
    if (!cue.isEmpty() && backend() != nullptr) {
        m_backend->play(cue.sound, cue.speech);
    }
}

CueBackend* MediaCuePlayer::backend()
{
    if (m_loadTried) {
        return m_backend.get();
    }
    m_loadTried = true;
    QString error;
    const auto create =
        reinterpret_cast<CueBackendFactory>(moduleFunction("recovery-coach-audio", cueBackendFactoryName, &error));
    if (create == nullptr) {
        reportOnce(tr("Sound and speech could not be loaded (%1): the session runs silently.").arg(error));
        return nullptr;
    }
    m_backend.reset(create([this](const QString& reason) { reportOnce(reason); }));
    return m_backend.get();
}

void MediaCuePlayer::reportOnce(const QString& reason)
{
    if (m_reported.contains(reason)) {
        return;
    }
    m_reported.append(reason);
    emit unavailable(reason);
}

} // namespace rc::ui
