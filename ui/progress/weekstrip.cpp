// SPDX-License-Identifier: GPL-3.0-or-later
#include "weekstrip.h"

#include "hatch.h"
#include "theme.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

constexpr int maxGap = 14;
constexpr int maxTileWidth = 128;
constexpr int minTileWidth = 40;
constexpr int wideTile = 76; // below this, day names shrink to one letter

} // namespace

bool WeekStrip::isOpenPlannedDay(const Day& day)
{
    // A planned day already past without a session is simply not done; only today and later are open.
    return day.planned && !day.done && !day.paused && (day.today || day.future);
}

WeekStrip::WeekStrip(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void WeekStrip::setDays(std::vector<Day> days)
{
    m_days = std::move(days);
    QStringList spoken;
    const QLocale locale;
    for (const Day& day : m_days) {
        QString state = day.done ? tr("done") : (day.future ? tr("to come") : tr("not done"));
        if (day.paused) {
            state += u", "_s + tr("paused");
        } else if (isOpenPlannedDay(day)) {
            state += u", "_s + tr("planned");
        }
        spoken << (locale.dayName(day.date.dayOfWeek()) + u": "_s + state);
    }
    setAccessibleDescription(spoken.join(u", "_s));
    update();
}

QSize WeekStrip::sizeHint() const
{
    return {7 * maxTileWidth + 6 * maxGap, 150};
}

QSize WeekStrip::minimumSizeHint() const
{
    return {7 * minTileWidth + 6 * 4, 150};
}

void WeekStrip::paintEvent(QPaintEvent* /*event*/)
{
    if (m_days.empty()) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int count = static_cast<int>(m_days.size());
    // 2 px inset on every side keeps the today ring inside the widget.
    const qreal gap = std::clamp(width() / 60.0, 4.0, static_cast<qreal>(maxGap));
    const qreal tileWidth =
        std::min<qreal>(maxTileWidth, (width() - 4 - gap * (count - 1)) / static_cast<qreal>(count));
    const bool narrow = tileWidth < wideTile;
    const qreal tileHeight = height() - 4;
    const QLocale locale;

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.95);
    small.setBold(true);
    QFont large = font();
    large.setPointSizeF(font().pointSizeF() * 1.15);

    for (int i = 0; i < count; ++i) {
        const Day& day = m_days.at(static_cast<std::size_t>(i));
        const QRectF tile(2 + i * (tileWidth + gap), 2, tileWidth, tileHeight);

        painter.setPen(day.today ? QPen(ThemeColors::warm(), 3) : QPen(ThemeColors::border(), 1.5));
        painter.setBrush(day.paused   ? hatchedBrush(ThemeColors::paused(), ThemeColors::pausedStripe())
                         : day.future ? QBrush(ThemeColors::background())
                                      : QBrush(ThemeColors::surfaceRaised()));
        painter.drawRoundedRect(tile, 14, 14);

        painter.setFont(small);
        // Full muted on a paused tile: the darker shade of days to come is lost on the hatch.
        painter.setPen(day.future && !day.paused ? ThemeColors::fainter(ThemeColors::mutedText(), 130)
                                                 : ThemeColors::mutedText());
        const QString dayName = narrow      ? locale.dayName(day.date.dayOfWeek(), QLocale::ShortFormat).left(2)
                                : day.today ? tr("Today")
                                            : locale.dayName(day.date.dayOfWeek(), QLocale::ShortFormat);
        painter.drawText(QRectF(tile.left(), tile.top() + 10, tile.width(), 26), Qt::AlignCenter, dayName);

        const qreal diameter = std::min<qreal>(52, tile.width() - 16);
        const QRectF circle(tile.center().x() - diameter / 2, tile.top() + 44, diameter, diameter);
        if (day.done) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(ThemeColors::accent());
            painter.drawEllipse(circle);
            // A drawn tick, not a glyph: every font has it, and it stays sharp at 2x.
            QPainterPath tick;
            tick.moveTo(circle.left() + diameter * 0.27, circle.top() + diameter * 0.52);
            tick.lineTo(circle.left() + diameter * 0.44, circle.top() + diameter * 0.68);
            tick.lineTo(circle.left() + diameter * 0.74, circle.top() + diameter * 0.34);
            painter.setPen(
                QPen(ThemeColors::background(), diameter * 0.11, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(tick);
        } else if (day.paused) {
            // Said in words on the tile: the hatch alone would not tell a pause from a disabled day.
            QFont word = small;
            word.setPointSizeF(small.pointSizeF() * (narrow ? 0.7 : 0.85));
            painter.setFont(word);
            painter.setPen(ThemeColors::text());
            painter.drawText(circle.adjusted(-8, 0, 8, 0), Qt::AlignCenter, tr("paused"));
        } else if (isOpenPlannedDay(day)) {
            painter.setPen(QPen(ThemeColors::planned(), 4));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(circle.adjusted(2, 2, -2, -2));
        } else {
            QPen ring(day.future ? ThemeColors::border() : ThemeColors::fainter(ThemeColors::mutedText(), 150), 3);
            if (day.future) {
                ring.setStyle(Qt::DotLine);
            }
            painter.setPen(ring);
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(circle.adjusted(2, 2, -2, -2));
        }

        painter.setFont(large);
        painter.setPen(day.future ? ThemeColors::mutedText() : ThemeColors::text());
        painter.drawText(QRectF(tile.left(), circle.bottom() + 6, tile.width(), tile.bottom() - circle.bottom() - 10),
                         Qt::AlignCenter, QString::number(day.date.day()));
    }
}

} // namespace rc::ui
