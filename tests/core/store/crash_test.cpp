// SPDX-License-Identifier: GPL-3.0-or-later
// Power-cut safety: a child process saves sessions as fast as it can and reports every save that
// returned ok over a pipe; the test kills it with SIGKILL at a random moment, 50 times over the same
// file. Every reported session must survive, and the file must pass integrity_check.
#include "sessionstore.h"
#include "storetestutil.h"

#include <QHash>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <random>

using namespace Qt::StringLiterals;
using namespace rc::core;
using namespace rc::core::test;

namespace {

// One committed session as the child reports it. 16 bytes: a pipe write up to PIPE_BUF is atomic, so
// the parent reads whole records or nothing, even when the kill lands mid-report.
struct Report
{
    qint64 id;
    qint64 startedAt; // unix seconds
};

constexpr int rounds = 50;
constexpr int maxRoundMs = 300; // 50 rounds average 150 ms of saving: well under 20 s with the checks
constexpr int stepsPerSession = 6;
// Each round gets its own range of start instants, so a session saved but not yet reported when the
// child died never collides with the next round's saves.
constexpr qint64 roundSpacing = 10'000'000;

Session crashSession(qint64 startedAt, int i)
{
    Session session;
    session.startedAt = QDateTime::fromSecsSinceEpoch(startedAt, Qt::OffsetFromUTC, 3600);
    session.localDate = session.startedAt.date();
    session.routine = u"runners-recovery"_s;
    session.plannedSeconds = 540;
    session.workedSeconds = 540;
    session.completed = true;
    session.sorenessBefore = i % 11;
    session.notes = u"saved by the crash test, session %1"_s.arg(i);
    for (int step = 0; step < stepsPerSession; ++step) {
        session.steps.push_back(makeStep("calf-release", step % 2 == 0 ? Side::Left : Side::Right, 90, 90));
    }
    return session;
}

// The child: no gtest, no Qt event loop; it only ever leaves through _exit.
[[noreturn]] void saveUntilKilled(const QString& path, int reportFd, qint64 firstStart)
{
    auto store = SessionStore::open(path);
    if (!store.ok()) {
        _exit(2);
    }
    for (int i = 0;; ++i) {
        const qint64 startedAt = firstStart + i;
        const auto id = (*store)->add(crashSession(startedAt, i));
        if (!id.ok()) {
            _exit(3);
        }
        const Report report{*id, startedAt};
        if (write(reportFd, &report, sizeof report) != qint64(sizeof report)) {
            _exit(4);
        }
    }
}

class Crash : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString dbPath() const { return m_dir.filePath(u"sessions.sqlite"_s); }

    // Forks a saver, collects its reports for `delayMs`, kills it, and returns every report it made.
    void runRound(int round, int delayMs, std::vector<Report>& reports)
    {
        int fds[2];
        ASSERT_EQ(pipe(fds), 0) << std::strerror(errno);
        const pid_t child = fork();
        ASSERT_GE(child, 0) << std::strerror(errno);
        if (child == 0) {
            close(fds[0]);
            saveUntilKilled(dbPath(), fds[1], qint64(round + 1) * roundSpacing);
        }
        close(fds[1]);

        QByteArray received;
        auto drain = [&](int timeoutMs) {
            pollfd readable{fds[0], POLLIN, 0};
            if (poll(&readable, 1, timeoutMs) <= 0) {
                return false;
            }
            char buffer[4096];
            const ssize_t n = read(fds[0], buffer, sizeof buffer);
            if (n <= 0) {
                return false; // EOF: the child is gone
            }
            received.append(buffer, n);
            return true;
        };
        // Keep reading while waiting, so a full pipe never stalls the child before the kill.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(delayMs);
        while (std::chrono::steady_clock::now() < deadline) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            drain(int(left.count()) + 1);
        }
        ASSERT_EQ(kill(child, SIGKILL), 0) << std::strerror(errno);
        int status = 0;
        ASSERT_EQ(waitpid(child, &status, 0), child);
        // Reports written between the last read and the kill count too.
        while (drain(1000)) {
        }
        close(fds[0]);
        ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
            << "the saver stopped by itself (exit code " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1)
            << ": 2 open failed, 3 add failed) before the kill";
        ASSERT_EQ(received.size() % qsizetype(sizeof(Report)), 0);
        for (qsizetype offset = 0; offset < received.size(); offset += sizeof(Report)) {
            Report report;
            std::memcpy(&report, received.constData() + offset, sizeof report);
            reports.push_back(report);
        }
    }

    QTemporaryDir m_dir;
};

TEST_F(Crash, sigkillWhileSaving_everyReportedSessionSurvivesAndFilePassesIntegrityCheck)
{
    std::mt19937 random(20261116); // fixed seed: a failure replays with the same kill moments
    std::uniform_int_distribution<int> delayMs(0, maxRoundMs);
    std::vector<Report> reports;

    for (int round = 0; round < rounds; ++round) {
        SCOPED_TRACE(testing::Message() << "round " << round);
        const int delay = delayMs(random);
        ASSERT_NO_FATAL_FAILURE(runRound(round, delay, reports));

        // What the next start of the app sees: it recovers the WAL the killed process left behind.
        auto store = SessionStore::open(dbPath());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        const auto sessions = (*store)->sessions();
        ASSERT_TRUE(sessions.ok()) << sessions.error().message.toStdString();
        QHash<qint64, const Session*> byId;
        for (const Session& session : *sessions) {
            byId.insert(session.id, &session);
            // A save is one transaction: no session is ever found without all of its steps.
            ASSERT_EQ(session.steps.size(), size_t(stepsPerSession)) << "session " << session.id;
        }
        for (const Report& report : reports) {
            const Session* stored = byId.value(report.id);
            ASSERT_NE(stored, nullptr) << "reported session " << report.id << " was lost (delay " << delay << " ms)";
            EXPECT_EQ(stored->startedAt.toSecsSinceEpoch(), report.startedAt);
        }
        // At most one save per round can have committed without being reported: the one the kill cut short.
        EXPECT_LE(sessions->size(), reports.size() + size_t(round + 1));
        EXPECT_GE(sessions->size(), reports.size());
        store.value().reset();

        RawDb raw(dbPath());
        ASSERT_TRUE(raw.ok());
        ASSERT_EQ(raw.scalar("PRAGMA integrity_check"), u"ok"_s) << "delay " << delay << " ms";
        ASSERT_EQ(raw.scalar("PRAGMA foreign_key_check"), QString());
        if (round == rounds - 1) {
            RecordProperty("reported_sessions", int(reports.size()));
        }
    }
    // Guards against a test that passes because nothing was ever saved.
    EXPECT_GT(reports.size(), size_t(rounds));
}

} // namespace
