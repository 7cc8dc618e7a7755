// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences.h"
#include "recordsettings.h"
#include "result.h"

#include <QDialog>

#include <array>
#include <functional>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace rc::core {
class SessionStore;
}

namespace rc::ui {

// PRODUCT.md section 5. The record's settings, saved in the database so backups and other computers
// carry them: target days per week (1-7), the first day of the week, the planned days and when the
// runner's day starts (00:00-05:59, for those who roll after midnight). This computer's, in QSettings:
// reminders on or off and their time, and the theme (applied at once). Without a writable store the record's fields are
// shown but disabled, with the reason. Tests drive the widgets and press OK without exec(); the window calls edit().
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // Turns the reminder schedule on or off (ui/reminders writes the systemd timer); tests pass a fake.
    using ReminderScheduler = std::function<core::Status(bool on, QTime at)>;

    // Shows the saved values (or the defaults). `store` may be null or read-only.
    explicit PreferencesDialog(core::SessionStore* store, ReminderScheduler scheduler = {}, QWidget* parent = nullptr);

    // Modal: returns true when the runner pressed OK and a record value changed (then refresh Progress).
    static bool edit(QWidget* parent, core::SessionStore* store, ReminderScheduler scheduler);

    QSpinBox* targetSpin() const { return m_target; }
    QComboBox* weekStartCombo() const { return m_weekStart; }
    // Monday first, whatever the first day of the week.
    QAbstractButton* plannedDayButton(Qt::DayOfWeek day) const { return m_planned[std::size_t(day) - 1]; }
    QTimeEdit* dayStartsAtEdit() const { return m_dayStartsAt; }
    QCheckBox* remindersCheck() const { return m_reminders; }
    QTimeEdit* reminderTimeEdit() const { return m_reminderTime; }
    QCheckBox* keepInTrayCheck() const { return m_keepInTray; }
    QComboBox* themeCombo() const { return m_theme; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    int target() const;
    Qt::DayOfWeek weekStart() const;
    void setWeekStart(Qt::DayOfWeek day);
    core::RecordSettings recordSettings() const;
    // After accept(): whether the record's values changed.
    bool changed() const { return m_changed; }

    void accept() override;

private:
    QWidget* createRecordGroup();
    QWidget* createReminderGroup();

    core::SessionStore* m_store;
    ReminderScheduler m_scheduler;
    core::RecordSettings m_savedRecord;
    core::ComputerSettings m_savedComputer;
    QSpinBox* m_target = nullptr;
    QComboBox* m_weekStart = nullptr;
    std::array<QAbstractButton*, 7> m_planned{};
    QTimeEdit* m_dayStartsAt = nullptr;
    QCheckBox* m_reminders = nullptr;
    QTimeEdit* m_reminderTime = nullptr;
    QCheckBox* m_keepInTray = nullptr;
    QComboBox* m_theme = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons;
    bool m_changed = false;
};

} // namespace rc::ui
