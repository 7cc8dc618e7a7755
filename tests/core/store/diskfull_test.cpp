// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk, made real with RLIMIT_FSIZE in a child process (SIGXFSZ ignored, so write() fails with
// EFBIG instead of killing it): the store must say the disk is full, keep what it had, and save again
// once there is room.
#include "sessionstore.h"
#include "storetestutil.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <functional>

using namespace Qt::StringLiterals;
using namespace rc::core;
using namespace rc::core::test;

namespace {

// Small enough that a few sessions fill it, large enough for the baseline file and its first saves.
constexpr rlim_t roomBytes = 48 * 1024;

// What the child tells the parent; plain data, written in one go over a pipe.
struct ChildReport
{
    int stage = 0;       // how far the child got; names the step that went wrong
    int saved = 0;       // saves that succeeded before the disk filled up
    int failedCode = -1; // ErrorCode of the failure, -1 when nothing failed
    bool retryOk = false;
    int retryCount = 0;
    char message[512] = {};

    void fail(const Error& error)
    {
        failedCode = int(error.code);
        const QByteArray text = error.message.toUtf8();
        std::strncpy(message, text.constData(), sizeof message - 1);
    }
};

// Lowers the soft file-size limit; the hard limit stays, so the child can raise it again ("free space").
bool limitFileSize(rlim_t bytes)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0) {
        return false;
    }
    limit.rlim_cur = bytes;
    return setrlimit(RLIMIT_FSIZE, &limit) == 0;
}

bool liftFileSizeLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0) {
        return false;
    }
    limit.rlim_cur = limit.rlim_max;
    return setrlimit(RLIMIT_FSIZE, &limit) == 0;
}

Session bulkySession(int i)
{
    Session session = makeSession("2026-05-04T07:00:00+02:00", "2026-05-04");
    session.startedAt = session.startedAt.addSecs(qint64(i) * 3600);
    session.localDate = session.startedAt.date();
    session.notes = QString(300, u'n') + QString::number(i); // a few sessions per page, so pages fill quickly
    session.steps = {makeStep("it-band-roll", Side::Left, 90, 90), makeStep("it-band-roll", Side::Right, 90, 90),
                     makeStep("hip-release", Side::Both, 120, 120, 1, 45)};
    return session;
}

class DiskFull : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString dbPath() const { return m_dir.filePath(u"sessions.sqlite"_s); }

    // Runs `body` in a forked child with SIGXFSZ ignored and returns its report. The child leaves
    // through _exit only, so gtest's state in the parent is untouched.
    ChildReport inChild(const std::function<void(ChildReport&)>& body)
    {
        ChildReport report;
        int fds[2];
        EXPECT_EQ(pipe(fds), 0) << std::strerror(errno);
        const pid_t child = fork();
        EXPECT_GE(child, 0) << std::strerror(errno);
        if (child == 0) {
            close(fds[0]);
            signal(SIGXFSZ, SIG_IGN);
            body(report);
            const bool sent = write(fds[1], &report, sizeof report) == qint64(sizeof report);
            _exit(sent ? 0 : 1);
        }
        close(fds[1]);
        const ssize_t n = read(fds[0], &report, sizeof report);
        close(fds[0]);
        int status = 0;
        EXPECT_EQ(waitpid(child, &status, 0), child);
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
            << "the child died (signal " << (WIFSIGNALED(status) ? WTERMSIG(status) : 0) << ")";
        EXPECT_EQ(n, qint64(sizeof report)) << "no report from the child";
        return report;
    }

    void storeBaseline(int sessions)
    {
        auto store = SessionStore::open(dbPath());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        for (int i = 0; i < sessions; ++i) {
            ASSERT_TRUE((*store)->add(bulkySession(i)).ok());
        }
    }

    void expectHealthyWithSessions(int count)
    {
        {
            auto store = SessionStore::open(dbPath());
            ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
            const auto sessions = (*store)->sessions();
            ASSERT_TRUE(sessions.ok());
            EXPECT_EQ(int(sessions->size()), count);
            for (const Session& session : *sessions) {
                EXPECT_EQ(session.steps.size(), 3u) << "session " << session.id << " lost steps";
            }
        }
        RawDb raw(dbPath());
        EXPECT_EQ(raw.scalar("PRAGMA integrity_check"), u"ok"_s);
    }

    QTemporaryDir m_dir;
};

