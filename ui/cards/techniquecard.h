// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"

#include <QFrame>

namespace rc::ui {

class SvgView;

// One tile of the gallery: illustration, name, target area, equipment and dose. Focusable; Enter,
// Return, Space or a click opens the technique (activated).
class TechniqueCard : public QFrame
{
    Q_OBJECT

public:
    explicit TechniqueCard(const core::Technique& technique, QWidget* parent = nullptr);

    QString techniqueId() const { return m_id; }
    SvgView* illustration() const { return m_illustration; }

signals:
    void activated(const QString& techniqueId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QString m_id;
    SvgView* m_illustration;
    bool m_pressed = false;
};

} // namespace rc::ui
