// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncsv.h"

#include "csv.h"

#include <QStringList>
#include <QStringView>

#include <array>

namespace rc::core {

using namespace Qt::StringLiterals;

namespace {

constexpr int columnCount = 9;
const std::array<QLatin1String, columnCount> columns = {
    QLatin1String("started_at"),      QLatin1String("local_date"),     QLatin1String("routine"),
    QLatin1String("planned_seconds"), QLatin1String("worked_seconds"), QLatin1String("completed"),
    QLatin1String("soreness_before"), QLatin1String("soreness_after"), QLatin1String("notes"),
};
enum Column
{
    StartedAt,
    LocalDate,
    Routine,
    PlannedSeconds,
    WorkedSeconds,
    Completed,
    SorenessBefore,
    SorenessAfter,
    Notes,
};

constexpr int maxSeconds = 7 * 24 * 60 * 60;
// No field of a valid row is longer than a note of 10,000 characters of four UTF-8 bytes each behind the
// formula guard's apostrophe: a longer one is refused while it is read, before it is held whole.
constexpr qsizetype maxFieldBytes = 4 * maxNoteCharacters + 1;
// PRODUCT.md section 8: a spreadsheet runs a cell that starts with one of these as a formula.
bool startsLikeAFormula(QStringView text)
{
    // Quotes already in front are looked through, so that the guard below can always be undone exactly:
    // a note that is itself "'=x" is written "''=x" and read back as "'=x".
    while (text.startsWith(u'\'')) {
        text = text.mid(1);
    }
    return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front());
}

// Written with a leading ' so that a spreadsheet shows the text instead of running it.
QString guardFormula(const QString& text)
{
    return startsLikeAFormula(text) ? u'\'' + text : text;
}

// What guardFormula() wrote, as it was stored.
QString unguardFormula(const QString& text)
{
    return text.startsWith(u'\'') && startsLikeAFormula(QStringView(text).mid(1)) ? text.mid(1) : text;
}

// The widest offsets in use are -12:00 and +14:00; Qt accepts no more than 14 hours either way.
constexpr int maxOffsetSeconds = 14 * 60 * 60;

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

QString formatInstant(const QDateTime& instant)
{
    if (!instant.isValid()) {
        return {};
    }
    // date() and time() are the wall-clock reading at the session's own offset, so the written
    // offset is the one in force when the session started, not the exporting machine's.
    QString text = instant.date().toString(Qt::ISODate) + u'T' + instant.time().toString(u"HH:mm:ss"_s);
    const int offset = instant.offsetFromUtc();
    if (offset == 0) {
        return text + u'Z';
    }
    const int magnitude = offset < 0 ? -offset : offset;
    return text + (offset < 0 ? u'-' : u'+') + twoDigits(magnitude / 3600) + u':' + twoDigits(magnitude % 3600 / 60);
}

QString formatSoreness(std::optional<int> value)
{
    return value ? QString::number(*value) : QString();
}

// Reads `count` ASCII digits at `pos`; nullopt when any is not a digit or the text is too short.
std::optional<int> digitsAt(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<QDate> parseDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-') {
        return std::nullopt;
    }
    const auto year = digitsAt(text, 0, 4);
    const auto month = digitsAt(text, 5, 2);
    const auto day = digitsAt(text, 8, 2);
    if (!year || !month || !day) {
        return std::nullopt;
    }
    const QDate date(*year, *month, *day); // invalid for 2026-02-30, month 13 and the like
    return date.isValid() ? std::optional(date) : std::nullopt;
}

// The reason a started_at value was refused, phrased to follow "expected ".
struct InstantResult
{
    QDateTime instant;
    QString expected;
};

