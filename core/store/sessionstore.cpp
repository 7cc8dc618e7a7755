// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstore.h"

#include "privatefiles.h"
#include "sessionrows.h"
#include "sqlitedb.h"
#include "storeschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;

namespace rc::core {

static_assert(SessionStore::schemaVersion == currentSchemaVersion);

namespace {

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString describe(const Session& session)
{
    return u"the %1 session started at %2"_s.arg(session.routine, session.startedAt.toString(Qt::ISODate));
}

} // namespace

SessionStore::SessionStore(sqlite3* db, QString path, Mode mode) : m_db(db), m_path(std::move(path)), m_mode(mode) {}

SessionStore::~SessionStore()
{
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<SessionStore>> SessionStore::open(const QString& path, Mode mode)
{
    if (path.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, u"No database path given."_s);
    }
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.isDir()) {
        return makeError(ErrorCode::InvalidInput,
                         u"%1 is a folder, not a database file. Pass a file path to --db."_s.arg(nativePath(absolute)));
    }
    if (info.exists()) {
        // Before SQLite touches the file: a foreign or newer file must stay byte-for-byte as it is.
        if (Status header = checkFileHeader(absolute, schemaVersion); !header) {
            return header.error();
        }
    } else if (mode == Mode::ReadOnly) {
        return makeError(ErrorCode::NotFound, u"There is no database at %1. Record a session first or pass the "
                                              u"right file to --db."_s.arg(nativePath(absolute)));
    } else if (!makePrivateFolder(info.absolutePath())) {
        return makeError(ErrorCode::ReadOnly,
                         u"Cannot create the folder %1 for the database. Check its "
                         u"permissions or use another --db."_s.arg(nativePath(info.absolutePath())));
    }

    int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    QByteArray name = QFile::encodeName(absolute);
    if (mode == Mode::ReadOnly && info.exists() && !QFileInfo(info.absolutePath()).isWritable() &&
        QFileInfo(absolute + u"-wal"_s).size() == 0) {
        // In a read-only folder SQLite cannot create the -shm it needs to read a WAL database, and no
        // one can write to the database there either: read it as immutable. A -wal left by a crash
        // holds sessions the main file lacks, so then the normal way is tried.
        name = QUrl::fromLocalFile(absolute).toEncoded() + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    // Reading a WAL-mode file creates -wal and -shm beside it; a refused file must not keep them.
    const QString wal = absolute + u"-wal"_s;
    const QString shm = absolute + u"-shm"_s;
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    // The store owns the handle from here, even a failed one (sqlite3_open_v2 allocates it anyway).
    std::unique_ptr<SessionStore> store(new SessionStore(db, absolute, mode));
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_CANTOPEN && !QFileInfo(info.absolutePath()).isWritable()) {
            return sqlError(nullptr, SQLITE_READONLY, absolute);
        }
        return sqlError(db, rc, absolute);
    }
    if (!info.exists()) {
        // SQLite made the file with the umask's permissions. Private before the first byte is written, and
        // so are the -wal and -shm, which SQLite creates with the database's own permissions.
        makePrivate(absolute);
    }
    if (Status ready = store->initialize(); !ready) {
        store.reset(); // close first; checkpoint-on-close is off until the file passed its checks
        if (!hadWal && QFileInfo(wal).size() == 0) {
            QFile::remove(wal);
        }
        if (!hadShm) {
            QFile::remove(shm);
        }
        return ready.error();
    }
    if (mode == Mode::ReadWrite) {
        // A database from before (or copied in with other permissions) is tightened once it is ours.
        for (const QString& file : {absolute, wal, shm}) {
            makePrivate(file);
        }
    }
    return store;
}

