// SPDX-License-Identifier: GPL-3.0-or-later
// The History page over a long history: time from constructing the page (or the whole window on the
// History page) to its first paint. scripts/bench-history.sh runs it under /usr/bin/time -v for the peak
// memory and writes the figures of docs/performance.md.
//
//   history_bench --generate DB [--sessions N]   writes N realistic sessions (default 100,000) into DB
//   history_bench --open DB [--window]           opens the page (or the window) once, prints the times
#include "catalog.h"
#include "clock.h"
#include "historypage.h"
#include "mainwindow.h"
#include "modules.h"
#include "sessionstore.h"
#include "sessiontablemodel.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <memory>
#include <random>

using namespace Qt::StringLiterals;

namespace {

// One to three sessions on most days, going back from yesterday: some partial, some rated, some noted.
std::vector<rc::core::Session> history(int count)
{
    static const QStringList notes = {u"felt tight, left calf"_s, u"hips better after"_s, u"\"IT band\" tender"_s,
                                      u"short one before work"_s, u"rolled slowly\nafter a long run"_s};
    std::mt19937 random(42);
    std::vector<rc::core::Session> sessions;
    sessions.reserve(static_cast<std::size_t>(count));
    const QDateTime base(QDate::currentDate().addDays(-1), QTime(7, 0), Qt::OffsetFromUTC, 3600);
    for (int i = 0; i < count; ++i) {
        rc::core::Session s;
        // Three a day at most: 100,000 sessions reach back about 90 years, which the store does not mind.
        s.startedAt = base.addDays(-(i / 3)).addSecs((i % 3) * 4 * 3600 + static_cast<int>(random() % 1800));
        s.localDate = s.startedAt.date();
        s.routine = random() % 4 == 0 ? u"calf-release"_s : u"runners-recovery"_s;
        s.plannedSeconds = 540;
        s.completed = random() % 10 != 0;
        s.workedSeconds = s.completed ? 540 : static_cast<int>(60 + random() % 400);
        if (random() % 2 == 0) {
            s.sorenessBefore = static_cast<int>(random() % 11);
            s.sorenessAfter = std::max(0, *s.sorenessBefore - static_cast<int>(random() % 4));
        }
        if (random() % 3 == 0) {
            s.notes = notes.at(static_cast<int>(random() % static_cast<unsigned>(notes.size())));
        }
        sessions.push_back(std::move(s));
    }
    return sessions;
}

int generate(const QString& path, int count)
{
    auto store = rc::core::SessionStore::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    const auto imported = (*store)->importSessions(history(count));
    if (!imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
        return 1;
    }
    std::printf("%d sessions added, %d already there\n", imported->added, imported->skipped);
    return 0;
}

// Stops the clock when the table's viewport has painted for the first time.
class FirstPaint : public QObject
{
public:
    FirstPaint(QElapsedTimer& timer, qint64& paintedMs) : m_timer(timer), m_paintedMs(paintedMs) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_paintedMs < 0) {
            // Measured once the paint event has been handled: on the next turn of the event loop.
            QTimer::singleShot(0, this, [this] {
                m_paintedMs = m_timer.elapsed();
                QCoreApplication::quit();
            });
            m_paintedMs = 0;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer& m_timer;
    qint64& m_paintedMs;
};

int open(const QString& path, bool wholeWindow)
{
    const auto catalog = rc::core::Catalog::builtIn();
    if (!catalog) {
        std::fprintf(stderr, "%s\n", qPrintable(catalog.error().message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto store = rc::core::SessionStore::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    const qint64 openedMs = timer.elapsed();

    rc::core::SystemClock clock;
    std::unique_ptr<QWidget> widget;
    rc::ui::HistoryPage* page = nullptr;
    if (wholeWindow) {
        auto window = std::make_unique<rc::ui::MainWindow>(*catalog, store->get(), clock);
        window->showPage(rc::ui::MainWindow::Page::History);
        page = window->historyPage();
        widget = std::move(window);
    } else {
        auto history = std::make_unique<rc::ui::HistoryPage>(*catalog, store->get());
        page = history.get();
        widget = std::move(history);
    }
    const qint64 constructedMs = timer.elapsed();
    qint64 paintedMs = -1;
    FirstPaint firstPaint(timer, paintedMs);
    page->table()->viewport()->installEventFilter(&firstPaint);
    widget->resize(1280, 800);
    widget->show();
    QApplication::exec();

    std::printf("%s with %lld sessions (%d rows loaded): store open %lld ms, constructed %lld ms, first paint "
                "%lld ms\n",
                wholeWindow ? "window" : "page", static_cast<long long>(page->model()->totalCount()),
                page->model()->rowCount(), static_cast<long long>(openedMs), static_cast<long long>(constructedMs),
                static_cast<long long>(paintedMs));
    return paintedMs > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    rc::ui::setModuleDirectory(QStringLiteral(RC_MODULE_DIR)); // the charts module of this build
    QStandardPaths::setTestModeEnabled(true);                  // never the user's settings
    QApplication::setOrganizationName(u"RecoveryCoachBench"_s);
    QApplication::setApplicationName(u"history-bench"_s);
    rc::ui::applyTheme(app);

    QCommandLineParser parser;
    parser.addOptions({{u"generate"_s, u"Write sessions into DB."_s, u"DB"_s},
                       {u"sessions"_s, u"How many sessions to generate."_s, u"N"_s, u"100000"_s},
                       {u"open"_s, u"Open the History page over DB."_s, u"DB"_s},
                       {u"window"_s, u"Open the whole window on the History page, not the page alone."_s}});
    parser.process(app);
    if (parser.isSet(u"generate"_s)) {
        return generate(parser.value(u"generate"_s), parser.value(u"sessions"_s).toInt());
    }
    if (parser.isSet(u"open"_s)) {
        return open(parser.value(u"open"_s), parser.isSet(u"window"_s));
    }
    std::fprintf(stderr, "usage: history_bench --generate DB [--sessions N] | --open DB [--window]\n");
    return 2;
}
