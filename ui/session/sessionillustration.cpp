// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionillustration.h"

#include "theme.h"

#include <QPainter>

#include <algorithm>

namespace rc::ui {

SessionIllustration::SessionIllustration(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SessionIllustration::setSource(const QString& path)
{
    if (path == m_source) {
        return;
    }
    m_source = path;
    if (path.isEmpty() || !m_renderer.load(path)) {
        m_renderer.load(QByteArray());
    }
    update();
}

void SessionIllustration::paintEvent(QPaintEvent* /*event*/)
{
    if (!m_renderer.isValid()) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    QSizeF size = m_renderer.viewBoxF().size();
    if (size.isEmpty()) {
        size = m_renderer.defaultSize();
    }
    if (size.isEmpty()) {
        return;
    }
    // The light card hugs the drawing, so a wide drawing in a tall space leaves no empty slab.
    const QRectF bounds = QRectF(rect()).adjusted(1, 1, -1, -1);
    const qreal padding = std::min(bounds.width(), bounds.height()) * 0.04;
    size.scale(bounds.adjusted(padding, padding, -padding, -padding).size(), Qt::KeepAspectRatio);
    const QRectF target(bounds.center().x() - size.width() / 2, bounds.center().y() - size.height() / 2, size.width(),
                        size.height());
    const QRectF card = target.adjusted(-padding, -padding, padding, padding);
    const ThemePalette& colors = ThemeColors::current();
    painter.setPen(contrastRatio(colors.paper, colors.background) < 1.5 ? QPen(colors.border, 1) : QPen(Qt::NoPen));
    painter.setBrush(colors.paper);
    painter.drawRoundedRect(card, padding, padding);
    m_renderer.render(&painter, target);
}

} // namespace rc::ui
