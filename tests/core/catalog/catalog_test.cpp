// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "catalogformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace rc::core;

namespace {

QJsonObject technique(const QString& id, const QString& name)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"targetArea"_s, u"Back of the lower leg"_s},
        {u"muscles"_s, QJsonArray{u"Gastrocnemius"_s, u"Soleus"_s}},
        {u"equipment"_s, QJsonArray{u"Lacrosse ball"_s}},
        {u"dose"_s, u"1 to 2 minutes per leg."_s},
        {u"minSecondsPerSide"_s, 60},
        {u"maxSecondsPerSide"_s, 120},
        {u"sided"_s, true},
        {u"steps"_s, QJsonArray{u"Sit down."_s, u"Roll."_s, u"Hold."_s, u"Breathe."_s}},
        {u"holdCue"_s, u"Stay on it."_s},
        {u"why"_s, u"Because."_s},
        {u"safety"_s, u"Not on the bone."_s},
        {u"illustration"_s, u":/illustrations/%1.svg"_s.arg(id)},
    };
}

QJsonObject step(const QString& techniqueId, const QString& side, int seconds)
{
    return QJsonObject{{u"technique"_s, techniqueId}, {u"side"_s, side}, {u"seconds"_s, seconds}};
}

// A small valid catalog that each error test breaks in exactly one place.
QJsonObject validCatalog()
{
    QJsonObject breathing = technique(u"breathing"_s, u"Breathing"_s);
    breathing[u"sided"_s] = false;
    const QJsonObject routine{
        {u"id"_s, u"runners-recovery"_s},
        {u"name"_s, u"Runner's recovery"_s},
        {u"prepareSeconds"_s, 5},
        {u"holdSeconds"_s, 30},
        {u"steps"_s, QJsonArray{step(u"it-band-roll"_s, u"left"_s, 60), step(u"it-band-roll"_s, u"right"_s, 60),
                                step(u"calf-release"_s, u"left"_s, 70), step(u"breathing"_s, u"both"_s, 80)}},
    };
    return QJsonObject{
        {u"formatVersion"_s, 1},
        {u"about"_s, u"About."_s},
        {u"disclaimer"_s, u"Not medical advice."_s},
        {u"techniques"_s, QJsonArray{technique(u"it-band-roll"_s, u"IT band release"_s),
                                     technique(u"calf-release"_s, u"Calf release"_s), breathing}},
        {u"routines"_s, QJsonArray{routine}},
    };
}

QByteArray toBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson();
}

// Applies `change` to the technique at `index` of a valid catalog.
template <typename Change> QByteArray withTechnique(int index, Change change)
{
    QJsonObject root = validCatalog();
    QJsonArray techniques = root[u"techniques"_s].toArray();
    QJsonObject t = techniques[index].toObject();
    change(t);
    techniques[index] = t;
    root[u"techniques"_s] = techniques;
    return toBytes(root);
}

template <typename Change> QByteArray withRoutine(Change change)
{
    QJsonObject root = validCatalog();
    QJsonArray routines = root[u"routines"_s].toArray();
    QJsonObject r = routines[0].toObject();
    change(r);
    routines[0] = r;
    root[u"routines"_s] = routines;
    return toBytes(root);
}

QString errorOf(const QByteArray& json)
{
    const Result<Catalog> result = Catalog::fromJson(json);
    if (result.ok()) {
        return u"<no error>"_s;
    }
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    return result.error().message;
}

Catalog builtIn()
{
    Result<Catalog> result = Catalog::builtIn();
    EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
    return result.ok() ? std::move(result).value() : Catalog();
}

} // namespace

// QString prints as bytes in gtest failure messages.
void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

TEST(Catalog, builtIn_loadsTheThreeTechniquesInCardOrder)
{
    const Catalog catalog = builtIn();
    ASSERT_EQ(catalog.techniques().size(), 3u);
    EXPECT_EQ(catalog.techniques()[0].id, u"it-band-roll"_s);
    EXPECT_EQ(catalog.techniques()[1].id, u"calf-release"_s);
    EXPECT_EQ(catalog.techniques()[2].id, u"hip-release"_s);
    EXPECT_EQ(catalog.technique(u"calf-release"_s), &catalog.techniques()[1]);
    EXPECT_EQ(catalog.technique(u"quads"_s), nullptr);
}

