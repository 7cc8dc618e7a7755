// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The boundary between the app and its audio module (recovery-coach-audio): plain C++ types only, so
// the module needs nothing from the executable and the executable links no audio library. Qt
// Multimedia, Qt TextToSpeech and their two dozen libraries (PulseAudio, codecs) then load on the first
// session, not at every start.

#include <QString>

#include <functional>

namespace rc::ui {

// Plays the sounds (names under :/sounds/, built into the module) and speaks the sentences.
class CueBackend
{
public:
    CueBackend() = default;
    CueBackend(const CueBackend&) = delete;
    CueBackend& operator=(const CueBackend&) = delete;
    virtual ~CueBackend() = default;

    // Loads the sounds and the speech engine now, so the first cue is not late.
    virtual void prepare(bool sound, bool voice) = 0;
    // Either may be empty. Speaking drops what is still being said.
    virtual void play(const QString& sound, const QString& speech) = 0;
};

// Called with a one-line reason when cues cannot be heard (no audio output, no speech engine).
using CueReporter = std::function<void(const QString& reason)>;

// The module's one exported function: a new backend, owned by the caller.
using CueBackendFactory = CueBackend* (*)(const CueReporter& report);
inline constexpr char cueBackendFactoryName[] = "rcCreateCueBackend";

} // namespace rc::ui
