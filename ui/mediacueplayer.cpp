// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediacueplayer.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QUrl>

namespace rc::ui {

using namespace Qt::StringLiterals;

MediaCuePlayer::MediaCuePlayer(QObject* parent) : CuePlayer(parent) {}

MediaCuePlayer::~MediaCuePlayer() = default;

void MediaCuePlayer::prepare(bool sound, bool voice)
{
    if (sound) {
        ensureSounds();
    }
    if (voice) {
        ensureSpeech();
    }
}

void MediaCuePlayer::play(const CueEvent& cue)
{
    if (!cue.sound.isEmpty() && ensureSounds()) {
        if (QSoundEffect* effect = m_effects.value(cue.sound)) {
            effect->play();
        }
    }
    if (!cue.speech.isEmpty() && ensureSpeech()) {
        // say() interrupts what is still being spoken: a stale "Three" must not delay "Switch sides".
        m_speech->say(cue.speech);
    }
}

bool MediaCuePlayer::ensureSounds()
{
    if (m_soundChecked) {
        return m_soundAvailable;
    }
    m_soundChecked = true;
    if (QMediaDevices::audioOutputs().isEmpty()) {
        reportOnce(tr("No audio output found: the session runs silently."));
        return false;
    }
    m_soundAvailable = true;
    // Loaded now, not on the first cue, so the first sound is not late.
    for (const QString& name :
         {u"start"_s, u"halfway"_s, u"tick"_s, u"switch"_s, u"finished"_s, u"hold"_s, u"release"_s}) {
        auto* effect = new QSoundEffect(this);
        effect->setSource(QUrl(u"qrc:/sounds/"_s + name + u".wav"_s));
        effect->setVolume(0.8f);
        m_effects.insert(name, effect);
    }
    return true;
}

bool MediaCuePlayer::ensureSpeech()
{
    if (m_speechChecked) {
        return m_speechAvailable && m_speech->state() != QTextToSpeech::Error;
    }
    m_speechChecked = true;
    if (QMediaDevices::audioOutputs().isEmpty()) {
        reportOnce(tr("No audio output found: the session runs silently."));
        return false;
    }
    if (QTextToSpeech::availableEngines().isEmpty()) {
        reportOnce(tr("No speech engine installed: spoken cues are off."));
        return false;
    }
    m_speech = new QTextToSpeech(this);
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Error) {
            reportOnce(tr("The speech engine failed: spoken cues are off."));
        }
    });
    if (m_speech->state() == QTextToSpeech::Error) {
        reportOnce(tr("The speech engine failed: spoken cues are off."));
        return false;
    }
    m_speechAvailable = true;
    return true;
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