TEST(Catalog, builtIn_runnersRecoveryIsItBandCalfHipLeftThenRight_90sEach)
{
    const Catalog catalog = builtIn();
    const Routine* routine = catalog.routine(u"runners-recovery"_s);
    ASSERT_NE(routine, nullptr);
    EXPECT_EQ(routine->name, u"Runner's recovery"_s);
    EXPECT_EQ(routine->prepareSeconds, 10);
    EXPECT_EQ(routine->holdSeconds, 45);
    const std::vector<std::pair<QString, Side>> expected{
        {u"it-band-roll"_s, Side::Left},  {u"it-band-roll"_s, Side::Right}, {u"calf-release"_s, Side::Left},
        {u"calf-release"_s, Side::Right}, {u"hip-release"_s, Side::Left},   {u"hip-release"_s, Side::Right},
    };
    ASSERT_EQ(routine->steps.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(routine->steps[i].technique, expected[i].first) << "step " << i + 1;
        EXPECT_EQ(routine->steps[i].side, expected[i].second) << "step " << i + 1;
        EXPECT_EQ(routine->steps[i].seconds, 90) << "step " << i + 1;
    }
    EXPECT_EQ(routine->plannedSeconds(), 6 * 90);
}

TEST(Catalog, builtIn_everyCardHasStepsIllustrationAndTheSeedDose)
{
    const Catalog catalog = builtIn();
    for (const Technique& t : catalog.techniques()) {
        SCOPED_TRACE(t.id.toStdString());
        EXPECT_GE(t.steps.size(), 4);
        EXPECT_LE(t.steps.size(), 6);
        EXPECT_EQ(t.illustration, u":/illustrations/%1.svg"_s.arg(t.id));
        EXPECT_EQ(t.minSecondsPerSide, 60);
        EXPECT_EQ(t.maxSecondsPerSide, 120);
        EXPECT_TRUE(t.sided);
        EXPECT_FALSE(t.muscles.isEmpty());
        EXPECT_FALSE(t.equipment.isEmpty());
    }
    EXPECT_TRUE(catalog.technique(u"calf-release"_s)->muscles.join(u' ').contains(u"Achilles"_s));
    EXPECT_TRUE(catalog.technique(u"hip-release"_s)->muscles.join(u' ').contains(u"Piriformis"_s));
    EXPECT_TRUE(catalog.disclaimer().contains(u"not medical advice"_s));
    EXPECT_TRUE(catalog.about().contains(u"three days a week"_s));
}

TEST(Catalog, fromJson_validCatalog_keepsEveryField)
{
    const Result<Catalog> result = Catalog::fromJson(toBytes(validCatalog()));
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    const Technique* calf = result->technique(u"calf-release"_s);
    ASSERT_NE(calf, nullptr);
    EXPECT_EQ(calf->name, u"Calf release"_s);
    EXPECT_EQ(calf->targetArea, u"Back of the lower leg"_s);
    EXPECT_EQ(calf->muscles, (QStringList{u"Gastrocnemius"_s, u"Soleus"_s}));
    EXPECT_EQ(calf->equipment, QStringList{u"Lacrosse ball"_s});
    EXPECT_EQ(calf->steps.size(), 4);
    EXPECT_EQ(calf->holdCue, u"Stay on it."_s);
    EXPECT_EQ(calf->safety, u"Not on the bone."_s);
    EXPECT_FALSE(result->technique(u"breathing"_s)->sided);
    EXPECT_EQ(result->about(), u"About."_s);
    EXPECT_EQ(result->disclaimer(), u"Not medical advice."_s);
    EXPECT_EQ(result->routines().at(0).plannedSeconds(), 60 + 60 + 70 + 80);
}

TEST(Catalog, fromJson_missingField_namesTechniqueAndField)
{
    EXPECT_EQ(errorOf(withTechnique(1, [](QJsonObject& t) { t.remove(u"steps"_s); })),
              u"catalog: technique 'calf-release': field 'steps' is missing"_s);
    EXPECT_EQ(errorOf(withTechnique(0, [](QJsonObject& t) { t.remove(u"holdCue"_s); })),
              u"catalog: technique 'it-band-roll': field 'holdCue' is missing"_s);
}

TEST(Catalog, fromJson_missingId_namesTechniqueByPosition)
{
    EXPECT_EQ(errorOf(withTechnique(1, [](QJsonObject& t) { t.remove(u"id"_s); })),
              u"catalog: technique 2: field 'id' is missing"_s);
}