TEST_F(DiskFull, add_whenTheDiskFillsUp_failsAsFullKeepsEverySavedSessionAndSavesOnceThereIsRoom)
{
    ASSERT_NO_FATAL_FAILURE(storeBaseline(3));
    ASSERT_LT(QFileInfo(dbPath()).size(), qint64(roomBytes));

    const ChildReport report = inChild([&](ChildReport& r) {
        r.stage = 1;
        if (!limitFileSize(roomBytes)) {
            return;
        }
        r.stage = 2;
        auto store = SessionStore::open(dbPath());
        if (!store.ok()) {
            r.fail(store.error());
            return;
        }
        r.stage = 3;
        int i = 100;
        for (; i < 1000; ++i) {
            const auto id = (*store)->add(bulkySession(i));
            if (!id.ok()) {
                r.fail(id.error());
                break;
            }
            ++r.saved;
        }
        r.stage = 4;
        if (!liftFileSizeLimit()) {
            return;
        }
        r.stage = 5;
        // The same session that did not fit goes in once the disk has room.
        r.retryOk = (*store)->add(bulkySession(i)).ok();
    });

    ASSERT_EQ(report.stage, 5) << report.message;
    ASSERT_NE(report.failedCode, -1) << "the disk never filled up";
    EXPECT_EQ(report.failedCode, int(ErrorCode::Full)) << report.message;
    EXPECT_TRUE(QByteArray(report.message).contains("full")) << report.message;
    EXPECT_GT(report.saved, 0);
    EXPECT_TRUE(report.retryOk);
    expectHealthyWithSessions(3 + report.saved + 1);
}

TEST_F(DiskFull, import_whenTheDiskFillsUp_failsAsFullStoresNoneOfTheBatchAndImportsItOnceThereIsRoom)
{
    ASSERT_NO_FATAL_FAILURE(storeBaseline(3));
    std::vector<Session> batch;
    for (int i = 100; i < 400; ++i) {
        batch.push_back(bulkySession(i));
    }

    const ChildReport report = inChild([&](ChildReport& r) {
        r.stage = 1;
        if (!limitFileSize(roomBytes)) {
            return;
        }
        auto store = SessionStore::open(dbPath());
        if (!store.ok()) {
            r.fail(store.error());
            return;
        }
        r.stage = 2;
        if (const auto imported = (*store)->importSessions(batch); !imported.ok()) {
            r.fail(imported.error());
        }
        r.stage = 3;
        if (const auto count = (*store)->count(); count.ok()) {
            r.saved = int(*count); // what the failed import left stored
        }
        if (!liftFileSizeLimit()) {
            return;
        }
        r.stage = 4;
        const auto retried = (*store)->importSessions(batch);
        r.retryOk = retried.ok() && retried->added == 300;
    });

    ASSERT_EQ(report.stage, 4) << report.message;
    EXPECT_EQ(report.failedCode, int(ErrorCode::Full)) << report.message;
    EXPECT_EQ(report.saved, 3) << "a failed import left part of the batch stored";
    EXPECT_TRUE(report.retryOk);
    expectHealthyWithSessions(3 + 300);
}

TEST_F(DiskFull, open_newDatabaseOnAFullDisk_failsAsFullAndTheNextStartCreatesIt)
{
    const ChildReport report = inChild([&](ChildReport& r) {
        r.stage = 1;
        if (!limitFileSize(0)) {
            return;
        }
        r.stage = 2;
        auto store = SessionStore::open(dbPath());
        if (!store.ok()) {
            r.fail(store.error());
        }
    });

    ASSERT_EQ(report.stage, 2) << report.message;
    EXPECT_EQ(report.failedCode, int(ErrorCode::Full)) << report.message;
    // Nothing half-created: an empty file or one without our tables, which the next open turns into a store.
    if (QFileInfo(dbPath()).size() > 0) {
        RawDb raw(dbPath());
        EXPECT_EQ(raw.scalar("PRAGMA user_version"), u"0"_s);
        EXPECT_EQ(raw.scalar("SELECT count(*) FROM sqlite_schema"), u"0"_s);
    }
    expectHealthyWithSessions(0);
}

} // namespace