Status SessionStore::initialize()
{
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    // A file is data, never code: functions with side effects may not run from its views or triggers
    // (PRODUCT.md section 8). Set first, before anything of the file is read.
    if (const int rc = execSql(m_db, "PRAGMA trusted_schema = OFF"); rc != SQLITE_OK) {
        return sqlError(m_db, rc, m_path);
    }
    // Until the file is known to be ours and healthy, closing must not checkpoint a -wal into it: a
    // refused file (newer, damaged) stays byte-for-byte as it was, -wal included.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);

    // Read-only checks first: nothing below writes until the file is known to be ours and healthy. All of
    // them in one snapshot: read apart, the version could come from before another process finished
    // creating this new database and the tables from after it, which looks like a foreign file.
    Result<int> version = 0;
    {
        SqlTransaction snapshot(m_db, SqlTransaction::Kind::Read);
        if (snapshot.beginResult() != SQLITE_OK) {
            return sqlError(m_db, snapshot.beginResult(), m_path);
        }
        version = readUserVersion(m_db, m_path);
        if (!version) {
            return version.error();
        }
        if (*version > schemaVersion) {
            return newerSchemaError(m_path, *version, schemaVersion);
        }
        if (Status check = quickCheck(m_db, m_path); !check) {
            return check;
        }
        if (Status ours = checkNotForeign(m_db, m_path, *version); !ours) {
            return ours;
        }
    }
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    // Connection settings, not stored in the file: a crash or power loss never loses a saved session.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        if (const int rc = execSql(m_db, pragma); rc != SQLITE_OK) {
            return sqlError(m_db, rc, m_path);
        }
    }

    if (m_mode == Mode::ReadOnly) {
        // An older version is read as it is: migrating is a write, and its sessions read the same.
        if (*version < 1) {
            return makeError(ErrorCode::NotFound, u"%1 holds no Recovery Coach sessions yet. Record a session "
                                                  u"first."_s.arg(nativePath(m_path)));
        }
        m_version = *version;
        return {};
    }
    if (sqlite3_db_readonly(m_db, "main") == 1) {
        return sqlError(nullptr, SQLITE_READONLY, m_path);
    }
    // WAL: the dashboard can read while a session is being saved, and a save is one fsync'd append.
    // Switching to WAL needs the file to itself, and while another process holds it (creating the same new
    // database, say) SQLite answers busy at once instead of waiting: ask again within the busy timeout.
    int rc = execSql(m_db, "PRAGMA journal_mode = WAL");
    for (int waited = 0; (rc & 0xff) == SQLITE_BUSY && waited < busyTimeoutMs; waited += 10) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        rc = execSql(m_db, "PRAGMA journal_mode = WAL");
    }
    if (rc != SQLITE_OK) {
        return sqlError(m_db, rc, m_path);
    }
    if (Status migrated = migrateSchema(m_db, m_path, schemaVersion); !migrated) {
        return migrated;
    }
    m_version = schemaVersion;
    return {};
}

Status SessionStore::checkWritable() const
{
    if (m_mode == Mode::ReadOnly) {
        return makeError(ErrorCode::ReadOnly,
                         u"Cannot write to %1: it was opened read-only."_s.arg(nativePath(m_path)));
    }
    return {};
}

Result<qint64> SessionStore::add(const Session& session)
{
    if (Status valid = validateSession(session, u"Cannot save the session"_s); !valid) {
        return valid.error();
    }
    if (Status writable = checkWritable(); !writable) {
        return writable.error();
    }
    SqlTransaction transaction(m_db);
    if (transaction.beginResult() != SQLITE_OK) {
        return sqlError(m_db, transaction.beginResult(), m_path);
    }
    SessionWriter writer(m_db, SessionWriter::OnDuplicate::Fail, SessionWriter::Id::New);
    int rc = writer.prepareResult() == SQLITE_OK ? writer.insert(session) : writer.prepareResult();
    if (rc == SQLITE_DONE) {
        rc = transaction.commit();
    }
    if (rc == SQLITE_CONSTRAINT_UNIQUE) {
        return makeError(ErrorCode::Duplicate, u"%1 is already stored in %2; nothing was saved."_s.arg(
                                                   describe(session), nativePath(m_path)));
    }
    if (rc != SQLITE_OK) {
        return sqlError(m_db, rc, m_path);
    }
    return writer.lastId();
}

Result<ImportSummary> SessionStore::importSessions(const std::vector<Session>& sessions)
{
    // Validate the whole batch before taking the write lock: a bad row stores nothing.
    for (size_t i = 0; i < sessions.size(); ++i) {
        if (Status valid = validateSession(sessions[i], u"Session %1 of the import"_s.arg(i + 1)); !valid) {
            return valid.error();
        }
    }
    if (Status writable = checkWritable(); !writable) {
        return writable.error();
    }
    ImportSummary summary;
    if (sessions.empty()) {
        return summary;
    }
    SqlTransaction transaction(m_db);
    if (transaction.beginResult() != SQLITE_OK) {
        return sqlError(m_db, transaction.beginResult(), m_path);
    }
    // ON CONFLICT DO NOTHING also catches a repeat of an earlier row: it is already inserted by then.
    SessionWriter writer(m_db, SessionWriter::OnDuplicate::Skip, SessionWriter::Id::New);
    if (writer.prepareResult() != SQLITE_OK) {
        return sqlError(m_db, writer.prepareResult(), m_path);
    }
    for (const Session& session : sessions) {
        if (const int rc = writer.insert(session); rc != SQLITE_DONE) {
            return sqlError(m_db, rc, m_path);
        }
        ++(writer.inserted() ? summary.added : summary.skipped);
    }
    if (const int rc = transaction.commit(); rc != SQLITE_OK) {
        return sqlError(m_db, rc, m_path);
    }
    return summary;
}

