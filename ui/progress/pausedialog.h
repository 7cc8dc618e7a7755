// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pause.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace rc::core {
class SessionStore;
} // namespace rc::core

namespace rc::ui {

// "Pause…" on the Progress page (PRODUCT.md section 5): from, to (inclusive, a week from today by
// default) and a note with the usual reasons to pick from. OK stores the pause; when the store refuses
// it (the dates the wrong way round, more than 366 days, a note too long, a read-only file) its message
// is shown here and the dialog stays open with everything as typed.
class PauseDialog : public QDialog
{
    Q_OBJECT

public:
    // `today` is the record's today (after the day boundary), so the default pause starts on it.
    PauseDialog(core::SessionStore& store, const QDate& today, QWidget* parent = nullptr);

    // The pause OK stored, with its id; empty before that.
    const core::Pause& pause() const { return m_pause; }
    // The store's message for the last refused OK; empty while there is none.
    QString errorText() const;

    void accept() override;

private:
    core::Pause typedPause() const;

    core::SessionStore& m_store;
    core::Pause m_pause;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_note;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace rc::ui
