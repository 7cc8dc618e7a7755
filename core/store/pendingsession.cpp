// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingsession.h"

#include "privatefiles.h"
#include "sessionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

constexpr int formatVersion = 1;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QJsonValue optionalInt(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const Session& session)
{
    QJsonArray steps;
    for (const StepResult& step : session.steps) {
        steps.append(QJsonObject{{u"technique"_s, step.technique},
                                 {u"side"_s, sideName(step.side)},
                                 {u"planned_seconds"_s, step.plannedSeconds},
                                 {u"worked_seconds"_s, step.workedSeconds},
                                 {u"holds"_s, step.holds},
                                 {u"hold_seconds"_s, step.holdSeconds}});
    }
    return QJsonObject{{u"started_at"_s, session.startedAt.toString(Qt::ISODate)},
                       {u"local_date"_s, session.localDate.toString(Qt::ISODate)},
                       {u"routine"_s, session.routine},
                       {u"planned_seconds"_s, session.plannedSeconds},
                       {u"worked_seconds"_s, session.workedSeconds},
                       {u"completed"_s, session.completed},
                       {u"soreness_before"_s, optionalInt(session.sorenessBefore)},
                       {u"soreness_after"_s, optionalInt(session.sorenessAfter)},
                       {u"notes"_s, session.notes},
                       {u"steps"_s, steps}};
}

// Strict: a field of the wrong type means the file is not ours, and guessing would store wrong data.
std::optional<Session> fromJson(const QJsonObject& object)
{
    const auto isInt = [](const QJsonValue& value) {
        return value.isDouble() && value.toDouble() == double(value.toInt());
    };
    const auto optional = [&](const QJsonValue& value, bool* ok) -> std::optional<int> {
        if (value.isNull()) {
            return std::nullopt;
        }
        *ok = *ok && isInt(value);
        return value.toInt();
    };
    Session session;
    bool ok = object.value(u"started_at"_s).isString() && object.value(u"local_date"_s).isString() &&
              object.value(u"routine"_s).isString() && isInt(object.value(u"planned_seconds"_s)) &&
              isInt(object.value(u"worked_seconds"_s)) && object.value(u"completed"_s).isBool() &&
              object.value(u"notes"_s).isString() && object.value(u"steps"_s).isArray();
    session.startedAt = QDateTime::fromString(object.value(u"started_at"_s).toString(), Qt::ISODate);
    session.localDate = QDate::fromString(object.value(u"local_date"_s).toString(), Qt::ISODate);
    session.routine = object.value(u"routine"_s).toString();
    session.plannedSeconds = object.value(u"planned_seconds"_s).toInt();
    session.workedSeconds = object.value(u"worked_seconds"_s).toInt();
    session.completed = object.value(u"completed"_s).toBool();
    session.sorenessBefore = optional(object.value(u"soreness_before"_s), &ok);
    session.sorenessAfter = optional(object.value(u"soreness_after"_s), &ok);
    session.notes = object.value(u"notes"_s).toString();
    for (const QJsonValue& value : object.value(u"steps"_s).toArray()) {
        const QJsonObject step = value.toObject();
        const auto side = sideFromName(step.value(u"side"_s).toString());
        ok = ok && value.isObject() && step.value(u"technique"_s).isString() && side &&
             isInt(step.value(u"planned_seconds"_s)) && isInt(step.value(u"worked_seconds"_s)) &&
             isInt(step.value(u"holds"_s)) && isInt(step.value(u"hold_seconds"_s));
        session.steps.push_back(StepResult{step.value(u"technique"_s).toString(), side.value_or(Side::Both),
                                           step.value(u"planned_seconds"_s).toInt(),
                                           step.value(u"worked_seconds"_s).toInt(), step.value(u"holds"_s).toInt(),
                                           step.value(u"hold_seconds"_s).toInt()});
    }
    if (!ok || !session.startedAt.isValid() || !session.localDate.isValid()) {
        return std::nullopt;
    }
    return session;
}

Error damaged(const QString& file, const QString& why)
{
    return makeError(ErrorCode::Corrupt,
                     u"The recovery file %1 of unsaved sessions cannot be read (%2)."_s.arg(native(file), why));
}

