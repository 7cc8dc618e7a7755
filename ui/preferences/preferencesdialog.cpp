// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "appsettings.h"
#include "sessionstore.h"
#include "theme.h"
#include "themefollower.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

bool storeWritable(const core::SessionStore* store)
{
    return store != nullptr && store->isWritable();
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    setRole(label, "muted");
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(core::SessionStore* store, ReminderScheduler scheduler, QWidget* parent)
    : QDialog(parent), m_store(store), m_scheduler(std::move(scheduler)),
      m_savedRecord(core::loadRecordSettingsOrDefaults(store)), m_savedComputer(core::savedComputerSettings()),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    setRole(m_error, "status-warn");
    m_error->hide();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(18);
    layout->addWidget(createRecordGroup());
    layout->addWidget(createReminderGroup());
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // Never smaller than everything needs: the wrapped texts are given the width they wrap at, so the
    // layout knows their height, and nothing is squeezed or cut.
    for (QLabel* label : findChildren<QLabel*>()) {
        if (label->wordWrap()) {
            label->setMinimumWidth(520);
            label->setMinimumHeight(label->heightForWidth(520));
        }
    }
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

QWidget* PreferencesDialog::createRecordGroup()
{
    auto* group = new QGroupBox(tr("Your week"), this);
    const core::RecordSettings& saved = m_savedRecord;

    m_target = new QSpinBox(group);
    m_target->setObjectName(u"targetDays"_s);
    m_target->setRange(1, 7);
    m_target->setValue(saved.targetDays);
    const auto updateSuffix = [this](int days) {
        m_target->setSuffix(days == 1 ? tr(" day a week") : tr(" days a week"));
    };
    updateSuffix(saved.targetDays);
    connect(m_target, &QSpinBox::valueChanged, this, updateSuffix);
    m_target->setAccessibleName(tr("Target days per week"));

    m_weekStart = new QComboBox(group);
    m_weekStart->setObjectName(u"weekStart"_s);
    const QLocale locale;
    for (Qt::DayOfWeek day : {Qt::Monday, Qt::Sunday, Qt::Saturday}) {
        m_weekStart->addItem(locale.dayName(day), int(day));
    }
    m_weekStart->setAccessibleName(tr("First day of the week"));
    setWeekStart(saved.weekStart);

    // The planned days as a row of toggles, Monday first: a glance shows the plan.
    auto* plannedRow = new QHBoxLayout;
    plannedRow->setSpacing(6);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto* button = new QPushButton(locale.dayName(day, QLocale::ShortFormat), group);
        button->setObjectName(u"planned-%1"_s.arg(day));
        button->setCheckable(true);
        button->setChecked(saved.isPlanned(Qt::DayOfWeek(day)));
        button->setAccessibleName(tr("Planned day: %1").arg(locale.dayName(day)));
        setRole(button, "day-toggle");
        m_planned[std::size_t(day) - 1] = button;
        plannedRow->addWidget(button);
    }
    plannedRow->addStretch();

    m_dayStartsAt = new QTimeEdit(group);
    m_dayStartsAt->setObjectName(u"dayStartsAt"_s);
    m_dayStartsAt->setDisplayFormat(u"HH:mm"_s);
    m_dayStartsAt->setTimeRange(QTime(0, 0), QTime(5, 59));
    m_dayStartsAt->setTime(QTime(0, 0).addSecs(saved.dayStartsAtMinutes * 60));
    m_dayStartsAt->setAccessibleName(tr("My day starts at"));

    auto* form = new QFormLayout;
    form->setSpacing(14);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Weeks start on:"), m_weekStart);
    form->addRow(tr("Planned days:"), plannedRow);
    form->addRow(tr("My &day starts at:"), m_dayStartsAt);

    auto* box = new QVBoxLayout(group);
    box->setSpacing(12);
    box->addWidget(wrapped(tr("A week counts when you roll on at least the target number of days. "
                              "Three days a week is what the coaching is built around. Planned days are "
                              "the ones you mean to roll on; a reminder comes on them."),
                           group));
    box->addLayout(form);
    box->addWidget(wrapped(tr("Roll after midnight? A session before this time counts for the day before."), group));
    if (!storeWritable(m_store)) {
        group->setEnabled(false);
        box->addWidget(wrapped(tr("These are kept in the session database, which cannot be changed now."), group));
    }
    return group;
}

