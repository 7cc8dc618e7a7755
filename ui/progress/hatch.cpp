// SPDX-License-Identifier: GPL-3.0-or-later
#include "hatch.h"

#include <QPainter>
#include <QPixmap>

namespace rc::ui {

QBrush hatchedBrush(const QColor& base, const QColor& stripe)
{
    constexpr int tile = 12;
    constexpr qreal ratio = 2.0; // drawn at 2x so the stripes stay sharp on a high-density screen
    QPixmap pixmap(int(tile * ratio), int(tile * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(base);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(stripe, 2.5));
    painter.drawLine(QPointF(-2, tile + 2), QPointF(tile + 2, -2));
    painter.drawLine(QPointF(-2, 2), QPointF(2, -2));
    painter.drawLine(QPointF(tile - 2, tile + 2), QPointF(tile + 2, tile - 2));
    painter.end();
    return QBrush(pixmap);
}

} // namespace rc::ui
