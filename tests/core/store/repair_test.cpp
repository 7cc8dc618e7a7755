// SPDX-License-Identifier: GPL-3.0-or-later
// Repairing a damaged database: the original moved aside byte-for-byte, the readable sessions salvaged.
#include "repair.h"
#include "sessionstore.h"
#include "storetestutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

#include <gtest/gtest.h>

#include <map>

using namespace Qt::StringLiterals;
using namespace rc::core;
using namespace rc::core::test;

namespace {

constexpr qsizetype pageSize = 4096; // SQLite's default, checked against the header below

class Repair : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString dbPath() const { return m_dir.filePath(u"sessions.sqlite"_s); }
    // 2026-03-01 10:15:30 local time: the suffix is .corrupt-20260301-101530.
    static QDateTime now() { return QDateTime(QDate(2026, 3, 1), QTime(10, 15, 30)); }
    QString movedPath() const { return dbPath() + u".corrupt-20260301-101530"_s; }

    // `count` sessions a day apart, ids 1..count, without steps unless asked: the only rowid table is
    // then `sessions`, so every table-leaf page (type 0x0D) past page 1 holds session rows.
    std::vector<Session> createStoreWithSessions(int count, bool withSteps = false)
    {
        std::vector<Session> sessions;
        for (int i = 0; i < count; ++i) {
            Session session = makeSession("2026-01-01T07:00:00+01:00", "2026-01-01");
            session.startedAt = session.startedAt.addDays(i);
            session.localDate = session.localDate.addDays(i);
            session.sorenessBefore = i % 11;
            session.notes = u"a note long enough to fill pages quickly, number %1"_s.arg(i);
            if (withSteps) {
                session.steps = {makeStep("calf-release", Side::Left, 90, 90, 1, 30),
                                 makeStep("calf-release", Side::Right, 90, 80)};
            }
            sessions.push_back(session);
        }
        auto store = SessionStore::open(dbPath());
        EXPECT_TRUE(store.ok()) << store.error().message.toStdString();
        if (!store) {
            return {};
        }
        EXPECT_TRUE((*store)->importSessions(sessions).ok());
        auto stored = (*store)->sessions();
        EXPECT_TRUE(stored.ok());
        return stored ? *stored : std::vector<Session>();
    }

    // Every session in the repaired database must be one of `originals`, unchanged and with its id.
    std::vector<Session> expectRecoveredAreOriginals(const std::vector<Session>& originals)
    {
        std::map<qint64, Session> byId;
        for (const Session& session : originals) {
            byId.emplace(session.id, session);
        }
        auto store = SessionStore::open(dbPath());
        EXPECT_TRUE(store.ok()) << store.error().message.toStdString();
        if (!store) {
            return {};
        }
        auto recovered = (*store)->sessions();
        EXPECT_TRUE(recovered.ok());
        for (const Session& session : *recovered) {
            const auto original = byId.find(session.id);
            EXPECT_TRUE(original != byId.end()) << session.id;
            if (original != byId.end()) {
                EXPECT_EQ(session, original->second) << session.id;
                EXPECT_EQ(session.startedAt.offsetFromUtc(), original->second.startedAt.offsetFromUtc());
            }
        }
        return *recovered;
    }

    void expectFreshEmptyDatabase()
    {
        auto store = SessionStore::open(dbPath(), SessionStore::Mode::ReadOnly);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        EXPECT_EQ(*(*store)->count(), 0);
    }

    // Zeroes the last index-leaf page (type 0x0A) of the file, which quick_check then reports.
    void wipeLastIndexPage()
    {
        QByteArray bytes = readBytes(dbPath());
        qsizetype indexPage = -1;
        for (qsizetype page = bytes.size() / pageSize - 1; page > 0 && indexPage < 0; --page) {
            if (bytes.at(page * pageSize) == char(0x0A)) {
                indexPage = page;
            }
        }
        ASSERT_GT(indexPage, 0);
        bytes.replace(indexPage * pageSize, pageSize, QByteArray(pageSize, '\0'));
        writeBytes(dbPath(), bytes);
        ASSERT_EQ(checkDatabase(dbPath())->state, DatabaseHealth::State::Corrupt);
    }