TEST(Catalog, fromJson_wrongType_namesTechniqueAndField)
{
    EXPECT_EQ(errorOf(withTechnique(1, [](QJsonObject& t) { t[u"steps"_s] = u"Roll it."_s; })),
              u"catalog: technique 'calf-release': field 'steps' must be a non-empty list of text"_s);
    EXPECT_TRUE(errorOf(withTechnique(0, [](QJsonObject& t) {
                    t[u"minSecondsPerSide"_s] = u"60"_s;
                })).startsWith(u"catalog: technique 'it-band-roll': field 'minSecondsPerSide' must be"_s));
    EXPECT_TRUE(errorOf(withTechnique(0, [](QJsonObject& t) {
                    t[u"sided"_s] = 1;
                })).startsWith(u"catalog: technique 'it-band-roll': field 'sided' must be"_s));
    EXPECT_TRUE(errorOf(withTechnique(0, [](QJsonObject& t) {
                    t[u"muscles"_s] = QJsonArray{u"IT band"_s, 3};
                })).startsWith(u"catalog: technique 'it-band-roll': field 'muscles' must be"_s));
}

TEST(Catalog, fromJson_emptyListOrText_namesTechniqueAndField)
{
    EXPECT_EQ(errorOf(withTechnique(1, [](QJsonObject& t) { t[u"muscles"_s] = QJsonArray{}; })),
              u"catalog: technique 'calf-release': field 'muscles' must be a non-empty list of text"_s);
    EXPECT_EQ(errorOf(withTechnique(1, [](QJsonObject& t) { t[u"name"_s] = u"  "_s; })),
              u"catalog: technique 'calf-release': field 'name' must be non-empty text"_s);
}

TEST(Catalog, fromJson_duplicateOrMalformedId_isRejected)
{
    EXPECT_EQ(errorOf(withTechnique(1, [](QJsonObject& t) { t[u"id"_s] = u"it-band-roll"_s; })),
              u"catalog: technique 'it-band-roll': field 'id' is used by another technique"_s);
    EXPECT_TRUE(errorOf(withTechnique(1, [](QJsonObject& t) {
                    t[u"id"_s] = u"Calf_Release"_s;
                })).startsWith(u"catalog: technique 2: field 'id' must use only"_s));
}

TEST(Catalog, fromJson_secondsOutOfRangeOrMinAboveMax_isRejected)
{
    EXPECT_EQ(errorOf(withTechnique(1, [](QJsonObject& t) { t[u"minSecondsPerSide"_s] = 150; })),
              u"catalog: technique 'calf-release': field 'minSecondsPerSide' (150) must not be more than "
              u"'maxSecondsPerSide' (120)"_s);
    EXPECT_EQ(errorOf(withTechnique(1, [](QJsonObject& t) { t[u"maxSecondsPerSide"_s] = 3601; })),
              u"catalog: technique 'calf-release': field 'maxSecondsPerSide' must be a whole number from 1 to 3600"_s);
    EXPECT_EQ(errorOf(withTechnique(1, [](QJsonObject& t) { t[u"minSecondsPerSide"_s] = 0; })),
              u"catalog: technique 'calf-release': field 'minSecondsPerSide' must be a whole number from 1 to 3600"_s);
    EXPECT_TRUE(errorOf(withTechnique(1, [](QJsonObject& t) {
                    t[u"minSecondsPerSide"_s] = 60.5;
                })).startsWith(u"catalog: technique 'calf-release': field 'minSecondsPerSide' must be"_s));
}

TEST(Catalog, fromJson_unknownTechniqueInRoutine_namesRoutineAndStep)
{
    const QByteArray json = withRoutine([](QJsonObject& r) {
        QJsonArray steps = r[u"steps"_s].toArray();
        steps[2] = step(u"calf-rolease"_s, u"left"_s, 90);
        r[u"steps"_s] = steps;
    });
    EXPECT_EQ(errorOf(json), u"catalog: routine 'runners-recovery' step 3: unknown technique 'calf-rolease'"_s);
}

