// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordrows.h"

#include "sessionrows.h"
#include "sqlitedb.h"

#include <QRegularExpression>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

constexpr qsizetype maxSettingKeyLength = 40;
constexpr qsizetype maxSettingValueLength = 200;

Error invalid(const QString& context, const QString& what)
{
    return makeError(ErrorCode::InvalidInput, u"%1: %2."_s.arg(context, what));
}

} // namespace

Status validateRecordSetting(const QString& key, const QString& value, const QString& context)
{
    static const QRegularExpression keyPattern(u"^[a-z]+(-[a-z]+)*$"_s);
    if (key.size() > maxSettingKeyLength || !keyPattern.match(key).hasMatch()) {
        return invalid(context, u"\"%1\" is not a setting name"_s.arg(key.left(maxSettingKeyLength)));
    }
    if (value.size() > maxSettingValueLength || value.contains(u'\n') || value.contains(u'\r')) {
        return invalid(context, u"the value of %1 is not one line of at most %2 characters"_s.arg(
                                    key, QString::number(maxSettingValueLength)));
    }
    return {};
}

Status validatePause(const Pause& pause, const QString& context)
{
    if (!pause.from.isValid() || !pause.to.isValid() || pause.from.year() < 1 || pause.to.year() > 9999) {
        return invalid(context, u"a pause needs a valid first and last date"_s);
    }
    if (pause.from > pause.to) {
        return invalid(context, u"the pause ends (%1) before it starts (%2)"_s.arg(pause.to.toString(Qt::ISODate),
                                                                                  pause.from.toString(Qt::ISODate)));
    }
    if (pause.days() > maxPauseDays) {
        return invalid(context, u"a pause covers at most %1 days; %2 to %3 is %4"_s.arg(
                                    QString::number(maxPauseDays), pause.from.toString(Qt::ISODate),
                                    pause.to.toString(Qt::ISODate), QString::number(pause.days())));
    }
    return validateNote(pause.note, context);
}

int readRecordSettings(sqlite3* db, std::map<QString, QString>& settings)
{
    SqlStatement query(db, "SELECT key, value FROM record_settings ORDER BY key");
    if (query.prepareResult() != SQLITE_OK) {
        return query.prepareResult();
    }
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW) {
        settings[query.text(0)] = query.text(1);
    }
    return rc;
}

int readPauses(sqlite3* db, std::vector<Pause>& pauses)
{
    SqlStatement query(db, "SELECT id, from_date, to_date, note FROM pauses ORDER BY from_date, to_date, id");
    if (query.prepareResult() != SQLITE_OK) {
        return query.prepareResult();
    }
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW) {
        pauses.push_back({query.int64(0), QDate::fromString(query.text(1), Qt::ISODate),
                          QDate::fromString(query.text(2), Qt::ISODate), query.text(3)});
    }
    return rc;
}

int replaceRecordRows(sqlite3* db, const RecordRows& rows)
{
    for (const char* sql : {"DELETE FROM record_settings", "DELETE FROM pauses"}) {
        if (const int rc = execSql(db, sql); rc != SQLITE_OK) {
            return rc;
        }
    }
    SqlStatement setting(db, "INSERT INTO record_settings (key, value) VALUES (?1, ?2)");
    if (setting.prepareResult() != SQLITE_OK) {
        return setting.prepareResult();
    }
    for (const auto& [key, value] : rows.settings) {
        setting.bind(1, key);
        setting.bind(2, value);
        if (const int rc = setting.step(); rc != SQLITE_DONE) {
            return rc;
        }
        setting.reset();
    }
    SqlStatement pause(db, "INSERT INTO pauses (id, from_date, to_date, note) VALUES (?1, ?2, ?3, ?4)");
    if (pause.prepareResult() != SQLITE_OK) {
        return pause.prepareResult();
    }
    for (const Pause& row : rows.pauses) {
        pause.bind(1, row.id);
        pause.bind(2, row.from.toString(Qt::ISODate));
        pause.bind(3, row.to.toString(Qt::ISODate));
        pause.bind(4, row.note);
        if (const int rc = pause.step(); rc != SQLITE_DONE) {
            return rc;
        }
        pause.reset();
    }
    return SQLITE_DONE;
}

} // namespace rc::core
