// SPDX-License-Identifier: GPL-3.0-or-later
// The store under a failing disk: every write and every sync of a save and of an import is failed in
// turn (once, and from then on), through a test VFS. The caller must get an error, the sessions stored
// before must be intact, and the same call must succeed once the disk is healthy again. The sweep over
// a migration is in migration_test.cpp.
#include "faultvfs.h"
#include "sessionstore.h"
#include "storetestutil.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace rc::core;
using namespace rc::core::test;

namespace {

struct Fault
{
    FaultOp op;
    int sqliteCode;
    ErrorCode expected; // what the caller must be told
    const char* name;
};

// A failed fsync is an I/O error, not "disk full": only ENOSPC-like write failures are Full.
const Fault faults[] = {
    {FaultOp::Write, SQLITE_IOERR_WRITE, ErrorCode::Io, "write IOERR"},
    {FaultOp::Write, SQLITE_FULL, ErrorCode::Full, "write FULL"},
    {FaultOp::Sync, SQLITE_IOERR_FSYNC, ErrorCode::Io, "sync IOERR"},
};

Session sessionWithSteps(int day)
{
    Session session = makeSession("2026-02-01T18:30:00-05:00", "2026-02-01");
    session.startedAt = session.startedAt.addDays(day);
    session.localDate = session.localDate.addDays(day);
    session.sorenessBefore = 6;
    session.sorenessAfter = 3;
    session.notes = u"day %1: left calf tight"_s.arg(day);
    session.steps = {
        makeStep("it-band-roll", Side::Left, 90, 90, 1, 45), makeStep("it-band-roll", Side::Right, 90, 90),
        makeStep("calf-release", Side::Left, 90, 80),        makeStep("calf-release", Side::Right, 90, 90),
        makeStep("hip-release", Side::Left, 90, 90),         makeStep("hip-release", Side::Right, 90, 90, 2, 60)};
    return session;
}

// What the operation under test writes, and how many sessions it adds when it succeeds.
struct Operation
{
    std::function<Status(SessionStore&)> run;
    int adds;
};

class FaultInjection : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { FaultVfs::install(); }

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        FaultVfs::disarm();
        // Three sessions stored before any fault; every run starts from a copy of this file.
        auto store = SessionStore::open(templatePath());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        for (int day = 0; day < 3; ++day) {
            Session session = sessionWithSteps(day);
            auto id = (*store)->add(session);
            ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
            session.id = *id;
            m_baseline.push_back(session);
        }
    }

    QString templatePath() const { return m_dir.filePath(u"template.sqlite"_s); }
    QString dbPath() const { return m_dir.filePath(u"sessions.sqlite"_s); }

    // The template is closed (its WAL checkpointed away), so the main file is the whole database.
    std::unique_ptr<SessionStore> openCopyOfBaseline()
    {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile::remove(dbPath() + QLatin1String(suffix));
        }
        EXPECT_FALSE(sidecarsExist(templatePath()));
        EXPECT_TRUE(QFile::copy(templatePath(), dbPath()));
        auto store = SessionStore::open(dbPath());
        EXPECT_TRUE(store.ok()) << store.error().message.toStdString();
        return store.ok() ? std::move(store.value()) : nullptr;
    }

    // Runs `operation` with the k-th write or sync failing, for every k the operation reaches.
    void sweep(const Operation& operation)
    {
        // A clean run tells how many writes and syncs there are to fail.
        int writes = 0;
        int syncs = 0;
        {
            auto store = openCopyOfBaseline();
            ASSERT_TRUE(store);
            FaultVfs::disarm();
            const Status clean = operation.run(*store);
            ASSERT_TRUE(clean.ok()) << clean.error().message.toStdString();
            writes = FaultVfs::writes();
            syncs = FaultVfs::syncs();
        }
        ASSERT_GT(writes, 0);
        ASSERT_GT(syncs, 0); // synchronous=FULL: a commit is not done until the WAL is synced

        int runs = 0;
        for (const Fault& fault : faults) {
            const int calls = fault.op == FaultOp::Write ? writes : syncs;
            for (const FaultMode mode : {FaultMode::Once, FaultMode::Persistent}) {
                for (int k = 1; k <= calls; ++k) {
                    SCOPED_TRACE(testing::Message() << fault.name << (mode == FaultMode::Once ? " once" : " persistent")
                                                    << ", call " << k << " of " << calls);
                    runFaulted(operation, fault, mode, k);
                    ++runs;
                    if (HasFatalFailure() || HasNonfatalFailure()) {
                        return; // one trace is enough to debug; hundreds are noise
                    }
                }
            }
        }
        EXPECT_EQ(runs, 2 * (2 * writes + syncs));
    }

    void runFaulted(const Operation& operation, const Fault& fault, FaultMode mode, int k)
    {
        auto store = openCopyOfBaseline();
        ASSERT_TRUE(store);
        {
            ScopedFault armed(fault.op, k, fault.sqliteCode, mode);
            const Status failed = operation.run(*store);
            ASSERT_GT(FaultVfs::injected(), 0) << "the fault was never reached";
            ASSERT_FALSE(failed.ok()) << "a failed " << fault.name << " was reported as success";
            EXPECT_EQ(failed.error().code, fault.expected) << failed.error().message.toStdString();
            EXPECT_TRUE(failed.error().message.contains(dbPath())) << failed.error().message.toStdString();
        }
        // The disk is healthy again: nothing of the failed call is visible, and the same call now works.
        const auto afterFault = store->sessions();
        ASSERT_TRUE(afterFault.ok()) << afterFault.error().message.toStdString();
        EXPECT_EQ(*afterFault, m_baseline);
        const Status retried = operation.run(*store);
        ASSERT_TRUE(retried.ok()) << retried.error().message.toStdString();
        store.reset();

        // A new connection sees the baseline plus exactly one copy of what the retry added.
        auto reopened = SessionStore::open(dbPath());
        ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
        const auto all = (*reopened)->sessions();
        ASSERT_TRUE(all.ok());
        ASSERT_EQ(all->size(), m_baseline.size() + size_t(operation.adds));
        EXPECT_TRUE(std::equal(m_baseline.begin(), m_baseline.end(), all->begin()));
        reopened.value().reset();
        RawDb raw(dbPath());
        EXPECT_EQ(raw.scalar("PRAGMA integrity_check"), u"ok"_s);
    }

    QTemporaryDir m_dir;
    std::vector<Session> m_baseline;
};

