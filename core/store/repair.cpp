// SPDX-License-Identifier: GPL-3.0-or-later
#include "repair.h"

#include "fileops.h"
#include "privatefiles.h"
#include "salvage.h"
#include "sessionrows.h"
#include "sessionstore.h"
#include "sqlitedb.h"
#include "storeschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <array>

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

// SQLite's files beside a database, moved and copied with it: a -wal or hot -journal holds committed
// sessions that the main file alone does not.
constexpr std::array<QStringView, 3> sidecarSuffixes = {u"-wal", u"-shm", u"-journal"};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A folder beside the database for the scratch copy and the fresh database: same file system, so the
// fresh one is renamed into place, never copied.
struct Workspace
{
    explicit Workspace(const QString& databasePath)
        : dir(QFileInfo(databasePath).absolutePath() % u"/.recovery-coach-repair-XXXXXX"_s)
    {
    }
    QTemporaryDir dir;
    QString copy() const { return dir.filePath(u"damaged.sqlite"_s); }
    QString fresh() const { return dir.filePath(u"fresh.sqlite"_s); }
};

Status copyForInspection(const QString& path, const Workspace& workspace)
{
    if (!workspace.dir.isValid()) {
        return makeError(ErrorCode::ReadOnly, u"Cannot repair %1: cannot create a working folder beside it (%2). "
                                              u"Check the folder's permissions and free space."_s.arg(
                                                  native(path), workspace.dir.errorString()));
    }
    // The -shm is not copied: it is only an index of the -wal, rebuilt by SQLite.
    for (QStringView suffix : {QStringView(), QStringView(u"-wal"), QStringView(u"-journal")}) {
        const QString from = path + suffix;
        if ((suffix.isEmpty() || QFileInfo::exists(from)) && !QFile::copy(from, workspace.copy() + suffix)) {
            return makeError(ErrorCode::Io, u"Cannot repair %1: could not make a working copy of it. Free some "
                                            u"space and try again; nothing was changed."_s.arg(native(path)));
        }
    }
    return {};
}

// Opens the scratch copy as the app would. Ok when it is healthy; otherwise the store's refusal.
Status inspectCopy(const Workspace& workspace)
{
    auto store = SessionStore::open(workspace.copy(), SessionStore::Mode::ReadWrite);
    return store ? Status() : Status(store.error());
}

// The store's message names the scratch copy; the user knows the file by its own name.
Error aboutOriginal(Error error, const QString& path, const Workspace& workspace)
{
    error.message.replace(native(workspace.copy()), native(path));
    return error;
}

Result<int> writeFreshDatabase(const QString& freshPath, const std::vector<Session>& sessions,
                               const RecordRows& record)
{
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(freshPath).constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    const auto close = qScopeGuard([&] { sqlite3_close_v2(raw); });
    if (rc != SQLITE_OK) {
        return sqlError(raw, rc, freshPath);
    }
    makePrivate(freshPath);
    sqlite3_extended_result_codes(raw, 1);
    // A rollback journal and a full sync: the file is renamed into place after close, complete on disk.
    if (rc = execSql(raw, "PRAGMA synchronous = FULL"); rc != SQLITE_OK) {
        return sqlError(raw, rc, freshPath);
    }
    if (Status schema = migrateSchema(raw, freshPath, SessionStore::schemaVersion); !schema) {
        return schema.error();
    }
    SqlTransaction transaction(raw);
    if (transaction.beginResult() != SQLITE_OK) {
        return sqlError(raw, transaction.beginResult(), freshPath);
    }
    // Ids are kept, so nothing that refers to a session by id changes meaning after a repair.
    SessionWriter writer(raw, SessionWriter::OnDuplicate::Skip, SessionWriter::Id::Keep);
    if (writer.prepareResult() != SQLITE_OK) {
        return sqlError(raw, writer.prepareResult(), freshPath);
    }
    int stored = 0;
    for (const Session& session : sessions) {
        if (rc = writer.insert(session); rc != SQLITE_DONE) {
            return sqlError(raw, rc, freshPath);
        }
        stored += writer.inserted() ? 1 : 0;
    }
    if (rc = replaceRecordRows(raw, record); rc != SQLITE_DONE) {
        return sqlError(raw, rc, freshPath);
    }
    if (rc = transaction.commit(); rc != SQLITE_OK) {
        return sqlError(raw, rc, freshPath);
    }
    return stored;
}

// "NAME.corrupt-YYYYMMDD-HHMMSS", with -2, -3… when that name (or one of its sidecars) is taken.
QString corruptName(const QString& path, const QDateTime& now)
{
    const QString stem = path % u".corrupt-"_s % now.toString(u"yyyyMMdd-HHmmss"_s);
    const auto taken = [](const QString& name) {
        return QFileInfo::exists(name) || QFileInfo::exists(name % u"-wal"_s) || QFileInfo::exists(name % u"-shm"_s) ||
               QFileInfo::exists(name % u"-journal"_s);
    };
    QString name = stem;
    for (int n = 2; taken(name); ++n) {
        name = stem % u"-"_s % QString::number(n);
    }
    return name;
}

