// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "adherence.h"
#include "catalog.h"
#include "catalogformat.h"
#include "clicommon.h"
#include "clidata.h"
#include "cliremind.h"
#include "clirhythm.h"
#include "clock.h"
#include "manualentry.h"
#include "paths.h"
#include "preferences.h"
#include "privatefiles.h"
#include "reportformat.h"
#include "rhythm.h"
#include "sessioncsv.h"
#include "sessionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace rc::app {
namespace {

using namespace cli;

const QString kUsage = uR"(Usage:
  recovery-coach                                   open the app
  recovery-coach start [--routine ID]              open the app straight into a guided session
  recovery-coach log [--date D] [--routine ID] [--minutes M]
                                                   record a completed session (manual entry)
  recovery-coach report [--today D] [--weeks N] [--target T] [--week-start monday|sunday|saturday] [--json]
  recovery-coach export --csv FILE|-               every session, oldest first
  recovery-coach import --csv FILE|-               all rows or none; rows already stored are skipped
  recovery-coach techniques [--json]               the technique catalog
  recovery-coach settings [--json]                 every setting, key=value (or one JSON object)
  recovery-coach settings KEY [VALUE]              one setting, or change it
  recovery-coach pause --from D --to D [--note TEXT]
                                                   days off the plan (injury, illness, travel), inclusive
  recovery-coach pauses [--json]                   every pause: id, from, to, note
  recovery-coach unpause ID                        remove a pause
  recovery-coach backup FILE                       copy the database to FILE (a consistent online copy)
  recovery-coach restore FILE                      replace the database with the backup FILE; the current
                                                   one is backed up first
  recovery-coach repair                            move a damaged database aside and salvage its sessions
  recovery-coach remind [--dry-run]                send today's reminder if one is due, then exit
  recovery-coach --screenshot FILE [--page cards|session|dashboard|history|preferences]
  recovery-coach --version | --help

Settings: target-days (1-7), week-start (monday|sunday|saturday), planned-days (mon,...,sun or none),
day-starts-at (00:00-05:59) travel with the database; reminders (on|off), reminder-time (HH:MM) and
theme (system|light|dark) belong to this computer.
Every command takes --db PATH (default: %1).
A daily backup is kept in the "backups" folder beside the database (7 daily, 4 weekly).
Dates are YYYY-MM-DD.
)"_s;

core::Result<core::Catalog> loadCatalog()
{
    return core::Catalog::builtIn();
}

// Reads with `read` from the database at `path` without ever creating it: a missing file is an empty
// history, any other failure is the error.
template <typename T>
core::Result<std::vector<T>> readHistory(const QString& path,
                                         core::Result<std::vector<T>> (core::SessionStore::*read)() const)
{
    auto store = core::SessionStore::open(path, core::SessionStore::Mode::ReadOnly);
    if (!store) {
        if (store.error().code == core::ErrorCode::NotFound) {
            return std::vector<T>{};
        }
        return store.error();
    }
    return ((**store).*read)();
}

