// SPDX-License-Identifier: GPL-3.0-or-later
// Online backups, their daily rotation, and restoring from one.
#include "backup.h"
#include "repair.h"
#include "sessionstore.h"
#include "storetestutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace rc::core;
using namespace rc::core::test;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

std::vector<QDate> dates(std::initializer_list<const char*> isoDates)
{
    std::vector<QDate> result;
    for (const char* iso : isoDates) {
        result.push_back(date(iso));
    }
    return result;
}

class Backup : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = SessionStore::open(dbPath());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(store.value());
        Session first = makeSession("2026-03-02T07:15:00+01:00", "2026-03-02");
        first.steps = {makeStep("it-band-roll", Side::Left, 90, 90, 1, 45),
                       makeStep("it-band-roll", Side::Right, 90, 60)};
        first.sorenessBefore = 6;
        first.sorenessAfter = 3;
        first.notes = u"felt tight, \"left\" calf"_s;
        addSession(first);
        addSession(makeSession("2026-03-04T19:00:00-05:00", "2026-03-04", "runners-recovery", 300, false));
    }

    QString dbPath() const { return m_dir.filePath(u"sessions.sqlite"_s); }
    QString backupDir() const { return m_dir.filePath(u"backups"_s); }
    // 2026-03-18 10:15:30 local time.
    static QDateTime now() { return QDateTime(QDate(2026, 3, 18), QTime(10, 15, 30)); }

    void addSession(const Session& session) { ASSERT_TRUE(m_store->add(session).ok()); }

    std::vector<Session> sessionsIn(const QString& path)
    {
        auto store = SessionStore::open(path, SessionStore::Mode::ReadOnly);
        EXPECT_TRUE(store.ok()) << store.error().message.toStdString();
        if (!store) {
            return {};
        }
        auto sessions = (*store)->sessions();
        EXPECT_TRUE(sessions.ok());
        return sessions ? *sessions : std::vector<Session>();
    }

    QStringList files(const QString& dir) const { return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name); }

    QTemporaryDir m_dir;
    std::unique_ptr<SessionStore> m_store;
};

// --- backupDatabase ---

TEST_F(Backup, backup_isAValidSelfContainedDatabaseWithTheSameSessions)
{
    const QString target = m_dir.filePath(u"copy.sqlite"_s);
    const Status status = backupDatabase(*m_store, target);
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();

    EXPECT_FALSE(sidecarsExist(target));
    // File format bytes 18 and 19 are 1 for a rollback journal, 2 for WAL: the copy needs no -wal.
    const QByteArray header = readBytes(target).left(20);
    EXPECT_EQ(header.at(18), 1);
    EXPECT_EQ(header.at(19), 1);
    const std::vector<Session> copied = sessionsIn(target);
    EXPECT_EQ(copied, *m_store->sessions());
    ASSERT_EQ(copied.size(), 2u);
    EXPECT_EQ(copied[0].steps.size(), 2u);
    EXPECT_EQ(files(m_dir.path()).filter(u".tmp-"_s), QStringList());
}

TEST_F(Backup, backup_overAnOlderBackup_replacesIt)
{
    const QString target = m_dir.filePath(u"copy.sqlite"_s);
    ASSERT_TRUE(backupDatabase(*m_store, target).ok());
    addSession(makeSession("2026-03-06T07:00:00+01:00", "2026-03-06"));
    ASSERT_TRUE(backupDatabase(*m_store, target).ok());
    EXPECT_EQ(sessionsIn(target).size(), 3u);
}

TEST_F(Backup, backup_ontoTheLiveDatabaseOrItsWal_isRefused)
{
    const QByteArray before = readBytes(dbPath());
    for (const QString& target : QStringList{dbPath(), dbPath() + u"-wal"_s, m_dir.path() + u"/./sessions.sqlite"_s}) {
        const Status status = backupDatabase(*m_store, target);
        ASSERT_FALSE(status.ok()) << target.toStdString();
        EXPECT_EQ(status.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(status.error().message.contains(u"the database itself"_s));
    }
    EXPECT_EQ(*m_store->count(), 2);
}

TEST_F(Backup, backup_interruptedBeforeRename_leavesNothingUnderTheFinalName)
{
    const QString target = m_dir.filePath(u"copy.sqlite"_s);
    QString seenTemporary;
    BackupHooks hooks;
    hooks.beforeRename = [&](const QString& temporary) -> Status {
        seenTemporary = temporary;
        // The copy is complete and checked at this point, under its temporary name only.
        EXPECT_EQ(sessionsIn(temporary).size(), 2u);
        EXPECT_FALSE(QFileInfo::exists(target));
        return makeError(ErrorCode::Io, u"power cut"_s);
    };
    const Status status = backupDatabase(*m_store, target, hooks);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message, u"power cut"_s);
    EXPECT_TRUE(seenTemporary.startsWith(target + u".tmp-"_s)) << seenTemporary.toStdString();
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_FALSE(QFileInfo::exists(seenTemporary));
    EXPECT_EQ(files(m_dir.path()).filter(u"copy"_s), QStringList());
}