    QStringList filesInDir() const
    {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    QTemporaryDir m_dir;
};

QByteArray garbage(int size)
{
    QByteArray bytes;
    for (int i = 0; i < size; ++i) {
        bytes.append(char(i * 7 % 256));
    }
    return bytes;
}

TEST_F(Repair, repair_healthyDatabase_changesNothingAndSaysSo)
{
    createStoreWithSessions(3);
    const QByteArray before = readBytes(dbPath());
    const QStringList files = filesInDir();

    auto report = repairDatabase(dbPath(), now());
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_FALSE(report->repaired);
    EXPECT_FALSE(report->missing);
    EXPECT_EQ(repairSummary(*report), u"The database is healthy: nothing to repair."_s);
    EXPECT_EQ(readBytes(dbPath()), before);
    EXPECT_EQ(filesInDir(), files); // no working folder or copy left behind

    auto health = checkDatabase(dbPath());
    ASSERT_TRUE(health.ok());
    EXPECT_EQ(health->state, DatabaseHealth::State::Healthy);
}

TEST_F(Repair, repair_missingDatabase_createsNothing)
{
    auto report = repairDatabase(dbPath(), now());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->missing);
    EXPECT_FALSE(report->repaired);
    EXPECT_TRUE(filesInDir().isEmpty());
    EXPECT_EQ(checkDatabase(dbPath())->state, DatabaseHealth::State::Missing);
}

TEST_F(Repair, repair_garbageFile_isMovedAsideByteForByteWithItsWalAndShm)
{
    const QByteArray db = garbage(5000);
    const QByteArray wal = garbage(3000).mid(5);
    const QByteArray shm = garbage(32768).mid(9);
    writeBytes(dbPath(), db);
    writeBytes(dbPath() + u"-wal"_s, wal);
    writeBytes(dbPath() + u"-shm"_s, shm);
    ASSERT_EQ(checkDatabase(dbPath())->state, DatabaseHealth::State::Corrupt);

    auto report = repairDatabase(dbPath(), now());
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->repaired);
    EXPECT_EQ(report->movedTo, movedPath());
    EXPECT_EQ(report->movedFiles, QStringList({movedPath(), movedPath() + u"-wal"_s, movedPath() + u"-shm"_s}));
    EXPECT_EQ(readBytes(movedPath()), db);
    EXPECT_EQ(readBytes(movedPath() + u"-wal"_s), wal);
    EXPECT_EQ(readBytes(movedPath() + u"-shm"_s), shm);
    EXPECT_EQ(report->recovered, 0);
    EXPECT_EQ(report->unreadable, 0);
    EXPECT_EQ(repairSummary(*report), u"Recovered 0 sessions: nothing in the file could be read; the damaged file "
                                      u"was moved to "_s +
                                          QDir::toNativeSeparators(movedPath()) + u"."_s);
    expectFreshEmptyDatabase();
}

TEST_F(Repair, repair_pngFile_isMovedAsideAndSalvagesNothing)
{
    static const char header[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    QByteArray png(header, sizeof(header) - 1); // 29 bytes: the signature and the start of an IHDR chunk
    png.append(garbage(2000));
    writeBytes(dbPath(), png);

    auto report = repairDatabase(dbPath(), now());
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->repaired);
    EXPECT_EQ(report->recovered, 0);
    EXPECT_EQ(readBytes(movedPath()), png);
    EXPECT_EQ(report->movedFiles, QStringList{movedPath()});
    expectFreshEmptyDatabase();
}

TEST_F(Repair, repair_zeroedHeader_isMovedAsideAndStartsAnEmptyDatabase)
{
    // A file that had our schema and sessions, with its 100-byte header wiped: not new, not readable.
    createStoreWithSessions(20);
    QByteArray bytes = readBytes(dbPath());
    bytes.replace(0, 100, QByteArray(100, '\0'));
    writeBytes(dbPath(), bytes);

    auto report = repairDatabase(dbPath(), now());
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->repaired);
    EXPECT_EQ(readBytes(movedPath()), bytes);
    EXPECT_EQ(report->recovered, 0);
    expectFreshEmptyDatabase();
}

TEST_F(Repair, repair_truncatedDatabase_keepsOnlyIntactSessionsUnchanged)
{
    const std::vector<Session> originals = createStoreWithSessions(300);
    ASSERT_EQ(originals.size(), 300u);
    QByteArray bytes = readBytes(dbPath());
    ASSERT_GT(bytes.size(), 8 * pageSize);
    bytes.truncate(bytes.size() / 2);
    writeBytes(dbPath(), bytes);

    auto report = repairDatabase(dbPath(), now());
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->repaired);
    EXPECT_EQ(readBytes(movedPath()), bytes);
    // The first half of the file holds the first leaf pages of the table: some survive, not all.
    EXPECT_GT(report->recovered, 0);
    EXPECT_LT(report->recovered, 300);
    EXPECT_LE(report->recovered + report->unreadable, 300);
    const std::vector<Session> recovered = expectRecoveredAreOriginals(originals);
    EXPECT_EQ(static_cast<int>(recovered.size()), report->recovered);
}