int commandLog(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommand(parser, arguments,
                      {{u"date"_s, u"Date the session counts for."_s, u"D"_s},
                       {u"routine"_s, u"Routine id."_s, u"ID"_s},
                       {u"minutes"_s, u"Minutes worked."_s, u"M"_s}},
                      &error)) {
        return fail(error, Usage);
    }
    const auto catalog = loadCatalog();
    if (!catalog) {
        return fail(catalog.error());
    }

    std::optional<QDate> dateOption;
    if (parser.isSet(u"date"_s)) {
        dateOption = parseDate(parser.value(u"date"_s));
        if (!dateOption) {
            return fail(u"--date '"_s % parser.value(u"date"_s) % u"' is not a date; use YYYY-MM-DD"_s, Usage);
        }
    }

    const QString routineId =
        parser.isSet(u"routine"_s) ? parser.value(u"routine"_s) : QString::fromLatin1(core::Catalog::defaultRoutineId);
    // A routine, or one technique on its own (as "Roll this one" records it).
    core::Routine routine;
    if (const core::Routine* known = catalog->routine(routineId)) {
        routine = *known;
    } else if (const core::Technique* technique = catalog->technique(routineId)) {
        routine = catalog->singleTechniqueRoutine(technique->id, 90);
    } else {
        QStringList ids;
        for (const auto& r : catalog->routines()) {
            ids << r.id;
        }
        for (const auto& t : catalog->techniques()) {
            ids << t.id;
        }
        return fail(u"unknown routine '"_s % routineId % u"'; known: "_s % ids.join(u", "_s), Usage);
    }

    int seconds = routine.plannedSeconds();
    if (parser.isSet(u"minutes"_s)) {
        bool ok = false;
        const double minutes = parser.value(u"minutes"_s).toDouble(&ok);
        // Checked after rounding to whole seconds: 0.001 minutes would store a 0-second "session".
        const long rounded = ok && std::isfinite(minutes) ? std::lround(minutes * 60) : 0;
        if (rounded < 1 || rounded > 24 * 60 * 60) {
            return fail(u"--minutes '"_s % parser.value(u"minutes"_s) %
                            u"' must be a number of minutes from 0.02 (one second) to 1440"_s,
                        Usage);
        }
        seconds = static_cast<int>(rounded);
    }

    auto store = openForWriting(databasePath(parser));
    if (!store) {
        return fail(store.error());
    }
    const auto record = core::loadRecordSettings(**store);
    if (!record) {
        return fail(record.error());
    }
    // Without --date the session counts for today by the day boundary: 01:30 with a 04:00 start is yesterday.
    const core::SystemClock clock;
    const QDateTime now = clock.now();
    const QDate today = core::rhythmToday(now, *record);
    if (dateOption && *dateOption > today) {
        return fail(u"--date "_s % dateOption->toString(Qt::ISODate) % u" is after today ("_s %
                        today.toString(Qt::ISODate) % u"); a session can only be logged once done"_s,
                    Usage);
    }
    const QDate date = dateOption.value_or(today);
    const core::Session session = core::manualSession(routine, date, seconds, now, today);
    if (const auto added = core::addManualSession(**store, session); !added) {
        return fail(added.error());
    }
    backUpAfterWrite(**store);
    printLine(stdout, u"Logged "_s % QString::number(seconds / 60.0, 'f', seconds % 60 == 0 ? 0 : 1) % u" min of "_s %
                          routine.name % u" on "_s % date.toString(Qt::ISODate) % u"."_s);
    return Success;
}

int commandReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommand(parser, arguments,
                      {{u"today"_s, u"Report as of this date."_s, u"D"_s},
                       {u"weeks"_s, u"Weeks in the report."_s, u"N"_s},
                       {u"target"_s, u"Target days per week."_s, u"T"_s},
                       {u"week-start"_s, u"First day of the week."_s, u"DAY"_s},
                       {u"json"_s, u"Print JSON."_s}},
                      &error)) {
        return fail(error, Usage);
    }

    std::optional<QDate> todayOption;
    if (parser.isSet(u"today"_s)) {
        todayOption = parseDate(parser.value(u"today"_s));
        if (!todayOption) {
            return fail(u"--today '"_s % parser.value(u"today"_s) % u"' is not a date; use YYYY-MM-DD"_s, Usage);
        }
    }
    int weeks = 12;
    if (parser.isSet(u"weeks"_s)) {
        const auto parsed = parseInt(parser.value(u"weeks"_s), 1, 1040);
        if (!parsed) {
            return fail(u"--weeks '"_s % parser.value(u"weeks"_s) % u"' must be a whole number from 1 to 1040"_s,
                        Usage);
        }
        weeks = *parsed;
    }
    std::optional<int> target;
    if (parser.isSet(u"target"_s)) {
        target = parseInt(parser.value(u"target"_s), 1, 7);
        if (!target) {
            return fail(u"--target '"_s % parser.value(u"target"_s) % u"' must be a whole number from 1 to 7"_s, Usage);
        }
    }
    std::optional<Qt::DayOfWeek> weekStart;
    if (parser.isSet(u"week-start"_s)) {
        weekStart = core::weekStartFromName(parser.value(u"week-start"_s));
        if (!weekStart) {
            return fail(u"--week-start '"_s % parser.value(u"week-start"_s) % u"' must be monday, sunday or saturday"_s,
                        Usage);
        }
    }

    // Without flags, the record's own settings and pauses (the window shows the same); a missing database
    // is an empty history with the defaults.
    core::RhythmRecord record{core::loadRecordSettings(), {}, {}};
    if (auto store = core::SessionStore::open(databasePath(parser), core::SessionStore::Mode::ReadOnly)) {
        auto read = core::readRhythmRecord(**store);
        if (!read) {
            return fail(read.error());
        }
        record = std::move(read).value();
    } else if (store.error().code != core::ErrorCode::NotFound) {
        return fail(store.error());
    }
    core::RecordSettings& settings = record.settings;
    settings.targetDays = target.value_or(settings.targetDays);
    settings.weekStart = weekStart.value_or(settings.weekStart);
    const QDate today = todayOption.value_or(core::rhythmToday(core::SystemClock().now(), settings));
    const core::Rhythm rhythm = core::rhythmOf(record.history, settings, std::move(record.pauses), today,
                                               core::savedComputerSettings().reminders, weeks);
    if (parser.isSet(u"json"_s)) {
        writeOut(core::reportToJson(rhythm.report, rhythm.reminder));
    } else {
        writeOut(core::reportToText(rhythm.report).toUtf8());
    }
    return Success;
}

int commandExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommand(parser, arguments, {{u"csv"_s, u"Write CSV to FILE, or - for standard output."_s, u"FILE"_s}},
                      &error)) {
        return fail(error, Usage);
    }
    if (!parser.isSet(u"csv"_s)) {
        return fail(u"export needs --csv FILE (or --csv - for standard output)"_s, Usage);
    }
    const QString target = parser.value(u"csv"_s);
    if (target != u"-"_s && core::isDatabaseFile(databasePath(parser), target)) {
        return fail(target % u" is the session database itself; export to another file"_s, Usage);
    }
    const auto sessions = readHistory(databasePath(parser), &core::SessionStore::sessions);
    if (!sessions) {
        return fail(sessions.error());
    }

    const QByteArray csv = core::exportSessionsCsv(*sessions);
    if (target == u"-"_s) {
        writeOut(csv);
        return Success;
    }
    // Through QSaveFile: an interrupted export never leaves a half-written file under the final name.
    if (const core::Status written = core::writePrivateFile(target, csv); !written) {
        return fail(u"could not write "_s % target % u": "_s % written.error().message);
    }
    printLine(stdout, u"Exported "_s % sessionCount(qint64(sessions->size())) % u" to "_s % target % u"."_s);
    return Success;
}

int commandImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommand(parser, arguments, {{u"csv"_s, u"Read CSV from FILE, or - for standard input."_s, u"FILE"_s}},
                      &error)) {
        return fail(error, Usage);
    }
    if (!parser.isSet(u"csv"_s)) {
        return fail(u"import needs --csv FILE (or --csv - for standard input)"_s, Usage);
    }
    const QString source = parser.value(u"csv"_s);
    QFile file;
    const bool opened = source == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                         : (file.setFileName(source), file.open(QIODevice::ReadOnly));
    if (!opened) {
        return fail(u"could not read "_s % source % u": "_s % file.errorString());
    }
    const auto sessions = core::parseSessionsCsv(file);
    if (!sessions) {
        const QString where = source == u"-"_s ? u"standard input"_s : source;
        return fail(where % u", "_s % sessions.error().message, Usage);
    }
    auto store = core::SessionStore::open(databasePath(parser));
    if (!store) {
        return fail(store.error());
    }
    const auto imported = (*store)->importSessions(*sessions);
    if (!imported) {
        return fail(imported.error());
    }
    backUpAfterWrite(**store);
    printLine(stdout, u"Imported "_s % sessionCount(imported->added) % u" ("_s %
                          QString::number(imported->skipped) % u" already stored)."_s);
    return Success;
}

