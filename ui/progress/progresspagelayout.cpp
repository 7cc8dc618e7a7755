// SPDX-License-Identifier: GPL-3.0-or-later
// How the progress page is laid out: big type, high contrast, one column that scrolls.
#include "charts.h"
#include "heatmap.h"
#include "pauselist.h"
#include "progresspage.h"
#include "techniqueminutes.h"
#include "theme.h"
#include "weekstrip.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

// A number with a caption under it, in a panel.
QFrame* statTile(QLabel*& value, QLabel*& caption, const QString& text, QWidget* parent)
{
    auto* tile = new QFrame(parent);
    setRole(tile, "panel");
    value = new QLabel(tile);
    setRole(value, "title");
    caption = new QLabel(text, tile);
    caption->setWordWrap(true);
    setRole(caption, "muted");
    auto* layout = new QVBoxLayout(tile);
    layout->setContentsMargins(24, 18, 24, 20);
    layout->setSpacing(2);
    layout->addWidget(value);
    layout->addWidget(caption);
    layout->addStretch(1);
    return tile;
}

QFrame* statTile(QLabel*& value, const QString& text, QWidget* parent)
{
    QLabel* caption = nullptr;
    return statTile(value, caption, text, parent);
}

// A panel with a heading, an optional muted caption, then `content`.
QFrame* section(const QString& heading, QLabel** caption, QWidget* content, QWidget* parent,
                QLayout* headingExtra = nullptr, QBoxLayout** headingRow = nullptr)
{
    auto* panel = new QFrame(parent);
    setRole(panel, "panel");
    auto* title = new QLabel(heading, panel);
    setRole(title, "heading");
    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(title, 0, Qt::AlignLeft | Qt::AlignVCenter);
    top->addStretch(1);
    if (headingExtra != nullptr) {
        top->addLayout(headingExtra);
    }
    if (headingRow != nullptr) {
        *headingRow = top;
    }
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(28, 20, 28, 24);
    layout->setSpacing(10);
    layout->addLayout(top);
    if (caption != nullptr) {
        *caption = new QLabel(panel);
        (*caption)->setWordWrap(true);
        setRole(*caption, "muted");
        layout->addWidget(*caption);
    }
    content->setParent(panel);
    layout->addSpacing(6);
    layout->addWidget(content);
    return panel;
}

} // namespace

void ProgressPage::buildLayout()
{
    auto* title = new QLabel(tr("Progress"), this);
    setRole(title, "title");
    m_range = new QLabel(this);
    setRole(m_range, "muted");
    m_range->setWordWrap(true);
    auto* preferences = new QPushButton(tr("Target and week…"), this);
    preferences->setObjectName(u"progressPreferences"_s);
    preferences->setToolTip(tr("Days a week to aim for, and the day weeks start on"));
    connect(preferences, &QPushButton::clicked, this, &ProgressPage::preferencesRequested);
    m_pauseButton = new QPushButton(tr("Pause…"), this);
    m_pauseButton->setObjectName(u"progressPause"_s);
    m_pauseButton->setAccessibleName(tr("Pause the weekly target"));
    m_pauseButton->setToolTip(tr("Injured, ill or away: take those days out of the weekly target"));
    connect(m_pauseButton, &QPushButton::clicked, this, [this] { openPauseDialog(); });

    m_weekView = createWeekView();
    m_messageView = createMessageView();
    m_stack->addWidget(m_weekView);
    m_stack->addWidget(m_messageView);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title, 0, Qt::AlignBottom);
    titleRow->addStretch(1);
    titleRow->addWidget(m_pauseButton, 0, Qt::AlignBottom);
    titleRow->addWidget(preferences, 0, Qt::AlignBottom);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 28, 40, 0);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(m_range);
    layout->addSpacing(18);
    // Scrolls rather than squeezes: the glance fits the first screen, the history follows below.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(scroll, 1);
}

QWidget* ProgressPage::createWeekView()
{
    auto* view = new QWidget;
    m_stats = new QHBoxLayout;
    m_stats->setSpacing(20);
    m_daysLeftTile = statTile(m_daysLeft, tr("left this week"), view);
    m_stats->addWidget(m_daysLeftTile, 1);
    m_stats->addWidget(statTile(m_streak, tr("in a row on target"), view), 1);
    m_stats->addWidget(statTile(m_bestStreak, tr("best run on target"), view), 1);
    m_stats->addWidget(statTile(m_rate, m_rateCaption, QString(), view), 1);
    m_daysLeft->setObjectName(u"daysLeft"_s);
    m_streak->setObjectName(u"streak"_s);
    m_bestStreak->setObjectName(u"bestStreak"_s);
    m_rate->setObjectName(u"adherenceRate"_s);

    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 16, 32); // right: room for the scroll bar
    layout->setSpacing(20);
    layout->addWidget(createGlance(view));
    layout->addLayout(m_stats);
    layout->addWidget(createPausePanel(view));
    layout->addWidget(createChartPanel(view));
    layout->addWidget(createDetailPanels(view));
    layout->addStretch(1);
    return view;
}

