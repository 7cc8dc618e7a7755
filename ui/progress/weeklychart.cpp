// SPDX-License-Identifier: GPL-3.0-or-later
#include "weeklychart.h"

#include "hatch.h"
#include "insights.h"
#include "progresstext.h"
#include "theme.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

QFont chartFont(const QFont& base, qreal scale, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * scale);
    font.setBold(bold);
    return font;
}

void colorAxis(QAbstractAxis* axis)
{
    axis->setLabelsColor(ThemeColors::mutedText());
    axis->setLinePen(QPen(ThemeColors::border(), 1));
    axis->setGridLinePen(QPen(ThemeColors::border(), 1, Qt::DotLine));
    axis->setTitleBrush(ThemeColors::mutedText());
}

void styleAxis(QAbstractAxis* axis, const QFont& font)
{
    colorAxis(axis);
    axis->setLabelsFont(font);
    axis->setTitleFont(font);
}

} // namespace

QtWeeklyChart::QtWeeklyChart(QWidget* parent)
    : QWidget(parent), m_chart(new QChart), m_bars(new QStackedBarSeries), m_met(new QBarSet(tr("Target met ✓"))),
      m_below(new QBarSet(tr("Below target"))), m_current(new QBarSet(tr("This week, not over yet"))),
      m_paused(new QBarSet(tr("Paused"))), m_targetLine(new QLineSeries), m_axisX(new QCategoryAxis),
      m_axisY(new QValueAxis), m_detail(new QLabel(this))
{
    m_bars->append({m_met, m_below, m_current, m_paused});
    m_bars->setBarWidth(0.72);

    m_chart->addSeries(m_bars);
    m_chart->addSeries(m_targetLine);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(m_bars), static_cast<QAbstractSeries*>(m_targetLine)}) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }

    const QFont labels = chartFont(font(), 0.85);
    styleAxis(m_axisX, labels);
    styleAxis(m_axisY, labels);
    m_axisX->setGridLineVisible(false);
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_axisY->setRange(0, 7);
    m_axisY->setTickCount(8);
    m_axisY->setLabelFormat(u"%d"_s);
    m_axisY->setTitleText(tr("days rolled"));

    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setMargins(QMargins(4, 8, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation); // figures must be right at once, not slide in
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(labels);
    applyColors();

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(330);
    m_view->setStyleSheet(u"background: transparent"_s);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setFocusPolicy(Qt::NoFocus);

    m_detail->setObjectName(u"weekDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setMinimumHeight(m_detail->fontMetrics().height() * 2 + 4);

    connect(m_bars, &QAbstractBarSeries::hovered, this,
            [this](bool entered, int index, QBarSet*) { hoverWeek(entered, index); });
    connect(m_bars, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet*) { selectWeek(index); });
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        // Week dates or month names, whichever fits the width the chart now has.
        if (weekLabelsFit() != m_weekLabels) {
            updateAxis();
        }
        placeMarks();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
}

void QtWeeklyChart::applyColors()
{
    m_variant = currentThemeVariant();
    const QColor teal = ThemeColors::accent();
    const QColor slate = ThemeColors::current().belowTarget;
    m_met->setBrush(hatchedBrush(teal, teal.darker(150)));
    m_met->setPen(QPen(teal.lighter(130), 1));
    m_below->setBrush(slate);
    m_below->setPen(QPen(slate, 1));
    // The current week's fill follows whether it is met already; its dashed outline says "unfinished".
    m_current->setPen(QPen(ThemeColors::text(), 2, Qt::DashLine));
    m_paused->setBrush(hatchedBrush(ThemeColors::paused(), ThemeColors::pausedStripe()));
    m_paused->setPen(QPen(ThemeColors::pausedStripe(), 1));
    m_targetLine->setPen(QPen(ThemeColors::warm(), 3, Qt::DashLine, Qt::FlatCap));
    colorAxis(m_axisX);
    colorAxis(m_axisY);
    m_chart->legend()->setLabelColor(ThemeColors::text());
    applyCurrentWeekBrush();
}

void QtWeeklyChart::applyCurrentWeekBrush()
{
    const bool currentMet = !m_weeks.empty() && m_weeks.back().met;
    const bool currentPaused = !m_weeks.empty() && m_weeks.back().paused;
    const QColor teal = ThemeColors::accent();
    QColor slate = ThemeColors::current().belowTarget;
    slate.setAlpha(150);
    m_current->setBrush(currentMet      ? hatchedBrush(teal, teal.darker(150))
                        : currentPaused ? hatchedBrush(ThemeColors::paused(), ThemeColors::pausedStripe())
                                        : QBrush(slate));
}

void QtWeeklyChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // A switch of theme re-polishes every widget: the chart takes the new colours, marks included.
    if (event->type() == QEvent::StyleChange && currentThemeVariant() != m_variant) {
        applyColors();
        placeMarks();
    }
}

