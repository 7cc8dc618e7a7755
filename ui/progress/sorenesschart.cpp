// SPDX-License-Identifier: GPL-3.0-or-later
#include "sorenesschart.h"

#include "theme.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

// Noon of the local date: a point sits in the middle of its day on the time axis.
qreal axisPosition(const QDate& date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

void styleSeries(QLineSeries* series, const QColor& color)
{
    series->setPen(QPen(color, 3));
    series->setColor(color);
    series->setPointsVisible(true);
    series->setMarkerSize(9);
}

} // namespace

QtSorenessChart::QtSorenessChart(QWidget* parent)
    : QWidget(parent), m_chart(new QChart), m_before(new QLineSeries), m_after(new QLineSeries),
      m_axisX(new QDateTimeAxis), m_axisY(new QValueAxis), m_summary(new QLabel(this))
{
    m_before->setName(tr("Before rolling"));
    m_after->setName(tr("After rolling"));

    m_chart->addSeries(m_before);
    m_chart->addSeries(m_after);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QLineSeries* series : {m_before, m_after}) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    QFont labels = font();
    labels.setPointSizeF(font().pointSizeF() * 0.85);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_axisX), static_cast<QAbstractAxis*>(m_axisY)}) {
        axis->setLabelsFont(labels);
        axis->setTitleFont(labels);
    }
    m_axisX->setFormat(u"d MMM"_s);
    m_axisX->setTickCount(6);
    m_axisY->setRange(0, 10);
    m_axisY->setTickCount(6);
    m_axisY->setLabelFormat(u"%d"_s);
    m_axisY->setTitleText(tr("soreness (0-10)"));

    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setMargins(QMargins(4, 8, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(labels);
    applyColors();

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(280);
    m_view->setStyleSheet(u"background: transparent"_s);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setFocusPolicy(Qt::NoFocus);

    m_summary->setObjectName(u"sorenessSummary"_s);
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
}

void QtSorenessChart::applyColors()
{
    m_variant = currentThemeVariant();
    styleSeries(m_before, ThemeColors::warm());
    styleSeries(m_after, ThemeColors::accent());
    // Dashes on one line: the two read apart without colour too.
    QPen afterPen = m_after->pen();
    afterPen.setStyle(Qt::DashLine);
    m_after->setPen(afterPen);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_axisX), static_cast<QAbstractAxis*>(m_axisY)}) {
        axis->setLabelsColor(ThemeColors::mutedText());
        axis->setLinePen(QPen(ThemeColors::border(), 1));
        axis->setGridLinePen(QPen(ThemeColors::border(), 1, Qt::DotLine));
        axis->setTitleBrush(ThemeColors::mutedText());
    }
    m_chart->legend()->setLabelColor(ThemeColors::text());
}

void QtSorenessChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange && currentThemeVariant() != m_variant) {
        applyColors();
    }
}

void QtSorenessChart::setSeries(const core::SorenessSeries& series, const QDate& first, const QDate& last)
{
    QList<QPointF> before;
    QList<QPointF> after;
    for (const core::SorenessPoint& point : series.points) {
        const qreal x = axisPosition(point.date);
        if (point.before) {
            before << QPointF(x, *point.before);
        }
        if (point.after) {
            after << QPointF(x, *point.after);
        }
    }
    m_before->replace(before);
    m_after->replace(after);
    m_view->setVisible(!series.points.empty());
    if (series.points.empty()) {
        m_summary->setText(tr("No soreness ratings in this period. Rate how sore you feel before and after at "
                              "the end of a session, and the trend shows here."));
        return;
    }
    const QLocale locale;
    // From the first date's start to the last one's end: points sit at noon, never on the edge.
    m_axisX->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(23, 59, 59)));
    if (series.averageDrop) {
        const double drop = *series.averageDrop;
        const QString amount = locale.toString(std::abs(drop), 'f', 1);
        const QString pairs = series.pairs == 1 ? tr("1 session rated before and after")
                                                : tr("%1 sessions rated before and after").arg(series.pairs);
        m_summary->setText(drop > 0 ? tr("Rolling took soreness down by %1 points on average (%2).").arg(amount, pairs)
                           : drop < 0
                               ? tr("Soreness went up by %1 points on average after rolling (%2).").arg(amount, pairs)
                               : tr("Soreness stayed the same on average after rolling (%1).").arg(pairs));
    } else {
        m_summary->setText(tr("Rate soreness both before and after a session to see what rolling changes."));
    }
}

QList<QPointF> QtSorenessChart::beforePoints() const
{
    return m_before->points();
}

QList<QPointF> QtSorenessChart::afterPoints() const
{
    return m_after->points();
}

QString QtSorenessChart::summaryText() const
{
    return m_summary->text();
}

bool QtSorenessChart::isShowingChart() const
{
    return !m_view->isHidden();
}

} // namespace rc::ui

extern "C" Q_DECL_EXPORT rc::ui::SorenessChart* rcCreateSorenessChart(QWidget* parent)
{
    return new rc::ui::QtSorenessChart(parent);
}
