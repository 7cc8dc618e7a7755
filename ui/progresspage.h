// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adherence.h"

#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace rc::core {
class Clock;
class SessionStore;
} // namespace rc::core

namespace rc::ui {

class WeekStrip;

// This week at a glance, readable from the floor: "2 of 3 days", the seven days with the done ones
// marked, days left, the status in plain words, streak and best streak. With no sessions at all it
// shows a first-run invitation instead. Numbers come from core::computeAdherence only.
class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    // `store` may be null (the page then says so). The clock gives "today" on every refresh.
    ProgressPage(core::SessionStore* store, const core::Clock& clock, QWidget* parent = nullptr);

    // Re-reads the store and the settings ("progress/target", "progress/weekStart").
    void refresh();

    QString headline() const;
    bool isShowingFirstRun() const;
    WeekStrip* weekStrip() const { return m_strip; }

signals:
    void startRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* createWeekView();
    QWidget* createMessageView();
    void showMessage(const QString& title, const QString& text, bool offerStart);
    void showReport(const core::AdherenceReport& report);

    core::SessionStore* m_store;
    const core::Clock& m_clock;
    QStackedWidget* m_stack;
    QBoxLayout* m_stats = nullptr;
    QBoxLayout* m_headlineRow = nullptr;
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
    QLabel* m_messageTitle = nullptr;
    QLabel* m_messageText = nullptr;
    QPushButton* m_start = nullptr;
};

} // namespace rc::ui
