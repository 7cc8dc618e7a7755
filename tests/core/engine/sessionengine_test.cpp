// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionengine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace rc::core {

// Readable failures: "SwitchSides@1" instead of raw bytes.
void PrintTo(const SessionEngine::Cue& cue, std::ostream* os)
{
    static const char* const names[] = {"GetReady",   "SwitchSides", "StepStart", "Halfway", "Countdown3",
                                        "Countdown2", "Countdown1",  "HoldStart", "HoldEnd", "Finished"};
    *os << names[static_cast<int>(cue.kind)] << '@' << cue.stepIndex;
}

namespace {

using Engine = SessionEngine;
using K = SessionEngine::CueKind;
using Cue = SessionEngine::Cue;
using Cues = std::vector<Cue>;

// runners-recovery as PRODUCT.md describes it: 10 s prepare, 90 s per side, 45 s hold.
Routine runnersRecovery()
{
    Routine routine;
    routine.id = u"runners-recovery"_s;
    routine.prepareSeconds = 10;
    routine.holdSeconds = 45;
    for (const QString& technique : {u"it-band-roll"_s, u"calf-release"_s, u"hip-release"_s}) {
        routine.steps.push_back(RoutineStep{technique, Side::Left, 90});
        routine.steps.push_back(RoutineStep{technique, Side::Right, 90});
    }
    return routine;
}

// One technique per step (no switch-sides prompts).
Routine custom(int prepareSeconds, std::vector<int> stepSeconds, int holdSeconds = 45)
{
    Routine routine;
    routine.id = u"custom"_s;
    routine.prepareSeconds = prepareSeconds;
    routine.holdSeconds = holdSeconds;
    int n = 0;
    for (int seconds : stepSeconds) {
        routine.steps.push_back(RoutineStep{u"technique-%1"_s.arg(n++), Side::Both, seconds});
    }
    return routine;
}

struct TimedCue
{
    Millis at;
    Cue cue;
    friend bool operator==(const TimedCue&, const TimedCue&) = default;
    friend void PrintTo(const TimedCue& timed, std::ostream* os)
    {
        PrintTo(timed.cue, os);
        *os << " at " << timed.at.count() << " ms";
    }
};

// Ticks every 100 ms from `from` to `to` inclusive, noting the tick on which each cue arrived.
std::vector<TimedCue> tickThrough(Engine& engine, Millis from, Millis to)
{
    std::vector<TimedCue> out;
    for (Millis now = from; now <= to; now += 100ms) {
        for (const Cue& cue : engine.advance(now)) {
            out.push_back(TimedCue{now, cue});
        }
    }
    return out;
}

TEST(SessionEngine, fullRoutine_emitsEveryCueInOrder_atItsExactTime)
{
    Engine engine(runnersRecovery(), 0ms);
    const std::vector<TimedCue> got = tickThrough(engine, 0ms, 700s);

    // Step i: Prepare at 100i s, Work 90 s from 100i+10, halfway at +45, 3-2-1 at 3, 2, 1 s left.
    const K prepareCues[] = {K::GetReady, K::SwitchSides, K::GetReady, K::SwitchSides, K::GetReady, K::SwitchSides};
    std::vector<TimedCue> expected;
    for (int i = 0; i < 6; ++i) {
        const Millis base = 100s * i;
        expected.push_back({base, {prepareCues[i], i}});
        expected.push_back({base + 10s, {K::StepStart, i}});
        expected.push_back({base + 55s, {K::Halfway, i}});
        expected.push_back({base + 97s, {K::Countdown3, i}});
        expected.push_back({base + 98s, {K::Countdown2, i}});
        expected.push_back({base + 99s, {K::Countdown1, i}});
    }
    expected.push_back({600s, {K::Finished, 5}});
    EXPECT_EQ(got, expected);
    EXPECT_EQ(engine.phase(), Engine::Phase::Finished);
    EXPECT_TRUE(engine.completed());
    EXPECT_EQ(engine.workedSeconds(700s), 540);
    for (const StepResult& result : engine.results(700s)) {
        EXPECT_EQ(result.workedSeconds, 90);
        EXPECT_EQ(result.plannedSeconds, 90);
    }
}

TEST(SessionEngine, switchSides_onlyForTheSecondSideOfTheSameTechnique)
{
    Engine engine(runnersRecovery(), 0ms);
    EXPECT_FALSE(engine.isSwitchSides()); // step 0
    engine.advance(105s);
    EXPECT_EQ(engine.stepIndex(), 1);
    EXPECT_TRUE(engine.isSwitchSides()); // it-band right after left
    engine.advance(115s);
    EXPECT_FALSE(engine.isSwitchSides()); // working, not preparing
    engine.advance(205s);
    EXPECT_EQ(engine.stepIndex(), 2);
    EXPECT_FALSE(engine.isSwitchSides()); // calf after it-band: a new technique
}

TEST(SessionEngine, zeroPrepare_goesStraightToWork_withoutPrepareCues)
{
    Routine routine = custom(0, {5, 5});
    routine.steps[1].technique = routine.steps[0].technique;
    routine.steps[0].side = Side::Left;
    routine.steps[1].side = Side::Right;
    Engine engine(routine, 0ms);
    EXPECT_EQ(engine.phase(), Engine::Phase::Work);
    EXPECT_EQ(engine.advance(0ms), (Cues{{K::StepStart, 0}}));
    EXPECT_EQ(engine.remaining(0ms), 5s);
    // 5 s step: 3 left at 2 s, halfway at 2.5 s, 2 left at 3 s, 1 left at 4 s.
    EXPECT_EQ(engine.advance(5s),
              (Cues{{K::Countdown3, 0}, {K::Halfway, 0}, {K::Countdown2, 0}, {K::Countdown1, 0}, {K::StepStart, 1}}));
}

TEST(SessionEngine, shortSteps_countdownOnlyAfterTheStart)
{
    Engine engine(custom(1, {2, 3}), 0ms);
    const std::vector<TimedCue> got = tickThrough(engine, 0ms, 10s);
    // 2 s step (Work 1-3 s): no 3 or 2, halfway and 1 both at 1 s in. 3 s step (Work 4-7 s): no 3.
    const std::vector<TimedCue> expected = {
        {0s, {K::GetReady, 0}},   {1s, {K::StepStart, 0}}, {2s, {K::Halfway, 0}},    {2s, {K::Countdown1, 0}},
        {3s, {K::GetReady, 1}},   {4s, {K::StepStart, 1}}, {5s, {K::Countdown2, 1}}, {5500ms, {K::Halfway, 1}},
        {6s, {K::Countdown1, 1}}, {7s, {K::Finished, 1}},
    };
    EXPECT_EQ(got, expected);
}

class SessionEnginePause : public testing::TestWithParam<Millis>
{
};

TEST_P(SessionEnginePause, pauseOfAnyLength_shiftsNothing)
{
    const Millis p = GetParam();
    Engine engine(runnersRecovery(), 0ms);
    engine.advance(40s); // 30 s into step 0's Work
    engine.pause(40s);
    EXPECT_TRUE(engine.isPaused());
    EXPECT_TRUE(engine.advance(40s + p).empty());
    EXPECT_EQ(engine.remaining(40s + p), 60s);
    EXPECT_EQ(engine.workedSeconds(40s + p), 30);
    engine.resume(40s + p);
    EXPECT_FALSE(engine.isPaused());
    EXPECT_EQ(engine.remaining(40s + p), 60s);
    EXPECT_TRUE(engine.advance(40s + p + 15s - 1ms).empty());
    EXPECT_EQ(engine.advance(40s + p + 15s), (Cues{{K::Halfway, 0}}));
    EXPECT_EQ(engine.advance(100s + p - 1ms), (Cues{{K::Countdown3, 0}, {K::Countdown2, 0}, {K::Countdown1, 0}}));
    EXPECT_EQ(engine.advance(100s + p), (Cues{{K::SwitchSides, 1}}));
    EXPECT_EQ(engine.workedSeconds(100s + p), 90);
}

INSTANTIATE_TEST_SUITE_P(Lengths, SessionEnginePause, testing::Values(Millis{1s}, Millis{1h}));

TEST(SessionEngine, togglePause_pausesThenResumes_andIsIgnoredWhenFinished)
{
    Engine engine(custom(2, {4}), 0ms);
    engine.togglePause(1s);
    EXPECT_TRUE(engine.isPaused());
    engine.togglePause(11s);
    EXPECT_FALSE(engine.isPaused());
    EXPECT_EQ(engine.remaining(11s), 1s); // 1 s of the 2 s Prepare left
    engine.advance(16s);                  // Work 12-16 s
    EXPECT_EQ(engine.phase(), Engine::Phase::Finished);
    engine.pause(17s);
    EXPECT_FALSE(engine.isPaused());
}

TEST(SessionEngine, lateTick_landsAtTheExactRemainingTime)
{
    Engine engine(runnersRecovery(), 0ms);
    engine.advance(0ms);
    engine.advance(20s);
    EXPECT_EQ(engine.remaining(20s), 80s);
    EXPECT_TRUE(engine.advance(25s).empty()); // 5 s late
    EXPECT_EQ(engine.remaining(25s), 75s);
    EXPECT_EQ(engine.advance(57300ms), (Cues{{K::Halfway, 0}}));
    EXPECT_EQ(engine.remaining(57300ms), 42700ms);
    // Late over the end of the Work: the next Prepare began at 100 s, not at the tick.
    EXPECT_EQ(engine.advance(105s),
              (Cues{{K::Countdown3, 0}, {K::Countdown2, 0}, {K::Countdown1, 0}, {K::SwitchSides, 1}}));
    EXPECT_EQ(engine.remaining(105s), 5s);
    EXPECT_EQ(engine.advance(110s), (Cues{{K::StepStart, 1}}));
    EXPECT_EQ(engine.remaining(110s), 90s);
}

TEST(SessionEngine, tickOf300s_crossesSeveralPhases_withEveryCueInOrder)
{
    Engine engine(runnersRecovery(), 0ms);
    EXPECT_EQ(engine.advance(0ms), (Cues{{K::GetReady, 0}}));
    const Cues expected = {
        {K::StepStart, 0},   {K::Halfway, 0},    {K::Countdown3, 0},  {K::Countdown2, 0}, {K::Countdown1, 0},
        {K::SwitchSides, 1}, {K::StepStart, 1},  {K::Halfway, 1},     {K::Countdown3, 1}, {K::Countdown2, 1},
        {K::Countdown1, 1},  {K::GetReady, 2},   {K::StepStart, 2},   {K::Halfway, 2},    {K::Countdown3, 2},
        {K::Countdown2, 2},  {K::Countdown1, 2}, {K::SwitchSides, 3},
    };
    EXPECT_EQ(engine.advance(300s), expected);
    EXPECT_EQ(engine.phase(), Engine::Phase::Prepare);
    EXPECT_EQ(engine.stepIndex(), 3);
    EXPECT_EQ(engine.remaining(300s), 10s);
    EXPECT_EQ(engine.workedSeconds(300s), 270);
}

TEST(SessionEngine, progress_ofThePhaseAndOfTheRoutine)
{
    Engine engine(runnersRecovery(), 0ms);
    engine.advance(5s);
    EXPECT_DOUBLE_EQ(engine.stepProgress(5s), 0.5);
    EXPECT_EQ(engine.phaseDuration(), 10s);
    EXPECT_DOUBLE_EQ(engine.routineProgress(5s), 0.0);
    engine.advance(155s); // step 0 done, 45 s of step 1
    EXPECT_EQ(engine.phaseDuration(), 90s);
    EXPECT_DOUBLE_EQ(engine.stepProgress(155s), 0.5);
    EXPECT_DOUBLE_EQ(engine.routineProgress(155s), 135.0 / 540.0);
    EXPECT_EQ(engine.currentStep().side, Side::Right);
    ASSERT_NE(engine.nextStep(), nullptr);
    EXPECT_EQ(engine.nextStep()->technique, u"calf-release"_s);
    engine.advance(555s);
    EXPECT_EQ(engine.nextStep(), nullptr); // last step
}

TEST(SessionEngine, skipAtFirstStep_goesToNextPrepare_andRecordsWorkSoFar)
{
    Engine engine(runnersRecovery(), 0ms);
    engine.advance(0ms);
    engine.advance(30s); // 20 s into step 0's Work
    engine.skip(30s);
    EXPECT_EQ(engine.advance(30s), (Cues{{K::SwitchSides, 1}}));
    EXPECT_EQ(engine.stepIndex(), 1);
    EXPECT_EQ(engine.phase(), Engine::Phase::Prepare);
    EXPECT_EQ(engine.remaining(30s), 10s);
    EXPECT_EQ(engine.results(30s)[0].workedSeconds, 20);
    EXPECT_EQ(engine.advance(40s), (Cues{{K::StepStart, 1}}));
}

TEST(SessionEngine, skipInPrepare_countsNothing_andMakesTheSessionIncomplete)
{
    Engine engine(runnersRecovery(), 0ms);
    engine.skip(5s);
    EXPECT_EQ(engine.advance(5s), (Cues{{K::GetReady, 0}, {K::SwitchSides, 1}}));
    engine.advance(1000s);
    EXPECT_EQ(engine.phase(), Engine::Phase::Finished);
    EXPECT_EQ(engine.workedSeconds(1000s), 450);
    EXPECT_FALSE(engine.completed());
}

TEST(SessionEngine, skipAtLastStep_afterHalf_finishesCompleted)
{
    Engine engine(runnersRecovery(), 0ms);
    engine.advance(560s); // 50 s into step 5's Work (started at 510 s)
    engine.skip(560s);
    EXPECT_EQ(engine.phase(), Engine::Phase::Finished);
    EXPECT_EQ(engine.advance(560s), (Cues{{K::Finished, 5}}));
    EXPECT_TRUE(engine.completed());
    EXPECT_EQ(engine.workedSeconds(560s), 500);
    EXPECT_TRUE(engine.advance(10000s).empty());
}

TEST(SessionEngine, stepSkippedBeforeHalf_makesCompletedFalse)
{
    Engine engine(runnersRecovery(), 0ms);
    engine.advance(354s); // 44 s into step 3 (Work from 310 s)
    engine.skip(354s);
    EXPECT_EQ(engine.advance(1000s).back(), (Cue{K::Finished, 5}));
    EXPECT_FALSE(engine.completed());
    EXPECT_EQ(engine.workedSeconds(1000s), 270 + 44 + 180);
    EXPECT_FALSE(engine.toSession(QDateTime(QDate(2026, 11, 20), QTime(7, 0), Qt::OffsetFromUTC, 0), 1000s).completed);
}

TEST(SessionEngine, stepSkippedAtExactlyHalf_stillCompletes)
{
    Engine engine(runnersRecovery(), 0ms);
    engine.advance(355s); // 45 of 90 s
    engine.skip(355s);
    engine.advance(1000s);
    EXPECT_EQ(engine.phase(), Engine::Phase::Finished);
    EXPECT_TRUE(engine.completed());
}

TEST(SessionEngine, backAtFirstStep_restartsItsPrepare)
{
    Engine engine(runnersRecovery(), 0ms);
    engine.advance(5s);
    engine.back(5s);
    EXPECT_EQ(engine.advance(5s), (Cues{{K::GetReady, 0}}));
    EXPECT_EQ(engine.stepIndex(), 0);
    EXPECT_EQ(engine.remaining(5s), 10s);
    EXPECT_EQ(engine.advance(15s), (Cues{{K::StepStart, 0}}));
    engine.back(17s); // 2 s into Work: "previous" of step 0 is step 0
    EXPECT_EQ(engine.advance(17s), (Cues{{K::GetReady, 0}}));
    EXPECT_EQ(engine.phase(), Engine::Phase::Prepare);
    EXPECT_EQ(engine.workedSeconds(17s), 2);
}

TEST(SessionEngine, backWithin3s_goesToPreviousStep)
{
    Engine engine(runnersRecovery(), 0ms);
    engine.advance(213s); // exactly 3 s into step 2 (Work from 210 s): not more than 3 s
    engine.back(213s);
    EXPECT_EQ(engine.advance(213s), (Cues{{K::SwitchSides, 1}}));
    EXPECT_EQ(engine.stepIndex(), 1);
    EXPECT_EQ(engine.remaining(213s), 10s);
}

TEST(SessionEngine, backAfter3s_restartsThisStep_andCapsItsWorkedTime)
{
    Engine engine(runnersRecovery(), 0ms);
    engine.advance(214s); // 4 s into step 2
    engine.back(214s);
    EXPECT_EQ(engine.advance(214s), (Cues{{K::GetReady, 2}}));
    EXPECT_EQ(engine.stepIndex(), 2);
    EXPECT_EQ(engine.results(214s)[2].workedSeconds, 4);
    // Prepare 214-224 s, Work 224-314 s: 4 + 90 s worked, recorded as the planned 90.
    EXPECT_EQ(engine.advance(314s).back(), (Cue{K::SwitchSides, 3}));
    EXPECT_EQ(engine.results(314s)[2].workedSeconds, 90);
    EXPECT_EQ(engine.workedSeconds(314s), 270);
}

TEST(SessionEngine, backAtLastStep_goesToThePreviousStep)
{
    Engine engine(runnersRecovery(), 0ms);
    engine.advance(512s); // 2 s into step 5
    engine.back(512s);
    EXPECT_EQ(engine.advance(512s), (Cues{{K::GetReady, 4}}));
    EXPECT_EQ(engine.stepIndex(), 4);
}

TEST(SessionEngine, hold_countsDownInsideTheStep)
{
    Engine engine(custom(5, {60}), 0ms); // Work 5-65 s
    engine.advance(15s);
    EXPECT_TRUE(engine.startHold(15s));
    EXPECT_TRUE(engine.isHolding(15s));
    EXPECT_EQ(engine.holdRemaining(15s), 45s);
    EXPECT_EQ(engine.advance(15s), (Cues{{K::HoldStart, 0}}));
    EXPECT_EQ(engine.holdRemaining(35s), 25s);
    EXPECT_EQ(engine.remaining(35s), 30s); // the step's own end is untouched
    EXPECT_EQ(engine.advance(35s), (Cues{{K::Halfway, 0}}));
    EXPECT_TRUE(engine.advance(60s - 1ms).empty());
    EXPECT_EQ(engine.advance(60s), (Cues{{K::HoldEnd, 0}}));
    EXPECT_FALSE(engine.isHolding(60s));
    EXPECT_EQ(engine.holdRemaining(60s), 0ms);
    EXPECT_EQ(engine.advance(65s),
              (Cues{{K::Countdown3, 0}, {K::Countdown2, 0}, {K::Countdown1, 0}, {K::Finished, 0}}));
    const StepResult result = engine.results(65s)[0];
    EXPECT_EQ(result.workedSeconds, 60);
    EXPECT_EQ(result.holds, 1);
    EXPECT_EQ(result.holdSeconds, 45);
}

TEST(SessionEngine, hold_isClippedAtTheStepEnd_andDoesNotLengthenIt)
{
    Engine engine(custom(5, {60}), 0ms);
    engine.advance(35s); // 30 s into Work: 30 s left, less than the 45 s hold
    ASSERT_TRUE(engine.startHold(35s));
    EXPECT_EQ(engine.holdRemaining(35s), 30s);
    EXPECT_EQ(engine.advance(65s - 1ms),
              (Cues{{K::HoldStart, 0}, {K::Countdown3, 0}, {K::Countdown2, 0}, {K::Countdown1, 0}}));
    EXPECT_EQ(engine.advance(65s), (Cues{{K::HoldEnd, 0}, {K::Finished, 0}}));
    EXPECT_EQ(engine.results(65s)[0].holdSeconds, 30);
}

TEST(SessionEngine, hold_refusedOutsideWork_whilePaused_andWhileOneRuns)
{
    Engine engine(custom(5, {60}, 10), 0ms);
    EXPECT_FALSE(engine.startHold(1s)); // Prepare
    engine.pause(10s);
    EXPECT_FALSE(engine.startHold(10s)); // paused (the Prepare ran out at 5 s, so this is Work)
    engine.resume(10s);
    EXPECT_TRUE(engine.startHold(10s));
    EXPECT_FALSE(engine.startHold(12s)); // one at a time
    EXPECT_TRUE(engine.startHold(21s));  // the first one ended at 20 s
    engine.advance(65s);
    EXPECT_FALSE(engine.startHold(65s)); // Finished
    const StepResult result = engine.results(65s)[0];
    EXPECT_EQ(result.holds, 2);
    EXPECT_EQ(result.holdSeconds, 20);
}

TEST(SessionEngine, hold_pausesWithTheSession)
{
    Engine engine(custom(5, {60}), 0ms);
    engine.advance(15s);
    ASSERT_TRUE(engine.startHold(15s));
    engine.pause(25s);
    EXPECT_EQ(engine.holdRemaining(25s + 1h), 35s);
    engine.resume(25s + 1h);
    EXPECT_EQ(engine.holdRemaining(25s + 1h), 35s);
    EXPECT_EQ(engine.advance(60s + 1h - 1ms), (Cues{{K::HoldStart, 0}, {K::Halfway, 0}}));
    EXPECT_EQ(engine.advance(60s + 1h), (Cues{{K::HoldEnd, 0}}));
}

TEST(SessionEngine, hold_cutBySkip_endsAndCountsTheSecondsHeld)
{
    Engine engine(runnersRecovery(), 0ms);
    engine.advance(20s);
    ASSERT_TRUE(engine.startHold(20s));
    EXPECT_EQ(engine.advance(20s), (Cues{{K::HoldStart, 0}}));
    engine.skip(30s);
    EXPECT_EQ(engine.advance(30s), (Cues{{K::HoldEnd, 0}, {K::SwitchSides, 1}}));
    EXPECT_FALSE(engine.isHolding(30s));
    const StepResult result = engine.results(30s)[0];
    EXPECT_EQ(result.workedSeconds, 20);
    EXPECT_EQ(result.holds, 1);
    EXPECT_EQ(result.holdSeconds, 10);
}

TEST(SessionEngine, stop_keepsWorkedTime_neverFinishes)
{
    Engine engine(runnersRecovery(), 0ms);
    engine.advance(140s); // 30 s into step 1
    engine.stop(140s);
    EXPECT_EQ(engine.phase(), Engine::Phase::Stopped);
    EXPECT_EQ(engine.workedSeconds(140s), 120);
    EXPECT_TRUE(engine.advance(10000s).empty());
    EXPECT_EQ(engine.workedSeconds(10000s), 120);
    EXPECT_FALSE(engine.completed());
    engine.skip(10001s);
    engine.back(10002s);
    EXPECT_EQ(engine.phase(), Engine::Phase::Stopped);
    EXPECT_TRUE(engine.advance(10003s).empty());
    const Session session =
        engine.toSession(QDateTime(QDate(2026, 11, 20), QTime(7, 0), Qt::OffsetFromUTC, 3600), 10003s);
    EXPECT_EQ(session.workedSeconds, 120);
    EXPECT_EQ(session.plannedSeconds, 540);
    EXPECT_FALSE(session.completed);
}

TEST(SessionEngine, finished_firesExactlyOnce_whateverIsCalledAfter)
{
    Engine engine(runnersRecovery(), 0ms);
    Cues all = engine.advance(600s);
    for (int i = 1; i <= 1000; ++i) {
        const Millis now = 600s + 1s * i;
        engine.skip(now);
        engine.back(now);
        engine.pause(now);
        engine.resume(now);
        EXPECT_FALSE(engine.startHold(now));
        engine.stop(now);
        const Cues more = engine.advance(now);
        all.insert(all.end(), more.begin(), more.end());
    }
    EXPECT_EQ(std::count(all.begin(), all.end(), Cue{K::Finished, 5}), 1);
    EXPECT_EQ(all.back(), (Cue{K::Finished, 5}));
    EXPECT_EQ(engine.phase(), Engine::Phase::Finished);
    EXPECT_TRUE(engine.completed());
}

TEST(SessionEngine, emptyRoutine_finishesAtOnce)
{
    Engine engine(custom(10, {}), 0ms);
    EXPECT_EQ(engine.phase(), Engine::Phase::Finished);
    EXPECT_EQ(engine.advance(0ms), (Cues{{K::Finished, 0}}));
    EXPECT_EQ(engine.workedSeconds(0ms), 0);
    EXPECT_TRUE(engine.results(0ms).empty());
}

TEST(SessionEngine, clockGoingBackwards_isTreatedAsNoTimePassed)
{
    Engine engine(runnersRecovery(), 0ms);
    engine.advance(50s); // 40 s into step 0
    EXPECT_TRUE(engine.advance(40s).empty());
    EXPECT_EQ(engine.remaining(40s), 50s);
    EXPECT_EQ(engine.workedSeconds(40s), 40);
    EXPECT_EQ(engine.advance(51s), Cues{});
    EXPECT_EQ(engine.remaining(51s), 49s);
    EXPECT_TRUE(engine.advance(55s - 1ms).empty());
    EXPECT_EQ(engine.advance(55s), (Cues{{K::Halfway, 0}}));
    engine.pause(30s); // pauses at 55 s, the latest time seen
    engine.resume(56s);
    EXPECT_EQ(engine.remaining(56s), 45s);
}

TEST(SessionEngine, toSession_recordsResults_wholeSeconds_andTheLocalDate)
{
    Engine engine(runnersRecovery(), 0ms);
    engine.advance(600s);
    // 00:30 at +01:00 is still the 19th in UTC: the session counts for the local date, the 20th.
    const QDateTime startedAt(QDate(2026, 11, 20), QTime(0, 30, 15, 750), Qt::OffsetFromUTC, 3600);
    const Session session = engine.toSession(startedAt, 600s);
    EXPECT_EQ(session.localDate, QDate(2026, 11, 20));
    EXPECT_EQ(session.startedAt.timeSpec(), Qt::OffsetFromUTC);
    EXPECT_EQ(session.startedAt.offsetFromUtc(), 3600);
    EXPECT_EQ(session.startedAt.time(), QTime(0, 30, 15));
    EXPECT_EQ(session.startedAt.date(), QDate(2026, 11, 20));
    EXPECT_EQ(session.routine, u"runners-recovery"_s);
    EXPECT_EQ(session.plannedSeconds, 540);
    EXPECT_EQ(session.workedSeconds, 540);
    EXPECT_TRUE(session.completed);
    ASSERT_EQ(session.steps.size(), 6u);
    EXPECT_EQ(session.steps[3], (StepResult{u"calf-release"_s, Side::Right, 90, 90, 0, 0}));
    EXPECT_EQ(session.id, 0);
}

} // namespace
} // namespace rc::core