QWidget* ProgressPage::createGlance(QWidget* parent)
{
    auto* panel = new QFrame(parent);
    setRole(panel, "panel");
    m_headline = new QLabel(panel);
    m_headline->setObjectName(u"weekHeadline"_s);
    setRole(m_headline, "big");
    m_headlineCaption = new QLabel(tr("rolled this week"), panel);
    setRole(m_headlineCaption, "muted");
    m_status = new QLabel(panel);
    m_status->setObjectName(u"weekStatus"_s);
    m_status->setWordWrap(true);
    m_strip = new WeekStrip(panel);
    m_strip->setObjectName(u"weekStrip"_s);

    m_headlineRow = new QHBoxLayout;
    m_headlineRow->setSpacing(18);
    m_headlineRow->addWidget(m_headline, 0, Qt::AlignBaseline);
    m_headlineRow->addWidget(m_headlineCaption, 0, Qt::AlignBaseline);
    m_headlineRow->addStretch(1);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(32, 22, 32, 28);
    layout->setSpacing(12);
    layout->addLayout(m_headlineRow);
    layout->addWidget(m_status);
    layout->addSpacing(10);
    layout->addWidget(m_strip);
    return panel;
}

namespace {

// In place of a chart the module could not give: why, in words.
QWidget* chartUnavailable(const QString& reason)
{
    auto* label = new QLabel(ProgressPage::tr("This chart cannot be shown: %1").arg(reason));
    label->setWordWrap(true);
    setRole(label, "muted");
    return label;
}

} // namespace

QWidget* ProgressPage::createChartPanel(QWidget* parent)
{
    QString error;
    m_chart = createWeeklyChart(nullptr, &error);
    QWidget* chart = m_chart != nullptr ? m_chart->widget() : chartUnavailable(error);
    chart->setObjectName(u"weeklyChart"_s);
    m_weeksButtons = new QButtonGroup(this);
    auto* choices = new QHBoxLayout;
    choices->setSpacing(8);
    choices->setAlignment(Qt::AlignLeft);
    for (int weeks : {12, 26, 52}) {
        auto* button = new QPushButton(tr("%1 weeks").arg(weeks));
        button->setObjectName(u"chartWeeks%1"_s.arg(weeks));
        button->setAccessibleName(tr("Show %1 weeks").arg(weeks));
        button->setCheckable(true);
        setRole(button, "nav");
        button->setChecked(weeks == m_chartWeeks);
        m_weeksButtons->addButton(button, weeks);
        choices->addWidget(button);
    }
    connect(m_weeksButtons, &QButtonGroup::idClicked, this, &ProgressPage::setChartWeeks);
    return section(tr("Weeks on target"), nullptr, chart, parent, choices, &m_chartHeader);
}

QWidget* ProgressPage::createPausePanel(QWidget* parent)
{
    m_pauseList = new PauseList;
    m_pauseList->setObjectName(u"pauseList"_s);
    connect(m_pauseList, &PauseList::deleteRequested, this, &ProgressPage::deletePause);
    connect(m_pauseList, &PauseList::undoRequested, m_undoStack, &QUndoStack::undo);
    return section(tr("Pauses"), nullptr, m_pauseList, parent);
}

QWidget* ProgressPage::createDetailPanels(QWidget* parent)
{
    auto* panels = new QWidget(parent);
    m_heatMap = new HeatMap;
    m_heatMap->setObjectName(u"heatMap"_s);
    m_techniques = new TechniqueMinutesView;
    m_techniques->setObjectName(u"techniqueMinutes"_s);
    QString error;
    m_soreness = createSorenessChart(nullptr, &error);
    QWidget* soreness = m_soreness != nullptr ? m_soreness->widget() : chartUnavailable(error);
    soreness->setObjectName(u"sorenessChart"_s);

    auto* layout = new QVBoxLayout(panels);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(20);
    layout->addWidget(section(tr("The last six months"), &m_heatSummary, m_heatMap, panels));
    layout->addWidget(section(tr("Minutes per technique"), &m_techniqueCaption, m_techniques, panels));
    layout->addWidget(section(tr("Soreness before and after"), &m_sorenessCaption, soreness, panels));
    return panels;
}

QWidget* ProgressPage::createMessageView()
{
    auto* view = new QWidget;
    auto* panel = new QFrame(view);
    setRole(panel, "panel");
    m_messageTitle = new QLabel(panel);
    setRole(m_messageTitle, "heading");
    m_messageTitle->setWordWrap(true);
    m_messageText = new QLabel(panel);
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start = new QPushButton(tr("▶  Start rolling"), panel);
    m_start->setObjectName(u"firstRunStart"_s);
    setRole(m_start, "start");
    m_start->setAutoDefault(true);
    m_start->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_start, &QPushButton::clicked, this, &ProgressPage::startRequested);

    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(36, 32, 36, 36);
    panelLayout->setSpacing(16);
    panelLayout->addWidget(m_messageTitle);
    panelLayout->addWidget(m_messageText);
    panelLayout->addSpacing(8);
    panelLayout->addWidget(m_start);

    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 16, 0);
    layout->addWidget(panel);
    layout->addStretch(1);
    return view;
}

void ProgressPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // On a narrow window the headline steps down a size and the numbers stack, rather than clip.
    const bool narrow = width() < 760;
    if (narrow == m_narrow) {
        return;
    }
    m_narrow = narrow;
    setRole(m_headline, narrow ? "title" : "big");
    m_stats->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_headlineRow->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_chartHeader->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    for (QAbstractButton* button : m_weeksButtons->buttons()) {
        const int weeks = m_weeksButtons->id(button);
        button->setText(narrow ? QString::number(weeks) : tr("%1 weeks").arg(weeks));
    }
}

} // namespace rc::ui