TEST_F(Backup, backup_interrupted_leavesAnEarlierBackupUnderTheNameUntouched)
{
    const QString target = m_dir.filePath(u"copy.sqlite"_s);
    ASSERT_TRUE(backupDatabase(*m_store, target).ok());
    const QByteArray earlier = readBytes(target);
    addSession(makeSession("2026-03-06T07:00:00+01:00", "2026-03-06"));
    BackupHooks hooks;
    hooks.beforeRename = [](const QString&) -> Status { return makeError(ErrorCode::Full, u"disk full"_s); };
    ASSERT_FALSE(backupDatabase(*m_store, target, hooks).ok());
    EXPECT_EQ(readBytes(target), earlier);
}

TEST_F(Backup, backup_intoAMissingFolder_failsNamingIt)
{
    const QString target = m_dir.filePath(u"nowhere/copy.sqlite"_s);
    const Status status = backupDatabase(*m_store, target);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(status.error().message.contains(QDir::toNativeSeparators(m_dir.filePath(u"nowhere"_s))));
}

// --- retention ---

TEST(BackupRetention, fewerThanSevenBackups_areAllKept)
{
    EXPECT_TRUE(backupsToDelete(dates({"2026-03-18", "2026-03-10", "2025-01-01"}), date("2026-03-18")).empty());
}

TEST(BackupRetention, dailyBackups_keepSevenDaysAndTheNewestOfFourOlderWeeks)
{
    // One backup a day from 2026-02-01 to Wednesday 2026-03-18: 46 files.
    std::vector<QDate> existing;
    for (QDate day = date("2026-02-01"); day <= date("2026-03-18"); day = day.addDays(1)) {
        existing.push_back(day);
    }
    ASSERT_EQ(existing.size(), 46u);
    // Kept by hand: the 7 newest (03-12..03-18); then ISO week 11 (03-09..15) -> 03-11, week 10 -> 03-08,
    // week 9 (02-23..03-01) -> 03-01, week 8 (02-16..22) -> 02-22. Everything else goes.
    std::vector<QDate> kept = dates({"2026-03-18", "2026-03-17", "2026-03-16", "2026-03-15", "2026-03-14", "2026-03-13",
                                     "2026-03-12", "2026-03-11", "2026-03-08", "2026-03-01", "2026-02-22"});
    std::vector<QDate> expected;
    for (auto it = existing.rbegin(); it != existing.rend(); ++it) {
        if (std::find(kept.begin(), kept.end(), *it) == kept.end()) {
            expected.push_back(*it);
        }
    }
    ASSERT_EQ(expected.size(), 35u);
    EXPECT_EQ(backupsToDelete(existing, date("2026-03-18")), expected);
}

TEST(BackupRetention, weeksAreIsoWeeks_acrossTheTurnOfTheYear)
{
    const std::vector<QDate> existing =
        dates({"2025-12-20", "2026-03-01", "2025-11-30", "2026-03-18", "2026-01-10", "2026-03-17", "2025-12-29",
               "2026-02-28", "2026-02-14", "2025-12-10", "2026-01-31", "2026-01-20", "2025-12-31"});
    // 7 newest: 03-18, 03-17, 03-01, 02-28, 02-14, 01-31, 01-20. Older: 01-10 (2026-W02) kept;
    // 2025-12-31 (Wednesday of 2026-W01) kept; 2025-12-29 (Monday of 2026-W01) deleted; 2025-12-20
    // (2025-W51) kept; 2025-12-10 (2025-W50) kept as the fourth week; 2025-11-30 (2025-W48) deleted.
    EXPECT_EQ(backupsToDelete(existing, date("2026-03-18")), dates({"2025-12-29", "2025-11-30"}));
}