InstantResult parseInstant(QStringView text)
{
    const QString shape = u"an ISO 8601 date and time with seconds and an offset, like 2026-11-20T07:15:00+01:00 "
                          u"or 2026-11-20T06:15:00Z"_s;
    if (text.size() < 19 || text[10] != u'T' || text[13] != u':' || text[16] != u':') {
        return {{}, shape};
    }
    const auto date = parseDate(text.first(10));
    const auto hour = digitsAt(text, 11, 2);
    const auto minute = digitsAt(text, 14, 2);
    const auto second = digitsAt(text, 17, 2);
    if (!date || !hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 59) {
        return {{}, shape};
    }
    qsizetype pos = 19;
    if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
        // A fraction of a second is accepted and dropped: sessions are stored in whole seconds.
        const qsizetype fractionStart = ++pos;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            ++pos;
        }
        if (pos == fractionStart) {
            return {{}, shape};
        }
    }
    const QStringView zone = text.sliced(pos);
    if (zone.isEmpty()) {
        return {{}, u"a time-zone offset (like +01:00) or Z at the end; without one the instant is ambiguous"_s};
    }
    int offset = 0;
    if (zone != u"Z") {
        // ISO 8601 allows +hh:mm, +hhmm and +hh.
        const bool sign = zone[0] == u'+' || zone[0] == u'-';
        const auto hours = digitsAt(zone, 1, 2);
        std::optional<int> minutes = 0;
        if (zone.size() == 6 && zone[3] == u':') {
            minutes = digitsAt(zone, 4, 2);
        } else if (zone.size() == 5) {
            minutes = digitsAt(zone, 3, 2);
        } else if (zone.size() != 3) {
            minutes = std::nullopt;
        }
        if (!sign || !hours || !minutes || *minutes > 59) {
            return {{}, shape};
        }
        offset = (*hours * 60 + *minutes) * 60 * (zone[0] == u'-' ? -1 : 1);
        if (offset > maxOffsetSeconds || offset < -maxOffsetSeconds) {
            return {{}, u"an offset between -14:00 and +14:00"_s};
        }
    }
    // With offset 0 Qt reports the spec as Qt::UTC; the instant and the offset are the same.
    return {QDateTime(*date, QTime(*hour, *minute, *second), Qt::OffsetFromUTC, offset), {}};
}

std::optional<int> parseSeconds(QStringView text)
{
    // Digits only: a sign or a decimal point would be silently dropped by a looser conversion.
    if (text.isEmpty() || text.size() > 9) {
        return std::nullopt;
    }
    const auto value = digitsAt(text, 0, int(text.size()));
    return value && *value <= maxSeconds ? value : std::nullopt;
}

std::optional<bool> parseCompleted(QStringView text)
{
    if (text == u"1" || text.compare(u"true", Qt::CaseInsensitive) == 0) {
        return true;
    }
    if (text == u"0" || text.compare(u"false", Qt::CaseInsensitive) == 0) {
        return false;
    }
    return std::nullopt;
}

// False when the field is not a soreness; *out is nullopt for an empty field. (A nested
// optional<optional<int>> here set off a false -Wmaybe-uninitialized in g++ 12 release builds.)
bool parseSoreness(QStringView text, std::optional<int>* out)
{
    out->reset();
    if (text.isEmpty()) {
        return true;
    }
    const auto value = text.size() <= 2 ? digitsAt(text, 0, int(text.size())) : std::nullopt;
    if (!value || *value > 10) {
        return false;
    }
    *out = *value;
    return true;
}

