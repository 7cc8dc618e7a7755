// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace rc::core {

// PRODUCT.md section 8: a note holds at most this many characters.
inline constexpr qsizetype maxNoteCharacters = 10'000;

// Characters as a person counts them: a letter outside the Basic Multilingual Plane (an emoji) is one,
// though it takes two UTF-16 units.
qsizetype characterCount(QStringView text);
// The first `characters` characters of `text` (all of it when it is no longer); never cuts between the
// two halves of a letter outside the Basic Multilingual Plane.
QString firstCharacters(const QString& text, qsizetype characters);

enum class Side
{
    Left,
    Right,
    Both, // a technique done once, or a manual entry with no per-side detail
};

QString sideName(Side side); // "left", "right", "both"
std::optional<Side> sideFromName(const QString& name);

// One technique on one side, as it was actually done.
struct StepResult
{
    QString technique; // catalog id, e.g. "it-band-roll"
    Side side = Side::Both;
    int plannedSeconds = 0;
    int workedSeconds = 0;
    int holds = 0;       // how many holds were started in this step
    int holdSeconds = 0; // seconds spent holding, inside workedSeconds

    friend bool operator==(const StepResult&, const StepResult&) = default;
};

// One recorded session. The local date is fixed when the session is recorded and never recomputed.
struct Session
{
    qint64 id = 0;       // store row id; 0 until stored
    QDateTime startedAt; // whole seconds, Qt::OffsetFromUTC with the offset in force when it started
    QDate localDate;     // the calendar date it counts for
    QString routine;     // routine id, e.g. "runners-recovery"
    int plannedSeconds = 0;
    int workedSeconds = 0;
    bool completed = false;
    std::optional<int> sorenessBefore; // 0..10
    std::optional<int> sorenessAfter;  // 0..10
    QString notes;
    std::vector<StepResult> steps; // in the order done; empty for manual and imported entries

    friend bool operator==(const Session&, const Session&) = default;
};

// What adherence needs of a session; cheap to load for years of history.
struct SessionSummary
{
    QDate localDate;
    int workedSeconds = 0;
    bool completed = false;
};

} // namespace rc::core
