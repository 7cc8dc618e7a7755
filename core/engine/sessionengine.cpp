// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionengine.h"

#include <algorithm>
#include <utility>

namespace rc::core {

namespace {

using namespace std::chrono_literals;

// back() within this much Work means "the previous step": the user just started and wants to go back.
constexpr Millis backRestartsStepAfter = 3s;

Millis fromSeconds(int seconds)
{
    return Millis{static_cast<Millis::rep>(std::max(0, seconds)) * 1000};
}

int wholeSeconds(Millis millis)
{
    return static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(millis).count());
}

} // namespace

SessionEngine::SessionEngine(Routine routine, Millis now)
    : m_routine(std::move(routine)), m_lastNow(now), m_tally(m_routine.steps.size())
{
    if (m_routine.steps.empty()) {
        enterFinished();
    } else {
        enterPrepare(0, now);
    }
}

std::vector<SessionEngine::Cue> SessionEngine::advance(Millis now)
{
    catchUp(now);
    return std::exchange(m_pending, {});
}

void SessionEngine::catchUp(Millis now)
{
    m_lastNow = std::max(now, m_lastNow);
    if (m_paused) {
        return;
    }
    // Each boundary is placed exactly where the phase ended, not where the tick landed, so a late tick
    // shifts nothing.
    while (m_phase == Phase::Prepare || m_phase == Phase::Work) {
        const Millis duration = phaseDuration();
        const Millis into = m_lastNow - m_phaseStart;
        if (m_phase == Phase::Work) {
            while (m_nextCue < m_schedule.size() && m_schedule[m_nextCue].at <= into) {
                const ScheduledCue cue = m_schedule[m_nextCue++];
                if (cue.kind == CueKind::HoldEnd && m_holdStart) {
                    m_tally[m_step].held += m_holdEnd - *m_holdStart;
                    m_holdStart.reset();
                }
                queue(cue.kind);
            }
        }
        if (into < duration) {
            return;
        }
        const Millis boundary = m_phaseStart + duration;
        if (m_phase == Phase::Prepare) {
            enterWork(boundary);
            continue;
        }
        StepTally& tally = m_tally[m_step];
        tally.worked += duration;
        tally.skippedEarly = false; // ran to its end this time
        if (m_step + 1 < stepCount()) {
            enterPrepare(m_step + 1, boundary);
        } else {
            enterFinished();
        }
    }
}

void SessionEngine::enterPrepare(int step, Millis at)
{
    m_step = step;
    m_holdStart.reset();
    m_schedule.clear();
    if (m_routine.prepareSeconds <= 0) {
        enterWork(at);
        return;
    }
    m_phase = Phase::Prepare;
    m_phaseStart = at;
    m_pausedAt = at; // reached while paused: the phase waits at its full length
    queue(isSwitchSides() ? CueKind::SwitchSides : CueKind::GetReady);
}

void SessionEngine::enterWork(Millis at)
{
    m_phase = Phase::Work;
    m_phaseStart = at;
    m_pausedAt = at;
    m_holdStart.reset();
    m_schedule.clear();
    m_nextCue = 0;

    const Millis duration = phaseDuration();
    // Cues that would coincide with (or come before) the start are dropped: a 2 s step has no "3".
    auto add = [&](Millis at, CueKind kind) {
        if (at > Millis{0}) {
            m_schedule.push_back(ScheduledCue{at, kind});
        }
    };
    add(duration / 2, CueKind::Halfway);
    add(duration - 3s, CueKind::Countdown3);
    add(duration - 2s, CueKind::Countdown2);
    add(duration - 1s, CueKind::Countdown1);
    std::stable_sort(m_schedule.begin(), m_schedule.end(),
                     [](const ScheduledCue& a, const ScheduledCue& b) { return a.at < b.at; });
    queue(CueKind::StepStart);
}

void SessionEngine::enterFinished()
{
    m_phase = Phase::Finished;
    m_paused = false;
    m_holdStart.reset();
    m_schedule.clear();
    queue(CueKind::Finished);
}

void SessionEngine::leaveWork(Millis elapsedWork)
{
    StepTally& tally = m_tally[m_step];
    tally.worked += elapsedWork;
    if (m_holdStart) {
        tally.held += std::min(elapsedWork, m_holdEnd) - *m_holdStart;
        m_holdStart.reset();
        queue(CueKind::HoldEnd);
    }
    m_schedule.clear();
}

