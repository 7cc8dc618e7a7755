// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include "jsonfieldreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

constexpr int formatVersion = 1;

bool isValidId(const QString& id)
{
    static const QRegularExpression pattern(u"^[a-z0-9-]+$"_s);
    return pattern.match(id).hasMatch();
}

// The id names the item in every later message, so an item with a usable id is called by it and
// one without by its 1-based position.
QString ownerName(const QString& kind, const QJsonValue& item, qsizetype index)
{
    const QString id = item.toObject().value(u"id"_s).toString();
    return isValidId(id) ? u"%1 '%2'"_s.arg(kind, id) : u"%1 %2"_s.arg(kind).arg(index + 1);
}

// The "id" field of a technique or routine: required text of a-z, 0-9 and '-'.
QString readId(JsonFieldReader& read)
{
    const QString id = read.text(u"id"_s);
    if (!id.isEmpty() && !isValidId(id)) {
        read.fail(u"id"_s, u"must use only a-z, 0-9 and '-'"_s);
    }
    return id;
}

Result<Technique> parseTechnique(const QJsonValue& item, qsizetype index)
{
    JsonFieldReader read(item.toObject(), ownerName(u"technique"_s, item, index));
    if (!item.isObject()) {
        read.failWith(u"must be an object"_s);
        return read.error();
    }
    Technique t;
    t.id = readId(read);
    t.name = read.text(u"name"_s);
    t.targetArea = read.text(u"targetArea"_s);
    t.muscles = read.textList(u"muscles"_s);
    t.equipment = read.textList(u"equipment"_s);
    t.dose = read.text(u"dose"_s);
    t.minSecondsPerSide = read.integer(u"minSecondsPerSide"_s, 1, 3600);
    t.maxSecondsPerSide = read.integer(u"maxSecondsPerSide"_s, 1, 3600);
    t.sided = read.boolean(u"sided"_s);
    t.steps = read.textList(u"steps"_s);
    t.holdCue = read.text(u"holdCue"_s);
    t.why = read.text(u"why"_s);
    t.safety = read.text(u"safety"_s);
    t.illustration = read.text(u"illustration"_s);
    if (!read.failed() && t.minSecondsPerSide > t.maxSecondsPerSide) {
        read.fail(
            u"minSecondsPerSide"_s,
            u"(%1) must not be more than 'maxSecondsPerSide' (%2)"_s.arg(t.minSecondsPerSide).arg(t.maxSecondsPerSide));
    }
    if (read.failed()) {
        return read.error();
    }
    return t;
}

Result<RoutineStep> parseStep(const QJsonValue& item, const QString& owner, const std::vector<Technique>& techniques)
{
    JsonFieldReader read(item.toObject(), owner);
    if (!item.isObject()) {
        read.failWith(u"must be an object"_s);
        return read.error();
    }
    RoutineStep step;
    step.technique = read.text(u"technique"_s);
    const QString side = read.text(u"side"_s);
    step.seconds = read.integer(u"seconds"_s, 1, 3600);
    if (read.failed()) {
        return read.error();
    }
    const auto known =
        std::find_if(techniques.begin(), techniques.end(), [&](const Technique& t) { return t.id == step.technique; });
    const std::optional<Side> parsedSide = sideFromName(side);
    if (known == techniques.end()) {
        read.failWith(u"unknown technique '%1'"_s.arg(step.technique));
    } else if (!parsedSide) {
        read.fail(u"side"_s, u"must be left, right or both, not '%1'"_s.arg(side));
    } else if (!known->sided && *parsedSide != Side::Both) {
        read.fail(u"side"_s, u"must be both: technique '%1' is not done per side"_s.arg(step.technique));
    }
    if (read.failed()) {
        return read.error();
    }
    step.side = *parsedSide;
    return step;
}

Result<Routine> parseRoutine(const QJsonValue& item, qsizetype index, const std::vector<Technique>& techniques)
{
    const QString owner = ownerName(u"routine"_s, item, index);
    JsonFieldReader read(item.toObject(), owner);
    if (!item.isObject()) {
        read.failWith(u"must be an object"_s);
        return read.error();
    }
    Routine routine;
    routine.id = readId(read);
    routine.name = read.text(u"name"_s);
    routine.description = read.optionalText(u"description"_s);
    routine.prepareSeconds = read.integer(u"prepareSeconds"_s, 0, 120);
    routine.holdSeconds = read.integer(u"holdSeconds"_s, 1, 600);
    const QJsonArray steps = read.array(u"steps"_s);
    if (!read.failed() && steps.isEmpty()) {
        read.fail(u"steps"_s, u"must not be empty"_s);
    }
    if (read.failed()) {
        return read.error();
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        auto step = parseStep(steps.at(i), u"%1 step %2"_s.arg(owner).arg(i + 1), techniques);
        if (!step) {
            return step.error();
        }
        routine.steps.push_back(std::move(step).value());
    }
    return routine;
}

