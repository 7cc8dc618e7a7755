// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmap.h"

#include "hatch.h"
#include "progresstext.h"
#include "theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

constexpr qreal maxCell = 30;

// Level 1..4: from faint to strong teal (brighter on dark, darker on light); every step differs in
// lightness, not only in hue.
QColor levelColor(int level)
{
    const ThemePalette& p = ThemeColors::current();
    const std::array<QColor, core::heatLevels> colors = {p.surfaceRaised, p.heatLow, p.heatMid, p.accent, p.heatHigh};
    return colors[std::size_t(std::clamp(level, 0, core::heatLevels - 1))];
}

void paintCell(QPainter& painter, const QRectF& rect, int level, bool completed, bool partial, bool paused = false)
{
    const qreal radius = rect.width() * 0.18;
    if (paused && !completed && !partial) {
        // A day off the plan, not a day missed: the week strip's and the weekly chart's grey hatch.
        painter.setPen(Qt::NoPen);
        painter.setBrush(hatchedBrush(ThemeColors::paused(), ThemeColors::pausedStripe()));
        painter.drawRoundedRect(rect, radius, radius);
        return;
    }
    if (partial) {
        // Stopped early: a hatched outline, so it reads differently from a counted day without colour.
        const QColor color = ThemeColors::stronger(levelColor(std::max(level, 2)), 135);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ThemeColors::background());
        painter.drawRoundedRect(rect, radius, radius);
        painter.setBrush(QBrush(color, Qt::BDiagPattern));
        painter.drawRoundedRect(rect, radius, radius);
        painter.setPen(QPen(color, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius);
        return;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(levelColor(completed ? std::max(level, 1) : 0));
    painter.drawRoundedRect(rect, radius, radius);
}

QFont scaled(const QFont& base, qreal scale, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * scale);
    font.setBold(bold);
    return font;
}

} // namespace

HeatMap::HeatMap(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMouseTracking(true);
}

void HeatMap::setPauses(std::vector<core::Pause> pauses)
{
    m_pauses = std::move(pauses);
    update();
}

bool HeatMap::isDrawnAsPaused(const QDate& date) const
{
    const auto cell = std::find_if(m_grid.cells.begin(), m_grid.cells.end(),
                                   [&](const core::HeatMapCell& c) { return c.activity.date == date; });
    return cell != m_grid.cells.end() && core::isPaused(m_pauses, date) && !cell->activity.completed() &&
           !cell->activity.partialOnly();
}

void HeatMap::setGrid(core::HeatMapGrid grid)
{
    m_grid = std::move(grid);
    setAccessibleDescription(
        tr("%1 rolled and %2 stopped early in the last months")
            .arg(progresstext::days(m_grid.completedDays), progresstext::days(m_grid.partialDays)));
    updateGeometry();
    update();
}

HeatMap::Geometry HeatMap::geometryFor(int width) const
{
    const QFontMetricsF labels(scaled(font(), 0.8));
    const QLocale locale;
    qreal gutter = 0;
    for (Qt::DayOfWeek day : m_grid.rowDays) {
        gutter = std::max(gutter, labels.horizontalAdvance(locale.dayName(day, QLocale::ShortFormat)));
    }
    Geometry g;
    g.left = gutter + 12;
    g.top = labels.height() + 8;
    const int columns = std::max(1, m_grid.columns);
    const qreal pitch = std::max<qreal>(8, (width - g.left - 2) / columns);
    g.cell = std::min(maxCell, pitch * 0.84);
    g.gap = std::min(pitch - g.cell, g.cell * 0.3);
    return g;
}

QRectF HeatMap::rectOf(const Geometry& g, int column, int row) const
{
    const qreal pitch = g.cell + g.gap;
    return {g.left + column * pitch, g.top + row * pitch, g.cell, g.cell};
}

qreal HeatMap::legendTop(const Geometry& g) const
{
    return rectOf(g, 0, 6).bottom() + 18;
}

int HeatMap::heightForWidth(int width) const
{
    const Geometry g = geometryFor(width);
    qreal bottom = 0;
    legendLayout(g, width, legendTop(g), &bottom);
    return int(bottom + 8);
}

QSize HeatMap::sizeHint() const
{
    return {900, heightForWidth(900)};
}

QSize HeatMap::minimumSizeHint() const
{
    return {360, heightForWidth(360)};
}

QRectF HeatMap::cellRect(const QDate& date) const
{
    const core::HeatMapCell* cell = m_grid.cellFor(date);
    return cell ? rectOf(geometryFor(width()), cell->column, cell->row) : QRectF();
}

const core::HeatMapCell* HeatMap::cellAt(const QPoint& point) const
{
    const Geometry g = geometryFor(width());
    const qreal pitch = g.cell + g.gap;
    const int column = int((point.x() - g.left) / pitch);
    const int row = int((point.y() - g.top) / pitch);
    if (point.x() < g.left || point.y() < g.top) {
        return nullptr;
    }
    const core::HeatMapCell* cell = m_grid.cellAt(column, row);
    return cell && rectOf(g, column, row).contains(point) ? cell : nullptr;
}