TEST_F(FaultInjection, add_failingWriteOrSync_returnsErrorKeepsEarlierSessionsAndRetrySucceeds)
{
    const Session fresh = sessionWithSteps(10);
    sweep({[&](SessionStore& store) -> Status {
               const auto id = store.add(fresh);
               return id.ok() ? Status{} : Status{id.error()};
           },
           1});
}

TEST_F(FaultInjection, import_failingWriteOrSync_storesNothingAndRetryAddsTheWholeBatch)
{
    // Enough rows with steps and notes to span many pages, so faults land in the middle of the batch.
    std::vector<Session> batch;
    for (int day = 10; day < 90; ++day) {
        batch.push_back(sessionWithSteps(day));
    }
    sweep({[&](SessionStore& store) -> Status {
               const auto summary = store.importSessions(batch);
               if (!summary.ok()) {
                   return summary.error();
               }
               // All or nothing: a retry after a failed import must not find half of it stored.
               EXPECT_EQ(summary->added, 80);
               EXPECT_EQ(summary->skipped, 0);
               return {};
           },
           80});
}

TEST_F(FaultInjection, faultVfs_isTheDefaultAndCountsTheStoresWrites)
{
    // Guards the sweeps above against passing vacuously: the store really goes through the test VFS.
    ASSERT_STREQ(sqlite3_vfs_find(nullptr)->zName, "rc-fault");
    auto store = openCopyOfBaseline();
    ASSERT_TRUE(store);
    FaultVfs::disarm();
    ASSERT_TRUE(store->add(sessionWithSteps(20)).ok());
    EXPECT_GT(FaultVfs::writes(), 0);
    EXPECT_GT(FaultVfs::syncs(), 0);
}

TEST_F(FaultInjection, updateAndRemove_failingSync_returnIoErrorAndChangeNothing)
{
    auto store = openCopyOfBaseline();
    ASSERT_TRUE(store);
    const qint64 id = m_baseline.front().id;
    {
        ScopedFault armed(FaultOp::Sync, 1, SQLITE_IOERR_FSYNC, FaultMode::Once);
        const Status updated = store->updateDetails(id, 1, 1, u"changed"_s);
        ASSERT_FALSE(updated.ok());
        EXPECT_EQ(updated.error().code, ErrorCode::Io);
    }
    {
        ScopedFault armed(FaultOp::Sync, 1, SQLITE_IOERR_FSYNC, FaultMode::Once);
        const Status removed = store->remove(id);
        ASSERT_FALSE(removed.ok());
        EXPECT_EQ(removed.error().code, ErrorCode::Io);
    }
    const auto stored = store->sessions();
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(*stored, m_baseline);
}

} // namespace