bool isRoutineId(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

Error lineError(int line, const QString& what)
{
    return makeError(ErrorCode::InvalidInput, u"line "_s + QString::number(line) + u": "_s + what, line);
}

// The value as shown in a one-line message: line breaks flattened, long values shortened.
QString shown(const QString& value)
{
    QString text = value;
    text.replace(u'\r', u' ').replace(u'\n', u' ');
    if (text.size() > 40) {
        text = text.first(37) + u"..."_s;
    }
    return u'"' + text + u'"';
}

Error fieldError(int line, Column column, const QString& value, const QString& expected)
{
    return lineError(line, columns[column] + u" is "_s + shown(value) + u"; expected "_s + expected);
}

Status checkHeader(const csv::Record& header)
{
    const QStringList& names = header.fields;
    for (int i = 0; i < columnCount; ++i) {
        if (i >= names.size()) {
            return lineError(header.line, u"header is missing column %1 \"%2\""_s.arg(i + 1).arg(columns[i]));
        }
        if (names[i] != columns[i]) {
            return lineError(header.line, u"header column %1 is %2; expected \"%3\""_s.arg(
                                              QString::number(i + 1), shown(names[i]), columns[i]));
        }
    }
    if (names.size() > columnCount) {
        return lineError(header.line, u"header has an extra column %1 %2; expected %3 columns"_s.arg(
                                          QString::number(columnCount + 1), shown(names[columnCount]),
                                          QString::number(columnCount)));
    }
    return {};
}

Result<Session> parseRow(const csv::Record& row)
{
    const int line = row.line;
    const QStringList& f = row.fields;
    if (f.size() != columnCount) {
        return lineError(line, u"%1 columns, expected %2"_s.arg(f.size()).arg(columnCount));
    }
    Session session;
    const InstantResult instant = parseInstant(f[StartedAt]);
    if (!instant.instant.isValid()) {
        return fieldError(line, StartedAt, f[StartedAt], instant.expected);
    }
    session.startedAt = instant.instant;

    const auto date = parseDate(f[LocalDate]);
    if (!date) {
        return fieldError(line, LocalDate, f[LocalDate], u"a real calendar date as YYYY-MM-DD"_s);
    }
    session.localDate = *date;

    const QString routine = unguardFormula(f[Routine]);
    if (!isRoutineId(routine)) {
        return fieldError(line, Routine, f[Routine], u"a routine id of lowercase letters, digits and '-'"_s);
    }
    session.routine = routine;

    const QString secondsExpected = u"a whole number of seconds from 0 to %1 (7 days)"_s.arg(maxSeconds);
    const auto planned = parseSeconds(f[PlannedSeconds]);
    if (!planned) {
        return fieldError(line, PlannedSeconds, f[PlannedSeconds], secondsExpected);
    }
    session.plannedSeconds = *planned;
    const auto worked = parseSeconds(f[WorkedSeconds]);
    if (!worked) {
        return fieldError(line, WorkedSeconds, f[WorkedSeconds], secondsExpected);
    }
    session.workedSeconds = *worked;

    const auto completed = parseCompleted(f[Completed]);
    if (!completed) {
        return fieldError(line, Completed, f[Completed], u"1, 0, true or false"_s);
    }
    session.completed = *completed;

    for (Column column : {SorenessBefore, SorenessAfter}) {
        if (!parseSoreness(f[column], column == SorenessBefore ? &session.sorenessBefore : &session.sorenessAfter)) {
            return fieldError(line, column, f[column], u"empty or a whole number 0-10"_s);
        }
    }
    session.notes = unguardFormula(f[Notes]);
    if (const qsizetype length = characterCount(session.notes); length > maxNoteCharacters) {
        return lineError(line, u"notes are %1 characters long; at most %2 are allowed"_s.arg(
                                   QString::number(length), QString::number(maxNoteCharacters)));
    }
    return session;
}

} // namespace

QByteArray exportSessionsCsv(const std::vector<Session>& sessions)
{
    QStringList header;
    for (QLatin1String name : columns) {
        header.append(name);
    }
    QString out = csv::formatRecord(header);
    out.reserve(out.size() + qsizetype(sessions.size()) * 80);
    for (const Session& s : sessions) {
        out += csv::formatRecord({
            formatInstant(s.startedAt),
            s.localDate.toString(Qt::ISODate),
            guardFormula(s.routine),
            QString::number(s.plannedSeconds),
            QString::number(s.workedSeconds),
            s.completed ? u"1"_s : u"0"_s,
            formatSoreness(s.sorenessBefore),
            formatSoreness(s.sorenessAfter),
            guardFormula(s.notes),
        });
    }
    return out.toUtf8();
}

Result<std::vector<Session>> parseSessionsCsv(QByteArrayView utf8)
{
    csv::Reader reader(utf8, maxFieldBytes);
    const auto readError = [&](const Error& error) {
        if (reader.tooLongField() == Notes + 1) {
            return lineError(error.line, u"notes are longer than %1 characters; at most %1 are allowed"_s.arg(
                                             QString::number(maxNoteCharacters)));
        }
        return error;
    };
    auto header = reader.next();
    if (!header) {
        return readError(header.error());
    }
    if (!header->has_value()) {
        return lineError(1, u"the file is empty; expected the header row "_s + columns[0] + u",...,"_s +
                                columns[columnCount - 1]);
    }
    if (auto status = checkHeader(**header); !status) {
        return status.error();
    }
    std::vector<Session> sessions;
    while (true) {
        auto row = reader.next();
        if (!row) {
            return readError(row.error());
        }
        if (!row->has_value()) {
            return sessions;
        }
        auto session = parseRow(**row);
        if (!session) {
            return session.error();
        }
        sessions.push_back(std::move(session).value());
    }
}

Result<std::vector<Session>> parseSessionsCsv(QFile& file)
{
    const qint64 size = file.isSequential() ? 0 : file.size();
    if (size > 0) {
        if (uchar* mapped = file.map(0, size)) {
            auto sessions = parseSessionsCsv(QByteArrayView(mapped, size));
            file.unmap(mapped);
            return sessions;
        }
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return makeError(ErrorCode::Io, file.errorString());
    }
    return parseSessionsCsv(QByteArrayView(bytes));
}

} // namespace rc::core
