// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionview.h"

#include "sessionillustration.h"
#include "theme.h"
#include "timerdisplay.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>

#include <algorithm>
#include <cmath>

namespace rc::ui {

using namespace Qt::StringLiterals;
using Phase = core::SessionEngine::Phase;

namespace {

// High contrast on the theme's ground, dark or light: the view is read from the floor, often in a dim
// room. Phase colours (the palette's): amber to get ready, green to roll, orange while holding,
// grey-blue when paused.

QString sideText(core::Side side, bool upper)
{
    switch (side) {
    case core::Side::Left:
        return upper ? SessionView::tr("LEFT") : SessionView::tr("left");
    case core::Side::Right:
        return upper ? SessionView::tr("RIGHT") : SessionView::tr("right");
    case core::Side::Both:
        break;
    }
    return {};
}

QString stepTitle(const core::RoutineStep& step, const core::Catalog& catalog, bool upperSide)
{
    const core::Technique* technique = catalog.technique(step.technique);
    const QString name = technique ? technique->name : step.technique;
    const QString side = sideText(step.side, upperSide);
    return side.isEmpty() ? name : name + u" — "_s + side;
}

QString instructionFor(const core::SessionEngine& engine, const core::Technique* technique, core::Millis now)
{
    if (!technique || technique->steps.isEmpty()) {
        return {};
    }
    if (engine.phase() != Phase::Work) {
        return technique->steps.first(); // the "get into position" instruction
    }
    if (engine.isHolding(now) && !technique->holdCue.isEmpty()) {
        return technique->holdCue;
    }
    // The rolling instructions follow one another through the step, so the runner gets the next
    // one without reaching for the screen.
    const qsizetype rolling = technique->steps.size() - 1;
    if (rolling <= 0) {
        return technique->steps.first();
    }
    const auto index =
        std::clamp<qsizetype>(static_cast<qsizetype>(engine.stepProgress(now) * rolling), 0, rolling - 1);
    return technique->steps.at(index + 1);
}

QString pauseText(bool paused)
{
    return paused ? SessionView::tr("Resume   Space") : SessionView::tr("Pause   Space");
}

QString barStyle(const QColor& chunk)
{
    return u"QProgressBar { background: %1; border: none; border-radius: 4px; }"
           u"QProgressBar::chunk { background: %2; border-radius: 4px; }"_s.arg(ThemeColors::surfaceRaised().name(),
                                                                                chunk.name());
}

} // namespace

SessionView::SessionView(const core::Catalog& catalog, QWidget* parent) : QWidget(parent), m_catalog(catalog)
{
    setObjectName(u"sessionView"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);

    auto makeLabel = [this](const QString& name) {
        auto* label = new QLabel(this);
        label->setObjectName(name);
        return label;
    };
    m_title = makeLabel(u"techniqueLabel"_s);
    m_stepCounter = makeLabel(u"stepCounter"_s);
    m_phase = makeLabel(u"phaseLabel"_s);
    m_hold = makeLabel(u"holdLabel"_s);
    m_instruction = makeLabel(u"instructionLabel"_s);
    m_instruction->setWordWrap(true);
    m_instruction->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_nextUp = makeLabel(u"nextUpLabel"_s);
    m_notice = makeLabel(u"notice"_s);
    m_notice->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QSizePolicy keepSpace = m_hold->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true); // the layout must not jump when a hold starts
    m_hold->setSizePolicy(keepSpace);
    m_hold->hide();

    m_timer = new TimerDisplay(this);
    m_timer->setObjectName(u"remainingDisplay"_s);
    m_illustration = new SessionIllustration(this);
    m_illustration->setObjectName(u"illustration"_s);

