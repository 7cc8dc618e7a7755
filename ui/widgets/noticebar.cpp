// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticebar.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rc::ui {

NoticeBar::NoticeBar(Kind kind, const QString& objectName, QWidget* parent) : QFrame(parent), m_text(new QLabel(this))
{
    setObjectName(objectName);
    setRole(this, kind == Kind::Warning ? "safety" : "banner");
    m_text->setObjectName(objectName + u"Text"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse); // paths can be copied from it

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 12, 12, 12);
    layout->setSpacing(16);
    layout->addWidget(m_text, 1);
    if (kind == Kind::Notice) {
        m_dismiss = new QPushButton(tr("Dismiss"), this);
        m_dismiss->setObjectName(objectName + u"Dismiss"_s);
        connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
        layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);
    }
}

void NoticeBar::setText(const QString& text)
{
    m_text->setText(text);
}

QPushButton* NoticeBar::addAction(const QString& label, const std::function<void()>& act)
{
    auto* button = new QPushButton(label, this);
    button->setObjectName(objectName() + u"Action"_s);
    connect(button, &QPushButton::clicked, this, [this, act] {
        hide();
        act();
    });
    auto* row = static_cast<QHBoxLayout*>(layout());
    row->insertWidget(m_dismiss != nullptr ? row->indexOf(m_dismiss) : row->count(), button, 0, Qt::AlignVCenter);
    return button;
}

QString NoticeBar::text() const
{
    return m_text->text();
}

} // namespace rc::ui
