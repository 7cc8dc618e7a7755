// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "clock.h"
#include "sessionengine.h"
#include "theme.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rc::ui {

class SessionIllustration;
class TimerDisplay;

// The running session, laid out to be read from the floor two metres away: the remaining time fills
// most of the view; technique, side and phase are large; controls show their keys.
class SessionView : public QWidget
{
    Q_OBJECT

public:
    explicit SessionView(const core::Catalog& catalog, QWidget* parent = nullptr);

    // Shows the engine's state at `now` (the engine is never advanced here).
    void showState(const core::SessionEngine& engine, core::Millis now);
    // One unobtrusive line, e.g. why the session is silent.
    void setNotice(const QString& notice);

signals:
    void pauseRequested();
    void backRequested();
    void skipRequested();
    void holdRequested();
    void stopRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    using ColorRole = QColor ThemePalette::*;
    QPushButton* addButton(const QString& text, const QString& name, const QList<QKeySequence>& keys);
    void applyAccent(ColorRole role);
    void applyThemeColors();
    void scaleFonts();

    const core::Catalog& m_catalog;
    QLabel* m_title = nullptr;
    QLabel* m_stepCounter = nullptr;
    QLabel* m_phase = nullptr;
    QLabel* m_hold = nullptr;
    TimerDisplay* m_timer = nullptr;
    SessionIllustration* m_illustration = nullptr;
    QLabel* m_instruction = nullptr;
    QProgressBar* m_stepProgress = nullptr;
    QProgressBar* m_routineProgress = nullptr;
    QLabel* m_nextUp = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_holdButton = nullptr;
    QList<QPushButton*> m_buttons;
    QColor m_accent;
    ColorRole m_accentRole = nullptr; // the phase's colour, taken again when the theme changes
    ColorRole m_timerRole = nullptr;
    ThemeVariant m_variant = ThemeVariant::Dark;
};

} // namespace rc::ui