    m_stepProgress = new QProgressBar(this);
    m_stepProgress->setObjectName(u"stepProgress"_s);
    m_routineProgress = new QProgressBar(this);
    m_routineProgress->setObjectName(u"routineProgress"_s);
    for (QProgressBar* bar : {m_stepProgress, m_routineProgress}) {
        bar->setRange(0, 1000);
        bar->setTextVisible(false);
    }
    auto* routineCaption = makeLabel(u"routineCaption"_s);
    routineCaption->setText(tr("Routine"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_stepCounter, 0, Qt::AlignRight | Qt::AlignVCenter);

    auto* phaseRow = new QHBoxLayout;
    phaseRow->addWidget(m_phase);
    phaseRow->addSpacing(32);
    phaseRow->addWidget(m_hold);
    phaseRow->addStretch(1);

    auto* centre = new QHBoxLayout;
    centre->setSpacing(32);
    centre->addWidget(m_illustration, 2);
    centre->addWidget(m_timer, 3);

    auto* routineRow = new QHBoxLayout;
    routineRow->addWidget(routineCaption);
    routineRow->addWidget(m_routineProgress, 1);

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_nextUp, 1);
    footer->addWidget(m_notice, 0);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    // The arrows on Back and Skip stand for the arrow keys; the letter keys are spelled out.
    m_pause = addButton(pauseText(false), u"pauseButton"_s, {QKeySequence(Qt::Key_Space)});
    QPushButton* back =
        addButton(tr("◀ Back   B"), u"backButton"_s, {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_B)});
    QPushButton* skip =
        addButton(tr("Skip ▶   N"), u"skipButton"_s, {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_N)});
    m_holdButton = addButton(tr("Hold   H"), u"holdButton"_s, {QKeySequence(Qt::Key_H)});
    QPushButton* stop = addButton(tr("Stop   Esc"), u"stopButton"_s, {QKeySequence(Qt::Key_Escape)});
    connect(m_pause, &QPushButton::clicked, this, &SessionView::pauseRequested);
    connect(back, &QPushButton::clicked, this, &SessionView::backRequested);
    connect(skip, &QPushButton::clicked, this, &SessionView::skipRequested);
    connect(m_holdButton, &QPushButton::clicked, this, &SessionView::holdRequested);
    connect(stop, &QPushButton::clicked, this, &SessionView::stopRequested);
    buttons->addWidget(back, 2);
    buttons->addWidget(m_pause, 3);
    buttons->addWidget(skip, 2);
    buttons->addSpacing(24);
    buttons->addWidget(m_holdButton, 2);
    buttons->addStretch(1);
    buttons->addWidget(stop, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 20);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(phaseRow);
    layout->addLayout(centre, 1);
    layout->addWidget(m_instruction);
    layout->addWidget(m_stepProgress);
    layout->addLayout(routineRow);
    layout->addLayout(footer);
    layout->addSpacing(6);
    layout->addLayout(buttons);

    applyThemeColors();
    applyAccent(&ThemePalette::prepare);
    scaleFonts();
}

QPushButton* SessionView::addButton(const QString& text, const QString& name, const QList<QKeySequence>& keys)
{
    QStringList keyNames;
    for (const QKeySequence& key : keys) {
        keyNames.append(key.toString(QKeySequence::NativeText));
    }
    auto* button = new QPushButton(text, this);
    button->setObjectName(name);
    // Never take focus: a focused button would swallow Space instead of pausing.
    button->setFocusPolicy(Qt::NoFocus);
    button->setToolTip(tr("Keyboard: %1").arg(keyNames.join(tr(" or "))));
    for (const QKeySequence& key : keys) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        shortcut->setAutoRepeat(false);
        connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    }
    m_buttons.append(button);
    return button;
}

void SessionView::showState(const core::SessionEngine& engine, core::Millis now)
{
    if (engine.stepCount() == 0 || engine.phase() == Phase::Finished || engine.phase() == Phase::Stopped) {
        return;
    }
    const core::RoutineStep& step = engine.currentStep();
    const core::Technique* technique = m_catalog.technique(step.technique);
    const bool paused = engine.isPaused();
    const bool working = engine.phase() == Phase::Work;
    const bool holding = working && engine.isHolding(now);

    m_title->setText(stepTitle(step, m_catalog, true));
    m_stepCounter->setText(tr("Step %1 of %2").arg(engine.stepIndex() + 1).arg(engine.stepCount()));

    QString phase;
    ColorRole accent = nullptr;
    if (paused) {
        phase = tr("Paused");
        accent = &ThemePalette::sessionPaused;
    } else if (!working) {
        phase = engine.isSwitchSides() ? tr("Switch sides") : tr("Get into position");
        accent = &ThemePalette::prepare;
    } else {
        phase = tr("Roll");
        accent = holding ? &ThemePalette::hold : &ThemePalette::work;
    }
    m_phase->setText(phase);
    applyAccent(accent);

    const qint64 remaining = engine.remaining(now).count();
    m_timer->setText(working ? TimerDisplay::formatMinutes(remaining) : TimerDisplay::formatSeconds(remaining));
    m_timerRole = paused ? &ThemePalette::sessionPaused : (working ? &ThemePalette::text : &ThemePalette::prepare);
    m_timer->setColor(ThemeColors::current().*m_timerRole);

    m_hold->setVisible(holding);
    if (holding) {
        m_hold->setText(tr("Hold %1").arg(TimerDisplay::formatMinutes(engine.holdRemaining(now).count())));
    }

    m_illustration->setSource(technique ? technique->illustration : QString());
    m_instruction->setText(instructionFor(engine, technique, now));
    m_stepProgress->setValue(static_cast<int>(std::lround(engine.stepProgress(now) * 1000)));
    m_routineProgress->setValue(static_cast<int>(std::lround(engine.routineProgress(now) * 1000)));

    const core::RoutineStep* next = engine.nextStep();
    m_nextUp->setText(next ? tr("Next up: %1").arg(stepTitle(*next, m_catalog, false)) : tr("Last step"));

    m_pause->setText(pauseText(paused));
    m_holdButton->setEnabled(working && !paused && !holding);
}