bool sameSession(const Session& a, const Session& b)
{
    // The store's duplicate rule: the same start instant and routine.
    return a.startedAt.toSecsSinceEpoch() == b.startedAt.toSecsSinceEpoch() && a.routine == b.routine;
}

Status writeAll(const QString& file, const std::vector<Session>& sessions)
{
    QJsonArray list;
    for (const Session& session : sessions) {
        list.append(toJson(session));
    }
    const QByteArray bytes = QJsonDocument(QJsonObject{{u"version"_s, formatVersion}, {u"sessions"_s, list}})
                                 .toJson(QJsonDocument::Indented);
    // Through QSaveFile: the previous recovery file survives a crash or a full disk halfway through.
    if (const Status written = writePrivateFile(file, bytes); !written) {
        const bool writable = QFileInfo(QFileInfo(file).absolutePath()).isWritable();
        return makeError(writable ? ErrorCode::Io : ErrorCode::ReadOnly,
                         u"Cannot write the recovery file %1 (%2); the unsaved session is kept only until the app "
                         u"closes."_s.arg(native(file), written.error().message));
    }
    return {};
}

} // namespace

QString pendingFilePath(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() % u".pending.json"_s;
}

Result<std::vector<Session>> loadPending(const QString& databasePath)
{
    const QString path = pendingFilePath(databasePath);
    std::vector<Session> sessions;
    QFile file(path);
    if (!file.exists()) {
        return sessions;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, u"Cannot read the recovery file %1 of unsaved sessions: %2."_s.arg(
                                            native(path), file.errorString()));
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return damaged(path, parseError.errorString());
    }
    const QJsonObject root = document.object();
    if (root.value(u"version"_s).toInt() != formatVersion || !root.value(u"sessions"_s).isArray()) {
        return damaged(path, u"not a version %1 recovery file"_s.arg(formatVersion));
    }
    const QJsonArray list = root.value(u"sessions"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto session = fromJson(list.at(i).toObject());
        if (!session) {
            return damaged(path, u"session %1 has a missing or wrong field"_s.arg(i + 1));
        }
        sessions.push_back(std::move(*session));
    }
    return sessions;
}

Status savePending(const QString& databasePath, const Session& session)
{
    const QString path = pendingFilePath(databasePath);
    auto loaded = loadPending(databasePath);
    std::vector<Session> sessions;
    if (loaded) {
        sessions = std::move(loaded.value());
    } else if (loaded.error().code == ErrorCode::Corrupt) {
        // Whatever it holds may still be worth reading by hand: set it aside, never overwrite it.
        QString aside = path % u".damaged"_s;
        for (int n = 2; QFileInfo::exists(aside); ++n) {
            aside = path % u".damaged-"_s % QString::number(n);
        }
        if (!QFile::rename(path, aside)) {
            return loaded.error();
        }
    } else {
        return loaded.error();
    }
    Session waiting = session;
    waiting.id = 0;
    const auto same = std::find_if(sessions.begin(), sessions.end(),
                                   [&](const Session& other) { return sameSession(other, waiting); });
    if (same != sessions.end()) {
        *same = std::move(waiting);
    } else {
        sessions.push_back(std::move(waiting));
    }
    return writeAll(path, sessions);
}

Status clearPending(const QString& databasePath)
{
    const QString path = pendingFilePath(databasePath);
    QFile file(path);
    if (file.exists() && !file.remove()) {
        return makeError(ErrorCode::Io, u"Cannot remove the recovery file %1: %2. Its sessions are saved; delete "
                                        u"it by hand."_s.arg(native(path), file.errorString()));
    }
    return {};
}

Result<int> flushPending(SessionStore& store)
{
    const auto pending = loadPending(store.path());
    if (!pending) {
        return pending.error();
    }
    if (pending->empty()) {
        return 0;
    }
    // One transaction: all waiting sessions are stored or none; duplicates of stored ones are skipped.
    const auto imported = store.importSessions(*pending);
    if (!imported) {
        return imported.error();
    }
    if (Status cleared = clearPending(store.path()); !cleared) {
        return cleared.error();
    }
    return static_cast<int>(pending->size());
}

} // namespace rc::core
