// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pause.h"
#include "session.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace rc::core {

// The rules of PRODUCT.md section 3, with the pauses of section 5. The CLI's report and the GUI's charts show exactly these numbers.

struct AdherenceSettings
{
    int targetDaysPerWeek = 3;            // 1..7
    Qt::DayOfWeek weekStart = Qt::Monday; // Monday, Sunday or Saturday
    int weeks = 12;                       // weeks in the report window, the last one holds today; >= 1
    unsigned plannedDays = 0;             // RecordSettings::plannedDays, for the week strip
};

QString weekStartName(Qt::DayOfWeek day);                            // "monday", "sunday", "saturday"
std::optional<Qt::DayOfWeek> weekStartFromName(const QString& name); // only those three

// The first date of the week holding `date`.
QDate weekStartFor(const QDate& date, Qt::DayOfWeek weekStart);

struct WeekSummary
{
    QDate start;
    QDate end;
    int days = 0;                      // distinct dates with a completed session
    int sessions = 0;                  // completed sessions
    double minutes = 0;                // worked minutes of all sessions, completed or not, rounded to one decimal
    int target = 0;                    // ceil(T x unpaused dates / 7); 0 for a paused week
    bool paused = false;               // every date of the week is paused
    unsigned pausedDays = 0;           // bit i: the week's date i is paused
    bool met = false;                  // not paused and days >= target
    std::vector<QDate> completedDates; // the distinct dates counted in `days`, ascending
};

enum class WeekStatus
{
    Met,
    OnTrack,
    AtRisk,
    Missed,
    Paused,
};
QString weekStatusName(WeekStatus status); // "met", "on_track", "at_risk", "missed", "paused"

struct CurrentWeek
{
    QDate start;
    QDate end;
    int days = 0;
    int target = 0;     // the week's effective target
    bool paused = false;
    int daysNeeded = 0; // max(0, target - days)
    int daysLeft = 0;   // dates from today through end that are not paused and have no completed session yet
    WeekStatus status = WeekStatus::OnTrack;
};

struct AdherenceReport
{
    QDate today;
    int targetDaysPerWeek = 3;
    Qt::DayOfWeek weekStart = Qt::Monday;
    unsigned plannedDays = 0;
    std::vector<WeekSummary> weeks; // settings.weeks entries, oldest first, the last is the current week
    CurrentWeek currentWeek;
    int streakWeeks = 0;
    int bestStreakWeeks = 0;
    std::optional<double> adherenceRate; // 0..1 rounded to 3 decimals; nullopt when no complete week counts
};

// The seven dates of the report's current week, first day first, as the week strip shows them.
struct WeekDay
{
    QDate date;
    bool done = false; // has a completed session
    bool today = false;
    bool future = false; // after today
    bool paused = false;
    bool planned = false; // one of the runner's planned days
};
std::vector<WeekDay> currentWeekDays(const AdherenceReport& report);

// Sessions dated after `today` are ignored. `history` and `pauses` need not be sorted; pauses may overlap.
AdherenceReport computeAdherence(const std::vector<SessionSummary>& history, const QDate& today,
                                 const AdherenceSettings& settings, const std::vector<Pause>& pauses = {});

} // namespace rc::core
