// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "clock.h"
#include "session.h"

#include <optional>
#include <vector>

namespace rc::core {

// The guided session as a plain state machine (PRODUCT.md section 2). It never reads a clock: every
// call takes `now` from an injected monotonic clock, and remaining time is always computed from it,
// so a late or missed tick never shifts the end of a step.
//
// Each routine step is one technique on one side: a Prepare phase ("get into position", or "switch
// sides" when the previous step was the same technique on the other side) counts down
// routine.prepareSeconds, then the Work phase counts down the step's seconds. After the last Work
// phase the engine is Finished. stop() ends it early (Stopped).
//
// Cues: every call that changes the state (including skip, back, startHold and stop) queues the cues
// it causes, and the next advance() returns them in order. So a skip queues GetReady/SwitchSides at
// once, a hold queues HoldStart, and a hold cut short by skip/back/stop queues HoldEnd.
// With routine.prepareSeconds == 0 there is no Prepare phase and no GetReady/SwitchSides cue: each
// step goes straight to Work (StepStart). skip and back keep the paused state: a step reached while
// paused waits, at its full length, for resume(). skip, back, pause and startHold do nothing once
// Finished or Stopped. An empty routine is Finished at once (one Finished cue).
class SessionEngine
{
public:
    enum class Phase
    {
        Prepare,
        Work,
        Finished,
        Stopped,
    };

    enum class CueKind
    {
        GetReady,    // a Prepare phase began (first side of a technique)
        SwitchSides, // a Prepare phase began for the other side of the same technique
        StepStart,   // a Work phase began: start rolling
        Halfway,     // half the Work phase is done
        Countdown3,  // 3 s of the Work phase left
        Countdown2,
        Countdown1,
        HoldStart,
        HoldEnd,  // the hold's time ran out (or the step ended under it)
        Finished, // the routine ran to its end; fires exactly once
    };

    struct Cue
    {
        CueKind kind;
        int stepIndex;
        friend bool operator==(const Cue&, const Cue&) = default;
    };

    // Starts at once: Prepare of step 0 (a GetReady cue is returned by the first advance()).
    SessionEngine(Routine routine, Millis now);

    // Moves the state to `now`, crossing as many phase boundaries as have passed, and returns the
    // cues crossed, in order. Time never runs backwards: an earlier `now` is treated as no time passed.
    std::vector<Cue> advance(Millis now);

    void pause(Millis now);
    void resume(Millis now); // continues where it stopped, never restarts the step
    void togglePause(Millis now);
    void skip(Millis now);      // to the next step's Prepare; from the last step: Finished
    void back(Millis now);      // to this step's Prepare if more than 3 s into it, else the previous step's
    bool startHold(Millis now); // only while working and not paused; false otherwise
    void stop(Millis now);      // ends early; worked time so far is kept

    const Routine& routine() const { return m_routine; }
    Phase phase() const { return m_phase; }
    bool isPaused() const { return m_paused; }
    bool isSwitchSides() const; // Prepare phase for the second side of the same technique
    int stepIndex() const { return m_step; }
    int stepCount() const { return static_cast<int>(m_routine.steps.size()); }
    const RoutineStep& currentStep() const;
    const RoutineStep* nextStep() const; // nullptr on the last step

    Millis phaseDuration() const;
    Millis remaining(Millis now) const;       // of the current phase, never negative
    double stepProgress(Millis now) const;    // 0..1 of the current phase
    double routineProgress(Millis now) const; // 0..1 of all Work time of the routine
    bool isHolding(Millis now) const;
    Millis holdRemaining(Millis now) const; // 0 when no hold runs

    int workedSeconds(Millis now) const; // Work time actually done, all steps
    int plannedSeconds() const { return m_routine.plannedSeconds(); }
    // Completed: ran to the end (not stopped) and no step was skipped before half its time.
    bool completed() const;
    // Per-step results so far, in routine order, one entry per routine step.
    std::vector<StepResult> results(Millis now) const;

    // The session to store: started at `startedAt` (local time with offset), dated startedAt.date().
    Session toSession(const QDateTime& startedAt, Millis now) const;

private:
    struct ScheduledCue
    {
        Millis at; // offset into the Work phase
        CueKind kind;
    };
    // What one routine step has accumulated so far, over every time it was worked.
    struct StepTally
    {
        Millis worked{0};
        Millis held{0};
        int holds = 0;
        bool skippedEarly = false; // left by skip() before half its planned time
    };

    void catchUp(Millis now);
    void enterPrepare(int step, Millis at);
    void enterWork(Millis at);
    void enterFinished();
    void leaveWork(Millis elapsed); // books the Work done so far and cuts a running hold
    void queue(CueKind kind) { m_pending.push_back(Cue{kind, m_step}); }
    Millis elapsed(Millis now) const; // into the current phase, clamped to [0, phaseDuration()]
    Millis stepWorked(int step, Millis now) const;
    Millis stepHeld(int step, Millis now) const;
    Millis plannedMillis(int step) const;

    Routine m_routine;
    Phase m_phase = Phase::Prepare;
    bool m_paused = false;
    int m_step = 0;

    Millis m_lastNow{0};    // latest time seen; an earlier `now` means this
    Millis m_phaseStart{0}; // when the current phase began, moved later by the time spent paused
    Millis m_pausedAt{0};
    std::vector<ScheduledCue> m_schedule; // the current Work phase's cues, by time
    std::size_t m_nextCue = 0;
    std::optional<Millis> m_holdStart; // offsets into the Work phase while a hold runs
    Millis m_holdEnd{0};
    std::vector<StepTally> m_tally;
    std::vector<Cue> m_pending;
};

} // namespace rc::core
