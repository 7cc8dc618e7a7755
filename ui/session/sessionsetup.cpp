// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsetup.h"

#include "appsettings.h"
#include "theme.h"
#include "timerdisplay.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>

namespace rc::ui {

using namespace Qt::StringLiterals;

namespace {
const QString soundKey = u"session/sound"_s;
const QString voiceKey = u"session/voice"_s;

QString sideSuffix(core::Side side)
{
    switch (side) {
    case core::Side::Left:
        return SessionSetup::tr(" — left");
    case core::Side::Right:
        return SessionSetup::tr(" — right");
    case core::Side::Both:
        break;
    }
    return {};
}
} // namespace

int SessionSetup::storedSecondsPerSide()
{
    return AppSettings::secondsPerSide();
}

bool SessionSetup::storedSound()
{
    return QSettings().value(soundKey, true).toBool();
}

bool SessionSetup::storedVoice()
{
    return QSettings().value(voiceKey, true).toBool();
}

SessionSetup::SessionSetup(const core::Catalog& catalog, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_routines(catalog.routines())
{
    setObjectName(u"sessionSetup"_s);

    auto* title = new QLabel(tr("Guided session"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    setRole(title, "title");

    m_routineBox = new QComboBox(this);
    m_routineBox->setObjectName(u"routineBox"_s);
    for (const core::Routine& routine : m_routines) {
        m_routineBox->addItem(routine.name, routine.id);
    }
    const int defaultIndex = m_routineBox->findData(QString::fromLatin1(core::Catalog::defaultRoutineId));
    m_routineBox->setCurrentIndex(std::max(0, defaultIndex));

    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_steps = new QLabel(this);
    m_steps->setObjectName(u"stepsLabel"_s);
    m_steps->setTextFormat(Qt::PlainText);

    m_secondsSlider = new QSlider(Qt::Horizontal, this);
    m_secondsSlider->setObjectName(u"secondsPerSideSlider"_s);
    m_secondsSlider->setAccessibleName(tr("Seconds per side"));
    m_secondsSlider->setRange(AppSettings::minSecondsPerSide, AppSettings::maxSecondsPerSide);
    m_secondsSlider->setSingleStep(5);
    m_secondsSlider->setPageStep(15);
    m_secondsSpin = new QSpinBox(this);
    m_secondsSpin->setObjectName(u"secondsPerSide"_s);
    m_secondsSpin->setAccessibleName(tr("Seconds per side"));
    m_secondsSpin->setRange(AppSettings::minSecondsPerSide, AppSettings::maxSecondsPerSide);
    m_secondsSpin->setSingleStep(5);
    m_secondsSpin->setSuffix(tr(" s"));
    m_secondsSpin->setMinimumWidth(110);
    const int seconds = storedSecondsPerSide();
    m_secondsSlider->setValue(seconds);
    m_secondsSpin->setValue(seconds);
    auto* secondsRow = new QHBoxLayout;
    secondsRow->addWidget(m_secondsSlider, 1);
    secondsRow->addWidget(m_secondsSpin);

    m_sound = new QCheckBox(tr("Sound cues (beeps)"), this);
    m_sound->setObjectName(u"soundCues"_s);
    m_sound->setChecked(storedSound());
    m_voice = new QCheckBox(tr("Spoken cues"), this);
    m_voice->setObjectName(u"voiceCues"_s);
    m_voice->setChecked(storedVoice());

    m_start = new QPushButton(tr("Start   (Enter)"), this);
    m_start->setObjectName(u"startButton"_s);
    m_start->setDefault(true);
    QFont startFont = m_start->font();
    startFont.setPointSizeF(startFont.pointSizeF() * 1.8);
    startFont.setBold(true);
    m_start->setFont(startFont);
    m_start->setMinimumHeight(72);
    m_start->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setRole(m_start, "start");

    m_saved = new QLabel(this);
    m_saved->setObjectName(u"savedLabel"_s);
    setRole(m_saved, "status-good");
    m_saved->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Routine"), m_routineBox);
    form->addRow(QString(), m_description);
    form->addRow(tr("Steps"), m_steps);
    form->addRow(tr("Seconds per side"), secondsRow);
    form->addRow(tr("Cues"), m_sound);
    form->addRow(QString(), m_voice);

    auto* disclaimer = new QLabel(m_catalog.disclaimer(), this);
    disclaimer->setWordWrap(true);
    setRole(disclaimer, "caption");

    form->setVerticalSpacing(12);
    form->setHorizontalSpacing(20);
    form->setLabelAlignment(Qt::AlignRight);

    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(m_saved);
    column->addSpacing(12);
    column->addLayout(form);
    column->addSpacing(16);
    column->addWidget(m_start);
    column->addWidget(disclaimer);
    column->addStretch(2);
    setCentredColumn(this, column);

    connect(m_secondsSlider, &QSlider::valueChanged, m_secondsSpin, &QSpinBox::setValue);
    connect(m_secondsSpin, &QSpinBox::valueChanged, this, [this](int value) {
        m_secondsSlider->setValue(value);
        AppSettings::setSecondsPerSide(value);
        updateSteps();
    });
    connect(m_sound, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(soundKey, on); });
    connect(m_voice, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(voiceKey, on); });
    connect(m_routineBox, &QComboBox::currentIndexChanged, this, &SessionSetup::updateSteps);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (hasRoutine()) {
            emit startRequested();
        }
    });
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_start, &QPushButton::click);
    }
    setFocusProxy(m_start); // Space or Enter on arrival starts the session
    updateSteps();
}

