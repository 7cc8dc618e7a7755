// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights.h"
#include "pause.h"

#include <QWidget>

#include <vector>

namespace rc::ui {

// The last months as a calendar of days, weeks as columns and the first day of the week on top, like
// the contribution calendars runners know. Days are shaded by minutes worked; a day with a completed
// session is a solid square, a day with only a stopped-early session a hatched outline, a paused day
// without either a grey hatch. Everything
// it places comes from core::heatMapGrid; this widget only draws and names.
class HeatMap : public QWidget
{
    Q_OBJECT

public:
    explicit HeatMap(QWidget* parent = nullptr);

    void setGrid(core::HeatMapGrid grid);
    const core::HeatMapGrid& grid() const { return m_grid; }
    void setPauses(std::vector<core::Pause> pauses);
    // Paused and drawn grey: a day with a completed or stopped-early session keeps its own square.
    bool isDrawnAsPaused(const QDate& date) const;

    // The cell under a point in widget coordinates, or nullptr.
    const core::HeatMapCell* cellAt(const QPoint& point) const;
    // What the tooltip says for a cell.
    static QString describe(const core::HeatMapCell& cell);
    // Where a date's square is drawn (empty when the date is not in the grid); for tests and tooltips.
    QRectF cellRect(const QDate& date) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    struct Geometry
    {
        qreal left = 0; // x of the first column
        qreal top = 0;  // y of the first row
        qreal cell = 0;
        qreal gap = 0;
    };
    Geometry geometryFor(int width) const;
    QRectF rectOf(const Geometry& g, int column, int row) const;
    struct LegendEntry
    {
        int level = 0;
        bool completed = false;
        bool partial = false;
        bool newLine = false;
        QString text;
        bool paused = false;
    };
    static std::vector<LegendEntry> legendEntries();
    // Where each legend entry goes (swatch and text) for a width; `bottom` receives the legend's end.
    std::vector<QRectF> legendLayout(const Geometry& g, int width, qreal top, qreal* bottom) const;
    qreal legendTop(const Geometry& g) const;
    void paintLegend(QPainter& painter, const Geometry& g, qreal y);

    core::HeatMapGrid m_grid;
    std::vector<core::Pause> m_pauses;
};

} // namespace rc::ui
