// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "sessionengine.h"

#include <QObject>
#include <QString>

#include <vector>

namespace rc::ui {

// What to play at one moment of a session: a short sound (its name under :/sounds/) and a sentence
// to speak. Either may be empty.
struct CueEvent
{
    QString sound;
    QString speech;

    bool isEmpty() const { return sound.isEmpty() && speech.isEmpty(); }
    friend bool operator==(const CueEvent&, const CueEvent&) = default;
};

// The cue for the latest of the engine's cues: when a late tick crosses several at once only the
// newest is worth hearing; stale ones would talk over the session. Empty when `cues` is empty.
CueEvent latestCueEvent(const std::vector<core::SessionEngine::Cue>& cues, const core::Routine& routine,
                        const core::Catalog& catalog);

// Plays cues. The session page owns one; tests inject a recorder or none, so nothing makes noise
// or waits on an audio device.
class CuePlayer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Called when a session starts, so sounds and the speech engine load before the first cue.
    virtual void prepare(bool sound, bool voice) = 0;
    // Plays the sound and speaks the sentence, dropping whatever is still being spoken.
    virtual void play(const CueEvent& cue) = 0;

signals:
    // Cues cannot be heard (no audio output, no speech engine); said once per reason.
    void unavailable(const QString& reason);
};

} // namespace rc::ui
