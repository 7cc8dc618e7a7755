// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cueplayer.h"

#include <QHash>
#include <QStringList>

class QSoundEffect;
class QTextToSpeech;

namespace rc::ui {

// Sounds through QSoundEffect and spoken cues through QTextToSpeech (offline: Debian's flite
// plugin). Without an audio output or a speech engine it stays silent and says so once.
class MediaCuePlayer final : public CuePlayer
{
    Q_OBJECT

public:
    explicit MediaCuePlayer(QObject* parent = nullptr);
    ~MediaCuePlayer() override;

    void prepare(bool sound, bool voice) override;
    void play(const CueEvent& cue) override;

private:
    bool ensureSounds();
    bool ensureSpeech();
    void reportOnce(const QString& reason);

    QHash<QString, QSoundEffect*> m_effects;
    QTextToSpeech* m_speech = nullptr;
    bool m_soundChecked = false;
    bool m_soundAvailable = false;
    bool m_speechChecked = false;
    bool m_speechAvailable = false;
    QStringList m_reported;
};

} // namespace rc::ui
