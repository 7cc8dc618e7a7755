// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adherence.h"
#include "pause.h"
#include "recordsettings.h"
#include "session.h"

#include <QWidget>

#include <vector>

class QBoxLayout;
class QButtonGroup;
class QLabel;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace rc::core {
class Catalog;
class Clock;
class SessionStore;
} // namespace rc::core

namespace rc::ui {

class HeatMap;
class PauseDialog;
class PauseList;
class SorenessChart;
class TechniqueMinutesView;
class WeekStrip;
class WeeklyChart;

// The page a runner opens on Sunday evening. On top, this week at a glance, readable from the floor:
// "2 of 3 days", the seven days with the done ones marked, days left, the status in plain words,
// streak, best streak and the adherence rate. Below, scrolling: days per week for the last 12, 26 or
// 52 weeks against the target, a calendar of the last six months, minutes per technique and soreness
// before and after. With no sessions at all it shows a first-run invitation instead. "Pause…" takes days
// out of the target (PRODUCT.md section 5); the pauses are listed under the glance, each with Delete, and
// the page's undo stack takes back an added or deleted pause.
// Every figure comes from core (computeAdherence and the insights); this page only lays them out.
class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    // `store` may be null (the page then says so). The clock gives "today" on every refresh.
    ProgressPage(core::SessionStore* store, const core::Clock& clock, QWidget* parent = nullptr);
    ~ProgressPage() override;

    // Technique names for the minutes per technique; the built-in catalog until set. Must outlive the page.
    void setCatalog(const core::Catalog* catalog);

    int chartWeeks() const { return m_chartWeeks; }

    // True from a refresh until the panels fed by whole sessions (minutes per technique, soreness) are
    // filled: one event-loop turn later while the page is shown, else once it is shown.
    bool detailsPending() const { return m_detailsPending; }

    QString headline() const;
    bool isShowingFirstRun() const;
    // The report on show (empty weeks before the first refresh with history).
    const core::AdherenceReport& report() const { return m_report; }
    WeekStrip* weekStrip() const { return m_strip; }
    // nullptr when the charts module could not be loaded (the page says so in their place).
    WeeklyChart* weeklyChart() const { return m_chart; }
    HeatMap* heatMap() const { return m_heatMap; }
    TechniqueMinutesView* techniqueMinutes() const { return m_techniques; }
    SorenessChart* sorenessChart() const { return m_soreness; }
    PauseList* pauseList() const { return m_pauseList; }
    // Adding and deleting pauses; the window puts it in its undo group while this page is shown.
    QUndoStack* undoStack() const { return m_undoStack; }

public slots:
    // Re-reads the store: sessions, the record's settings and pauses. Call it after a
    // session is saved, after history changes (delete, undo, import) and after Preferences changed.
    // The glance, the chart and the calendar change at once; the panels below follow on the next
    // event-loop turn (detailsPending()).
    void refresh();
    // 12, 26 or 52 weeks in the chart, the rate, the technique minutes and the soreness (remembered).
    void setChartWeeks(int weeks);
    // What "Pause…" does: opens the dialog (window-modal, not blocking) and returns it; OK stores the
    // pause, adds an undo step and refreshes the page. nullptr without a store.
    PauseDialog* openPauseDialog();
    void deletePause(const core::Pause& pause);

signals:
    void startRequested();
    // The page's "Preferences..." button: the window opens the dialog and refreshes the page after.
    void preferencesRequested();
    // A pause was added, deleted, or put back: what else shows this week (the tray) reads it again.
    void recordChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildLayout();
    QWidget* createWeekView();
    QWidget* createGlance(QWidget* parent);
    QWidget* createChartPanel(QWidget* parent);
    QWidget* createDetailPanels(QWidget* parent);
    QWidget* createPausePanel(QWidget* parent);
    void pausesChanged(const core::Status& status);
    void updateUndoOffer();
    QWidget* createMessageView();
    void showMessage(const QString& title, const QString& text, bool offerStart);
    void showReport();
    void scheduleDetails();
    void loadDetails();
    void showDetails();
    void showGlance(const core::AdherenceReport& report);
    const core::Catalog& catalog() const;

    core::SessionStore* m_store;
    const core::Clock& m_clock;
    const core::Catalog* m_catalog = nullptr;
    int m_chartWeeks = 12;
    // What the last refresh read, so switching 12/26/52 weeks needs no new query.
    std::vector<core::SessionSummary> m_summaries;
    core::RecordSettings m_record;
    std::vector<core::Pause> m_pauses;
    std::vector<core::Session> m_sessions;
    core::AdherenceReport m_report;
    bool m_detailsPending = false;
    bool m_detailsScheduled = false;

    QStackedWidget* m_stack;
    QUndoStack* m_undoStack;
    QPushButton* m_pauseButton = nullptr;
    PauseList* m_pauseList = nullptr;
    QLabel* m_headlineCaption = nullptr;
    QWidget* m_daysLeftTile = nullptr;
    QBoxLayout* m_stats = nullptr;
    QBoxLayout* m_headlineRow = nullptr;
    QBoxLayout* m_chartHeader = nullptr;
    bool m_narrow = false;
    QWidget* m_weekView = nullptr;
    QWidget* m_messageView = nullptr;
    QLabel* m_range = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_status = nullptr;
    WeekStrip* m_strip = nullptr;
    QLabel* m_daysLeft = nullptr;
    QLabel* m_streak = nullptr;
    QLabel* m_bestStreak = nullptr;
    QLabel* m_rate = nullptr;
    QLabel* m_rateCaption = nullptr;
    QButtonGroup* m_weeksButtons = nullptr;
    WeeklyChart* m_chart = nullptr;
    QLabel* m_heatSummary = nullptr;
    HeatMap* m_heatMap = nullptr;
    QLabel* m_techniqueCaption = nullptr;
    TechniqueMinutesView* m_techniques = nullptr;
    QLabel* m_sorenessCaption = nullptr;
    SorenessChart* m_soreness = nullptr;
    QLabel* m_messageTitle = nullptr;
    QLabel* m_messageText = nullptr;
    QPushButton* m_start = nullptr;
};

} // namespace rc::ui
