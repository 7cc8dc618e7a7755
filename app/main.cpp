// SPDX-License-Identifier: GPL-3.0-or-later
// One binary: console commands run without a display; everything else opens the window.
#include "applicationcalls.h"
#include "catalog.h"
#include "cli.h"
#include "clicommon.h"
#include "clock.h"
#include "firstframe.h"
#include "mainwindow.h"
#include "paths.h"
#include "preferences.h"
#include "reminderschedule.h"
#include "screenshot.h"
#include "sessionstore.h"
#include "singleinstance.h"
#include "startup.h"
#include "themefollower.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void printError(const QString& message)
{
    std::fprintf(stderr, "recovery-coach: %s\n", message.toUtf8().constData());
}

void addGuiOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"start"_s, u"Open straight into a guided session."_s);
    parser.addOptions({{u"routine"_s, u"Routine to start."_s, u"ID"_s},
                       {u"db"_s, u"The session database."_s, u"PATH"_s},
                       {u"screenshot"_s, u"Render one page to a PNG file and exit."_s, u"FILE"_s},
                       {u"page"_s, u"Page for --screenshot."_s, u"PAGE"_s, u"cards"_s},
                       {u"timing"_s, u"Print the time to the window's first frame and quit (for benchmarks)."_s}});
}

QString databasePath(const QCommandLineParser& parser)
{
    return parser.isSet(u"db"_s) ? parser.value(u"db"_s) : rc::core::defaultDatabasePath();
}

int runApplication(rc::core::Millis started)
{
    QApplication::setApplicationDisplayName(u"Recovery Coach"_s);
    QApplication::setDesktopFileName(QString::fromLatin1(rc::core::applicationId));

    QCommandLineParser parser;
    addGuiOptions(parser);
    if (!parser.parse(QApplication::arguments())) {
        printError(parser.errorText() + u" (see recovery-coach --help)"_s);
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    const bool start = positional.value(0) == u"start"_s;
    if (positional.size() > (start ? 1 : 0)) {
        printError(u"unknown command '"_s + positional.value(start ? 1 : 0) + u"' (see recovery-coach --help)"_s);
        return 2;
    }

    const auto catalog = rc::core::Catalog::builtIn();
    if (!catalog) {
        printError(catalog.error().message);
        return 1;
    }
    const QString dbPath = databasePath(parser);
    if (parser.isSet(u"screenshot"_s)) {
        // A picture of what is there: no questions, no lock, no backup.
        auto store = rc::core::SessionStore::open(dbPath);
        if (!store) {
            printError(store.error().message);
            return 1;
        }
        const auto status =
            rc::ui::renderScreenshot(parser.value(u"page"_s), parser.value(u"screenshot"_s), *catalog, store->get());
        if (!status) {
            printError(status.error().message);
            return status.error().code == rc::core::ErrorCode::InvalidInput ? 2 : 1;
        }
        return 0;
    }
    // Only windows on screen show it (a screenshot has none): the SVG icon engine loads here, not above.
    QApplication::setWindowIcon(QIcon(u":/icons/recovery-coach.svg"_s));

    QString routineId = QString::fromLatin1(rc::core::Catalog::defaultRoutineId);
    if (parser.isSet(u"routine"_s)) {
        routineId = parser.value(u"routine"_s);
        if (!catalog->routine(routineId)) {
            printError(u"unknown routine '"_s + routineId + u"'"_s);
            return 2;
        }
    }

    // One window per database: a second start brings the first forward (and starts the routine there).
    rc::ui::SingleInstance instance(dbPath);
    if (!instance.tryBecomePrimary()) {
        const bool answered =
            start ? instance.activatePrimary(QLatin1String(rc::ui::SingleInstance::startRoutineAction), routineId)
                  : instance.activatePrimary();
        if (answered) {
            return 0;
        }
        printError(instance.usesBus()
                       ? u"Recovery Coach is already open for %1 but does not answer; close it and try again"_s.arg(
                             QDir::toNativeSeparators(dbPath))
                       : u"Recovery Coach is already open for %1 (there is no session bus to reach it)"_s.arg(
                             QDir::toNativeSeparators(dbPath)));
        return 1;
    }

    rc::core::SystemClock clock;
    rc::ui::OpenResult opened = rc::ui::openDatabaseInteractively(dbPath, clock);
    if (opened.quit) {
        printError(opened.message);
        return opened.exitCode;
    }
    if (opened.store != nullptr && opened.store->isWritable()) {
        // Once: the target and first day the Preferences of 0.2 kept in QSettings move into the database.
        if (const rc::core::Status moved = rc::core::moveEarlierPreferences(*opened.store); !moved) {
            opened.notice =
                opened.notice.isEmpty() ? moved.error().message : opened.notice + u" "_s + moved.error().message;
        }
    }
    rc::ui::MainWindow window(*catalog, opened.store.get(), clock);
    if (!opened.readOnlyReason.isEmpty()) {
        window.setReadOnlyReason(opened.readOnlyReason);
    }
    if (!opened.notice.isEmpty()) {
        window.showNotice(opened.notice);
    }
    // Reminders turned on or off in the window take effect at once: the systemd user timer (or the
    // autostart entry) for this database.
    const QString reminderDb = parser.isSet(u"db"_s) ? dbPath : QString();
    window.setReminderScheduler(
        [reminderDb](bool on, QTime at) { return rc::ui::applyReminderSchedule(on, at, reminderDb); });
    rc::ui::answerApplicationCalls(instance, window);
    window.enableTray();
    if (parser.isSet(u"timing"_s)) {
        rc::ui::onFirstFrame(window, [&clock, started] {
            std::fprintf(stderr, "recovery-coach: first frame %lld ms after start\n",
                         static_cast<long long>((clock.monotonic() - started).count()));
            QApplication::quit();
        });
    }
    window.show();
    if (start) {
        window.startRoutine(routineId);
    }
    return QApplication::exec();
}

int runGui(int argc, char** argv, rc::core::Millis started)
{
    rc::core::setApplicationIdentity(); // before the application: the default database path depends on it
    QApplication app(argc, argv);
    if (const rc::core::Status moved = rc::app::cli::moveEarlierDataFolder(); !moved) {
        printError(moved.error().message);
        return 1;
    }
    // The saved theme, and while it is `system` the desktop's light or dark, followed live.
    new rc::ui::ThemeFollower(app); // the application's child
    return runApplication(started);
}

} // namespace

int main(int argc, char** argv)
{
    const rc::core::Millis started = rc::core::SystemClock().monotonic();
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    arguments = rc::app::commandFirst(arguments);
    if (rc::app::isConsoleCommand(arguments)) {
        // Console commands need no display: a QCoreApplication, never a QApplication.
        QCoreApplication app(argc, argv);
        rc::core::setApplicationIdentity();
        if (const rc::core::Status moved = rc::app::cli::moveEarlierDataFolder(); !moved) {
            printError(moved.error().message);
            return 1;
        }
        return rc::app::runConsoleCommand(arguments);
    }
    return runGui(argc, argv, started);
}
