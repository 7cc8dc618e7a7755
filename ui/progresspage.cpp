// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresspage.h"

#include "appsettings.h"
#include "clock.h"
#include "sessionstore.h"
#include "theme.h"
#include "weekstrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

QString weeks(int count)
{
    return count == 1 ? ProgressPage::tr("1 week") : ProgressPage::tr("%1 weeks").arg(count);
}

QString days(int count)
{
    return count == 1 ? ProgressPage::tr("1 day") : ProgressPage::tr("%1 days").arg(count);
}

QString statusText(const core::CurrentWeek& week)
{
    switch (week.status) {
    case core::WeekStatus::Met:
        return ProgressPage::tr("Target met this week. Every extra roll is a bonus.");
    case core::WeekStatus::OnTrack:
        return (week.daysNeeded == 1 ? ProgressPage::tr("On track: 1 more day to go")
                                     : ProgressPage::tr("On track: %1 more days to go").arg(week.daysNeeded)) +
               ProgressPage::tr(", and %1 left this week.").arg(days(week.daysLeft));
    case core::WeekStatus::AtRisk:
        return ProgressPage::tr("At risk: roll on every day left this week (%1).").arg(days(week.daysLeft));
    case core::WeekStatus::Missed:
        return ProgressPage::tr("The target is out of reach this week. Rolling still helps, and next week "
                                "starts fresh.");
    }
    return {};
}

// A number with a caption under it, in a panel.
QFrame* statTile(QLabel*& value, const QString& caption, QWidget* parent)
{
    auto* tile = new QFrame(parent);
    setRole(tile, "panel");
    value = new QLabel(tile);
    setRole(value, "title");
    auto* label = new QLabel(caption, tile);
    setRole(label, "muted");
    auto* layout = new QVBoxLayout(tile);
    layout->setContentsMargins(24, 18, 24, 20);
    layout->setSpacing(2);
    layout->addWidget(value);
    layout->addWidget(label);
    return tile;
}

} // namespace

ProgressPage::ProgressPage(core::SessionStore* store, const core::Clock& clock, QWidget* parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_stack(new QStackedWidget(this))
{
    auto* title = new QLabel(tr("Progress"), this);
    setRole(title, "title");
    m_range = new QLabel(this);
    setRole(m_range, "muted");
    m_range->setWordWrap(true);

    m_weekView = createWeekView();
    m_messageView = createMessageView();
    m_stack->addWidget(m_weekView);
    m_stack->addWidget(m_messageView);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 28, 40, 32);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_range);
    layout->addSpacing(18);
    // Scrolls rather than squeezes when the window is short or narrow.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(scroll, 1);

    refresh();
}

QWidget* ProgressPage::createWeekView()
{
    auto* view = new QWidget;
    auto* panel = new QFrame(view);
    setRole(panel, "panel");
    m_headline = new QLabel(panel);
    m_headline->setObjectName(u"weekHeadline"_s);
    setRole(m_headline, "big");
    auto* caption = new QLabel(tr("rolled this week"), panel);
    setRole(caption, "muted");
    m_status = new QLabel(panel);
    m_status->setObjectName(u"weekStatus"_s);
    m_status->setWordWrap(true);
    m_strip = new WeekStrip(panel);
    m_strip->setObjectName(u"weekStrip"_s);

    m_headlineRow = new QHBoxLayout;
    m_headlineRow->setSpacing(18);
    m_headlineRow->addWidget(m_headline, 0, Qt::AlignBaseline);
    m_headlineRow->addWidget(caption, 0, Qt::AlignBaseline);
    m_headlineRow->addStretch(1);

    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(32, 22, 32, 28);
    panelLayout->setSpacing(12);
    panelLayout->addLayout(m_headlineRow);
    panelLayout->addWidget(m_status);
    panelLayout->addSpacing(10);
    panelLayout->addWidget(m_strip);

    m_stats = new QHBoxLayout;
    m_stats->setSpacing(20);
    m_stats->addWidget(statTile(m_daysLeft, tr("left this week"), view));
    m_stats->addWidget(statTile(m_streak, tr("in a row on target"), view));
    m_stats->addWidget(statTile(m_bestStreak, tr("best run on target"), view));
    m_daysLeft->setObjectName(u"daysLeft"_s);
    m_streak->setObjectName(u"streak"_s);
    m_bestStreak->setObjectName(u"bestStreak"_s);

    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(20);
    layout->addWidget(panel);
    layout->addLayout(m_stats);
    layout->addStretch(1);
    return view;
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
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panel);
    layout->addStretch(1);
    return view;
}

void ProgressPage::refresh()
{
    if (m_store == nullptr) {
        showMessage(tr("No session history"),
                    tr("The session database could not be opened, so there is no progress to "
                       "show. Sessions you roll now cannot be saved."),
                    false);
        return;
    }
    const auto summaries = m_store->summaries();
    if (!summaries) {
        showMessage(tr("Progress is not available"), summaries.error().message, false);
        return;
    }
    if (summaries->empty()) {
        showMessage(tr("Your first week starts today"),
                    tr("Roll at least three days a week and watch the weeks add up here. The runner's recovery "
                       "routine takes you through every technique, one side at a time."),
                    true);
        return;
    }
    showReport(core::computeAdherence(*summaries, m_clock.today(), AppSettings::adherence()));
}

void ProgressPage::showMessage(const QString& title, const QString& text, bool offerStart)
{
    m_range->clear();
    m_messageTitle->setText(title);
    m_messageText->setText(text);
    m_start->setVisible(offerStart);
    m_stack->setCurrentWidget(m_messageView);
}

void ProgressPage::showReport(const core::AdherenceReport& report)
{
    const core::CurrentWeek& week = report.currentWeek;
    const QLocale locale;
    m_range->setText(
        tr("This week: %1 to %2")
            .arg(locale.toString(week.start, u"dddd d MMMM"_s), locale.toString(week.end, u"dddd d MMMM"_s)));
    m_headline->setText(tr("%1 of %2 days").arg(week.days).arg(report.targetDaysPerWeek));
    m_status->setText(statusText(week));
    const bool good = week.status == core::WeekStatus::Met || week.status == core::WeekStatus::OnTrack;
    setRole(m_status, good ? "status-good" : "status-warn");

    const std::vector<QDate> noDates;
    const std::vector<QDate>& done = report.weeks.empty() ? noDates : report.weeks.back().completedDates;
    std::vector<WeekStrip::Day> stripDays;
    // The seven dates core delimited for this week; no calendar rules here, only walking the range.
    for (QDate date = week.start; date.isValid() && date <= week.end; date = date.addDays(1)) {
        stripDays.push_back(
            {date, std::find(done.begin(), done.end(), date) != done.end(), date == report.today, date > report.today});
    }
    m_strip->setDays(std::move(stripDays));

    m_daysLeft->setText(days(week.daysLeft));
    m_streak->setText(weeks(report.streakWeeks));
    m_bestStreak->setText(weeks(report.bestStreakWeeks));
    m_stack->setCurrentWidget(m_weekView);
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
}

QString ProgressPage::headline() const
{
    return m_stack->currentWidget() == m_weekView ? m_headline->text() : QString();
}

bool ProgressPage::isShowingFirstRun() const
{
    return m_stack->currentWidget() == m_messageView && !m_start->isHidden();
}

} // namespace rc::ui