TEST(BackupRetention, datesAfterToday_areNeitherDeletedNorCounted)
{
    std::vector<QDate> existing = {date("2026-03-20")};
    for (QDate day = date("2026-03-10"); day <= date("2026-03-18"); day = day.addDays(1)) {
        existing.push_back(day);
    }
    // 7 newest up to today: 03-12..03-18; 03-11 is week 11's newest older backup; 03-10 is the same week.
    EXPECT_EQ(backupsToDelete(existing, date("2026-03-18")), dates({"2026-03-10"}));
}

// --- runAutomaticBackup ---

TEST_F(Backup, automaticBackup_isMadeAtMostOncePerDay)
{
    auto first = runAutomaticBackup(*m_store, backupDir(), date("2026-03-18"));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    ASSERT_TRUE(first->has_value());
    EXPECT_EQ(**first, QDir(backupDir()).filePath(u"sessions-2026-03-18.sqlite"_s));
    EXPECT_EQ(sessionsIn(**first).size(), 2u);

    addSession(makeSession("2026-03-18T07:00:00+01:00", "2026-03-18"));
    auto again = runAutomaticBackup(*m_store, backupDir(), date("2026-03-18"));
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->has_value());
    EXPECT_EQ(sessionsIn(**first).size(), 2u); // the morning's backup is not replaced

    auto nextDay = runAutomaticBackup(*m_store, backupDir(), date("2026-03-19"));
    ASSERT_TRUE(nextDay.ok());
    ASSERT_TRUE(nextDay->has_value());
    EXPECT_EQ(sessionsIn(**nextDay).size(), 3u);
    EXPECT_EQ(files(backupDir()), QStringList({u"sessions-2026-03-18.sqlite"_s, u"sessions-2026-03-19.sqlite"_s}));
}

TEST_F(Backup, automaticBackup_prunesOnlyItsOwnDailyFiles)
{
    ASSERT_TRUE(QDir().mkpath(backupDir()));
    const QDir dir(backupDir());
    // Daily files from 2026-02-10 to 2026-03-17 (today's is made by the call), plus files it must keep.
    for (QDate day = date("2026-02-10"); day <= date("2026-03-17"); day = day.addDays(1)) {
        writeBytes(dir.filePath(u"sessions-"_s + day.toString(Qt::ISODate) + u".sqlite"_s), "x");
    }
    const QStringList others = {u"notes.txt"_s, u"sessions-before-restore-20260101-080000.sqlite"_s,
                                u"other-2026-01-01.sqlite"_s, u"sessions-2026-01-01.sqlite.tmp-abc123"_s};
    for (const QString& name : others) {
        writeBytes(dir.filePath(name), "keep");
    }

    auto made = runAutomaticBackup(*m_store, backupDir(), date("2026-03-18"));
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    // Kept by hand: 03-12..03-18 (7), then 03-11 (W11), 03-08 (W10), 03-01 (W9), 02-22 (W8).
    QStringList expected = others;
    for (const char* day : {"2026-03-18", "2026-03-17", "2026-03-16", "2026-03-15", "2026-03-14", "2026-03-13",
                            "2026-03-12", "2026-03-11", "2026-03-08", "2026-03-01", "2026-02-22"}) {
        expected << u"sessions-"_s + QString::fromLatin1(day) + u".sqlite"_s;
    }
    expected.sort();
    EXPECT_EQ(files(backupDir()), expected);
}

// --- restore ---

TEST_F(Backup, restore_backsUpTheCurrentDatabaseFirst_thenReplacesItsSessions)
{
    const QString backup = m_dir.filePath(u"monday.sqlite"_s);
    ASSERT_TRUE(backupDatabase(*m_store, backup).ok());
    const std::vector<Session> atBackup = *m_store->sessions();
    addSession(makeSession("2026-03-06T07:00:00+01:00", "2026-03-06"));
    const std::vector<Session> beforeRestore = *m_store->sessions();
    ASSERT_EQ(beforeRestore.size(), 3u);

    auto report = restoreDatabase(*m_store, backup, backupDir(), now());
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->sessions, 2);
    EXPECT_FALSE(report->previousWasDamaged);
    EXPECT_EQ(report->previousDatabaseBackup,
              QDir(backupDir()).filePath(u"sessions-before-restore-20260318-101530.sqlite"_s));
    EXPECT_EQ(sessionsIn(report->previousDatabaseBackup), beforeRestore);
    EXPECT_EQ(*m_store->sessions(), atBackup);
    // Another connection sees the restored content too, and the store still writes.
    EXPECT_EQ(sessionsIn(dbPath()), atBackup);
    addSession(makeSession("2026-03-08T07:00:00+01:00", "2026-03-08"));
    EXPECT_EQ(*m_store->count(), 3);
    auto listed = listBackups(dbPath(), backupDir());
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].path, report->previousDatabaseBackup);
    EXPECT_FALSE(listed[0].date.isValid());
}