void QtWeeklyChart::setReport(const core::AdherenceReport& report)
{
    m_weeks = report.weeks;
    m_target = report.targetDaysPerWeek;
    const int count = weekCount();

    QList<qreal> met;
    QList<qreal> below;
    QList<qreal> current;
    QList<qreal> paused;
    for (int i = 0; i < count; ++i) {
        const core::WeekSummary& week = m_weeks[std::size_t(i)];
        const bool isCurrent = i == count - 1;
        // Sessions on paused dates still count as days; a paused week's bar shows them in grey.
        met << (!isCurrent && week.met ? week.days : 0);
        below << (!isCurrent && !week.met && !week.paused ? week.days : 0);
        current << (isCurrent ? week.days : 0);
        paused << (!isCurrent && week.paused ? week.days : 0);
    }
    m_met->remove(0, m_met->count());
    m_met->append(met);
    m_below->remove(0, m_below->count());
    m_below->append(below);
    m_current->remove(0, m_current->count());
    m_current->append(current);
    m_paused->remove(0, m_paused->count());
    m_paused->append(paused);
    applyCurrentWeekBrush();

    // The series carries the legend entry; each week's own target is a mark over its bar (placeMarks),
    // lower where part of the week is paused and absent where all of it is.
    m_targetLine->clear();
    m_targetLine->setName(tr("Target: %1 a week").arg(progresstext::days(m_target)));

    updateAxis();
    if (m_selected >= count) {
        m_selected = -1;
    }
    m_detail->setText(restingText());
    placeMarks();
}

bool QtWeeklyChart::weekLabelsFit() const
{
    const int count = weekCount();
    if (count == 0 || count > 12) {
        return false;
    }
    // The plot is not laid out before the first show: judge by the view's width then.
    const qreal plotWidth = m_chart->plotArea().isEmpty() ? m_view->width() * 0.85 : m_chart->plotArea().width();
    const QFontMetricsF metrics(m_axisX->labelsFont());
    return plotWidth / count >= metrics.horizontalAdvance(u"28 Sep"_s) + 14;
}

void QtWeeklyChart::updateAxis()
{
    const int count = weekCount();
    m_weekLabels = weekLabelsFit();
    for (const QString& label : m_axisX->categoriesLabels()) {
        m_axisX->remove(label);
    }
    m_axisX->setStartValue(-0.5);
    m_axisX->setRange(-0.5, count - 0.5);
    if (m_weekLabels) {
        // Room for every week to be named by its first date.
        for (int i = 0; i < count; ++i) {
            m_axisX->append(progresstext::shortDate(m_weeks[std::size_t(i)].start), i + 0.5);
        }
        return;
    }
    // Otherwise months, each spanning its weeks.
    const QLocale locale;
    const auto spans = core::monthSpans(m_weeks);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const core::WeekSpan& span = spans[i];
        const bool narrow = span.lastIndex - span.firstIndex < (count > 26 ? 1 : 0);
        QString label = narrow ? QString() : locale.toString(span.month, u"MMM"_s);
        // The dates under the chart give the year; a month seen twice (52 weeks can span 13) needs it here.
        if (!label.isEmpty() && m_axisX->categoriesLabels().contains(label)) {
            label = locale.toString(span.month, u"MMM yyyy"_s);
        }
        // Labels must be unique: an unnamed one-week span gets invisible padding.
        if (label.isEmpty()) {
            label = QString(int(i) + 1, QChar(0x200B));
        }
        m_axisX->append(label, span.lastIndex + 0.5);
    }
}

void QtWeeklyChart::placeMarks()
{
    for (QGraphicsItem* item : m_marks) {
        delete item;
    }
    m_marks.clear();
    delete m_thisWeek;
    m_thisWeek = nullptr;
    const int count = weekCount();
    if (count == 0 || m_chart->plotArea().isEmpty()) {
        return;
    }
    const qreal barWidth = m_chart->plotArea().width() / count;
    placeWeekMarks(barWidth);
    const QFont tickFont = chartFont(font(), barWidth >= 28 ? 1.0 : 0.7, true);
    // Below ~10 px a tick cannot be read; the hatching still tells met weeks apart.
    if (barWidth >= 10) {
        for (int i = 0; i < count - 1; ++i) {
            const core::WeekSummary& week = m_weeks[std::size_t(i)];
            if (!week.met) {
                continue;
            }
            auto* tick = new QGraphicsSimpleTextItem(u"✓"_s, m_chart);
            tick->setFont(tickFont);
            tick->setBrush(ThemeColors::stronger(ThemeColors::accent(), 125));
            tick->setZValue(100); // over the neighbouring bars
            const QPointF top = m_chart->mapToPosition(QPointF(i, week.days), m_bars);
            const QRectF box = tick->boundingRect();
            tick->setPos(top.x() - box.width() / 2, top.y() - box.height() - 2);
            m_marks.push_back(tick);
        }
    }
    const core::WeekSummary& current = m_weeks.back();
    m_thisWeek = new QGraphicsSimpleTextItem(tr("this week"), m_chart);
    m_thisWeek->setFont(chartFont(font(), 0.8, true));
    m_thisWeek->setBrush(ThemeColors::text());
    m_thisWeek->setZValue(100);
    const QPointF top = m_chart->mapToPosition(QPointF(count - 1, current.days), m_bars);
    const QRectF box = m_thisWeek->boundingRect();
    // Kept inside the plot on the right, where the last bar sits, and above every bar it spans.
    const qreal x = std::min(top.x() - box.width() / 2, m_chart->plotArea().right() - box.width());
    int highest = current.days;
    for (int i = count - 2; i >= 0; --i) {
        const QPointF centre = m_chart->mapToPosition(QPointF(i + 0.5, 0), m_bars);
        if (centre.x() < x) {
            break;
        }
        highest = std::max(highest, m_weeks[std::size_t(i)].days + (m_weeks[std::size_t(i)].met ? 1 : 0));
    }
    const qreal y = m_chart->mapToPosition(QPointF(count - 1, highest), m_bars).y();
    m_thisWeek->setPos(x, std::max(m_chart->plotArea().top() - box.height(), y - box.height() - 4));
}

