// SPDX-License-Identifier: GPL-3.0-or-later
#include "pauselist.h"

#include "pausecommands.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc::ui {

PauseList::PauseList(QWidget* parent)
    : QWidget(parent), m_rows(new QVBoxLayout), m_empty(new QLabel(this)), m_offer(new QWidget(this)),
      m_offerText(new QLabel(m_offer)), m_undo(new QPushButton(tr("&Undo"), m_offer)), m_error(new QLabel(this))
{
    m_empty->setObjectName(u"pausesEmpty"_s);
    m_empty->setText(tr("No pauses. Injured, ill or away? A pause takes those days off the weekly target, and a "
                        "week paused throughout neither counts nor breaks your run."));
    m_empty->setWordWrap(true);
    setRole(m_empty, "muted");

    m_offerText->setObjectName(u"pauseUndoOffer"_s);
    m_offerText->setWordWrap(true);
    setRole(m_offerText, "muted");
    m_undo->setObjectName(u"pauseUndo"_s);
    m_undo->setAccessibleName(tr("Undo the delete"));
    connect(m_undo, &QPushButton::clicked, this, &PauseList::undoRequested);
    auto* offer = new QHBoxLayout(m_offer);
    offer->setContentsMargins(0, 0, 0, 0);
    offer->setSpacing(12);
    offer->addWidget(m_offerText, 1);
    offer->addWidget(m_undo);
    m_offer->hide();

    m_error->setObjectName(u"pauseListError"_s);
    m_error->setWordWrap(true);
    setRole(m_error, "caption-warn");
    m_error->hide();

    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(6);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_empty);
    layout->addLayout(m_rows);
    layout->addWidget(m_offer);
    layout->addWidget(m_error);
}

void PauseList::setPauses(std::vector<core::Pause> pauses)
{
    m_pauses = std::move(pauses);
    // Later, not now: the row's own Delete button may be what is being clicked.
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    m_rowLabels.clear();
    m_deleteButtons.clear();
    for (const core::Pause& pause : m_pauses) {
        auto* row = new QWidget(this);
        auto* text = new QLabel(describePause(pause), row);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* remove = new QPushButton(tr("Delete"), row);
        remove->setObjectName(u"deletePause%1"_s.arg(pause.id));
        remove->setAccessibleName(tr("Delete the pause %1").arg(text->text()));
        connect(remove, &QPushButton::clicked, this, [this, pause] { emit deleteRequested(pause); });
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(12);
        layout->addWidget(text, 1);
        layout->addWidget(remove);
        m_rows->addWidget(row);
        m_rowLabels.push_back(text);
        m_deleteButtons.push_back(remove);
    }
    m_empty->setVisible(m_pauses.empty());
}

QString PauseList::rowText(int row) const
{
    return row >= 0 && row < rowCount() ? m_rowLabels[std::size_t(row)]->text() : QString();
}

QPushButton* PauseList::deleteButton(int row) const
{
    return row >= 0 && row < rowCount() ? m_deleteButtons[std::size_t(row)] : nullptr;
}

bool PauseList::isShowingEmptyText() const
{
    return !m_empty->isHidden();
}

void PauseList::setUndoOffer(const QString& text)
{
    m_offerText->setText(text);
    m_offer->setHidden(text.isEmpty());
}

QString PauseList::undoOffer() const
{
    return m_offer->isHidden() ? QString() : m_offerText->text();
}

void PauseList::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setHidden(message.isEmpty());
}

QString PauseList::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace rc::ui