bool SessionSetup::hasRoutine() const
{
    const int index = m_routineBox->currentIndex();
    return index >= 0 && index < static_cast<int>(m_routines.size()) &&
           !m_routines[static_cast<size_t>(index)].steps.empty();
}

core::Routine SessionSetup::chosenRoutine() const
{
    if (!hasRoutine()) {
        return {};
    }
    return core::Catalog::withSecondsPerSide(m_routines[static_cast<size_t>(m_routineBox->currentIndex())],
                                             m_secondsSpin->value());
}

void SessionSetup::setRoutine(const core::Routine& routine)
{
    int index = m_routineBox->findData(routine.id);
    if (index < 0) {
        m_routines.push_back(routine);
        m_routineBox->addItem(routine.name, routine.id);
        index = m_routineBox->count() - 1;
    } else {
        m_routines[static_cast<size_t>(index)] = routine;
    }
    m_routineBox->setCurrentIndex(index);
    updateSteps();
}

bool SessionSetup::soundEnabled() const
{
    return m_sound->isChecked();
}

bool SessionSetup::voiceEnabled() const
{
    return m_voice->isChecked();
}

void SessionSetup::showSaved(const QString& text)
{
    m_saved->setText(text);
    m_saved->show();
    const int generation = ++m_savedGeneration;
    QTimer::singleShot(8000, this, [this, generation] {
        if (generation == m_savedGeneration) {
            m_saved->hide();
        }
    });
}

void SessionSetup::updateSteps()
{
    m_start->setEnabled(hasRoutine());
    if (!hasRoutine()) {
        m_description->setText(tr("No routine is available: the technique catalog could not be loaded."));
        m_steps->clear();
        return;
    }
    const core::Routine routine = chosenRoutine();
    m_description->setText(routine.description);
    QStringList lines;
    int number = 1;
    for (const core::RoutineStep& step : routine.steps) {
        const core::Technique* technique = m_catalog.technique(step.technique);
        lines.append(u"%1.  %2%3   %4"_s.arg(number++).arg(technique ? technique->name : step.technique,
                                                           sideSuffix(step.side),
                                                           TimerDisplay::formatMinutes(step.seconds * 1000LL)));
    }
    lines.append(tr("Rolling %1, plus %2 s to get into position before each step")
                     .arg(TimerDisplay::formatMinutes(routine.plannedSeconds() * 1000LL))
                     .arg(routine.prepareSeconds));
    m_steps->setText(lines.join(u'\n'));
}

} // namespace rc::ui
