// SPDX-License-Identifier: GPL-3.0-or-later
#include "cueplayer.h"

namespace rc::ui {

using namespace Qt::StringLiterals;
using Kind = core::SessionEngine::CueKind;

namespace {

QString positionSentence(const core::RoutineStep& step, const core::Catalog& catalog)
{
    const core::Technique* technique = catalog.technique(step.technique);
    const QString name = technique ? technique->name : step.technique;
    switch (step.side) {
    case core::Side::Left:
        return QObject::tr("Get into position: %1, left side").arg(name);
    case core::Side::Right:
        return QObject::tr("Get into position: %1, right side").arg(name);
    case core::Side::Both:
        break;
    }
    return QObject::tr("Get into position: %1").arg(name);
}

} // namespace

CueEvent latestCueEvent(const std::vector<core::SessionEngine::Cue>& cues, const core::Routine& routine,
                        const core::Catalog& catalog)
{
    if (cues.empty()) {
        return {};
    }
    const core::SessionEngine::Cue cue = cues.back();
    switch (cue.kind) {
    case Kind::GetReady:
        if (cue.stepIndex >= 0 && cue.stepIndex < static_cast<int>(routine.steps.size())) {
            return {u"switch"_s, positionSentence(routine.steps[static_cast<size_t>(cue.stepIndex)], catalog)};
        }
        return {u"switch"_s, QObject::tr("Get into position")};
    case Kind::SwitchSides:
        return {u"switch"_s, QObject::tr("Switch sides")};
    case Kind::StepStart:
        return {u"start"_s, QObject::tr("Start rolling")};
    case Kind::Halfway:
        return {u"halfway"_s, QObject::tr("Halfway")};
    case Kind::Countdown3:
        return {u"tick"_s, QObject::tr("Three")};
    case Kind::Countdown2:
        return {u"tick"_s, QObject::tr("Two")};
    case Kind::Countdown1:
        return {u"tick"_s, QObject::tr("One")};
    case Kind::HoldStart:
        return {u"hold"_s, QObject::tr("Hold")};
    case Kind::HoldEnd:
        return {u"release"_s, QObject::tr("Release")};
    case Kind::Finished:
        return {u"finished"_s, QObject::tr("Routine finished. Well done.")};
    }
    return {};
}

} // namespace rc::ui
