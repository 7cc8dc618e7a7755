// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsessiondialog.h"

#include "clock.h"
#include "manualentry.h"
#include "recordsettings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

constexpr int maxMinutes = 600;

} // namespace

LogSessionDialog::LogSessionDialog(const core::Catalog& catalog, const core::Clock& clock, QWidget* parent,
                                   int dayStartsAtMinutes)
    : QDialog(parent), m_catalog(catalog), m_clock(clock), m_dayStartsAt(dayStartsAtMinutes), m_date(new QDateEdit(this)), m_routine(new QComboBox(this)),
      m_minutes(new QSpinBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"logSessionDialog"_s);
    setWindowTitle(tr("Log a session"));
    setMinimumWidth(460);

    auto* intro = new QLabel(tr("Rolled without the app? Record it here so the week counts it."), this);
    intro->setWordWrap(true);

    const QDate today = core::countingDate(m_clock.now(), m_dayStartsAt);
    m_date->setObjectName(u"logDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"ddd d MMM yyyy"_s);
    // A session is logged once it is done: never a date after today.
    m_date->setMaximumDate(today);
    m_date->setDate(today);

    m_routine->setObjectName(u"logRoutine"_s);
    for (const core::Routine& routine : m_catalog.routines()) {
        m_routine->addItem(routine.name, routine.id);
    }
    const int defaultIndex = m_routine->findData(QLatin1String(core::Catalog::defaultRoutineId));
    m_routine->setCurrentIndex(std::max(defaultIndex, 0));

    m_minutes->setObjectName(u"logMinutes"_s);
    m_minutes->setRange(1, maxMinutes);
    m_minutes->setSuffix(tr(" min"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Routine:"), m_routine);
    form->addRow(tr("&Minutes:"), m_minutes);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log session"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_routine->count() > 0);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_routine, &QComboBox::currentIndexChanged, this, &LogSessionDialog::routineChanged);

    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(12);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(18);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    routineChanged();
    m_date->setFocus();
}

const core::Routine* LogSessionDialog::routine() const
{
    return m_catalog.routine(m_routine->currentData().toString());
}

void LogSessionDialog::routineChanged()
{
    // The routine's plan is the usual answer; the runner changes it when they did more or less.
    if (const core::Routine* chosen = routine()) {
        const int planned = static_cast<int>(std::lround(chosen->plannedSeconds() / 60.0));
        m_minutes->setValue(std::clamp(planned, 1, maxMinutes));
    }
}

core::Session LogSessionDialog::session() const
{
    const core::Routine* chosen = routine();
    if (chosen == nullptr) {
        return {};
    }
    const QDateTime now = m_clock.now();
    const QDate today = core::countingDate(now, m_dayStartsAt);
    const QDate date = std::min(m_date->date(), today);
    return core::manualSession(*chosen, date, m_minutes->value() * 60, now, today);
}

} // namespace rc::ui
