// SPDX-License-Identifier: GPL-3.0-or-later
// The record's settings and pauses in SessionStore (PRODUCT.md section 5).
#include "recordrows.h"
#include "sessionstore.h"
#include "sqlitedb.h"

#include <QDir>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace rc::core {

Result<std::map<QString, QString>> SessionStore::recordSettings() const
{
    std::map<QString, QString> settings;
    if (!hasRecordTables()) {
        return settings;
    }
    if (const int rc = readRecordSettings(m_db, settings); rc != SQLITE_DONE) {
        return sqlError(m_db, rc, m_path);
    }
    return settings;
}

Status SessionStore::setRecordSettings(const std::map<QString, QString>& values)
{
    if (Status writable = checkWritable(); !writable) {
        return writable;
    }
    for (const auto& [key, value] : values) {
        if (Status valid = validateRecordSetting(key, value, u"Cannot change the setting"_s); !valid) {
            return valid;
        }
    }
    SqlTransaction transaction(m_db);
    if (transaction.beginResult() != SQLITE_OK) {
        return sqlError(m_db, transaction.beginResult(), m_path);
    }
    SqlStatement set(m_db, "INSERT INTO record_settings (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    SqlStatement remove(m_db, "DELETE FROM record_settings WHERE key = ?1");
    for (const SqlStatement* statement : {&set, &remove}) {
        if (statement->prepareResult() != SQLITE_OK) {
            return sqlError(m_db, statement->prepareResult(), m_path);
        }
    }
    for (const auto& [key, value] : values) {
        SqlStatement& statement = value.isEmpty() ? remove : set;
        statement.bind(1, key);
        if (!value.isEmpty()) {
            statement.bind(2, value);
        }
        if (const int rc = statement.step(); rc != SQLITE_DONE) {
            return sqlError(m_db, rc, m_path);
        }
        statement.reset();
    }
    if (const int rc = transaction.commit(); rc != SQLITE_OK) {
        return sqlError(m_db, rc, m_path);
    }
    return {};
}

Result<std::vector<Pause>> SessionStore::pauses() const
{
    std::vector<Pause> pauses;
    if (!hasRecordTables()) {
        return pauses;
    }
    if (const int rc = readPauses(m_db, pauses); rc != SQLITE_DONE) {
        return sqlError(m_db, rc, m_path);
    }
    return pauses;
}

namespace {

// Inserts one pause with the given id, or a new one when it is 0. SQLITE_DONE or the error.
int insertPause(sqlite3* db, const Pause& pause)
{
    SqlStatement insert(db, "INSERT INTO pauses (id, from_date, to_date, note) VALUES (?1, ?2, ?3, ?4)");
    if (insert.prepareResult() != SQLITE_OK) {
        return insert.prepareResult();
    }
    if (pause.id > 0) {
        insert.bind(1, pause.id);
    } else {
        insert.bindNull(1);
    }
    insert.bind(2, pause.from.toString(Qt::ISODate));
    insert.bind(3, pause.to.toString(Qt::ISODate));
    insert.bind(4, pause.note);
    return insert.step();
}

} // namespace

Result<qint64> SessionStore::addPause(const Pause& pause)
{
    if (Status writable = checkWritable(); !writable) {
        return writable.error();
    }
    if (Status valid = validatePause(pause, u"Cannot add the pause"_s); !valid) {
        return valid.error();
    }
    Pause fresh = pause;
    fresh.id = 0;
    if (const int rc = insertPause(m_db, fresh); rc != SQLITE_DONE) {
        return sqlError(m_db, rc, m_path);
    }
    return sqlite3_last_insert_rowid(m_db);
}

Status SessionStore::removePause(qint64 id)
{
    if (Status writable = checkWritable(); !writable) {
        return writable;
    }
    SqlStatement remove(m_db, "DELETE FROM pauses WHERE id = ?1");
    if (remove.prepareResult() != SQLITE_OK) {
        return sqlError(m_db, remove.prepareResult(), m_path);
    }
    remove.bind(1, id);
    if (const int rc = remove.step(); rc != SQLITE_DONE) {
        return sqlError(m_db, rc, m_path);
    }
    if (sqlite3_changes(m_db) == 0) {
        return makeError(ErrorCode::NotFound, u"There is no pause %1 in %2; nothing was removed."_s.arg(
                                                  QString::number(id), QDir::toNativeSeparators(m_path)));
    }
    return {};
}

Status SessionStore::restorePause(const Pause& pause)
{
    if (Status writable = checkWritable(); !writable) {
        return writable;
    }
    if (Status valid = validatePause(pause, u"Cannot restore the pause"_s); !valid) {
        return valid;
    }
    if (pause.id <= 0) {
        return makeError(ErrorCode::InvalidInput, u"Cannot restore the pause: it has no id."_s);
    }
    if (const int rc = insertPause(m_db, pause); rc != SQLITE_DONE) {
        if ((rc & 0xff) == SQLITE_CONSTRAINT) {
            return makeError(ErrorCode::Duplicate, u"Cannot restore the pause: pause %1 exists again in %2."_s.arg(
                                                       QString::number(pause.id), QDir::toNativeSeparators(m_path)));
        }
        return sqlError(m_db, rc, m_path);
    }
    return {};
}

} // namespace rc::core
