// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QSpinBox;

namespace rc::core {
class Clock;
}

namespace rc::ui {

// "Log a session" for work done without the app: the date it counts for (today or earlier, never a
// future date), the routine, and the minutes (1-600, the routine's plan by default). The session it
// gives is the one `recovery-coach log` records (core::manualSession): completed, no steps.
class LogSessionDialog : public QDialog
{
    Q_OBJECT

public:
    // `dayStartsAtMinutes`: the record's day boundary, so that at 01:30 with a 04:00 day "today" is yesterday.
    LogSessionDialog(const core::Catalog& catalog, const core::Clock& clock, QWidget* parent = nullptr,
                     int dayStartsAtMinutes = 0);

    core::Session session() const;

    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* routineBox() const { return m_routine; }
    QSpinBox* minutesBox() const { return m_minutes; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void routineChanged();
    const core::Routine* routine() const;

    const core::Catalog& m_catalog;
    const core::Clock& m_clock;
    int m_dayStartsAt = 0;
    QDateEdit* m_date;
    QComboBox* m_routine;
    QSpinBox* m_minutes;
    QDialogButtonBox* m_buttons;
};

} // namespace rc::ui