void QtWeeklyChart::placeWeekMarks(qreal barWidth)
{
    const QRectF plot = m_chart->plotArea();
    const QBrush band = hatchedBrush(ThemeColors::paused(), ThemeColors::pausedStripe());
    const QPen targetPen(ThemeColors::warm(), 3, Qt::DashLine, Qt::FlatCap);
    for (int i = 0; i < weekCount(); ++i) {
        const core::WeekSummary& week = m_weeks[std::size_t(i)];
        const qreal left = m_chart->mapToPosition(QPointF(i - 0.5, 0), m_bars).x();
        if (week.paused) {
            // Behind the grid and the bars (Qt Charts draws the grid at z 2, series from 4), over the plot.
            auto* shade = new QGraphicsRectItem(QRectF(left + 1, plot.top(), barWidth - 2, plot.height()), m_chart);
            shade->setBrush(band);
            shade->setPen(Qt::NoPen);
            shade->setOpacity(0.55);
            shade->setZValue(1.5);
            m_marks.push_back(shade);
            if (barWidth >= 44) {
                auto* label = new QGraphicsSimpleTextItem(tr("paused"), m_chart);
                label->setFont(chartFont(font(), 0.75, true));
                label->setBrush(ThemeColors::mutedText());
                label->setZValue(100);
                const QRectF box = label->boundingRect();
                label->setPos(left + (barWidth - box.width()) / 2, plot.top() + 4);
                m_marks.push_back(label);
            }
            continue;
        }
        const qreal y = m_chart->mapToPosition(QPointF(i, week.target), m_bars).y();
        auto* mark = new QGraphicsLineItem(left, y, left + barWidth, y, m_chart);
        mark->setPen(targetPen);
        mark->setZValue(90); // over the bars, under the ticks
        m_marks.push_back(mark);
    }
}

void QtWeeklyChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeMarks();
}

void QtWeeklyChart::hoverWeek(bool entered, int index)
{
    if (!entered || index < 0 || index >= weekCount()) {
        m_detail->setText(restingText());
        return;
    }
    const QString text = describe(index);
    m_detail->setText(text);
    QToolTip::showText(QCursor::pos(), text, m_view);
}

void QtWeeklyChart::selectWeek(int index)
{
    if (index < 0 || index >= weekCount()) {
        return;
    }
    m_selected = index;
    m_detail->setText(describe(index));
    emit weekSelected(index);
}

QString QtWeeklyChart::restingText() const
{
    if (m_selected >= 0) {
        return describe(m_selected);
    }
    return weekCount() > 0 ? describe(weekCount() - 1) + u"  "_s + tr("Hover or click a bar for that week.")
                           : QString();
}

QString QtWeeklyChart::describe(int index) const
{
    if (index < 0 || index >= weekCount()) {
        return {};
    }
    return progresstext::weekDetail(m_weeks[std::size_t(index)], index == weekCount() - 1);
}

double QtWeeklyChart::barValue(int index) const
{
    if (index < 0 || index >= weekCount()) {
        return 0;
    }
    return m_met->at(index) + m_below->at(index) + m_current->at(index) + m_paused->at(index);
}

bool QtWeeklyChart::isDrawnAsMet(int index) const
{
    return index >= 0 && index < m_met->count() && m_met->at(index) > 0;
}

bool QtWeeklyChart::isDrawnAsCurrent(int index) const
{
    return index >= 0 && index == weekCount() - 1;
}

bool QtWeeklyChart::isDrawnAsPaused(int index) const
{
    return index >= 0 && index < weekCount() && m_weeks[std::size_t(index)].paused;
}

int QtWeeklyChart::targetLineValue() const
{
    return m_target;
}

int QtWeeklyChart::targetMark(int index) const
{
    return index >= 0 && index < weekCount() ? m_weeks[std::size_t(index)].target : 0;
}

QString QtWeeklyChart::detailText() const
{
    return m_detail->text();
}

} // namespace rc::ui

extern "C" Q_DECL_EXPORT rc::ui::WeeklyChart* rcCreateWeeklyChart(QWidget* parent)
{
    return new rc::ui::QtWeeklyChart(parent);
}