int commandTechniques(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommand(parser, arguments, {{u"json"_s, u"Print JSON."_s}}, &error)) {
        return fail(error, Usage);
    }
    const auto catalog = loadCatalog();
    if (!catalog) {
        return fail(catalog.error());
    }
    writeOut(parser.isSet(u"json"_s) ? core::catalogToJson(*catalog) : core::catalogToText(*catalog).toUtf8());
    return Success;
}

} // namespace

QStringList commandFirst(const QStringList& arguments)
{
    // Every option of the window and the commands that takes a value: its value is no command.
    static const QStringList withValue = {u"--db"_s,    u"--date"_s,  u"--routine"_s,   u"--minutes"_s,
                                          u"--today"_s, u"--weeks"_s, u"--target"_s,    u"--week-start"_s,
                                          u"--csv"_s,   u"--page"_s,  u"--screenshot"_s, u"--from"_s,
                                          u"--to"_s,    u"--note"_s};
    static const QStringList withoutValue = {u"--json"_s, u"--timing"_s, u"--dry-run"_s};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--"_s) {
            break;
        }
        if (argument.startsWith(u'-') && argument != u"-"_s) {
            const QString name = argument.section(u'=', 0, 0);
            if (withValue.contains(argument)) {
                ++i; // --db PATH; --db=PATH holds its value
            } else if (!withValue.contains(name) && !withoutValue.contains(name)) {
                // An option nobody knows: whether a value follows it is unknown too, so the arguments stay
                // as they are and the parser names the option.
                return arguments;
            }
            continue;
        }
        QStringList reordered = arguments;
        reordered.move(i, 1);
        return reordered;
    }
    return arguments;
}

bool isConsoleCommand(const QStringList& arguments)
{
    if (arguments.size() < 2) {
        return false;
    }
    static const QStringList commands = {u"log"_s,      u"report"_s,  u"export"_s,  u"import"_s,  u"techniques"_s,
                                         u"settings"_s, u"pause"_s,   u"pauses"_s,  u"unpause"_s, u"backup"_s,
                                         u"restore"_s,  u"repair"_s,  u"--version"_s, u"-v"_s,    u"--help"_s,
                                         u"-h"_s,       u"help"_s,    u"remind"_s};
    const QString& first = arguments.at(1);
    return commands.contains(first) || (!first.startsWith(u'-') && first != u"start"_s);
}

int runConsoleCommand(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(1); // the command takes the program name's place
    if (command == u"--version"_s || command == u"-v"_s) {
        printLine(stdout, u"recovery-coach "_s % QCoreApplication::applicationVersion());
        return Success;
    }
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        writeOut(kUsage.arg(core::defaultDatabasePath()).toUtf8());
        return Success;
    }
    if (command == u"log"_s) {
        return commandLog(rest);
    }
    if (command == u"report"_s) {
        return commandReport(rest);
    }
    if (command == u"export"_s) {
        return commandExport(rest);
    }
    if (command == u"import"_s) {
        return commandImport(rest);
    }
    if (command == u"techniques"_s) {
        return commandTechniques(rest);
    }
    if (command == u"settings"_s) {
        return commandSettings(rest);
    }
    if (command == u"pause"_s) {
        return commandPause(rest);
    }
    if (command == u"pauses"_s) {
        return commandPauses(rest);
    }
    if (command == u"unpause"_s) {
        return commandUnpause(rest);
    }
    if (command == u"backup"_s) {
        return commandBackup(rest);
    }
    if (command == u"restore"_s) {
        return commandRestore(rest);
    }
    if (command == u"repair"_s) {
        return commandRepair(rest);
    }
    if (command == u"remind"_s) {
        return commandRemind(rest, QCoreApplication::applicationFilePath());
    }
    return fail(u"unknown command '"_s % command % u"' (see recovery-coach --help)"_s, Usage);
}

} // namespace rc::app
