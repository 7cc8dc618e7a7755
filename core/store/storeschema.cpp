// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeschema.h"

#include "sqlitedb.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QThread>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

constexpr qsizetype headerSize = 100;
constexpr qsizetype userVersionOffset = 60; // big-endian 32-bit, see sqlite.org/fileformat.html

// Version 1: sessions and their per-step results.
constexpr const char* schemaV1 = R"sql(
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    started_at INTEGER NOT NULL,   -- unix seconds, UTC
    utc_offset INTEGER NOT NULL,   -- seconds east of UTC in force at the start
    local_date TEXT NOT NULL,      -- YYYY-MM-DD the session counts for; never recomputed
    routine TEXT NOT NULL,
    planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
    worked_seconds INTEGER NOT NULL CHECK (worked_seconds >= 0),
    completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
    soreness_before INTEGER CHECK (soreness_before BETWEEN 0 AND 10),
    soreness_after INTEGER CHECK (soreness_after BETWEEN 0 AND 10),
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (started_at, routine)
);
-- Covers summaries(): adherence reads every session's date, minutes and completion from the index alone.
CREATE INDEX sessions_local_date ON sessions (local_date, worked_seconds, completed);
-- WITHOUT ROWID: steps are stored clustered by session, which is how they are read and deleted.
CREATE TABLE session_steps (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    technique TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
    planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
    worked_seconds INTEGER NOT NULL CHECK (worked_seconds >= 0),
    holds INTEGER NOT NULL DEFAULT 0 CHECK (holds >= 0),
    hold_seconds INTEGER NOT NULL DEFAULT 0 CHECK (hold_seconds >= 0),
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;
)sql";

// Version 2: what defines the record beside its sessions (PRODUCT.md section 5): the settings that travel
// with it (target-days, week-start, planned-days, day-starts-at, as the text `settings` prints) and pauses.
constexpr const char* schemaV2 = R"sql(
CREATE TABLE record_settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE pauses (
    id INTEGER PRIMARY KEY,
    from_date TEXT NOT NULL,       -- YYYY-MM-DD, inclusive
    to_date TEXT NOT NULL,         -- YYYY-MM-DD, inclusive
    note TEXT NOT NULL DEFAULT '',
    CHECK (from_date <= to_date)
);
)sql";

// The steps of migrateSchema, in order: steps[i] takes a file from version i to version i + 1.
constexpr const char* schemaSteps[] = {schemaV1, schemaV2};
static_assert(std::size(schemaSteps) == std::size_t(currentSchemaVersion));

Error notSqliteError(const QString& path, const QString& why)
{
    return makeError(ErrorCode::Corrupt,
                     u"The database %1 is damaged (%2). It was left unchanged: run \"recovery-coach repair\" "
                     u"or restore a backup."_s.arg(QDir::toNativeSeparators(path), why));
}

// The header again, once the file holds a whole one or half a second is over: a process that is
// creating the database may be writing its first page this very moment (seen as a file of a few
// bytes; one write that takes microseconds). Not through SQLite: even a read-only connection may
// create a -shm beside a refused file. A file that stays short is damaged, and said so soon.
QByteArray headerOnceWritten(QFile& file)
{
    const QDeadlineTimer deadline(500);
    QByteArray header;
    do {
        QThread::msleep(2);
        file.seek(0);
        header = file.read(headerSize);
    } while (header.size() < headerSize && !deadline.hasExpired());
    return header;
}

} // namespace

Error newerSchemaError(const QString& path, int fileVersion, int supportedVersion)
{
    return makeError(
        ErrorCode::NewerSchema,
        u"%1 was saved by a newer Recovery Coach (schema %2, this version reads up to %3). "
        u"It was left unchanged: update Recovery Coach to open it."_s.arg(
            QDir::toNativeSeparators(path), QString::number(fileVersion), QString::number(supportedVersion)));
}