void SessionEngine::pause(Millis now)
{
    catchUp(now);
    if (m_paused || m_phase == Phase::Finished || m_phase == Phase::Stopped) {
        return;
    }
    m_paused = true;
    m_pausedAt = m_lastNow;
}

void SessionEngine::resume(Millis now)
{
    catchUp(now);
    if (!m_paused) {
        return;
    }
    // Moving the phase start by the pause keeps every later boundary where it was relative to work.
    m_phaseStart += m_lastNow - m_pausedAt;
    m_paused = false;
}

void SessionEngine::togglePause(Millis now)
{
    if (m_paused) {
        resume(now);
    } else {
        pause(now);
    }
}

void SessionEngine::skip(Millis now)
{
    catchUp(now);
    if (m_phase != Phase::Prepare && m_phase != Phase::Work) {
        return;
    }
    if (m_phase == Phase::Work) {
        leaveWork(elapsed(m_lastNow));
    }
    StepTally& tally = m_tally[m_step];
    const Millis planned = plannedMillis(m_step);
    tally.skippedEarly = std::min(tally.worked, planned) * 2 < planned;
    if (m_step + 1 < stepCount()) {
        enterPrepare(m_step + 1, m_lastNow);
    } else {
        enterFinished();
    }
}

void SessionEngine::back(Millis now)
{
    catchUp(now);
    if (m_phase != Phase::Prepare && m_phase != Phase::Work) {
        return;
    }
    int target = std::max(0, m_step - 1);
    if (m_phase == Phase::Work) {
        const Millis done = elapsed(m_lastNow);
        leaveWork(done);
        if (done > backRestartsStepAfter) {
            target = m_step;
        }
    }
    enterPrepare(target, m_lastNow);
}

bool SessionEngine::startHold(Millis now)
{
    catchUp(now);
    if (m_phase != Phase::Work || m_paused || m_holdStart || m_routine.holdSeconds <= 0) {
        return false;
    }
    const Millis start = elapsed(m_lastNow);
    // Clipped at the step's end: a hold never lengthens the step.
    m_holdEnd = std::min(start + fromSeconds(m_routine.holdSeconds), phaseDuration());
    m_holdStart = start;
    const auto pos = std::upper_bound(m_schedule.begin() + static_cast<std::ptrdiff_t>(m_nextCue), m_schedule.end(),
                                      m_holdEnd, [](Millis at, const ScheduledCue& cue) { return at < cue.at; });
    m_schedule.insert(pos, ScheduledCue{m_holdEnd, CueKind::HoldEnd});
    ++m_tally[m_step].holds;
    queue(CueKind::HoldStart);
    return true;
}

void SessionEngine::stop(Millis now)
{
    catchUp(now);
    if (m_phase != Phase::Prepare && m_phase != Phase::Work) {
        return;
    }
    if (m_phase == Phase::Work) {
        leaveWork(elapsed(m_lastNow));
    }
    m_phase = Phase::Stopped;
    m_paused = false;
}

bool SessionEngine::isSwitchSides() const
{
    if (m_phase != Phase::Prepare || m_step <= 0) {
        return false;
    }
    const RoutineStep& previous = m_routine.steps[static_cast<std::size_t>(m_step - 1)];
    const RoutineStep& current = m_routine.steps[static_cast<std::size_t>(m_step)];
    return previous.technique == current.technique && previous.side != current.side;
}

const RoutineStep& SessionEngine::currentStep() const
{
    static const RoutineStep none;
    if (m_routine.steps.empty()) {
        return none;
    }
    return m_routine.steps[static_cast<std::size_t>(m_step)];
}

const RoutineStep* SessionEngine::nextStep() const
{
    if (m_step + 1 >= stepCount()) {
        return nullptr;
    }
    return &m_routine.steps[static_cast<std::size_t>(m_step + 1)];
}

Millis SessionEngine::plannedMillis(int step) const
{
    return fromSeconds(m_routine.steps[static_cast<std::size_t>(step)].seconds);
}