Status SessionStore::updateDetails(qint64 id, std::optional<int> sorenessBefore, std::optional<int> sorenessAfter,
                                   const QString& notes)
{
    if (Status valid = validateSoreness(sorenessBefore, sorenessAfter, u"Cannot save the details"_s); !valid) {
        return valid;
    }
    if (Status valid = validateNote(notes, u"Cannot save the details"_s); !valid) {
        return valid;
    }
    if (Status writable = checkWritable(); !writable) {
        return writable;
    }
    SqlTransaction transaction(m_db);
    if (transaction.beginResult() != SQLITE_OK) {
        return sqlError(m_db, transaction.beginResult(), m_path);
    }
    SqlStatement update(m_db, "UPDATE sessions SET soreness_before = ?, soreness_after = ?, notes = ? WHERE id = ?");
    if (update.prepareResult() != SQLITE_OK) {
        return sqlError(m_db, update.prepareResult(), m_path);
    }
    update.bind(1, sorenessBefore);
    update.bind(2, sorenessAfter);
    update.bind(3, notes);
    update.bind(4, id);
    if (const int rc = update.step(); rc != SQLITE_DONE) {
        return sqlError(m_db, rc, m_path);
    }
    if (sqlite3_changes(m_db) == 0) {
        return makeError(ErrorCode::NotFound, u"There is no session %1 in %2; nothing was changed."_s.arg(
                                                  QString::number(id), nativePath(m_path)));
    }
    if (const int rc = transaction.commit(); rc != SQLITE_OK) {
        return sqlError(m_db, rc, m_path);
    }
    return {};
}

Status SessionStore::remove(qint64 id)
{
    if (Status writable = checkWritable(); !writable) {
        return writable;
    }
    SqlTransaction transaction(m_db);
    if (transaction.beginResult() != SQLITE_OK) {
        return sqlError(m_db, transaction.beginResult(), m_path);
    }
    // Steps go with it: ON DELETE CASCADE (foreign_keys is on for every connection).
    SqlStatement remove(m_db, "DELETE FROM sessions WHERE id = ?");
    if (remove.prepareResult() != SQLITE_OK) {
        return sqlError(m_db, remove.prepareResult(), m_path);
    }
    remove.bind(1, id);
    if (const int rc = remove.step(); rc != SQLITE_DONE) {
        return sqlError(m_db, rc, m_path);
    }
    if (sqlite3_changes(m_db) == 0) {
        return makeError(ErrorCode::NotFound, u"There is no session %1 in %2; nothing was removed."_s.arg(
                                                  QString::number(id), nativePath(m_path)));
    }
    if (const int rc = transaction.commit(); rc != SQLITE_OK) {
        return sqlError(m_db, rc, m_path);
    }
    return {};
}

Status SessionStore::restore(const Session& session)
{
    if (Status valid = validateSession(session, u"Cannot restore the session"_s); !valid) {
        return valid;
    }
    if (session.id <= 0) {
        return makeError(ErrorCode::InvalidInput, u"Cannot restore a session that was never stored."_s);
    }
    if (Status writable = checkWritable(); !writable) {
        return writable;
    }
    SqlTransaction transaction(m_db);
    if (transaction.beginResult() != SQLITE_OK) {
        return sqlError(m_db, transaction.beginResult(), m_path);
    }
    SessionWriter writer(m_db, SessionWriter::OnDuplicate::Fail, SessionWriter::Id::Keep);
    int rc = writer.prepareResult() == SQLITE_OK ? writer.insert(session) : writer.prepareResult();
    if (rc == SQLITE_DONE) {
        rc = transaction.commit();
    }
    if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY) {
        return makeError(ErrorCode::Duplicate, u"Cannot restore %1: it is already stored in %2."_s.arg(
                                                   describe(session), nativePath(m_path)));
    }
    if (rc != SQLITE_OK) {
        return sqlError(m_db, rc, m_path);
    }
    return {};
}

} // namespace rc::core
