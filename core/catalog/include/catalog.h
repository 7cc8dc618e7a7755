// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "session.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace rc::core {

// One technique card (PRODUCT.md section 1). Every field is required in the catalog file.
struct Technique
{
    QString id;            // "it-band-roll"
    QString name;          // "IT band release"
    QString targetArea;    // "Outer thigh, hip bone to knee"
    QStringList muscles;   // "Iliotibial band", "Tensor fasciae latae"
    QStringList equipment; // "Foam roller"
    QString dose;          // "1–2 min per leg, daily is fine"
    int minSecondsPerSide = 60;
    int maxSecondsPerSide = 120;
    bool sided = true;    // done on the left and the right
    QStringList steps;    // numbered steps, first one is the "get into position" instruction
    QString holdCue;      // what to do on a tender spot
    QString why;          // why it matters
    QString safety;       // short safety note
    QString illustration; // Qt resource path of the SVG, e.g. ":/illustrations/it-band-roll.svg"
};

struct RoutineStep
{
    QString technique;
    Side side = Side::Both;
    int seconds = 90;
};

struct Routine
{
    QString id;   // "runners-recovery"
    QString name; // "Runner's recovery"
    QString description;
    int prepareSeconds = 10; // "get into position" countdown before each step
    int holdSeconds = 45;    // default hold on a tender spot (30-60)
    std::vector<RoutineStep> steps;

    int plannedSeconds() const; // sum of the steps' seconds (preparation not counted)
};

// The techniques and routines the app ships, loaded from a JSON data file compiled into the binary.
class Catalog
{
public:
    // Parses and validates; a missing or malformed field is an error naming the technique and field.
    static Result<Catalog> fromJson(const QByteArray& json);
    // The built-in catalog (resources/catalog.json as the Qt resource ":/catalog.json").
    static Result<Catalog> builtIn();

    const std::vector<Technique>& techniques() const { return m_techniques; }
    const std::vector<Routine>& routines() const { return m_routines; }
    const Technique* technique(const QString& id) const; // nullptr when unknown
    const Routine* routine(const QString& id) const;     // nullptr when unknown

    // What to call a stored session's routine: the routine's name, the technique's name for a
    // single-technique session, or the id itself for a routine this catalog does not know.
    QString routineName(const QString& id) const;

    // A routine of one technique on both sides (or once when not sided) at secondsPerSide, with the
    // technique's id as its id and the default routine's prepare and hold seconds. An unknown technique gives a routine with no steps.
    Routine singleTechniqueRoutine(const QString& techniqueId, int secondsPerSide) const;
    // A copy of a routine with every step set to secondsPerSide.
    static Routine withSecondsPerSide(const Routine& routine, int secondsPerSide);

    QString about() const { return m_about; }           // why mobility work matters, shown once
    QString disclaimer() const { return m_disclaimer; } // "not medical advice", said once, plainly

    static constexpr const char* defaultRoutineId = "runners-recovery";

private:
    std::vector<Technique> m_techniques;
    std::vector<Routine> m_routines;
    QString m_about;
    QString m_disclaimer;
};

} // namespace rc::core