Millis SessionEngine::phaseDuration() const
{
    switch (m_phase) {
    case Phase::Prepare:
        return fromSeconds(m_routine.prepareSeconds);
    case Phase::Work:
        return plannedMillis(m_step);
    case Phase::Finished:
    case Phase::Stopped:
        break;
    }
    return Millis{0};
}

Millis SessionEngine::elapsed(Millis now) const
{
    if (m_phase != Phase::Prepare && m_phase != Phase::Work) {
        return Millis{0};
    }
    const Millis at = m_paused ? m_pausedAt : std::max(now, m_lastNow);
    return std::clamp(at - m_phaseStart, Millis{0}, phaseDuration());
}

Millis SessionEngine::remaining(Millis now) const
{
    return phaseDuration() - elapsed(now);
}

double SessionEngine::stepProgress(Millis now) const
{
    if (m_phase == Phase::Finished) {
        return 1.0;
    }
    const Millis duration = phaseDuration();
    if (duration <= Millis{0}) {
        return 0.0;
    }
    return static_cast<double>(elapsed(now).count()) / static_cast<double>(duration.count());
}

double SessionEngine::routineProgress(Millis now) const
{
    Millis planned{0};
    Millis done{0};
    for (int step = 0; step < stepCount(); ++step) {
        planned += plannedMillis(step);
        done += stepWorked(step, now);
    }
    if (planned <= Millis{0}) {
        return m_phase == Phase::Finished ? 1.0 : 0.0;
    }
    return static_cast<double>(done.count()) / static_cast<double>(planned.count());
}

bool SessionEngine::isHolding(Millis now) const
{
    return m_phase == Phase::Work && m_holdStart && elapsed(now) < m_holdEnd;
}

Millis SessionEngine::holdRemaining(Millis now) const
{
    return isHolding(now) ? m_holdEnd - elapsed(now) : Millis{0};
}

Millis SessionEngine::stepWorked(int step, Millis now) const
{
    Millis worked = m_tally[static_cast<std::size_t>(step)].worked;
    if (step == m_step && m_phase == Phase::Work) {
        worked += elapsed(now);
    }
    // A step done again counts once: never more than planned.
    return std::min(worked, plannedMillis(step));
}

Millis SessionEngine::stepHeld(int step, Millis now) const
{
    Millis held = m_tally[static_cast<std::size_t>(step)].held;
    if (step == m_step && m_phase == Phase::Work && m_holdStart) {
        held += std::min(elapsed(now), m_holdEnd) - *m_holdStart;
    }
    return std::min(held, stepWorked(step, now));
}

int SessionEngine::workedSeconds(Millis now) const
{
    // The sum of the steps' whole seconds, so a stored session adds up with its step results.
    int total = 0;
    for (int step = 0; step < stepCount(); ++step) {
        total += wholeSeconds(stepWorked(step, now));
    }
    return total;
}

bool SessionEngine::completed() const
{
    return m_phase == Phase::Finished &&
           std::none_of(m_tally.begin(), m_tally.end(), [](const StepTally& tally) { return tally.skippedEarly; });
}

std::vector<StepResult> SessionEngine::results(Millis now) const
{
    std::vector<StepResult> out;
    out.reserve(m_routine.steps.size());
    for (int step = 0; step < stepCount(); ++step) {
        const RoutineStep& planned = m_routine.steps[static_cast<std::size_t>(step)];
        StepResult result;
        result.technique = planned.technique;
        result.side = planned.side;
        result.plannedSeconds = planned.seconds;
        result.workedSeconds = wholeSeconds(stepWorked(step, now));
        result.holds = m_tally[static_cast<std::size_t>(step)].holds;
        result.holdSeconds = wholeSeconds(stepHeld(step, now));
        out.push_back(result);
    }
    return out;
}

Session SessionEngine::toSession(const QDateTime& startedAt, Millis now) const
{
    Session session;
    // Whole seconds, as an explicit offset: the store and the CSV keep the offset in force at the start.
    const QDateTime withOffset = startedAt.toOffsetFromUtc(startedAt.offsetFromUtc());
    session.startedAt = withOffset.addMSecs(-withOffset.time().msec());
    session.localDate = startedAt.date();
    session.routine = m_routine.id;
    session.plannedSeconds = plannedSeconds();
    session.workedSeconds = workedSeconds(now);
    session.completed = completed();
    session.steps = results(now);
    return session;
}

} // namespace rc::core