void SessionView::setNotice(const QString& notice)
{
    m_notice->setText(notice);
}

void SessionView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
}

void SessionView::applyAccent(ColorRole role)
{
    const QColor color = ThemeColors::current().*role;
    if (role == m_accentRole && color == m_accent) {
        return;
    }
    m_accentRole = role;
    m_accent = color;
    m_phase->setStyleSheet(u"color: %1;"_s.arg(color.name()));
    m_stepProgress->setStyleSheet(barStyle(color));
}

void SessionView::applyThemeColors()
{
    m_variant = currentThemeVariant();
    // The view keeps its own colours so it reads the same with or without the application theme
    // (tests and screenshots of the bare page), and because its accents change with the phase.
    setStyleSheet(u"QLabel { color: %1; }"
                  u"QLabel#stepCounter, QLabel#notice, QLabel#routineCaption { color: %2; }"
                  u"QPushButton { color: %1; background: %3; border: 2px solid %4;"
                  u" border-radius: 10px; padding: 6px 14px; min-height: 0; }"
                  u"QPushButton:hover { border-color: %2; }"
                  u"QPushButton:disabled { color: %5; border-color: %6; }"_s.arg(
                      ThemeColors::text().name(), ThemeColors::mutedText().name(), ThemeColors::surfaceRaised().name(),
                      ThemeColors::border().name(), ThemeColors::current().disabledText.name(),
                      ThemeColors::current().disabledBorder.name()));
    // After the sheet: setting a sheet on a polished widget restores the palette it had before the last one.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, ThemeColors::background());
    pal.setColor(QPalette::WindowText, ThemeColors::text());
    setPalette(pal);
    m_hold->setStyleSheet(u"color: %1;"_s.arg(ThemeColors::current().hold.name()));
    m_routineProgress->setStyleSheet(barStyle(ThemeColors::mutedText()));
    if (m_accentRole != nullptr) {
        applyAccent(m_accentRole);
    }
    if (m_timerRole != nullptr) {
        m_timer->setColor(ThemeColors::current().*m_timerRole);
    }
}

void SessionView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // A switch of theme (the application's sheet, re-polishing every widget) reaches the view's own colours.
    if (event->type() == QEvent::StyleChange && currentThemeVariant() != m_variant) {
        applyThemeColors();
    }
}

void SessionView::scaleFonts()
{
    // Sizes follow the view's height so the page reads the same from the floor at any window size,
    // and its width where the window is narrow, so the controls never clip.
    const int h = std::min(height(), width() * 10 / 16);
    auto sized = [this, h](QWidget* widget, double share, bool bold) {
        QFont f = font();
        f.setPixelSize(std::max(10, static_cast<int>(h * share)));
        f.setBold(bold);
        widget->setFont(f);
    };
    sized(m_title, 0.068, true);
    sized(m_stepCounter, 0.034, false);
    sized(m_phase, 0.05, true);
    sized(m_hold, 0.05, true);
    sized(m_instruction, 0.034, false);
    sized(m_nextUp, 0.036, true);
    sized(m_notice, 0.022, false);
    sized(findChild<QLabel*>(u"routineCaption"_s), 0.022, false);
    for (QPushButton* button : std::as_const(m_buttons)) {
        sized(button, 0.028, true);
    }
    m_stepProgress->setFixedHeight(std::max(6, static_cast<int>(h * 0.018)));
    m_routineProgress->setFixedHeight(std::max(4, static_cast<int>(h * 0.009)));
    m_instruction->setMinimumHeight(static_cast<int>(h * 0.034 * 2.6)); // two lines, no jumping
}

} // namespace rc::ui
