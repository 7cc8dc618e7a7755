// SPDX-License-Identifier: GPL-3.0-or-later
#include "techniqueminutes.h"

#include "progresstext.h"
#include "theme.h"

#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::ui {

TechniqueMinutesView::TechniqueMinutesView(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TechniqueMinutesView::setMinutes(std::vector<core::TechniqueMinutes> minutes)
{
    m_minutes = std::move(minutes);
    QStringList spoken;
    for (int i = 0; i < int(m_minutes.size()); ++i) {
        spoken << m_minutes[std::size_t(i)].name + u": "_s + valueText(i);
    }
    setAccessibleDescription(spoken.join(u"; "_s));
    updateGeometry();
    update();
}

QString TechniqueMinutesView::valueText(int index) const
{
    if (index < 0 || index >= int(m_minutes.size())) {
        return {};
    }
    const core::TechniqueMinutes& entry = m_minutes[std::size_t(index)];
    if (entry.sessions == 0) {
        return tr("not done");
    }
    const QString value =
        progresstext::minutes(double(entry.workedSeconds) / 60.0) + u" · "_s + progresstext::sessions(entry.sessions);
    return entry.itemised ? value : value + u" · "_s + tr("not itemised");
}

qreal TechniqueMinutesView::rowHeight() const
{
    return fontMetrics().height() * 2.1;
}

QSize TechniqueMinutesView::sizeHint() const
{
    return {800, int(rowHeight() * qreal(std::max<std::size_t>(1, m_minutes.size())))};
}

QSize TechniqueMinutesView::minimumSizeHint() const
{
    return {360, sizeHint().height()};
}

void TechniqueMinutesView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(font());
    qreal nameWidth = 0;
    qreal valueWidth = 0;
    QFont notItemised = font();
    notItemised.setItalic(true);
    for (int i = 0; i < int(m_minutes.size()); ++i) {
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(m_minutes[std::size_t(i)].name));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(valueText(i)));
    }
    nameWidth = std::min(nameWidth + 20, width() * 0.35);
    qint64 most = 1;
    for (const core::TechniqueMinutes& entry : m_minutes) {
        most = std::max(most, entry.workedSeconds);
    }
    const qreal barLeft = nameWidth;
    const qreal barSpace = std::max<qreal>(40, width() - nameWidth - valueWidth - 20);
    const qreal row = rowHeight();
    const qreal barHeight = row * 0.5;

    for (int i = 0; i < int(m_minutes.size()); ++i) {
        const core::TechniqueMinutes& entry = m_minutes[std::size_t(i)];
        const qreal top = i * row;
        painter.setFont(entry.itemised ? font() : notItemised);
        painter.setPen(entry.itemised ? ThemeColors::text() : ThemeColors::mutedText());
        painter.drawText(QRectF(0, top, nameWidth - 16, row), Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(entry.name, Qt::ElideRight, nameWidth - 16));

        const QRectF track(barLeft, top + (row - barHeight) / 2, barSpace, barHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ThemeColors::surfaceRaised());
        painter.drawRoundedRect(track, 6, 6);
        const qreal length = barSpace * qreal(entry.workedSeconds) / qreal(most);
        if (length > 0) {
            const QRectF bar(track.left(), track.top(), std::max<qreal>(length, barHeight * 0.4), barHeight);
            if (entry.itemised) {
                painter.setBrush(ThemeColors::accent());
                painter.drawRoundedRect(bar, 6, 6);
            } else {
                painter.setBrush(ThemeColors::current().belowTarget);
                painter.drawRoundedRect(bar, 6, 6);
                painter.setBrush(QBrush(ThemeColors::mutedText(), Qt::BDiagPattern));
                painter.drawRoundedRect(bar, 6, 6);
            }
        }
        painter.setFont(font());
        painter.setPen(entry.sessions == 0 ? ThemeColors::mutedText() : ThemeColors::text());
        const qreal valueLeft = track.right() + 14;
        const qreal room = std::max<qreal>(0, width() - valueLeft);
        painter.drawText(QRectF(valueLeft, top, room, row), Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(valueText(i), Qt::ElideRight, room));
    }
}

} // namespace rc::ui