TEST_F(Repair, repair_oneDamagedLeafPage_losesExactlyTheRowsOnIt)
{
    const std::vector<Session> originals = createStoreWithSessions(300);
    QByteArray bytes = readBytes(dbPath());
    ASSERT_EQ(qFromBigEndian<quint16>(bytes.constData() + 16), pageSize);

    // The second table-leaf page after page 1 (page type 0x0D at offset 0 of a page; cell count at 3..4).
    qsizetype damaged = -1;
    int leaves = 0;
    for (qsizetype page = 1; page < bytes.size() / pageSize; ++page) {
        if (bytes.at(page * pageSize) == char(0x0D) && ++leaves == 2) {
            damaged = page;
            break;
        }
    }
    ASSERT_GT(damaged, 0);
    const int rowsOnPage = qFromBigEndian<quint16>(bytes.constData() + damaged * pageSize + 3);
    ASSERT_GT(rowsOnPage, 10);
    bytes.replace(damaged * pageSize, pageSize, QByteArray(pageSize, '\0'));
    writeBytes(dbPath(), bytes);
    ASSERT_EQ(checkDatabase(dbPath())->state, DatabaseHealth::State::Corrupt);

    auto report = repairDatabase(dbPath(), now());
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    // The table is read up to the page and back down to it; both indexes still name the lost rows.
    EXPECT_EQ(report->recovered, 300 - rowsOnPage);
    EXPECT_EQ(report->unreadable, rowsOnPage);
    EXPECT_EQ(report->withoutSteps, 0);
    EXPECT_EQ(repairSummary(*report),
              u"Recovered %1 of 300 sessions; the damaged file was moved to %2."_s.arg(300 - rowsOnPage)
                  .arg(QDir::toNativeSeparators(movedPath())));
    EXPECT_EQ(readBytes(movedPath()), bytes);
    EXPECT_EQ(expectRecoveredAreOriginals(originals).size(), size_t(300 - rowsOnPage));
}

TEST_F(Repair, repair_damagedIndexPage_recoversEverySession)
{
    // Without steps, every index-leaf page (type 0x0A) belongs to one of the two indexes of `sessions`:
    // wiping one fails quick_check but loses no row of the table.
    const std::vector<Session> originals = createStoreWithSessions(200);
    ASSERT_NO_FATAL_FAILURE(wipeLastIndexPage());

    auto report = repairDatabase(dbPath(), now());
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->repaired);
    EXPECT_EQ(report->recovered, 200);
    EXPECT_EQ(report->unreadable, 0);
    EXPECT_EQ(expectRecoveredAreOriginals(originals).size(), 200u);
}

TEST_F(Repair, repair_keepsTheRecordsSettingsAndPauses)
{
    const std::vector<Session> originals = createStoreWithSessions(200);
    const std::map<QString, QString> settings = {{u"target-days"_s, u"4"_s}, {u"planned-days"_s, u"mon,thu"_s}};
    const std::vector<Pause> pauses = {{1, QDate(2026, 2, 1), QDate(2026, 2, 14), u"injured"_s},
                                       {2, QDate(2026, 3, 3), QDate(2026, 3, 3), QString()}};
    {
        auto store = SessionStore::open(dbPath());
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE((*store)->setRecordSettings(settings));
        for (const Pause& pause : pauses) {
            ASSERT_TRUE((*store)->addPause(pause));
        }
    }
    // The last index page is one of the sessions' (see above): the record's own tables are untouched.
    ASSERT_NO_FATAL_FAILURE(wipeLastIndexPage());

    auto report = repairDatabase(dbPath(), now());
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->recovered, 200);
    auto store = SessionStore::open(dbPath());
    ASSERT_TRUE(store.ok());
    EXPECT_EQ((*store)->recordSettings().value(), settings);
    EXPECT_EQ((*store)->pauses().value(), pauses);
}