TEST_F(Backup, restore_refusesBadFiles_andChangesNothing)
{
    const QString garbage = m_dir.filePath(u"garbage.sqlite"_s);
    writeBytes(garbage, QByteArray(5000, 'g'));
    const QString newer = m_dir.filePath(u"newer.sqlite"_s);
    {
        RawDb raw(newer);
        ASSERT_EQ(raw.exec("CREATE TABLE future (x); PRAGMA user_version = 99;"), SQLITE_OK);
    }
    const QString foreign = m_dir.filePath(u"recipes.sqlite"_s);
    {
        RawDb raw(foreign);
        ASSERT_EQ(raw.exec("CREATE TABLE recipes (name TEXT)"), SQLITE_OK);
    }
    const QString truncated = m_dir.filePath(u"truncated.sqlite"_s);
    for (int i = 0; i < 200; ++i) {
        Session session = makeSession("2025-01-01T07:00:00+01:00", "2025-01-01");
        session.startedAt = session.startedAt.addDays(i);
        session.localDate = session.localDate.addDays(i);
        session.notes = QString(100, u'n');
        addSession(session);
    }
    ASSERT_TRUE(backupDatabase(*m_store, truncated).ok());
    const QByteArray full = readBytes(truncated);
    writeBytes(truncated, full.left(full.size() / 2));
    const std::vector<Session> before = *m_store->sessions();

    const struct
    {
        QString file;
        ErrorCode code;
    } cases[] = {{garbage, ErrorCode::Corrupt},
                 {truncated, ErrorCode::Corrupt},
                 {newer, ErrorCode::NewerSchema},
                 {foreign, ErrorCode::InvalidInput},
                 {m_dir.filePath(u"missing.sqlite"_s), ErrorCode::NotFound},
                 {dbPath(), ErrorCode::InvalidInput}};
    for (const auto& bad : cases) {
        SCOPED_TRACE(bad.file.toStdString());
        const QByteArray fileBefore = readBytes(bad.file);
        auto report = restoreDatabase(*m_store, bad.file, backupDir(), now());
        ASSERT_FALSE(report.ok());
        EXPECT_EQ(report.error().code, bad.code);
        EXPECT_TRUE(report.error().message.contains(u"Nothing was changed"_s)) << report.error().message.toStdString();
        EXPECT_FALSE(report.error().message.contains(u'\n'));
        if (bad.file != dbPath()) {
            EXPECT_EQ(readBytes(bad.file), fileBefore);
        }
    }
    EXPECT_EQ(*m_store->sessions(), before);
    EXPECT_FALSE(QFileInfo::exists(backupDir())); // not even the backup of the current database
}

TEST_F(Backup, restoreDatabaseFile_onADamagedDatabase_movesItAsideAndRestores)
{
    const QString backup = m_dir.filePath(u"good.sqlite"_s);
    ASSERT_TRUE(backupDatabase(*m_store, backup).ok());
    const std::vector<Session> atBackup = *m_store->sessions();
    m_store.reset();
    const QByteArray damaged(6000, 'd');
    writeBytes(dbPath(), damaged);

    auto report = restoreDatabaseFile(dbPath(), backup, backupDir(), now());
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->previousWasDamaged);
    EXPECT_EQ(report->previousDatabaseBackup, dbPath() + u".corrupt-20260318-101530"_s);
    EXPECT_EQ(readBytes(report->previousDatabaseBackup), damaged);
    EXPECT_EQ(report->sessions, 2);
    EXPECT_EQ(sessionsIn(dbPath()), atBackup);
}

TEST_F(Backup, restoreDatabaseFile_withABadBackup_doesNotCreateAMissingDatabase)
{
    m_store.reset();
    ASSERT_TRUE(QFile::remove(dbPath()));
    const QString garbage = m_dir.filePath(u"garbage.sqlite"_s);
    writeBytes(garbage, QByteArray(5000, 'g'));
    auto report = restoreDatabaseFile(dbPath(), garbage, backupDir(), now());
    ASSERT_FALSE(report.ok());
    EXPECT_FALSE(QFileInfo::exists(dbPath()));
}

} // namespace
