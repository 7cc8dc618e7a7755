// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QSpinBox;

namespace rc::ui {

// Target days per week (1-7) and the first day of the week (Monday, Sunday or Saturday), saved in
// QSettings through AppSettings. The progress page and `recovery-coach report` follow them.
// Tests drive the widgets and press OK without exec(); the window calls edit().
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // Shows the saved values (or the defaults).
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // Modal: returns true when the runner pressed OK and a value changed (then refresh the progress page).
    static bool edit(QWidget* parent);

    QSpinBox* targetSpin() const { return m_target; }
    QComboBox* weekStartCombo() const { return m_weekStart; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    int target() const;
    Qt::DayOfWeek weekStart() const;
    void setWeekStart(Qt::DayOfWeek day);
    // After accept(): whether the saved values changed.
    bool changed() const { return m_changed; }

    void accept() override;

private:
    QSpinBox* m_target;
    QComboBox* m_weekStart;
    QDialogButtonBox* m_buttons;
    bool m_changed = false;
};

} // namespace rc::ui