QWidget* PreferencesDialog::createReminderGroup()
{
    auto* group = new QGroupBox(tr("On this computer"), this);
    m_reminders = new QCheckBox(tr("&Remind me when my week is at risk or on a planned day"), group);
    m_reminders->setObjectName(u"reminders"_s);
    m_reminders->setChecked(m_savedComputer.reminders);

    m_reminderTime = new QTimeEdit(group);
    m_reminderTime->setObjectName(u"reminderTime"_s);
    m_reminderTime->setDisplayFormat(u"HH:mm"_s);
    m_reminderTime->setTime(m_savedComputer.reminderTime);
    m_reminderTime->setAccessibleName(tr("Reminder time"));
    m_reminderTime->setEnabled(m_savedComputer.reminders);
    connect(m_reminders, &QCheckBox::toggled, m_reminderTime, &QWidget::setEnabled);

    m_keepInTray = new QCheckBox(tr("&Keep running in the tray when the window is closed"), group);
    m_keepInTray->setObjectName(u"keepInTray"_s);
    m_keepInTray->setChecked(AppSettings::keepInTray());

    m_theme = new QComboBox(group);
    m_theme->setObjectName(u"theme"_s);
    m_theme->addItem(tr("System"), int(core::Theme::System));
    m_theme->addItem(tr("Light"), int(core::Theme::Light));
    m_theme->addItem(tr("Dark"), int(core::Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(m_savedComputer.theme))));
    m_theme->setAccessibleName(tr("Theme"));

    auto* form = new QFormLayout;
    form->addRow(tr("At:"), m_reminderTime);
    auto* box = new QVBoxLayout(group);
    box->setSpacing(12);
    box->addWidget(m_reminders);
    box->addLayout(form);
    box->addWidget(wrapped(tr("One notification on a day that matters, none once the week is met. It comes "
                              "even when Recovery Coach is closed, or at login when the time has passed."),
                           group));
    box->addWidget(m_keepInTray);
    auto* themeForm = new QFormLayout;
    themeForm->addRow(tr("T&heme:"), m_theme);
    box->addLayout(themeForm);
    return group;
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

core::RecordSettings PreferencesDialog::recordSettings() const
{
    core::RecordSettings settings;
    settings.targetDays = target();
    settings.weekStart = weekStart();
    for (std::size_t i = 0; i < m_planned.size(); ++i) {
        settings.plannedDays |= m_planned[i]->isChecked() ? 1u << i : 0u;
    }
    const QTime start = m_dayStartsAt->time();
    settings.dayStartsAtMinutes = start.hour() * 60 + start.minute();
    return settings;
}

void PreferencesDialog::accept()
{
    m_error->hide();
    const core::RecordSettings record = recordSettings();
    if (storeWritable(m_store) && record != m_savedRecord) {
        // Every key, so what the dialog shows is what the database holds from now on.
        if (const core::Status saved = m_store->setRecordSettings(core::recordSettingsText(record)); !saved) {
            m_error->setText(saved.error().message);
            m_error->show();
            return;
        }
        m_changed = true;
    }
    core::ComputerSettings computer = m_savedComputer;
    computer.reminders = m_reminders->isChecked();
    computer.reminderTime = QTime(m_reminderTime->time().hour(), m_reminderTime->time().minute());
    computer.theme = core::Theme(m_theme->currentData().toInt());
    const bool remindersChanged =
        computer.reminders != m_savedComputer.reminders || computer.reminderTime != m_savedComputer.reminderTime;
    if (computer != m_savedComputer) {
        if (m_scheduler && remindersChanged) {
            if (const core::Status scheduled = m_scheduler(computer.reminders, computer.reminderTime); !scheduled) {
                m_error->setText(tr("The reminders could not be set up: %1").arg(scheduled.error().message));
                m_error->show();
                return;
            }
        }
        core::saveComputerSettings(computer);
    }
    if (computer.theme != m_savedComputer.theme) {
        // The window changes at once, to what the new setting means on this desktop.
        if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance())) {
            if (ThemeFollower* follower = ThemeFollower::of(*app)) {
                follower->settingChanged();
            }
        }
    }
    if (m_keepInTray->isChecked() != AppSettings::keepInTray()) {
        AppSettings::setKeepInTray(m_keepInTray->isChecked());
    }
    QDialog::accept();
}

bool PreferencesDialog::edit(QWidget* parent, core::SessionStore* store, ReminderScheduler scheduler)
{
    PreferencesDialog dialog(store, std::move(scheduler), parent);
    return dialog.exec() == QDialog::Accepted && dialog.changed();
}

} // namespace rc::ui