QString HeatMap::describe(const core::HeatMapCell& cell)
{
    const QString date = QLocale().toString(cell.activity.date, u"dddd d MMMM"_s);
    if (cell.future) {
        return tr("%1: still to come").arg(date);
    }
    const core::DayActivity& day = cell.activity;
    const int count = day.completedSessions + day.partialSessions;
    if (count == 0) {
        return tr("%1: no rolling").arg(date);
    }
    const QString amount = progresstext::sessions(count) + u", "_s + progresstext::minutes(day.workedSeconds / 60.0);
    return day.completed() ? tr("%1: %2. Counts toward the week.").arg(date, amount)
                           : tr("%1: %2, stopped early. Adds minutes, not a day.").arg(date, amount);
}

bool HeatMap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const core::HeatMapCell* cell = cellAt(help->pos())) {
            QToolTip::showText(help->globalPos(), describe(*cell), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void HeatMap::paintEvent(QPaintEvent* /*event*/)
{
    if (m_grid.columns == 0) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometryFor(width());
    const QFont labelFont = scaled(font(), 0.8);
    const QFontMetricsF metrics(labelFont);
    const QLocale locale;

    painter.setFont(labelFont);
    painter.setPen(ThemeColors::mutedText());
    for (int row = 0; row < 7; ++row) {
        const QRectF cell = rectOf(g, 0, row);
        painter.drawText(QRectF(0, cell.top(), g.left - 10, cell.height()), Qt::AlignRight | Qt::AlignVCenter,
                         locale.dayName(m_grid.rowDays[std::size_t(row)], QLocale::ShortFormat));
    }
    painter.setPen(ThemeColors::text());
    for (const core::HeatMapMonth& month : m_grid.months) {
        const QRectF cell = rectOf(g, month.column, 0);
        const QString name = locale.toString(month.month, month.month.month() == 1 ? u"MMM yyyy"_s : u"MMM"_s);
        painter.drawText(QPointF(cell.left(), g.top - 8 - metrics.descent()), name);
    }

    for (const core::HeatMapCell& cell : m_grid.cells) {
        const QRectF rect = rectOf(g, cell.column, cell.row);
        const bool paused = core::isPaused(m_pauses, cell.activity.date);
        if (cell.future && !paused) {
            painter.setPen(QPen(ThemeColors::border(), 1, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4);
            continue;
        }
        paintCell(painter, rect, cell.level, cell.activity.completed(), cell.activity.partialOnly(), paused);
        if (cell.activity.date == m_grid.today) {
            painter.setPen(QPen(ThemeColors::warm(), 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5), 6, 6);
        }
    }
    paintLegend(painter, g, legendTop(g));
}

std::vector<HeatMap::LegendEntry> HeatMap::legendEntries()
{
    const int step1 = core::heatLevelSeconds[0] / 60;
    const int step2 = core::heatLevelSeconds[1] / 60;
    const int step3 = core::heatLevelSeconds[2] / 60;
    return {
        {0, false, false, false, tr("none")},
        {1, true, false, false, tr("under %1 min").arg(step1)},
        {2, true, false, false, tr("%1–%2 min").arg(step1).arg(step2)},
        {3, true, false, false, tr("%1–%2 min").arg(step2).arg(step3)},
        {4, true, false, false, tr("%1 min or more").arg(step3)},
        {3, true, false, true, tr("solid: counts toward the week")},
        {2, false, true, false, tr("hatched: stopped early (minutes only)")},
        {0, false, false, false, tr("grey: paused"), true},
    };
}

std::vector<QRectF> HeatMap::legendLayout(const Geometry& g, int width, qreal top, qreal* bottom) const
{
    // Entries flow left to right and wrap; the completed/partial pair always starts a new line.
    const QFontMetricsF metrics(scaled(font(), 0.8));
    const qreal swatch = std::min<qreal>(g.cell, metrics.height());
    const qreal lineHeight = std::max(swatch, metrics.height()) + 12;
    std::vector<QRectF> boxes;
    qreal x = g.left;
    qreal y = top;
    for (const LegendEntry& entry : legendEntries()) {
        const qreal itemWidth = swatch + 8 + metrics.horizontalAdvance(entry.text) + 2;
        if ((entry.newLine || x + itemWidth > width) && x > g.left) {
            x = g.left;
            y += lineHeight;
        }
        boxes.emplace_back(x, y, itemWidth, swatch);
        x += itemWidth + 22;
    }
    if (bottom != nullptr) {
        *bottom = y + lineHeight;
    }
    return boxes;
}

void HeatMap::paintLegend(QPainter& painter, const Geometry& g, qreal y)
{
    const QFontMetricsF metrics(painter.font());
    const std::vector<LegendEntry> entries = legendEntries();
    const std::vector<QRectF> boxes = legendLayout(g, width(), y, nullptr);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const LegendEntry& entry = entries[i];
        const QRectF& box = boxes[i];
        paintCell(painter, QRectF(box.topLeft(), QSizeF(box.height(), box.height())), entry.level, entry.completed,
                  entry.partial, entry.paused);
        painter.setPen(ThemeColors::mutedText());
        painter.drawText(box.adjusted(box.height() + 8, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, entry.text);
    }
}

} // namespace rc::ui