TEST(Catalog, fromJson_badRoutineFields_nameRoutineAndField)
{
    EXPECT_EQ(errorOf(withRoutine([](QJsonObject& r) { r[u"prepareSeconds"_s] = 121; })),
              u"catalog: routine 'runners-recovery': field 'prepareSeconds' must be a whole number from 0 to 120"_s);
    EXPECT_EQ(errorOf(withRoutine([](QJsonObject& r) { r[u"holdSeconds"_s] = 0; })),
              u"catalog: routine 'runners-recovery': field 'holdSeconds' must be a whole number from 1 to 600"_s);
    EXPECT_EQ(errorOf(withRoutine([](QJsonObject& r) { r[u"steps"_s] = QJsonArray{}; })),
              u"catalog: routine 'runners-recovery': field 'steps' must not be empty"_s);
    EXPECT_EQ(errorOf(withRoutine([](QJsonObject& r) { r.remove(u"name"_s); })),
              u"catalog: routine 'runners-recovery': field 'name' is missing"_s);
}

TEST(Catalog, fromJson_badRoutineStep_namesStepAndField)
{
    auto withStep = [](const QJsonObject& replacement) {
        return withRoutine([&](QJsonObject& r) {
            QJsonArray steps = r[u"steps"_s].toArray();
            steps[1] = replacement;
            r[u"steps"_s] = steps;
        });
    };
    EXPECT_EQ(errorOf(withStep(step(u"it-band-roll"_s, u"up"_s, 60))),
              u"catalog: routine 'runners-recovery' step 2: field 'side' must be left, right or both, not 'up'"_s);
    EXPECT_EQ(errorOf(withStep(step(u"it-band-roll"_s, u"right"_s, 0))),
              u"catalog: routine 'runners-recovery' step 2: field 'seconds' must be a whole number from 1 to 3600"_s);
    EXPECT_TRUE(errorOf(withStep(step(u"breathing"_s, u"left"_s, 60)))
                    .startsWith(u"catalog: routine 'runners-recovery' step 2: field 'side' must be both"_s));
}

TEST(Catalog, fromJson_missingTopLevelFieldOrOtherVersion_isRejected)
{
    QJsonObject root = validCatalog();
    root.remove(u"disclaimer"_s);
    EXPECT_EQ(errorOf(toBytes(root)), u"catalog: field 'disclaimer' is missing"_s);
    root = validCatalog();
    root[u"formatVersion"_s] = 2;
    EXPECT_TRUE(errorOf(toBytes(root)).startsWith(u"catalog: field 'formatVersion' must be 1"_s));
    EXPECT_EQ(errorOf("[]"), u"catalog: the file must hold one JSON object"_s);
}

TEST(Catalog, fromJson_invalidJson_givesLineOfTheParseError)
{
    const Result<Catalog> result = Catalog::fromJson("{\n  \"about\": \"x\",\n  oops\n}\n");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(result.error().line, 3);
    EXPECT_TRUE(result.error().message.startsWith(u"catalog: invalid JSON at line 3"_s));
}

TEST(Catalog, singleTechniqueRoutine_isBothSidesWithTheDefaultRoutinesTimings)
{
    const Catalog catalog = builtIn();
    const Routine routine = catalog.singleTechniqueRoutine(u"calf-release"_s, 75);
    EXPECT_EQ(routine.id, u"calf-release"_s);
    EXPECT_EQ(routine.name, u"Calf release"_s);
    EXPECT_EQ(routine.prepareSeconds, 10);
    EXPECT_EQ(routine.holdSeconds, 45);
    ASSERT_EQ(routine.steps.size(), 2u);
    EXPECT_EQ(routine.steps[0].technique, u"calf-release"_s);
    EXPECT_EQ(routine.steps[0].side, Side::Left);
    EXPECT_EQ(routine.steps[1].side, Side::Right);
    EXPECT_EQ(routine.steps[0].seconds, 75);
    EXPECT_EQ(routine.steps[1].seconds, 75);
    EXPECT_EQ(routine.plannedSeconds(), 150);
    EXPECT_TRUE(catalog.singleTechniqueRoutine(u"quads"_s, 75).steps.empty());
}

TEST(Catalog, singleTechniqueRoutine_unsidedTechnique_isOneStepOnBoth)
{
    const Result<Catalog> catalog = Catalog::fromJson(toBytes(validCatalog()));
    ASSERT_TRUE(catalog.ok());
    const Routine routine = catalog->singleTechniqueRoutine(u"breathing"_s, 40);
    ASSERT_EQ(routine.steps.size(), 1u);
    EXPECT_EQ(routine.steps[0].side, Side::Both);
    EXPECT_EQ(routine.steps[0].seconds, 40);
    EXPECT_EQ(routine.prepareSeconds, 5);
    EXPECT_EQ(routine.holdSeconds, 30);
}

