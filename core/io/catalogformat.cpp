// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

constexpr qsizetype lineWidth = 80;

// Word-wraps for an 80-column terminal; continuation lines hang under the first line's text.
QString wrapped(const QString& lead, const QString& text)
{
    const QString hanging(lead.size(), u' ');
    QString out = lead;
    qsizetype column = lead.size();
    bool lineHasWord = false;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (lineHasWord && column + 1 + word.size() > lineWidth) {
            out += u'\n' + hanging;
            column = hanging.size();
            lineHasWord = false;
        }
        if (lineHasWord) {
            out += u' ';
            ++column;
        }
        out += word;
        column += word.size();
        lineHasWord = true;
    }
    return out + u'\n';
}

QString clockText(int seconds)
{
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

// Equipment items are alternatives ("Lacrosse ball", "Foam roller"): read as "Lacrosse ball or foam roller",
// keeping capitals of abbreviations such as "IT".
QString alternatives(const QStringList& items)
{
    QString out;
    for (const QString& item : items) {
        if (out.isEmpty()) {
            out = item;
            continue;
        }
        const bool plainWord = item.size() > 1 && item.at(0).isUpper() && item.at(1).isLower();
        out += u" or "_s + (plainWord ? item.at(0).toLower() + item.mid(1) : item);
    }
    return out;
}

QString sideText(Side side)
{
    return side == Side::Both ? u"both sides"_s : sideName(side);
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject techniqueToJson(const Technique& t)
{
    return QJsonObject{
        {u"id"_s, t.id},
        {u"name"_s, t.name},
        {u"target_area"_s, t.targetArea},
        {u"muscles"_s, toArray(t.muscles)},
        {u"equipment"_s, toArray(t.equipment)},
        {u"dose"_s, t.dose},
        {u"min_seconds_per_side"_s, t.minSecondsPerSide},
        {u"max_seconds_per_side"_s, t.maxSecondsPerSide},
        {u"steps"_s, toArray(t.steps)},
        {u"hold_cue"_s, t.holdCue},
        {u"why"_s, t.why},
        {u"safety"_s, t.safety},
    };
}

QJsonObject routineToJson(const Routine& r)
{
    QJsonArray steps;
    for (const RoutineStep& step : r.steps) {
        steps.append(QJsonObject{
            {u"technique"_s, step.technique},
            {u"side"_s, sideName(step.side)},
            {u"seconds"_s, step.seconds},
        });
    }
    return QJsonObject{
        {u"id"_s, r.id},
        {u"name"_s, r.name},
        {u"prepare_seconds"_s, r.prepareSeconds},
        {u"hold_seconds"_s, r.holdSeconds},
        {u"planned_seconds"_s, r.plannedSeconds()},
        {u"steps"_s, steps},
    };
}

QString techniqueToText(const Technique& t)
{
    QString out = u"%1  [%2]\n"_s.arg(t.name, t.id);
    out += wrapped(u"  Target:     "_s, t.targetArea);
    out += wrapped(u"  Equipment:  "_s, alternatives(t.equipment));
    out += wrapped(u"  Dose:       "_s, t.dose);
    out += u"  Steps:\n"_s;
    for (qsizetype i = 0; i < t.steps.size(); ++i) {
        out += wrapped(u"    %1. "_s.arg(i + 1), t.steps.at(i));
    }
    out += wrapped(u"  Hold:       "_s, t.holdCue);
    return out;
}

QString routineToText(const Catalog& catalog, const Routine& r)
{
    QString out = u"%1  [%2]\n"_s.arg(r.name, r.id);
    if (!r.description.isEmpty()) {
        out += wrapped(u"  "_s, r.description);
    }
    for (std::size_t i = 0; i < r.steps.size(); ++i) {
        const RoutineStep& step = r.steps.at(i);
        const Technique* t = catalog.technique(step.technique);
        const QString name = t ? t->name : step.technique;
        out += u"  %1. %2, %3"_s.arg(i + 1).arg(name, sideText(step.side)).leftJustified(40) + clockText(step.seconds) +
               u'\n';
    }
    out += wrapped(u"  "_s, u"Total: %1 of rolling, with %2 s to get into position before each step."_s
                                .arg(clockText(r.plannedSeconds()))
                                .arg(r.prepareSeconds));
    return out;
}

} // namespace

QByteArray catalogToJson(const Catalog& catalog)
{
    QJsonArray techniques;
    for (const Technique& t : catalog.techniques()) {
        techniques.append(techniqueToJson(t));
    }
    QJsonArray routines;
    for (const Routine& r : catalog.routines()) {
        routines.append(routineToJson(r));
    }
    const QJsonObject root{{u"techniques"_s, techniques}, {u"routines"_s, routines}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString catalogToText(const Catalog& catalog)
{
    QString out;
    for (const Technique& t : catalog.techniques()) {
        out += techniqueToText(t) + u'\n';
    }
    if (!catalog.routines().empty()) {
        out += u"Routines\n\n"_s;
        for (const Routine& r : catalog.routines()) {
            out += routineToText(catalog, r) + u'\n';
        }
    }
    if (!catalog.disclaimer().isEmpty()) {
        out += wrapped(QString(), catalog.disclaimer());
    }
    return out;
}

} // namespace rc::core
