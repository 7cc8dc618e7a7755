// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cueplayer.h"

#include <QStringList>

#include <memory>

namespace rc::ui {

class CueBackend;

// The session's sounds and spoken cues. The work is done by the audio module (recovery-coach-audio,
// see cuebackend.h and modules.h), loaded on the first prepare() or play(): the app starts without Qt
// Multimedia. A missing or broken module, no audio output or no speech engine: it stays silent and says
// so once.
class MediaCuePlayer final : public CuePlayer
{
    Q_OBJECT

public:
    explicit MediaCuePlayer(QObject* parent = nullptr);
    ~MediaCuePlayer() override;

    void prepare(bool sound, bool voice) override;
    void play(const CueEvent& cue) override;

private:
    CueBackend* backend();
    void reportOnce(const QString& reason);

    std::unique_ptr<CueBackend> m_backend;
    bool m_loadTried = false;
    QStringList m_reported;
};

} // namespace rc::ui
