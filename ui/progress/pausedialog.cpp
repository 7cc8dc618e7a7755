// SPDX-License-Identifier: GPL-3.0-or-later
#include "pausedialog.h"

#include "sessionstore.h"
#include "theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

QDateEdit* dateEdit(const QString& name, const QString& accessibleName, const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"ddd d MMM yyyy"_s);
    return edit;
}

} // namespace

PauseDialog::PauseDialog(core::SessionStore& store, const QDate& today, QWidget* parent)
    : QDialog(parent), m_store(store), m_from(dateEdit(u"pauseFrom"_s, tr("First paused day"), today, this)),
      m_to(dateEdit(u"pauseTo"_s, tr("Last paused day"), today.addDays(6), this)), m_note(new QComboBox(this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"pauseDialog"_s);
    setWindowTitle(tr("Pause the weekly target"));
    setMinimumWidth(480);

    auto* intro =
        new QLabel(tr("Injured, ill or away? Paused days come off the weekly target, and a week paused "
                      "throughout neither counts nor breaks your run. Sessions you roll on them still count."),
                   this);
    intro->setWordWrap(true);
    setRole(intro, "muted");

    // The usual reasons to pick from, and room to write another.
    m_note->setObjectName(u"pauseNote"_s);
    m_note->setAccessibleName(tr("Reason for the pause"));
    m_note->setEditable(true);
    m_note->setInsertPolicy(QComboBox::NoInsert);
    m_note->addItem(tr("Injured"), u"injured"_s);
    m_note->addItem(tr("Ill"), u"ill"_s);
    m_note->addItem(tr("Travelling"), u"travelling"_s);
    m_note->setCurrentIndex(-1);
    m_note->lineEdit()->setPlaceholderText(tr("Optional: injured, ill, travelling…"));
    m_note->lineEdit()->setMaxLength(int(core::maxNoteCharacters));

    m_error->setObjectName(u"pauseError"_s);
    m_error->setAccessibleName(tr("Why the pause was not saved"));
    m_error->setWordWrap(true);
    setRole(m_error, "caption-warn");
    m_error->hide();

    auto* form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(12);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Note:"), m_note);

    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Pause"));
    ok->setAccessibleName(tr("Save the pause"));
    ok->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel, no pause"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(18);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_from->setFocus();
}

QString PauseDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

core::Pause PauseDialog::typedPause() const
{
    core::Pause pause;
    pause.from = m_from->date();
    pause.to = m_to->date();
    // A reason picked from the list is stored in the record's words ("injured"), anything else as typed.
    const QString typed = m_note->currentText().trimmed();
    const int choice = m_note->findText(typed, Qt::MatchFixedString);
    pause.note = choice >= 0 ? m_note->itemData(choice).toString() : typed;
    return pause;
}

void PauseDialog::accept()
{
    // The store holds the rules (from <= to, at most 366 days, the note's length); the dialog shows its words.
    core::Pause pause = typedPause();
    auto id = m_store.addPause(pause);
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return;
    }
    pause.id = *id;
    m_pause = pause;
    QDialog::accept();
}

} // namespace rc::ui
