// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirhythm.h"

#include "clicommon.h"
#include "clidata.h"
#include "preferences.h"
#include "recordsettings.h"
#include "reminderschedule.h"
#include "rhythmformat.h"
#include "sessionstore.h"

#include <QCommandLineParser>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace rc::app::cli {

namespace {

// The record's settings of the database at `path` without creating it: a missing file has the defaults
// (and whatever the earlier Preferences set).
core::Result<core::RecordSettings> readRecordSettings(const QString& path)
{
    auto store = core::SessionStore::open(path, core::SessionStore::Mode::ReadOnly);
    if (!store) {
        if (store.error().code == core::ErrorCode::NotFound) {
            return core::loadRecordSettings();
        }
        return store.error();
    }
    return core::loadRecordSettings(**store);
}

core::SettingList allSettings(const core::RecordSettings& record)
{
    core::SettingList list;
    const auto recordText = core::recordSettingsText(record);
    for (const QString& key : core::recordSettingKeys()) {
        list.emplace_back(key, recordText.at(key));
    }
    for (const QString& key : core::computerSettingKeys()) {
        list.emplace_back(key, core::computerSettingValue(key));
    }
    return list;
}

} // namespace

core::Result<std::unique_ptr<core::SessionStore>> openForWriting(const QString& path)
{
    auto store = core::SessionStore::open(path);
    if (store) {
        if (const core::Status moved = core::moveEarlierPreferences(**store); !moved) {
            printLine(stderr, u"recovery-coach: warning: the earlier Preferences were not moved into the database: "_s %
                                  moved.error().message);
        }
    }
    return store;
}

int commandSettings(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommandWithArguments(parser, arguments, {{u"json"_s, u"Print JSON."_s}}, 0, 2, &error, QString())) {
        return fail(error, Usage);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        const auto record = readRecordSettings(databasePath(parser));
        if (!record) {
            return fail(record.error());
        }
        const core::SettingList settings = allSettings(*record);
        writeOut(parser.isSet(u"json"_s) ? core::settingsToJson(settings) : core::settingsToText(settings).toUtf8());
        return Success;
    }
    const QString key = positional.at(0);
    if (!core::allSettingKeys().contains(key)) {
        return fail(u"there is no setting '"_s % key % u"'; the settings are "_s % core::allSettingKeys().join(u", "_s),
                    Usage);
    }
    if (positional.size() == 1) {
        if (parser.isSet(u"json"_s)) {
            return fail(u"--json lists every setting; leave out the key, or leave out --json"_s, Usage);
        }
        const auto record = readRecordSettings(databasePath(parser));
        if (!record) {
            return fail(record.error());
        }
        for (const auto& [name, value] : allSettings(*record)) {
            if (name == key) {
                printLine(stdout, value);
            }
        }
        return Success;
    }
    const auto value = core::canonicalSettingValue(key, positional.at(1));
    if (!value) {
        return fail(value.error().message, Usage);
    }
    if (core::computerSettingKeys().contains(key)) {
        const core::ComputerSettings before = core::savedComputerSettings();
        core::setComputerSettingValue(key, *value);
        const core::ComputerSettings after = core::savedComputerSettings();
        if (after.reminders != before.reminders || (after.reminders && after.reminderTime != before.reminderTime)) {
            // As in Preferences: the timer (or autostart entry) follows at once; if it cannot, nothing changed.
            const QString db = parser.isSet(u"db"_s) ? databasePath(parser) : QString();
            if (const core::Status scheduled = ui::applyReminderSchedule(after.reminders, after.reminderTime, db);
                !scheduled) {
                core::saveComputerSettings(before);
                return fail(u"the reminders could not be set up: "_s % scheduled.error().message);
            }
        }
        printLine(stdout, key % u'=' % *value);
        return Success;
    }
    auto store = openForWriting(databasePath(parser));
    if (!store) {
        return fail(store.error());
    }
    if (const core::Status set = (*store)->setRecordSettings({{key, *value}}); !set) {
        return fail(set.error());
    }
    backUpAfterWrite(**store);
    printLine(stdout, key % u'=' % *value);
    return Success;
}

int commandPause(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommand(parser, arguments,
                      {{u"from"_s, u"First paused date."_s, u"D"_s},
                       {u"to"_s, u"Last paused date."_s, u"D"_s},
                       {u"note"_s, u"Why: injured, ill, travelling..."_s, u"TEXT"_s}},
                      &error)) {
        return fail(error, Usage);
    }
    core::Pause pause;
    for (const auto& [option, date] : {std::pair{u"from"_s, &pause.from}, std::pair{u"to"_s, &pause.to}}) {
        if (!parser.isSet(option)) {
            return fail(u"pause needs --from D and --to D (dates inclusive, YYYY-MM-DD)"_s, Usage);
        }
        const auto parsed = parseDate(parser.value(option));
        if (!parsed) {
            return fail(u"--"_s % option % u" '"_s % parser.value(option) % u"' is not a date; use YYYY-MM-DD"_s, Usage);
        }
        *date = *parsed;
    }
    pause.note = parser.value(u"note"_s);
    auto store = openForWriting(databasePath(parser));
    if (!store) {
        return fail(store.error());
    }
    const auto added = (*store)->addPause(pause);
    if (!added) {
        return fail(added.error());
    }
    backUpAfterWrite(**store);
    pause.id = *added;
    printLine(stdout, u"Paused "_s % core::pauseSpanText(pause) % u" as pause "_s % QString::number(*added) % u"."_s);
    return Success;
}

int commandPauses(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommand(parser, arguments, {{u"json"_s, u"Print JSON."_s}}, &error)) {
        return fail(error, Usage);
    }
    std::vector<core::Pause> pauses;
    if (auto store = core::SessionStore::open(databasePath(parser), core::SessionStore::Mode::ReadOnly)) {
        auto read = (*store)->pauses();
        if (!read) {
            return fail(read.error());
        }
        pauses = std::move(read).value();
    } else if (store.error().code != core::ErrorCode::NotFound) {
        return fail(store.error());
    }
    writeOut(parser.isSet(u"json"_s) ? core::pausesToJson(pauses) : core::pausesToText(pauses).toUtf8());
    return Success;
}

int commandUnpause(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommandWithArguments(parser, arguments, {}, 1, 1, &error, u"the id of a pause (see pauses)"_s)) {
        return fail(error, Usage);
    }
    const QString idText = parser.positionalArguments().constFirst();
    const auto id = parseInt(idText, 1, std::numeric_limits<int>::max());
    if (!id) {
        return fail(u"'"_s % idText % u"' is not the id of a pause; `recovery-coach pauses` lists them"_s, Usage);
    }
    auto store = openForWriting(databasePath(parser));
    if (!store) {
        return fail(store.error());
    }
    const auto pauses = (*store)->pauses();
    if (!pauses) {
        return fail(pauses.error());
    }
    const auto it = std::find_if(pauses->begin(), pauses->end(), [&](const core::Pause& p) { return p.id == *id; });
    if (it == pauses->end()) {
        return fail(u"there is no pause "_s % idText % u"; `recovery-coach pauses` lists them"_s, Usage);
    }
    if (const core::Status removed = (*store)->removePause(*id); !removed) {
        return fail(removed.error());
    }
    backUpAfterWrite(**store);
    printLine(stdout, u"Removed pause "_s % idText % u", "_s % core::pauseSpanText(*it) % u"."_s);
    return Success;
}

} // namespace rc::app::cli
