// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"

#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace rc::ui {

class SvgView;

// The full card: big illustration, name, target area and muscles, equipment, dose, numbered steps,
// hold cue, why it matters, the safety note, and "Roll this one". Back button or Esc goes back.
// Long texts are selectable with the mouse so a runner can copy them.
class TechniqueDetail : public QWidget
{
    Q_OBJECT

public:
    explicit TechniqueDetail(QWidget* parent = nullptr);

    void setTechnique(const core::Technique& technique, int secondsPerSide);
    QString techniqueId() const { return m_id; }
    SvgView* illustration() const { return m_illustration; }
    QPushButton* rollButton() const { return m_roll; }
    QPushButton* backButton() const { return m_back; }

signals:
    void backRequested();
    void rollRequested(const QString& techniqueId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QString m_id;
    QScrollArea* m_scroll;
    QBoxLayout* m_top;
    QBoxLayout* m_bottom;
    QPushButton* m_back;
    SvgView* m_illustration;
    QLabel* m_name;
    QLabel* m_target;
    QLabel* m_muscles;
    QLabel* m_equipment;
    QLabel* m_dose;
    QPushButton* m_roll;
    QLabel* m_rollHint;
    QWidget* m_steps;
    QVBoxLayout* m_stepsLayout;
    QLabel* m_holdCue;
    QLabel* m_why;
    QLabel* m_safety;
};

} // namespace rc::ui
