// SPDX-License-Identifier: GPL-3.0-or-later
// What the page shows; how it is laid out is in progresspagelayout.cpp.
#include "progresspage.h"

#include "appsettings.h"
#include "catalog.h"
#include "charts.h"
#include "clock.h"
#include "heatmap.h"
#include "insights.h"
#include "pausecommands.h"
#include "pausedialog.h"
#include "pauselist.h"
#include "progresstext.h"
#include "rhythm.h"
#include "sessionstore.h"
#include "techniqueminutes.h"
#include "theme.h"
#include "weekstrip.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace text = progresstext;

ProgressPage::ProgressPage(core::SessionStore* store, const core::Clock& clock, QWidget* parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_chartWeeks(AppSettings::chartWeeks()),
      m_stack(new QStackedWidget(this)), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::indexChanged, this, &ProgressPage::updateUndoOffer);
    buildLayout();
    refresh();
}

ProgressPage::~ProgressPage()
{
    // The undo stack is a child, deleted after this body: its clear() then signals indexChanged to a
    // page that is no longer one.
    m_undoStack->disconnect(this);
}

void ProgressPage::setCatalog(const core::Catalog* catalog)
{
    m_catalog = catalog;
}

const core::Catalog& ProgressPage::catalog() const
{
    if (m_catalog != nullptr) {
        return *m_catalog;
    }
    // Only names are needed; a catalog that fails to load leaves ids as names.
    static const core::Catalog builtIn = [] {
        auto loaded = core::Catalog::builtIn();
        return loaded ? std::move(loaded).value() : core::Catalog{};
    }();
    return builtIn;
}

void ProgressPage::refresh()
{
    m_summaries.clear();
    m_sessions.clear();
    m_report = {};
    m_detailsPending = false;
    m_pauseButton->setEnabled(m_store != nullptr);
    if (m_store == nullptr) {
        showMessage(tr("No session history"),
                    tr("The session database could not be opened, so there is no progress to "
                       "show. Sessions you roll now cannot be saved."),
                    false);
        return;
    }
    auto record = core::readRhythmRecord(*m_store);
    if (!record) {
        showMessage(tr("Progress is not available"), record.error().message, false);
        return;
    }
    m_record = record->settings;
    m_pauses = std::move(record->pauses);
    m_pauseList->setPauses(m_pauses);
    if (record->history.empty()) {
        showMessage(tr("Your first week starts today"),
                    tr("Roll at least three days a week and watch the weeks add up here: this week at a glance, "
                       "your run of weeks on target, and a calendar of every day you rolled. The runner's "
                       "recovery routine takes you through every technique, one side at a time."),
                    true);
        return;
    }
    m_summaries = std::move(record->history);
    showReport();
    // Whole sessions (steps, soreness) cost most of a refresh with years of history and only feed the
    // panels below the fold: read them once this paint is out, and only while the page is shown, so
    // neither the glance nor a window opened on another page waits for them.
    m_detailsPending = true;
    scheduleDetails();
}

void ProgressPage::scheduleDetails()
{
    if (!m_detailsPending || m_detailsScheduled || !isVisible()) {
        return;
    }
    m_detailsScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_detailsScheduled = false;
        loadDetails();
    });
}

void ProgressPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    scheduleDetails();
}

void ProgressPage::loadDetails()
{
    if (!m_detailsPending || !isVisible()) {
        return; // hidden again before the timer fired: showEvent schedules it anew
    }
    m_detailsPending = false;
    m_sessions.clear();
    // Without whole sessions the rest of the page still stands; these panels then stay empty.
    if (auto sessions = m_store->sessions()) {
        m_sessions = std::move(sessions).value();
    }
    showDetails();
}

void ProgressPage::setChartWeeks(int weeks)
{
    if (weeks != 12 && weeks != 26 && weeks != 52) {
        return;
    }
    if (QAbstractButton* button = m_weeksButtons->button(weeks)) {
        button->setChecked(true);
    }
    if (weeks == m_chartWeeks) {
        return;
    }
    m_chartWeeks = weeks;
    AppSettings::setChartWeeks(weeks);
    if (!m_summaries.empty()) {
        showReport();
        if (!m_detailsPending) {
            showDetails();
        }
    }
}

void ProgressPage::showMessage(const QString& title, const QString& text, bool offerStart)
{
    m_range->clear();
    m_messageTitle->setText(title);
    m_messageText->setText(text);
    m_start->setVisible(offerStart);
    m_stack->setCurrentWidget(m_messageView);
}

