// SPDX-License-Identifier: GPL-3.0-or-later
#include "timerdisplay.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace rc::ui {

namespace {
qint64 wholeSecondsUp(qint64 ms)
{
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}
} // namespace

TimerDisplay::TimerDisplay(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Remaining time"));
}

void TimerDisplay::setText(const QString& text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    setAccessibleDescription(text);
    update();
}

void TimerDisplay::setColor(const QColor& color)
{
    if (color == m_color) {
        return;
    }
    m_color = color;
    update();
}

QString TimerDisplay::formatMinutes(qint64 ms)
{
    const qint64 total = wholeSecondsUp(ms);
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString TimerDisplay::formatSeconds(qint64 ms)
{
    return QString::number(wholeSecondsUp(ms));
}

QSize TimerDisplay::minimumSizeHint() const
{
    return {120, 60};
}

void TimerDisplay::paintEvent(QPaintEvent* /*event*/)
{
    if (m_text.isEmpty()) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Size the font for the widest text of this shape ("8:88" for "1:05"), not the text itself, so
    // the digits keep their size as the time counts down.
    QFont font = this->font();
    font.setBold(true);
    font.setPixelSize(100);
    const QFontMetricsF reference(font);
    QString widest = m_text;
    for (QChar& c : widest) {
        if (c.isDigit()) {
            c = QLatin1Char('8');
        }
    }
    widest = widest.rightJustified(2, QLatin1Char('8')); // "9" sizes like "10": no jump at the boundary
    const qreal widthScale = width() * 0.96 / reference.horizontalAdvance(widest);
    const qreal heightScale = height() * 0.98 / reference.capHeight() / 1.25;
    font.setPixelSize(std::max(8, static_cast<int>(100 * std::min(widthScale, heightScale))));

    painter.setFont(font);
    painter.setPen(m_color);
    // Centre on the cap height rather than the line box, so the digits sit visually in the middle.
    const QFontMetricsF metrics(font);
    const qreal x = (width() - metrics.horizontalAdvance(m_text)) / 2;
    const qreal y = (height() + metrics.capHeight()) / 2;
    painter.drawText(QPointF(x, y), m_text);
}

} // namespace rc::ui