Status checkFileHeader(const QString& path, int supportedVersion)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, u"Cannot read %1: %2. Check its permissions."_s.arg(
                                            QDir::toNativeSeparators(path), file.errorString()));
    }
    QByteArray header = file.read(headerSize);
    if (header.isEmpty() && file.size() == 0) {
        return {};
    }
    if (header.size() < headerSize) {
        header = headerOnceWritten(file);
    }
    if (header.size() < headerSize) {
        return notSqliteError(path, u"it is too short to be an SQLite file"_s);
    }
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return notSqliteError(path, u"it is not an SQLite file"_s);
    }
    const auto version = qFromBigEndian<qint32>(header.constData() + userVersionOffset);
    if (version > supportedVersion) {
        return newerSchemaError(path, version, supportedVersion);
    }
    return {};
}

Result<int> readUserVersion(sqlite3* db, const QString& path)
{
    SqlStatement query(db, "PRAGMA user_version");
    if (query.prepareResult() != SQLITE_OK) {
        return sqlError(db, query.prepareResult(), path);
    }
    const int rc = query.step();
    if (rc != SQLITE_ROW) {
        return sqlError(db, rc, path);
    }
    return query.int32(0);
}

Status checkNotForeign(sqlite3* db, const QString& path, int version)
{
    if (version != 0) {
        return {};
    }
    SqlStatement tables(db, "SELECT count(*) FROM sqlite_schema");
    const int rc = tables.prepareResult() == SQLITE_OK ? tables.step() : tables.prepareResult();
    if (rc != SQLITE_ROW) {
        return sqlError(db, rc, path);
    }
    if (tables.int64(0) != 0) {
        return makeError(ErrorCode::Other, u"%1 is an SQLite database but not a Recovery Coach one. It was left "
                                           u"unchanged: choose another --db."_s.arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

Status quickCheck(sqlite3* db, const QString& path)
{
    SqlStatement check(db, "PRAGMA quick_check(1)");
    if (check.prepareResult() != SQLITE_OK) {
        return sqlError(db, check.prepareResult(), path);
    }
    const int rc = check.step();
    if (rc != SQLITE_ROW) {
        return sqlError(db, rc, path);
    }
    QString problem = check.text(0);
    if (problem == "ok"_L1) {
        return {};
    }
    problem.replace(u'\n', u' ');
    return makeError(ErrorCode::Corrupt,
                     u"The database %1 is damaged (%2). Run \"recovery-coach repair\" or restore a backup."_s.arg(
                         QDir::toNativeSeparators(path), problem));
}

namespace {

struct SchemaObject
{
    QString type;
    QString name;
    QStringList columns; // tables only
};

// sqlite_schema without SQLite's own entries (sqlite_autoindex_..., sqlite_sequence).
Result<std::vector<SchemaObject>> readSchema(sqlite3* db, const QString& path)
{
    std::vector<SchemaObject> objects;
    SqlStatement query(db, "SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                           "ORDER BY rowid");
    if (query.prepareResult() != SQLITE_OK) {
        return sqlError(db, query.prepareResult(), path);
    }
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW) {
        objects.push_back({query.text(0), query.text(1), {}});
    }
    if (rc != SQLITE_DONE) {
        return sqlError(db, rc, path);
    }
    for (SchemaObject& object : objects) {
        if (object.type != "table"_L1) {
            continue;
        }
        // table_info reads the declaration only; nothing of the file runs.
        SqlStatement columns(db, "SELECT name FROM pragma_table_info(?1)");
        if (columns.prepareResult() != SQLITE_OK) {
            return sqlError(db, columns.prepareResult(), path);
        }
        columns.bind(1, object.name);
        while ((rc = columns.step()) == SQLITE_ROW) {
            object.columns << columns.text(0);
        }
        if (rc != SQLITE_DONE) {
            return sqlError(db, rc, path);
        }
    }
    return objects;
}

// The schema the app creates at `version`, read back from an empty database made with it.
std::vector<SchemaObject> schemaAt(int version)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr);
    const auto close = qScopeGuard([db] { sqlite3_close_v2(db); });
    for (int step = 0; step < version; ++step) {
        execSql(db, schemaSteps[step]);
    }
    auto read = readSchema(db, u":memory:"_s);
    Q_ASSERT(read.ok());
    return read.ok() ? std::move(read).value() : std::vector<SchemaObject>{};
}

const std::vector<SchemaObject>& ownSchema(int version)
{
    static const auto schemas = [] {
        std::vector<std::vector<SchemaObject>> all;
        for (int version = 0; version <= currentSchemaVersion; ++version) {
            all.push_back(schemaAt(version));
        }
        return all;
    }();
    return schemas[std::size_t(std::clamp(version, 0, currentSchemaVersion))];
}

} // namespace

Result<QStringList> foreignSchemaObjects(sqlite3* db, const QString& path)
{
    const Result<int> version = readUserVersion(db, path);
    if (!version) {
        return version.error();
    }
    const auto theirs = readSchema(db, path);
    if (!theirs) {
        return theirs.error();
    }
    const auto find = [](const std::vector<SchemaObject>& objects, const QString& name) {
        return std::find_if(objects.begin(), objects.end(), [&name](const auto& o) { return o.name == name; });
    };
    // The tables of the file's own version must all be there; a later version's are not expected of it.
    for (const SchemaObject& ours : ownSchema(*version)) {
        if (ours.type != "table"_L1) {
            continue;
        }
        const auto it = find(*theirs, ours.name);
        if (it == theirs->end() || it->type != "table"_L1) {
            return makeError(ErrorCode::InvalidInput,
                             u"%1 is not a Recovery Coach database: it has no table \"%2\". "
                             u"Nothing was changed."_s.arg(QDir::toNativeSeparators(path), ours.name));
        }
        for (const QString& column : ours.columns) {
            if (!it->columns.contains(column)) {
                return makeError(ErrorCode::InvalidInput,
                                 u"%1 is not a Recovery Coach database: its table \"%2\" has no column \"%3\". "
                                 u"Nothing was changed."_s.arg(QDir::toNativeSeparators(path), ours.name, column));
            }
        }
    }
    QStringList foreign;
    for (const SchemaObject& object : *theirs) {
        const auto& all = ownSchema(currentSchemaVersion);
        const auto it = find(all, object.name);
        if (it == all.end() || it->type != object.type) {
            foreign << u"%1 \"%2\""_s.arg(object.type, object.name);
        }
    }
    return foreign;
}

Status migrateSchema(sqlite3* db, const QString& path, int targetVersion)
{
    SqlTransaction transaction(db);
    if (transaction.beginResult() != SQLITE_OK) {
        return sqlError(db, transaction.beginResult(), path);
    }
    // Read again under the write lock: another process may have migrated since we looked.
    const Result<int> from = readUserVersion(db, path);
    if (!from) {
        return from.error();
    }
    if (*from > targetVersion) {
        return newerSchemaError(path, *from, targetVersion);
    }
    if (*from == targetVersion) {
        return {};
    }
    if (Status ours = checkNotForeign(db, path, *from); !ours) {
        return ours;
    }

    // Cumulative, all inside this one transaction: a file of version 1 gets step 2 only.
    for (int step = std::max(*from, 0); step < targetVersion && step < currentSchemaVersion; ++step) {
        if (const int rc = execSql(db, schemaSteps[step]); rc != SQLITE_OK) {
            return sqlError(db, rc, path);
        }
    }

    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(targetVersion);
    if (const int rc = execSql(db, setVersion.constData()); rc != SQLITE_OK) {
        return sqlError(db, rc, path);
    }
    if (const int rc = transaction.commit(); rc != SQLITE_OK) {
        return sqlError(db, rc, path);
    }
    return {};
}

} // namespace rc::core