void ProgressPage::showReport()
{
    const QDate today = core::rhythmToday(m_clock.now(), m_record);
    m_report = core::rhythmOf(m_summaries, m_record, m_pauses, today, false, m_chartWeeks).report;
    showGlance(m_report);
    if (m_chart != nullptr) {
        m_chart->setReport(m_report);
    }

    const core::HeatMapGrid grid = core::heatMapGrid(m_summaries, today, m_record.weekStart);
    m_heatSummary->setText(tr("%1 rolled in the last six months, and %2 started but stopped early.")
                               .arg(text::days(grid.completedDays), text::days(grid.partialDays)));
    m_heatMap->setPauses(m_pauses);
    m_heatMap->setGrid(grid);
    m_stack->setCurrentWidget(m_weekView);
}

void ProgressPage::showDetails()
{
    if (m_report.weeks.empty()) {
        return;
    }
    const QDate today = m_report.today;
    // The same window as the chart: from the first date of its oldest week through today.
    const QDate first = m_report.weeks.front().start;
    const QString window = tr("Last %1, from %2.").arg(text::weeks(m_chartWeeks), text::shortDate(first));
    const auto minutes = core::minutesByTechnique(m_sessions, first, today, catalog());
    const bool anyNotItemised = std::any_of(minutes.begin(), minutes.end(), [](const core::TechniqueMinutes& entry) {
        return !entry.itemised && entry.sessions > 0;
    });
    m_techniqueCaption->setText(
        anyNotItemised ? window + u" "_s +
                             tr("Sessions logged by hand or imported have no per-technique detail, so they "
                                "are shown under their routine.")
                       : window);
    m_techniques->setMinutes(minutes);
    m_sorenessCaption->setText(window);
    if (m_soreness != nullptr) {
        m_soreness->setSeries(core::sorenessSeries(m_sessions, first, today), first, today);
    }
}

void ProgressPage::showGlance(const core::AdherenceReport& report)
{
    const core::CurrentWeek& week = report.currentWeek;
    const QLocale locale;
    m_range->setText(
        tr("This week: %1 to %2")
            .arg(locale.toString(week.start, u"dddd d MMMM"_s), locale.toString(week.end, u"dddd d MMMM"_s)));
    m_headline->setText(week.paused ? tr("Paused") : tr("%1 of %2 days").arg(week.days).arg(week.target));
    m_headlineCaption->setText(week.paused ? tr("this week") : tr("rolled this week"));
    // A paused week has no days left to roll: the tile would only say "0 days".
    m_daysLeftTile->setVisible(!week.paused);
    m_status->setText(text::status(week));
    const bool good = week.status == core::WeekStatus::Met || week.status == core::WeekStatus::OnTrack ||
                      week.status == core::WeekStatus::Paused;
    setRole(m_status, good ? "status-good" : "status-warn");

    m_strip->setDays(core::currentWeekDays(report));

    m_daysLeft->setText(text::days(week.daysLeft));
    m_streak->setText(text::weeks(report.streakWeeks));
    m_bestStreak->setText(text::weeks(report.bestStreakWeeks));
    m_rate->setText(report.adherenceRate ? text::percent(*report.adherenceRate) : u"–"_s);
    m_rateCaption->setText(report.adherenceRate ? tr("weeks on target (last %1)").arg(m_chartWeeks)
                                                : tr("weeks on target: no complete week yet"));
}

PauseDialog* ProgressPage::openPauseDialog()
{
    if (m_store == nullptr) {
        return nullptr;
    }
    auto* dialog = new PauseDialog(*m_store, core::rhythmToday(m_clock.now(), m_record), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_undoStack->push(new AddPauseCommand(*m_store, dialog->pause(),
                                              [this](const core::Status& status) { pausesChanged(status); }));
        pausesChanged({});
    });
    dialog->open();
    return dialog;
}

void ProgressPage::deletePause(const core::Pause& pause)
{
    if (m_store == nullptr) {
        return;
    }
    m_undoStack->push(
        new DeletePauseCommand(*m_store, pause, [this](const core::Status& status) { pausesChanged(status); }));
}

void ProgressPage::pausesChanged(const core::Status& status)
{
    m_pauseList->setError(status ? QString() : status.error().message);
    refresh();
    emit recordChanged();
}

void ProgressPage::updateUndoOffer()
{
    // Offered while the last step on the stack is a delete: Undo (or Ctrl+Z) puts that pause back.
    const int index = m_undoStack->index();
    const auto* last = index > 0 ? dynamic_cast<const DeletePauseCommand*>(m_undoStack->command(index - 1)) : nullptr;
    m_pauseList->setUndoOffer(last != nullptr ? tr("Deleted the pause %1.").arg(describePause(last->pause()))
                                              : QString());
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
