// SPDX-License-Identifier: GPL-3.0-or-later
#include "techniquecard.h"

#include "svgview.h"
#include "theme.h"
#include "wrappinglabel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

QLabel* factLine(const QString& label, const QString& value, QWidget* parent)
{
    auto* line = new WrappingLabel(parent);
    setFactText(line, label, value);
    return line;
}

} // namespace

TechniqueCard::TechniqueCard(const core::Technique& technique, QWidget* parent)
    : QFrame(parent), m_id(technique.id), m_illustration(new SvgView(technique.illustration, this))
{
    setRole(this, "card");
    setObjectName(u"card-"_s + technique.id);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(technique.name);
    setAccessibleDescription(tr("%1. Press Enter to open.").arg(technique.targetArea));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_illustration->setFixedHeight(180);
    m_illustration->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto* name = new WrappingLabel(technique.name, this);
    setRole(name, "heading");
    auto* target = new WrappingLabel(technique.targetArea, this);
    setRole(target, "accent");

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 22);
    layout->setSpacing(10);
    layout->addWidget(m_illustration);
    layout->addSpacing(6);
    layout->addWidget(name);
    layout->addWidget(target);
    layout->addWidget(factLine(tr("Equipment"), technique.equipment.join(u", "_s), this));
    layout->addWidget(factLine(tr("Dose"), technique.dose, this));
    layout->addStretch(1);
}

void TechniqueCard::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            emit activated(m_id);
        }
        event->accept();
        return;
    default:
        QFrame::keyPressEvent(event); // arrows go up to the gallery, which moves focus
    }
}

void TechniqueCard::mousePressEvent(QMouseEvent* event)
{
    m_pressed = event->button() == Qt::LeftButton;
    QFrame::mousePressEvent(event);
}

void TechniqueCard::mouseReleaseEvent(QMouseEvent* event)
{
    // Only a press that started here and is released here opens the card, as with a button.
    const bool clicked = m_pressed && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint());
    m_pressed = false;
    if (clicked) {
        emit activated(m_id);
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

} // namespace rc::ui
