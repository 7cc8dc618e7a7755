// SPDX-License-Identifier: GPL-3.0-or-later
#include "techniquedetail.h"

#include "svgview.h"
#include "theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

QLabel* textLabel(QWidget* parent, const char* role = nullptr, const QString& name = {})
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setCursor(Qt::IBeamCursor);
    if (role != nullptr) {
        setRole(label, role);
    }
    label->setObjectName(name);
    return label;
}

QLabel* sectionHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    setRole(label, "heading");
    return label;
}

QFrame* boxed(const char* role, const QString& heading, QLabel* body, QWidget* parent)
{
    auto* frame = new QFrame(parent);
    setRole(frame, role);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(6);
    auto* title = new QLabel(heading, frame);
    setRole(title, "subheading");
    layout->addWidget(title);
    body->setParent(frame);
    layout->addWidget(body);
    return frame;
}

} // namespace

TechniqueDetail::TechniqueDetail(QWidget* parent)
    : QWidget(parent), m_scroll(new QScrollArea(this)), m_back(new QPushButton(tr("←  All techniques"), this)),
      m_illustration(new SvgView(this))
{
    m_back->setObjectName(u"backButton"_s);
    m_back->setToolTip(tr("Back to the gallery (Esc)"));
    connect(m_back, &QPushButton::clicked, this, &TechniqueDetail::backRequested);
    auto* escHint = new QLabel(tr("Esc"), this);
    setRole(escHint, "muted");

    auto* content = new QWidget;
    m_name = textLabel(content, "title", u"detailName"_s);
    m_target = textLabel(content, "subheading", u"detailTarget"_s);
    m_muscles = textLabel(content, nullptr, u"detailMuscles"_s);
    m_equipment = textLabel(content, nullptr, u"detailEquipment"_s);
    m_dose = textLabel(content, nullptr, u"detailDose"_s);
    for (QLabel* fact : {m_muscles, m_equipment, m_dose}) {
        fact->setTextFormat(Qt::RichText);
    }
    m_roll = new QPushButton(content);
    m_roll->setObjectName(u"rollButton"_s);
    setRole(m_roll, "primary");
    m_roll->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_roll, &QPushButton::clicked, this, [this] { emit rollRequested(m_id); });
    m_rollHint = textLabel(content, "muted", u"rollHint"_s);

    m_illustration->setObjectName(u"detailIllustration"_s);
    m_illustration->setMinimumSize(260, 300);

    auto* facts = new QVBoxLayout;
    facts->setSpacing(12);
    facts->addWidget(m_name);
    facts->addWidget(m_target);
    facts->addSpacing(6);
    facts->addWidget(m_muscles);
    facts->addWidget(m_equipment);
    facts->addWidget(m_dose);
    facts->addSpacing(12);
    facts->addWidget(m_roll);
    facts->addWidget(m_rollHint);
    facts->addStretch(1);

    m_top = new QHBoxLayout;
    m_top->setSpacing(32);
    m_top->addWidget(m_illustration, 5);
    m_top->addLayout(facts, 4);

    m_steps = new QWidget(content);
    m_steps->setObjectName(u"detailSteps"_s);
    m_stepsLayout = new QVBoxLayout(m_steps);
    m_stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_stepsLayout->setSpacing(14);

    m_holdCue = textLabel(content, nullptr, u"detailHoldCue"_s);
    m_why = textLabel(content, nullptr, u"detailWhy"_s);
    m_safety = textLabel(content, nullptr, u"detailSafety"_s);

    auto* left = new QVBoxLayout;
    left->setSpacing(14);
    left->addWidget(sectionHeading(tr("Steps"), content));
    left->addWidget(m_steps);
    left->addStretch(1);

    auto* right = new QVBoxLayout;
    right->setSpacing(18);
    right->addWidget(boxed("note", tr("On a tender spot"), m_holdCue, content));
    auto* whyHeading = sectionHeading(tr("Why it matters"), content);
    right->addWidget(whyHeading);
    right->addWidget(m_why);
    right->addWidget(boxed("safety", tr("Safety"), m_safety, content));
    right->addStretch(1);

    m_bottom = new QHBoxLayout;
    m_bottom->setSpacing(36);
    m_bottom->addLayout(left, 5);
    m_bottom->addLayout(right, 4);

    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(40, 8, 40, 40);
    contentLayout->setSpacing(28);
    contentLayout->addLayout(m_top);
    contentLayout->addLayout(m_bottom);

    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(40, 24, 40, 8);
    header->setSpacing(14);
    header->addWidget(m_back);
    header->addWidget(escHint);
    header->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_scroll, 1);

    setTabOrder(m_back, m_roll);
}

void TechniqueDetail::setTechnique(const core::Technique& technique, int secondsPerSide)
{
    m_id = technique.id;
    m_illustration->load(technique.illustration);
    m_illustration->setAccessibleName(tr("Illustration: %1").arg(technique.name));

    m_name->setText(technique.name);
    m_target->setText(technique.targetArea);
    setFactText(m_muscles, tr("Muscles"), technique.muscles.join(u"; "_s));
    setFactText(m_equipment, tr("Equipment"), technique.equipment.join(u", "_s));
    setFactText(m_dose, tr("Dose"), technique.dose);

    m_roll->setText(technique.sided ? tr("▶  Roll this one (both sides)") : tr("▶  Roll this one"));
    m_rollHint->setText(technique.sided ? tr("%1 s on the left, then %1 s on the right. Change the time on the "
                                             "Session page.")
                                              .arg(secondsPerSide)
                                        : tr("%1 s. Change the time on the Session page.").arg(secondsPerSide));

    while (QLayoutItem* item = m_stepsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < technique.steps.size(); ++i) {
        auto* row = new QWidget(m_steps);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(14);
        auto* number = new QLabel(QString::number(i + 1), row);
        setRole(number, "badge");
        number->setAlignment(Qt::AlignCenter);
        auto* text = textLabel(row);
        text->setText(technique.steps.at(i));
        rowLayout->addWidget(number, 0, Qt::AlignTop);
        rowLayout->addWidget(text, 1);
        m_stepsLayout->addWidget(row);
    }

    m_holdCue->setText(technique.holdCue);
    m_why->setText(technique.why);
    m_safety->setText(technique.safety);
    m_scroll->verticalScrollBar()->setValue(0);
}

void TechniqueDetail::resizeEvent(QResizeEvent* event)
{
    // Side by side when there is room, one column on a narrow window.
    const auto direction = width() < 900 ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    m_top->setDirection(direction);
    m_bottom->setDirection(direction);
    QWidget::resizeEvent(event);
}

void TechniqueDetail::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_Backspace) {
        emit backRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace rc::ui