TEST_F(Repair, repair_sessionsOnlyInTheWal_areSalvaged)
{
    // A crash snapshot: the main file holds 60 sessions, the -wal 3 more that were never checkpointed.
    const QString live = m_dir.filePath(u"live.sqlite"_s);
    std::vector<Session> walSessions;
    {
        auto store = SessionStore::open(live);
        ASSERT_TRUE(store.ok());
        std::vector<Session> first;
        for (int i = 0; i < 60; ++i) {
            Session session = makeSession("2026-01-01T07:00:00+01:00", "2026-01-01");
            session.startedAt = session.startedAt.addDays(i);
            session.localDate = session.localDate.addDays(i);
            session.notes = u"note %1 padded so that sixty rows take more than one page of the table"_s.arg(i);
            first.push_back(session);
        }
        ASSERT_TRUE((*store)->importSessions(first).ok());
    }
    QByteArray main;
    QByteArray wal;
    {
        auto store = SessionStore::open(live);
        ASSERT_TRUE(store.ok());
        for (int i = 0; i < 3; ++i) {
            Session session = makeSession("2026-06-01T18:00:00+02:00", "2026-06-01");
            session.startedAt = session.startedAt.addDays(i);
            session.localDate = session.localDate.addDays(i);
            session.steps = {makeStep("hip-release", Side::Left, 90, 90)};
            const auto id = (*store)->add(session);
            ASSERT_TRUE(id.ok());
            session.id = *id;
            walSessions.push_back(session);
        }
        // Copied while the connection is open, as a crash would leave them.
        ASSERT_GT(QFileInfo(live + u"-wal"_s).size(), 0);
        main = readBytes(live);
        wal = readBytes(live + u"-wal"_s);
    }
    // Damage the first table leaf of the main file, which the appends in the -wal do not rewrite.
    qsizetype firstLeaf = -1;
    for (qsizetype page = 1; page < main.size() / pageSize; ++page) {
        if (main.at(page * pageSize) == char(0x0D)) {
            firstLeaf = page;
            break;
        }
    }
    ASSERT_GT(firstLeaf, 0);
    main.replace(firstLeaf * pageSize, pageSize, QByteArray(pageSize, '\0'));
    writeBytes(dbPath(), main);
    writeBytes(dbPath() + u"-wal"_s, wal);

    auto report = repairDatabase(dbPath(), now());
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->repaired);
    EXPECT_EQ(readBytes(movedPath()), main);
    EXPECT_EQ(readBytes(movedPath() + u"-wal"_s), wal);
    auto repaired = SessionStore::open(dbPath());
    ASSERT_TRUE(repaired.ok());
    for (const Session& session : walSessions) {
        auto found = (*repaired)->session(session.id);
        ASSERT_TRUE(found.ok());
        ASSERT_TRUE(found->has_value()) << session.id;
        EXPECT_EQ(**found, session);
    }
}

TEST_F(Repair, repair_twiceInOneSecond_neverOverwritesTheFirstCopy)
{
    writeBytes(dbPath(), garbage(1000));
    ASSERT_TRUE(repairDatabase(dbPath(), now()).ok());
    const QByteArray second = garbage(2000);
    writeBytes(dbPath(), second);

    auto report = repairDatabase(dbPath(), now());
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->movedTo, movedPath() + u"-2"_s);
    EXPECT_EQ(readBytes(movedPath()), garbage(1000));
    EXPECT_EQ(readBytes(movedPath() + u"-2"_s), second);
}

TEST_F(Repair, repair_newerDatabase_isRefusedAndLeftUntouched)
{
    {
        RawDb raw(dbPath());
        ASSERT_EQ(raw.exec("CREATE TABLE future (x); PRAGMA user_version = 99;"), SQLITE_OK);
    }
    const QByteArray before = readBytes(dbPath());
    const QStringList files = filesInDir();

    auto report = repairDatabase(dbPath(), now());
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::NewerSchema);
    EXPECT_TRUE(report.error().message.contains(u"newer"_s));
    EXPECT_EQ(readBytes(dbPath()), before);
    EXPECT_EQ(filesInDir(), files);
    EXPECT_EQ(checkDatabase(dbPath())->state, DatabaseHealth::State::Newer);
}

TEST_F(Repair, openingADamagedDatabase_saysToRunRepair)
{
    writeBytes(dbPath(), garbage(5000));
    auto store = SessionStore::open(dbPath());
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(store.error().message.contains(u"recovery-coach repair"_s)) << store.error().message.toStdString();
}

} // namespace
