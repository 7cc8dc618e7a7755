// SPDX-License-Identifier: GPL-3.0-or-later
// The audio module: sounds through QSoundEffect and spoken cues through QTextToSpeech (offline:
// Debian's flite plugin). Without an audio output or a speech engine it stays silent and says why.
#include "cuebackend.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QHash>
#include <QMediaDevices>
#include <QObject>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QUrl>

namespace {

using namespace Qt::StringLiterals;
using rc::ui::CueReporter;

QString text(const char* source)
{
    return QCoreApplication::translate("rc::ui::MediaCuePlayer", source);
}

class AudioCueBackend final : public rc::ui::CueBackend
{
public:
    explicit AudioCueBackend(CueReporter report) : m_report(std::move(report)) {}

    void prepare(bool sound, bool voice) override
    {
        if (sound) {
            ensureSounds();
        }
        if (voice) {
            ensureSpeech();
        }
    }

    void play(const QString& sound, const QString& speech) override
    {
        if (!sound.isEmpty() && ensureSounds()) {
            if (QSoundEffect* effect = m_effects.value(sound)) {
                effect->play();
            }
        }
        if (!speech.isEmpty() && ensureSpeech()) {
            // say() interrupts what is still being spoken: a stale "Three" must not delay "Switch sides".
            m_speech->say(speech);
        }
    }

private:
    bool ensureSounds()
    {
        if (m_soundChecked) {
            return m_soundAvailable;
        }
        m_soundChecked = true;
        if (QMediaDevices::audioOutputs().isEmpty()) {
            m_report(text("No audio output found: the session runs silently."));
            return false;
        }
        m_soundAvailable = true;
        // Loaded now, not on the first cue, so the first sound is not late.
        for (const QString& name :
             {u"start"_s, u"halfway"_s, u"tick"_s, u"switch"_s, u"finished"_s, u"hold"_s, u"release"_s}) {
            auto* effect = new QSoundEffect(&m_owner);
            effect->setSource(QUrl(u"qrc:/sounds/"_s + name + u".wav"_s));
            effect->setVolume(0.8f);
            m_effects.insert(name, effect);
        }
        return true;
    }

    bool ensureSpeech()
    {
        if (m_speechChecked) {
            return m_speechAvailable && m_speech->state() != QTextToSpeech::Error;
        }
        m_speechChecked = true;
        if (QMediaDevices::audioOutputs().isEmpty()) {
            m_report(text("No audio output found: the session runs silently."));
            return false;
        }
        if (QTextToSpeech::availableEngines().isEmpty()) {
            m_report(text("No speech engine installed: spoken cues are off."));
            return false;
        }
        m_speech = new QTextToSpeech(&m_owner);
        QObject::connect(m_speech, &QTextToSpeech::stateChanged, &m_owner, [this](QTextToSpeech::State state) {
            if (state == QTextToSpeech::Error) {
                m_report(text("The speech engine failed: spoken cues are off."));
            }
        });
        if (m_speech->state() == QTextToSpeech::Error) {
            m_report(text("The speech engine failed: spoken cues are off."));
            return false;
        }
        m_speechAvailable = true;
        return true;
    }

    CueReporter m_report;
    QObject m_owner; // parent of the effects and the speech engine: they go with the backend
    QHash<QString, QSoundEffect*> m_effects;
    QTextToSpeech* m_speech = nullptr;
    bool m_soundChecked = false;
    bool m_soundAvailable = false;
    bool m_speechChecked = false;
    bool m_speechAvailable = false;
};

} // namespace

extern "C" Q_DECL_EXPORT rc::ui::CueBackend* rcCreateCueBackend(const rc::ui::CueReporter& report)
{
    return new AudioCueBackend(report);
}
