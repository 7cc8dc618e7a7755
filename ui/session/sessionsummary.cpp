// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsummary.h"

#include "noteedit.h"
#include "theme.h"
#include "timerdisplay.h"

#include <QBoxLayout>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace rc::ui {

using namespace Qt::StringLiterals;

namespace {
constexpr int notRated = -1; // the spin box minimum, shown as "Not rated"

QSpinBox* sorenessBox(QWidget* parent, const QString& name)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(notRated, 10);
    box->setSpecialValueText(SessionSummary::tr("Not rated"));
    box->setSuffix(SessionSummary::tr(" / 10"));
    box->setValue(notRated);
    box->setMinimumWidth(160);
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    box->setToolTip(SessionSummary::tr("0 = no soreness, 10 = the worst you can imagine"));
    return box;
}

std::optional<int> rating(const QSpinBox* box)
{
    return box->value() == notRated ? std::nullopt : std::optional<int>(box->value());
}
} // namespace

SessionSummary::SessionSummary(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"sessionSummary"_s);
    m_title = new QLabel(this);
    m_title->setObjectName(u"summaryTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    setRole(m_title, "title");

    m_facts = new QLabel(this);
    m_facts->setObjectName(u"summaryFacts"_s);
    QFont factsFont = m_facts->font();
    factsFont.setPointSizeF(factsFont.pointSizeF() * 1.3);
    m_facts->setFont(factsFont);

    m_before = sorenessBox(this, u"sorenessBefore"_s);
    m_after = sorenessBox(this, u"sorenessAfter"_s);
    m_note = new NoteEdit(this);
    m_note->setPlaceholderText(tr("How did it feel? Tender spots, anything to remember (optional)"));

    m_error = new QLabel(this);
    m_error->setObjectName(u"saveError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    setRole(m_error, "status-warn");
    m_error->hide();

    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    setRole(m_save, "primary");
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(u"retryButton"_s);
    setRole(m_retry, "primary");
    m_retry->hide();
    auto* discard = new QPushButton(tr("Discard"), this);
    discard->setObjectName(u"discardButton"_s);
    for (QPushButton* button : {m_save, m_retry, discard}) {
        button->setMinimumHeight(48);
        button->setMinimumWidth(140);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("Soreness before"), m_before);
    form->addRow(tr("Soreness after"), m_after);
    form->addRow(tr("Note"), m_note);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(discard);
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_save);

    form->setVerticalSpacing(12);
    form->setHorizontalSpacing(20);
    form->setLabelAlignment(Qt::AlignRight);

    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(m_title);
    column->addWidget(m_facts);
    column->addSpacing(16);
    column->addLayout(form);
    column->addWidget(m_error);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addStretch(2);
    setCentredColumn(this, column);

    connect(m_save, &QPushButton::clicked, this, &SessionSummary::saveRequested);
    connect(m_retry, &QPushButton::clicked, this, &SessionSummary::saveRequested);
    connect(discard, &QPushButton::clicked, this, &SessionSummary::discardRequested);
}

void SessionSummary::showFacts(const Facts& facts)
{
    m_title->setText(facts.completed ? tr("Routine finished. Well done!") : tr("Session stopped early"));
    setRole(m_facts, facts.completed ? "status-good" : "status-warn");
    m_facts->setText(tr("Worked %1 of %2  ·  %3 of %4 steps  ·  %5")
                         .arg(TimerDisplay::formatMinutes(facts.workedSeconds * 1000LL),
                              TimerDisplay::formatMinutes(facts.plannedSeconds * 1000LL))
                         .arg(facts.stepsDone)
                         .arg(facts.stepCount)
                         .arg(facts.completed ? tr("completed") : tr("partial")));
    m_before->setValue(notRated);
    m_after->setValue(notRated);
    m_note->clear();
    m_error->hide();
    m_retry->hide();
    m_save->show();
    m_save->setFocus();
}

void SessionSummary::showError(const QString& message, const QString& recoveryFile)
{
    const QString kept =
        recoveryFile.isEmpty()
            ? tr("The session is kept in memory only: press Retry. It is lost if Recovery Coach is closed first.")
            : tr("The session is kept safe in the recovery file %1: press Retry, or it is saved the next time "
                 "Recovery Coach starts.")
                  .arg(QDir::toNativeSeparators(recoveryFile));
    m_error->setText(tr("Not saved: %1\n%2").arg(message, kept));
    m_error->show();
    m_save->hide();
    m_retry->show();
    m_retry->setDefault(true);
    m_retry->setFocus();
}

std::optional<int> SessionSummary::sorenessBefore() const
{
    return rating(m_before);
}

std::optional<int> SessionSummary::sorenessAfter() const
{
    return rating(m_after);
}

QString SessionSummary::note() const
{
    return m_note->text().trimmed();
}

} // namespace rc::ui