TEST(Catalog, withSecondsPerSide_setsEveryStepAndKeepsTheRest)
{
    const Catalog catalog = builtIn();
    const Routine* original = catalog.routine(u"runners-recovery"_s);
    ASSERT_NE(original, nullptr);
    const Routine changed = Catalog::withSecondsPerSide(*original, 120);
    ASSERT_EQ(changed.steps.size(), 6u);
    for (const RoutineStep& s : changed.steps) {
        EXPECT_EQ(s.seconds, 120);
    }
    EXPECT_EQ(changed.plannedSeconds(), 720);
    EXPECT_EQ(changed.id, u"runners-recovery"_s);
    EXPECT_EQ(changed.steps[4].technique, u"hip-release"_s);
    EXPECT_EQ(changed.steps[4].side, Side::Left);
    EXPECT_EQ(changed.prepareSeconds, 10);
    EXPECT_EQ(original->plannedSeconds(), 540);
}

TEST(CatalogFormat, catalogToJson_parsesBackWithEveryField)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(catalogToJson(builtIn()), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QJsonArray techniques = doc[u"techniques"_s].toArray();
    ASSERT_EQ(techniques.size(), 3);
    const QJsonObject calf = techniques[1].toObject();
    EXPECT_EQ(calf[u"id"_s].toString(), u"calf-release"_s);
    EXPECT_EQ(calf[u"name"_s].toString(), u"Calf release"_s);
    for (const QString& key : {u"target_area"_s, u"dose"_s, u"hold_cue"_s, u"why"_s, u"safety"_s}) {
        EXPECT_FALSE(calf[key].toString().isEmpty()) << key.toStdString();
    }
    for (const QString& key : {u"muscles"_s, u"equipment"_s, u"steps"_s}) {
        EXPECT_FALSE(calf[key].toArray().isEmpty()) << key.toStdString();
    }
    EXPECT_EQ(calf[u"min_seconds_per_side"_s].toInt(), 60);
    EXPECT_EQ(calf[u"max_seconds_per_side"_s].toInt(), 120);

    const QJsonObject routine = doc[u"routines"_s].toArray().at(0).toObject();
    EXPECT_EQ(routine[u"id"_s].toString(), u"runners-recovery"_s);
    EXPECT_EQ(routine[u"name"_s].toString(), u"Runner's recovery"_s);
    EXPECT_EQ(routine[u"prepare_seconds"_s].toInt(), 10);
    EXPECT_EQ(routine[u"hold_seconds"_s].toInt(), 45);
    EXPECT_EQ(routine[u"planned_seconds"_s].toInt(), 540);
    const QJsonArray steps = routine[u"steps"_s].toArray();
    ASSERT_EQ(steps.size(), 6);
    EXPECT_EQ(steps[3][u"technique"_s].toString(), u"calf-release"_s);
    EXPECT_EQ(steps[3][u"side"_s].toString(), u"right"_s);
    EXPECT_EQ(steps[3][u"seconds"_s].toInt(), 90);
}

TEST(CatalogFormat, catalogToText_listsCardsRoutinesAndTheDisclaimerOnce)
{
    const Catalog catalog = builtIn();
    const QString text = catalogToText(catalog);
    for (const Technique& t : catalog.techniques()) {
        EXPECT_TRUE(text.contains(t.name + u"  ["_s + t.id + u']')) << t.id.toStdString();
    }
    EXPECT_TRUE(text.contains(u"Lacrosse ball or foam roller"_s));
    EXPECT_TRUE(text.contains(u"    4. "_s));
    EXPECT_TRUE(text.contains(u"Runner's recovery  [runners-recovery]"_s));
    EXPECT_TRUE(text.contains(u"  6. Hip release, right"_s));
    EXPECT_TRUE(text.contains(u"Total: 9:00"_s));
    EXPECT_EQ(text.count(u"not medical advice"_s), 1);
    for (const QString& line : text.split(u'\n')) {
        EXPECT_LE(line.size(), 80) << line.toStdString();
    }
}

TEST(Catalog, routineName_namesRoutinesTechniquesAndUnknownIds)
{
    const Catalog catalog = builtIn();
    EXPECT_EQ(catalog.routineName(u"runners-recovery"_s), u"Runner's recovery"_s);
    EXPECT_EQ(catalog.routineName(u"hip-release"_s), u"Hip release"_s);
    EXPECT_EQ(catalog.routineName(u"evening-stretch"_s), u"evening-stretch"_s);
}
