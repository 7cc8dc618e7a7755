// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace rc::ui {

// Before a session: which routine, seconds per side, sound and voice, and a big Start.
// The choices persist in QSettings ("session/secondsPerSide", "session/sound", "session/voice").
class SessionSetup : public QWidget
{
    Q_OBJECT

public:
    explicit SessionSetup(const core::Catalog& catalog, QWidget* parent = nullptr);

    // The chosen routine with every step set to the chosen seconds per side.
    core::Routine chosenRoutine() const;
    bool hasRoutine() const;
    // Selects `routine` (adding it to the list when it is not a catalog routine).
    void setRoutine(const core::Routine& routine);
    bool soundEnabled() const;
    bool voiceEnabled() const;
    // A short confirmation after a session was saved; fades by itself.
    void showSaved(const QString& text);

    static int storedSecondsPerSide();
    static bool storedSound();
    static bool storedVoice();

signals:
    void startRequested();

private:
    void updateSteps();

    const core::Catalog& m_catalog;
    std::vector<core::Routine> m_routines;
    QComboBox* m_routineBox = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_steps = nullptr;
    QSlider* m_secondsSlider = nullptr;
    QSpinBox* m_secondsSpin = nullptr;
    QCheckBox* m_sound = nullptr;
    QCheckBox* m_voice = nullptr;
    QPushButton* m_start = nullptr;
    QLabel* m_saved = nullptr;
    int m_savedGeneration = 0;
};

} // namespace rc::ui
