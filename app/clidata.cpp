// SPDX-License-Identifier: GPL-3.0-or-later
#include "clidata.h"

#include "backup.h"
#include "clicommon.h"
#include "clock.h"
#include "paths.h"
#include "repair.h"
#include "sessionstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rc::app::cli {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

void backUpAfterWrite(const core::SessionStore& store)
{
    const core::SystemClock clock;
    const auto backedUp = core::runAutomaticBackup(store, core::backupDirectoryFor(store.path()), clock.today());
    if (!backedUp) {
        printLine(stderr, u"recovery-coach: warning: the daily backup was not made: "_s % backedUp.error().message);
    }
}

int commandBackup(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommandWithArguments(parser, arguments, {}, 1, &error)) {
        return fail(error, Usage);
    }
    const QString target = parser.positionalArguments().constFirst();
    // Read-only: a backup never creates or changes the database, and works from a read-only folder.
    auto store = core::SessionStore::open(databasePath(parser), core::SessionStore::Mode::ReadOnly);
    if (!store) {
        return fail(store.error());
    }
    if (core::Status written = core::backupDatabase(**store, target); !written) {
        return fail(written.error());
    }
    const auto count = (*store)->count();
    if (!count) {
        return fail(count.error());
    }
    printLine(stdout, u"Backed up "_s % sessionCount(*count) % u" to "_s % native(target) % u"."_s);
    return Success;
}

int commandRestore(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommandWithArguments(parser, arguments, {}, 1, &error)) {
        return fail(error, Usage);
    }
    const QString source = parser.positionalArguments().constFirst();
    const QString database = databasePath(parser);
    const core::SystemClock clock;
    const auto restored = core::restoreDatabaseFile(database, source, core::backupDirectoryFor(database), clock.now());
    if (!restored) {
        return fail(restored.error());
    }
    printLine(stdout, u"Restored "_s % sessionCount(restored->sessions) % u" from "_s % native(source) %
                          (restored->previousWasDamaged ? u"; the damaged database was moved to "_s
                                                        : u"; the previous database was backed up to "_s) %
                          native(restored->previousDatabaseBackup) % u"."_s);
    if (!restored->leftOut.isEmpty()) {
        // Only the sessions came over: the backup's own schema objects never reach the database.
        printLine(stdout, u"Left out of the backup, as no part of a Recovery Coach database: "_s %
                              restored->leftOut.join(u", "_s) % u"."_s);
    }
    if (auto store = core::SessionStore::open(database)) {
        backUpAfterWrite(**store);
    }
    return Success;
}

int commandRepair(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseCommand(parser, arguments, {}, &error)) {
        return fail(error, Usage);
    }
    const QString database = databasePath(parser);
    const core::SystemClock clock;
    const auto report = core::repairDatabase(database, clock.now());
    if (!report) {
        return fail(report.error());
    }
    if (report->missing) {
        printLine(stdout, u"There is no database at "_s % native(database) % u": nothing to repair."_s);
        return Success;
    }
    if (!report->repaired) {
        printLine(stdout, u"The database "_s % native(database) % u" is healthy: nothing to repair."_s);
        return Success;
    }
    printLine(stdout, core::repairSummary(*report));
    if (auto store = core::SessionStore::open(database)) {
        backUpAfterWrite(**store);
    }
    return Success;
}

} // namespace rc::app::cli
