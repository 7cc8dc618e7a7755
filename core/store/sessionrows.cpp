// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionrows.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

Error invalid(const QString& context, const QString& what)
{
    return makeError(ErrorCode::InvalidInput, u"%1: %2."_s.arg(context, what));
}

bool inSorenessRange(std::optional<int> value)
{
    return !value || (*value >= 0 && *value <= 10);
}

} // namespace

Status validateSoreness(std::optional<int> sorenessBefore, std::optional<int> sorenessAfter, const QString& context)
{
    if (!inSorenessRange(sorenessBefore)) {
        return invalid(context, u"soreness before must be from 0 to 10, not %1"_s.arg(*sorenessBefore));
    }
    if (!inSorenessRange(sorenessAfter)) {
        return invalid(context, u"soreness after must be from 0 to 10, not %1"_s.arg(*sorenessAfter));
    }
    return {};
}

Status validateNote(const QString& notes, const QString& context)
{
    if (const qsizetype length = characterCount(notes); length > maxNoteCharacters) {
        return invalid(context, u"the note is %1 characters long; at most %2 are allowed"_s.arg(
                                    QString::number(length), QString::number(maxNoteCharacters)));
    }
    return {};
}

Status validateSession(const Session& session, const QString& context)
{
    if (!session.startedAt.isValid()) {
        return invalid(context, u"the start time is missing or invalid"_s);
    }
    if (!session.localDate.isValid() || session.localDate.year() < 1 || session.localDate.year() > 9999) {
        return invalid(context, u"the local date is missing or invalid"_s);
    }
    if (session.routine.isEmpty()) {
        return invalid(context, u"the routine is missing"_s);
    }
    if (session.plannedSeconds < 0 || session.workedSeconds < 0) {
        return invalid(context, u"planned and worked seconds must not be negative"_s);
    }
    if (Status soreness = validateSoreness(session.sorenessBefore, session.sorenessAfter, context); !soreness) {
        return soreness;
    }
    if (Status note = validateNote(session.notes, context); !note) {
        return note;
    }
    for (const StepResult& step : session.steps) {
        if (step.technique.isEmpty()) {
            return invalid(context, u"a step has no technique"_s);
        }
        if (step.plannedSeconds < 0 || step.workedSeconds < 0 || step.holds < 0 || step.holdSeconds < 0) {
            return invalid(context, u"step %1 has negative seconds or holds"_s.arg(step.technique));
        }
    }
    return {};
}

SessionWriter::SessionWriter(sqlite3* db, OnDuplicate onDuplicate, Id id)
    : m_db(db), m_id(id),
      m_session(db, onDuplicate == OnDuplicate::Skip
                        ? "INSERT INTO sessions (" RC_SESSION_COLUMNS ") VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                          "ON CONFLICT (started_at, routine) DO NOTHING"
                        : "INSERT INTO sessions (" RC_SESSION_COLUMNS ") VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
      m_step(db, "INSERT INTO session_steps (session_id, position, technique, side, planned_seconds, "
                 "worked_seconds, holds, hold_seconds) VALUES (?,?,?,?,?,?,?,?)")
{
}

int SessionWriter::prepareResult() const
{
    return m_session.prepareResult() != SQLITE_OK ? m_session.prepareResult() : m_step.prepareResult();
}

int SessionWriter::insert(const Session& session)
{
    m_inserted = false;
    if (m_id == Id::Keep) {
        m_session.bind(1, session.id);
    } else {
        m_session.bindNull(1);
    }
    // Whole seconds; the offset is kept beside the instant so reading rebuilds the same QDateTime.
    m_session.bind(2, session.startedAt.toSecsSinceEpoch());
    m_session.bind(3, qint64(session.startedAt.offsetFromUtc()));
    m_session.bind(4, session.localDate.toString(Qt::ISODate));
    m_session.bind(5, session.routine);
    m_session.bind(6, qint64(session.plannedSeconds));
    m_session.bind(7, qint64(session.workedSeconds));
    m_session.bind(8, qint64(session.completed ? 1 : 0));
    m_session.bind(9, session.sorenessBefore);
    m_session.bind(10, session.sorenessAfter);
    m_session.bind(11, session.notes);
    const int rc = m_session.step();
    m_session.reset();
    if (rc != SQLITE_DONE) {
        return rc;
    }
    if (sqlite3_changes(m_db) == 0) {
        return SQLITE_DONE; // skipped duplicate (ON CONFLICT DO NOTHING)
    }
    m_lastId = sqlite3_last_insert_rowid(m_db);

    qint64 position = 0;
    for (const StepResult& step : session.steps) {
        m_step.bind(1, m_lastId);
        m_step.bind(2, position++);
        m_step.bind(3, step.technique);
        m_step.bind(4, sideName(step.side));
        m_step.bind(5, qint64(step.plannedSeconds));
        m_step.bind(6, qint64(step.workedSeconds));
        m_step.bind(7, qint64(step.holds));
        m_step.bind(8, qint64(step.holdSeconds));
        const int stepRc = m_step.step();
        m_step.reset();
        if (stepRc != SQLITE_DONE) {
            return stepRc;
        }
    }
    m_inserted = true;
    return SQLITE_DONE;
}

QDate parseIsoDate(QByteArrayView text)
{
    // Hand-parsed: QDate::fromString is the hot spot when summaries() reads 100,000 rows.
    auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return {};
    }
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    const int day = digits(8, 2);
    if (year < 0 || month < 0 || day < 0) {
        return {};
    }
    return QDate(year, month, day); // invalid (isNull) for impossible dates
}

Session readSessionRow(const SqlStatement& row)
{
    Session session;
    session.id = row.int64(0);
    session.startedAt = QDateTime::fromSecsSinceEpoch(row.int64(1), Qt::OffsetFromUTC, row.int32(2));
    session.localDate = parseIsoDate(row.utf8(3));
    session.routine = row.text(4);
    session.plannedSeconds = row.int32(5);
    session.workedSeconds = row.int32(6);
    session.completed = row.int64(7) != 0;
    if (!row.isNull(8)) {
        session.sorenessBefore = row.int32(8);
    }
    if (!row.isNull(9)) {
        session.sorenessAfter = row.int32(9);
    }
    session.notes = row.text(10);
    return session;
}

StepResult readStepRow(const SqlStatement& row)
{
    StepResult step;
    step.technique = row.text(1);
    const QByteArrayView side = row.utf8(2);
    step.side = side == "left" ? Side::Left : side == "right" ? Side::Right : Side::Both;
    step.plannedSeconds = row.int32(3);
    step.workedSeconds = row.int32(4);
    step.holds = row.int32(5);
    step.holdSeconds = row.int32(6);
    return step;
}

} // namespace rc::core