Error parseError(const QByteArray& json, const QJsonParseError& error)
{
    const QByteArray before = json.left(error.offset);
    const int line = static_cast<int>(before.count('\n')) + 1;
    const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
    return makeError(ErrorCode::InvalidInput,
                     u"catalog: invalid JSON at line %1, column %2 (offset %3): %4"_s.arg(line)
                         .arg(column)
                         .arg(error.offset)
                         .arg(error.errorString()),
                     line);
}

} // namespace

int Routine::plannedSeconds() const
{
    int total = 0;
    for (const RoutineStep& step : steps) {
        total += step.seconds;
    }
    return total;
}

Result<Catalog> Catalog::fromJson(const QByteArray& json)
{
    QJsonParseError parseStatus;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseStatus);
    if (parseStatus.error != QJsonParseError::NoError) {
        return parseError(json, parseStatus);
    }
    JsonFieldReader read(document.object(), QString());
    if (!document.isObject()) {
        read.failWith(u"the file must hold one JSON object"_s);
        return read.error();
    }
    const QJsonValue version = document.object().value(u"formatVersion"_s);
    if (!version.isUndefined() && version != QJsonValue(formatVersion)) {
        read.fail(u"formatVersion"_s,
                  u"must be %1: this catalog was written for another version of Recovery Coach"_s.arg(formatVersion));
    }
    read.integer(u"formatVersion"_s, formatVersion, formatVersion);
    Catalog catalog;
    catalog.m_about = read.text(u"about"_s);
    catalog.m_disclaimer = read.text(u"disclaimer"_s);
    const QJsonArray techniques = read.array(u"techniques"_s);
    const QJsonArray routines = read.array(u"routines"_s);
    if (!read.failed() && techniques.isEmpty()) {
        read.fail(u"techniques"_s, u"must not be empty"_s);
    }
    if (read.failed()) {
        return read.error();
    }

    for (qsizetype i = 0; i < techniques.size(); ++i) {
        auto technique = parseTechnique(techniques.at(i), i);
        if (!technique) {
            return technique.error();
        }
        if (catalog.technique(technique->id)) {
            return makeError(ErrorCode::InvalidInput,
                             u"catalog: technique '%1': field 'id' is used by another technique"_s.arg(technique->id));
        }
        catalog.m_techniques.push_back(std::move(technique).value());
    }
    for (qsizetype i = 0; i < routines.size(); ++i) {
        auto routine = parseRoutine(routines.at(i), i, catalog.m_techniques);
        if (!routine) {
            return routine.error();
        }
        if (catalog.routine(routine->id)) {
            return makeError(ErrorCode::InvalidInput,
                             u"catalog: routine '%1': field 'id' is used by another routine"_s.arg(routine->id));
        }
        catalog.m_routines.push_back(std::move(routine).value());
    }
    return catalog;
}

Result<Catalog> Catalog::builtIn()
{
    QFile file(u":/catalog.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::NotFound, u"catalog: the built-in catalog is missing from this build"_s);
    }
    return fromJson(file.readAll());
}

const Technique* Catalog::technique(const QString& id) const
{
    const auto it =
        std::find_if(m_techniques.begin(), m_techniques.end(), [&](const Technique& t) { return t.id == id; });
    return it == m_techniques.end() ? nullptr : &*it;
}

const Routine* Catalog::routine(const QString& id) const
{
    const auto it = std::find_if(m_routines.begin(), m_routines.end(), [&](const Routine& r) { return r.id == id; });
    return it == m_routines.end() ? nullptr : &*it;
}

QString Catalog::routineName(const QString& id) const
{
    if (const Routine* r = routine(id)) {
        return r->name;
    }
    if (const Technique* t = technique(id)) {
        return t->name;
    }
    return id;
}

Routine Catalog::singleTechniqueRoutine(const QString& techniqueId, int secondsPerSide) const
{
    Routine result;
    // The technique id doubles as the routine id: it stays a valid CSV routine id, so exports re-import.
    result.id = techniqueId;
    if (const Routine* defaults = routine(QLatin1String(defaultRoutineId))) {
        result.prepareSeconds = defaults->prepareSeconds;
        result.holdSeconds = defaults->holdSeconds;
    }
    const Technique* t = technique(techniqueId);
    if (!t) {
        return result;
    }
    result.name = t->name;
    if (t->sided) {
        result.steps.push_back({t->id, Side::Left, secondsPerSide});
        result.steps.push_back({t->id, Side::Right, secondsPerSide});
    } else {
        result.steps.push_back({t->id, Side::Both, secondsPerSide});
    }
    return result;
}

Routine Catalog::withSecondsPerSide(const Routine& routine, int secondsPerSide)
{
    Routine result = routine;
    for (RoutineStep& step : result.steps) {
        step.seconds = secondsPerSide;
    }
    return result;
}

} // namespace rc::core
