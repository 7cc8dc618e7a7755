// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgview.h"

#include "theme.h"

#include <QPainter>
#include <QSvgRenderer>

namespace rc::ui {

SvgView::SvgView(QWidget* parent) : QWidget(parent), m_renderer(new QSvgRenderer(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // Animated SVGs would otherwise never repaint.
    connect(m_renderer, &QSvgRenderer::repaintNeeded, this, qOverload<>(&QWidget::update));
}

SvgView::SvgView(const QString& file, QWidget* parent) : SvgView(parent)
{
    load(file);
}

bool SvgView::load(const QString& file)
{
    m_file = file;
    const bool ok = m_renderer->load(file);
    updateGeometry();
    update();
    return ok;
}

bool SvgView::isValid() const
{
    return m_renderer->isValid();
}

void SvgView::setPaper(bool paper)
{
    m_paper = paper;
    update();
}

QSize SvgView::sizeHint() const
{
    if (!isValid()) {
        return {320, 200};
    }
    // Scale small view boxes up so the hint is a useful size; the layout decides the real one.
    QSizeF size = m_renderer->viewBoxF().size();
    if (size.isEmpty()) {
        return {320, 200};
    }
    size.scale(QSizeF(480, 320), Qt::KeepAspectRatio);
    return size.toSize();
}

QSize SvgView::minimumSizeHint() const
{
    return {120, 80};
}

void SvgView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!isValid()) {
        const QRectF box = QRectF(rect()).adjusted(4, 4, -4, -4);
        painter.setPen(QPen(ThemeColors::border(), 2, Qt::DashLine));
        painter.drawRoundedRect(box, 12, 12);
        painter.setPen(ThemeColors::mutedText());
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, tr("Illustration not available"));
        return;
    }
    QRectF area = rect();
    if (m_paper) {
        const qreal radius = 12;
        // The drawings are made for paper (the palette's, in both variants); on a light page an outline
        // keeps the card apart from the page.
        const ThemePalette& colors = ThemeColors::current();
        painter.setPen(contrastRatio(colors.paper, colors.background) < 1.5 ? QPen(colors.border, 1) : QPen(Qt::NoPen));
        painter.setBrush(colors.paper);
        painter.drawRoundedRect(area, radius, radius);
        area.adjust(radius, radius, -radius, -radius);
    }
    QSizeF size = m_renderer->viewBoxF().size();
    if (size.isEmpty()) {
        size = area.size();
    }
    size.scale(area.size(), Qt::KeepAspectRatio);
    const QRectF target(area.center().x() - size.width() / 2.0, area.center().y() - size.height() / 2.0, size.width(),
                        size.height());
    m_renderer->render(&painter, target);
}

} // namespace rc::ui