// Renames the database and its sidecars aside; on failure, puts back what was already moved.
Result<QStringList> moveAside(const QString& path, const QString& movedTo)
{
    QStringList moved;
    std::vector<std::pair<QString, QString>> done;
    for (QStringView suffix : {QStringView(), sidecarSuffixes[0], sidecarSuffixes[1], sidecarSuffixes[2]}) {
        const QString from = path + suffix;
        if (!suffix.isEmpty() && !QFileInfo::exists(from)) {
            continue;
        }
        const QString to = movedTo + suffix;
        if (Status renamed = moveFile(from, to); !renamed) {
            for (auto it = done.rbegin(); it != done.rend(); ++it) {
                (void)moveFile(it->second, it->first);
            }
            return renamed.error();
        }
        done.emplace_back(from, to);
        moved << to;
    }
    return moved;
}

} // namespace

namespace {

// Health of the database at `absolute`, which exists; a scratch copy is left in `workspace`.
Result<DatabaseHealth> inspect(const QString& absolute, const Workspace& workspace)
{
    const auto classify = [](const Error& error) -> Result<DatabaseHealth> {
        if (error.code == ErrorCode::Corrupt) {
            return DatabaseHealth{DatabaseHealth::State::Corrupt, error.message};
        }
        if (error.code == ErrorCode::NewerSchema) {
            return DatabaseHealth{DatabaseHealth::State::Newer, error.message};
        }
        return error;
    };
    // The header first, without SQLite: garbage and newer files need no copy.
    if (Status header = checkFileHeader(absolute, SessionStore::schemaVersion); !header) {
        return classify(header.error());
    }
    if (Status copied = copyForInspection(absolute, workspace); !copied) {
        return copied.error();
    }
    if (Status inspected = inspectCopy(workspace); !inspected) {
        return classify(aboutOriginal(inspected.error(), absolute, workspace));
    }
    return DatabaseHealth{DatabaseHealth::State::Healthy, {}};
}

} // namespace

Result<DatabaseHealth> checkDatabase(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return DatabaseHealth{DatabaseHealth::State::Missing, {}};
    }
    const Workspace workspace(info.absoluteFilePath());
    return inspect(info.absoluteFilePath(), workspace);
}

Result<RepairReport> repairDatabase(const QString& path, const QDateTime& now)
{
    RepairReport report;
    const QFileInfo info(path);
    if (!info.exists()) {
        report.missing = true;
        return report;
    }
    const QString absolute = info.absoluteFilePath();
    const Workspace workspace(absolute);
    const Result<DatabaseHealth> health = inspect(absolute, workspace);
    if (!health) {
        return health.error();
    }
    switch (health->state) {
    case DatabaseHealth::State::Healthy:
    case DatabaseHealth::State::Missing:
        return report;
    case DatabaseHealth::State::Newer:
        return makeError(ErrorCode::NewerSchema, health->reason);
    case DatabaseHealth::State::Corrupt:
        break;
    }
    // A file refused by its header was not copied yet; one refused by SQLite has been (and may have had
    // its WAL replayed into the copy, which only helps the salvage).
    if (!QFileInfo::exists(workspace.copy())) {
        if (Status copied = copyForInspection(absolute, workspace); !copied) {
            return copied.error();
        }
    }
    const Salvage salvage = salvageSessions(workspace.copy());
    const Result<int> stored = writeFreshDatabase(workspace.fresh(), salvage.sessions, salvage.record);
    if (!stored) {
        return makeError(stored.error().code, u"Cannot repair %1: the fresh database could not be written (%2). "
                                              u"Nothing was changed."_s.arg(native(absolute), stored.error().message));
    }

    report.movedTo = corruptName(absolute, now);
    auto moved = moveAside(absolute, report.movedTo);
    if (!moved) {
        return makeError(moved.error().code,
                         u"Cannot repair %1: %2 Nothing was changed."_s.arg(native(absolute), moved.error().message));
    }
    report.movedFiles = *moved;
    if (Status placed = moveFile(workspace.fresh(), absolute); !placed) {
        return makeError(placed.error().code,
                         u"Cannot put the repaired database at %1 (%2). The damaged file is "
                         u"now %3."_s.arg(native(absolute), placed.error().message, native(report.movedTo)));
    }
    syncDirectory(QFileInfo(absolute).absolutePath());

    report.repaired = true;
    report.recovered = *stored;
    report.unreadable = salvage.unreadable + static_cast<int>(salvage.sessions.size()) - *stored;
    report.withoutSteps = salvage.withoutSteps;
    return report;
}

Result<QString> moveDatabaseAside(const QString& path, const QDateTime& now)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString movedTo = corruptName(absolute, now);
    auto moved = moveAside(absolute, movedTo);
    if (!moved) {
        return moved.error();
    }
    syncDirectory(QFileInfo(absolute).absolutePath());
    return movedTo;
}

QString repairSummary(const RepairReport& report)
{
    if (report.missing) {
        return u"There is no database there: nothing to repair."_s;
    }
    if (!report.repaired) {
        return u"The database is healthy: nothing to repair."_s;
    }
    const int total = report.recovered + report.unreadable;
    QString line = total == 0 ? u"Recovered 0 sessions: nothing in the file could be read"_s
                              : u"Recovered %1 of %2 sessions"_s.arg(report.recovered).arg(total);
    if (report.withoutSteps > 0) {
        line += u" (%1 without their step details)"_s.arg(report.withoutSteps);
    }
    return line % u"; the damaged file was moved to "_s % native(report.movedTo) % u"."_s;
}

} // namespace rc::core
