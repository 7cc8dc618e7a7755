// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "appsettings.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::ui {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), m_target(new QSpinBox(this)), m_weekStart(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));
    const core::AdherenceSettings saved = AppSettings::adherence();

    m_target->setObjectName(u"targetDays"_s);
    m_target->setRange(1, 7);
    m_target->setValue(saved.targetDaysPerWeek);
    const auto updateSuffix = [this](int days) {
        m_target->setSuffix(days == 1 ? tr(" day a week") : tr(" days a week"));
    };
    updateSuffix(saved.targetDaysPerWeek);
    connect(m_target, &QSpinBox::valueChanged, this, updateSuffix);
    m_target->setAccessibleName(tr("Target days per week"));

    m_weekStart->setObjectName(u"weekStart"_s);
    const QLocale locale;
    for (Qt::DayOfWeek day : {Qt::Monday, Qt::Sunday, Qt::Saturday}) {
        m_weekStart->addItem(locale.dayName(day), int(day));
    }
    m_weekStart->setAccessibleName(tr("First day of the week"));
    setWeekStart(saved.weekStart);

    auto* intro = new QLabel(tr("A week counts when you roll on at least the target number of days. "
                                "Three days a week is what the coaching is built around."),
                             this);
    intro->setWordWrap(true);
    setRole(intro, "muted");

    auto* form = new QFormLayout;
    form->setSpacing(14);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Weeks start on:"), m_weekStart);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(18);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    // The wrapped introduction needs the height it takes at this width, or its last line is cut.
    resize(minimumWidth(), std::max(sizeHint().height(), layout->totalHeightForWidth(minimumWidth())));
}

bool PreferencesDialog::edit(QWidget* parent)
{
    PreferencesDialog dialog(parent);
    return dialog.exec() == QDialog::Accepted && dialog.changed();
}

int PreferencesDialog::target() const
{
    return m_target->value();
}

Qt::DayOfWeek PreferencesDialog::weekStart() const
{
    return Qt::DayOfWeek(m_weekStart->currentData().toInt());
}

void PreferencesDialog::setWeekStart(Qt::DayOfWeek day)
{
    const int index = m_weekStart->findData(int(day));
    m_weekStart->setCurrentIndex(index >= 0 ? index : 0);
}

void PreferencesDialog::accept()
{
    m_changed = AppSettings::setAdherence(target(), weekStart());
    QDialog::accept();
}

} // namespace rc::ui
