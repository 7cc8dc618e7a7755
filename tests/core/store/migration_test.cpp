// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migration: a database written by every past version of the app opens with all its data at the
// current version, and a disk failure in the middle of a migration leaves the old version, never half.
//
// The fixtures are hand-written SQL dumps in tests/data/schema/, one per schema version, vN.sql.
// How the next schema version (2) is added, so that version-1 files stay tested:
//  1. Leave v1.sql exactly as it is. It is the frozen picture of a file Recovery Coach 0.1 wrote; from now
//     on it is the input of the 1 -> 2 migration. Never regenerate a dump with a newer app.
//  2. Add the `if (*from < 2)` step to migrateSchema() and bump SessionStore::schemaVersion to 2.
//  3. In fixtureExpectations() below, change the v0/v1 expectations only where version 2 gives old rows
//     a value they did not have (a new column's default); the rest must read back as before.
//  4. Write v2.sql by hand: the version-2 schema exactly as migrateSchema() creates it (checked by
//     currentVersionDump_hasExactlyTheSchemaAFreshStoreCreates), a few rows that use what is
//     new, `PRAGMA user_version = 2;` inside the transaction. Add its expected sessions below and its tables
//     to tablesAtVersion().
// Nothing else: every dump below the current version is also a starting point of the fault sweep, so the
// 1 -> 2 migration is swept as soon as schemaVersion is 2.
// fixtures_coverEveryVersionAndEveryDumpHasExpectations fails until a dump exists for every version up to
// the current one.
#include "backup.h"
#include "faultvfs.h"
#include "sessionstore.h"
#include "storetestutil.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <map>
#include <ostream>

using namespace Qt::StringLiterals;
using namespace rc::core;
using namespace rc::core::test;

namespace rc::core {
// Readable failures: gtest would print a Session as raw bytes.
void PrintTo(const Session& session, std::ostream* out)
{
    *out << "{id " << session.id << ", " << session.startedAt.toString(Qt::ISODate).toStdString() << ", "
         << session.localDate.toString(Qt::ISODate).toStdString() << ", " << session.routine.toStdString() << ", "
         << session.steps.size() << " steps}";
}
} // namespace rc::core

namespace {

const QString schemaDir = QStringLiteral(RC_TEST_DATA_DIR "/schema");

struct FixtureExpectation
{
    int version = 0;
    std::vector<Session> sessions; // oldest first, as sessions() returns them
    std::map<QString, QString> settings;
    std::vector<Pause> pauses; // by first date
};

Session expectedSession(qint64 id, const char* startedAt, const char* localDate, const char* routine, int planned,
                        int worked, bool completed, std::optional<int> before, std::optional<int> after,
                        const QString& notes, std::vector<StepResult> steps = {})
{
    Session session = makeSession(startedAt, localDate, routine, worked, completed);
    session.id = id;
    session.plannedSeconds = planned;
    session.sorenessBefore = before;
    session.sorenessAfter = after;
    session.notes = notes;
    session.steps = std::move(steps);
    return session;
}

// What each dump holds, read off the SQL by hand (v1.sql spells out the instants in its header).
std::map<QString, FixtureExpectation> fixtureExpectations()
{
    std::map<QString, FixtureExpectation> fixtures;
    fixtures[u"v0.sql"_s] = {0, {}, {}, {}};
    fixtures[u"v1.sql"_s] = {
        1,
        {
            expectedSession(
                1, "2026-11-16T07:15:00+01:00", "2026-11-16", "runners-recovery", 540, 540, true, 6, 3,
                u"felt tight, left calf"_s,
                {makeStep("it-band-roll", Side::Left, 90, 90, 1, 45), makeStep("it-band-roll", Side::Right, 90, 90),
                 makeStep("calf-release", Side::Left, 90, 90), makeStep("calf-release", Side::Right, 90, 90),
                 makeStep("hip-release", Side::Left, 90, 90), makeStep("hip-release", Side::Right, 90, 90, 2, 60)}),
            // Stopped early in New York: 00:40 UTC on the 19th, but it counts for the 18th.
            expectedSession(
                2, "2026-11-18T19:40:00-05:00", "2026-11-18", "runners-recovery", 540, 300, false, std::nullopt,
                std::nullopt, u"stopped early: \"phone call\"\nresume tomorrow"_s,
                {makeStep("it-band-roll", Side::Left, 90, 90), makeStep("it-band-roll", Side::Right, 90, 90),
                 makeStep("calf-release", Side::Left, 90, 90), makeStep("calf-release", Side::Right, 90, 30)}),
            expectedSession(3, "2026-11-20T06:00:00Z", "2026-11-20", "runners-recovery", 600, 600, true, 4,
                            std::nullopt, u"Ünïcode ✓ 日本"_s),
            expectedSession(7, "2026-11-21T21:10:00+05:30", "2026-11-21", "hips-only", 180, 180, true, 0, 10, QString(),
                            {makeStep("hip-release", Side::Both, 180, 180, 3, 135)}),
        },
        {}, // version 1 had neither settings nor pauses: it migrates with none (the defaults)
        {}};
    fixtures[u"v2.sql"_s] = {
        2,
        {
            expectedSession(1, "2026-11-30T07:00:00+01:00", "2026-11-30", "runners-recovery", 600, 600, true, 5, 2,
                            QString()),
            expectedSession(2, "2026-12-03T01:30:00+01:00", "2026-12-02", "hips-only", 180, 180, true, std::nullopt,
                            std::nullopt, u"after the late shift"_s,
                            {makeStep("hip-release", Side::Both, 180, 180, 1, 30)}),
        },
        {{u"day-starts-at"_s, u"04:00"_s},
         {u"planned-days"_s, u"mon,thu"_s},
         {u"target-days"_s, u"2"_s},
         {u"week-start"_s, u"sunday"_s}},
        {Pause{1, QDate(2026, 12, 7), QDate(2026, 12, 20), u"injured: calf strain"_s},
         Pause{3, QDate(2026, 12, 24), QDate(2026, 12, 26), QString()}},
    };
    return fixtures;
}

// The tables a file at `version` has, comma-separated in name order.
QString tablesAtVersion(int version)
{
    switch (version) {
    case 0:
        return QString();
    case 1:
        return u"session_steps,sessions"_s;
    case 2:
        return u"pauses,record_settings,session_steps,sessions"_s;
    default:
        ADD_FAILURE() << "tablesAtVersion() does not know version " << version;
        return u"?"_s;
    }
}

QStringList dumpNames()
{
    return QDir(schemaDir).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
}

void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

// Builds a database from a dump with a connection of our own, as the old app would have left it.
void loadDump(const QString& dumpName, const QString& path)
{
    removeDatabase(path);
    QFile dump(schemaDir + u'/' + dumpName);
    ASSERT_TRUE(dump.open(QIODevice::ReadOnly)) << dumpName.toStdString();
    const QByteArray sql = dump.readAll();
    RawDb raw(path);
    ASSERT_TRUE(raw.ok());
    ASSERT_EQ(raw.exec(sql.constData()), SQLITE_OK) << dumpName.toStdString();
}

struct FileState
{
    int version = 0;
    QString tables;
    int sessionRows = 0;
    int stepRows = 0;
};

// What the next open will find: a connection of our own rolls back a hot journal and replays a WAL first.
FileState fileState(const QString& path)
{
    if (!QFile::exists(path) || QFileInfo(path).size() == 0) {
        return {};
    }
    RawDb raw(path);
    EXPECT_TRUE(raw.ok());
    EXPECT_EQ(raw.scalar("PRAGMA quick_check"), u"ok"_s);
    FileState state;
    state.version = raw.scalar("PRAGMA user_version").toInt();
    state.tables = raw.scalar("SELECT group_concat(name, ',') FROM "
                              "(SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name)");
    if (state.tables.contains(u"sessions"_s)) {
        state.sessionRows = raw.scalar("SELECT count(*) FROM sessions").toInt();
        state.stepRows = raw.scalar("SELECT count(*) FROM session_steps").toInt();
    }
    return state;
}

int stepCount(const std::vector<Session>& sessions)
{
    int steps = 0;
    for (const Session& session : sessions) {
        steps += int(session.steps.size());
    }
    return steps;
}

void expectSessions(const std::vector<Session>& actual, const std::vector<Session>& expected)
{
    EXPECT_EQ(actual, expected);
    // QDateTime compares instants; the offset each session was recorded with must survive too.
    for (size_t i = 0; i < std::min(actual.size(), expected.size()); ++i) {
        EXPECT_EQ(actual[i].startedAt.offsetFromUtc(), expected[i].startedAt.offsetFromUtc()) << "session " << i;
    }
}

class Migration : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { FaultVfs::install(); }
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        FaultVfs::disarm();
    }
    QString dbPath() const { return m_dir.filePath(u"sessions.sqlite"_s); }

    // A backup made from a dump: one file, its WAL folded in, as backupTo leaves a copy.
    QString backupFromDump(const QString& dump)
    {
        const QString backup = m_dir.filePath(u"backup-"_s + dump + u".sqlite"_s);
        loadDump(dump, backup);
        RawDb raw(backup);
        EXPECT_EQ(raw.exec("PRAGMA journal_mode = DELETE"), SQLITE_OK);
        return backup;
    }

    QTemporaryDir m_dir;
};

TEST_F(Migration, fixtures_coverEveryVersionAndEveryDumpHasExpectations)
{
    const auto expectations = fixtureExpectations();
    const QStringList dumps = dumpNames();
    for (int version = 0; version <= SessionStore::schemaVersion; ++version) {
        EXPECT_TRUE(dumps.contains(u"v%1.sql"_s.arg(version))) << "no fixture for schema version " << version;
    }
    for (const QString& dump : dumps) {
        const auto it = expectations.find(dump);
        ASSERT_NE(it, expectations.end()) << dump.toStdString() << " has no entry in fixtureExpectations()";
        EXPECT_EQ(dump, u"v%1.sql"_s.arg(it->second.version));
    }
    EXPECT_EQ(size_t(dumps.size()), expectations.size())
        << "an expectation names a dump that is not in " << RC_TEST_DATA_DIR;
}

TEST_F(Migration, everyDump_opensAtTheCurrentVersionWithAllItsSessions)
{
    const auto expectations = fixtureExpectations();
    for (const QString& dump : dumpNames()) {
        SCOPED_TRACE(dump.toStdString());
        const auto it = expectations.find(dump);
        ASSERT_NE(it, expectations.end());
        const FixtureExpectation& expected = it->second;
        loadDump(dump, dbPath());
        ASSERT_EQ(fileState(dbPath()).version, expected.version) << "the dump does not set its user_version";

        {
            auto store = SessionStore::open(dbPath());
            ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
            const auto sessions = (*store)->sessions();
            ASSERT_TRUE(sessions.ok()) << sessions.error().message.toStdString();
            expectSessions(*sessions, expected.sessions);
            EXPECT_EQ((*store)->recordSettings().value(), expected.settings);
            EXPECT_EQ((*store)->pauses().value(), expected.pauses);
            // A migrated file takes new sessions, settings and pauses like a fresh one.
            EXPECT_TRUE((*store)->add(makeSession("2027-01-04T07:00:00+01:00", "2027-01-04")).ok());
            EXPECT_TRUE((*store)->setRecordSettings({{u"target-days"_s, u"4"_s}}).ok());
            EXPECT_TRUE((*store)->addPause({0, QDate(2027, 2, 1), QDate(2027, 2, 3), u"travelling"_s}).ok());
        }
        const FileState migrated = fileState(dbPath());
        EXPECT_EQ(migrated.version, SessionStore::schemaVersion);
        EXPECT_EQ(migrated.tables, tablesAtVersion(SessionStore::schemaVersion));
        EXPECT_EQ(migrated.sessionRows, int(expected.sessions.size()) + 1);
        RawDb raw(dbPath());
        EXPECT_EQ(raw.scalar("PRAGMA integrity_check"), u"ok"_s);
        EXPECT_EQ(raw.scalar("PRAGMA foreign_key_check"), QString());
    }
}

TEST_F(Migration, versionOneFile_readOnly_readsItsSessionsWithNoSettingsOrPauses_andStaysVersionOne)
{
    // `report` and `backup` open read-only: a 0.2 database must read as it is, before any writer migrated it.
    loadDump(u"v1.sql"_s, dbPath());
    {
        auto store = SessionStore::open(dbPath(), SessionStore::Mode::ReadOnly);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        EXPECT_EQ((*store)->sessions()->size(), 4u);
        EXPECT_TRUE((*store)->recordSettings()->empty());
        EXPECT_TRUE((*store)->pauses()->empty());
    }
    EXPECT_EQ(fileState(dbPath()).version, 1);
}

TEST_F(Migration, restoringAVersionOneBackup_takesItsSessions_andKeepsTheRecordsOwnSettingsAndPauses)
{
    const QString backup = backupFromDump(u"v1.sql"_s);
    auto store = SessionStore::open(dbPath());
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->setRecordSettings({{u"target-days"_s, u"5"_s}}));
    ASSERT_TRUE((*store)->addPause({0, QDate(2026, 12, 1), QDate(2026, 12, 3), u"ill"_s}));
    const auto restored = restoreDatabase(**store, backup, m_dir.filePath(u"backups"_s),
                                          QDateTime(QDate(2026, 12, 7), QTime(12, 0)));
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(restored->sessions, 4);
    EXPECT_EQ((*store)->recordSettings().value(), (std::map<QString, QString>{{u"target-days"_s, u"5"_s}}));
    ASSERT_EQ((*store)->pauses()->size(), 1u);
    EXPECT_EQ((*store)->pauses()->front().note, u"ill"_s);
}

TEST_F(Migration, restoringAVersionTwoBackup_replacesTheSettingsAndPausesWithTheBackups)
{
    const QString backup = backupFromDump(u"v2.sql"_s);
    auto store = SessionStore::open(dbPath());
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->setRecordSettings({{u"target-days"_s, u"5"_s}, {u"reminder-extra"_s, u"x"_s}}));
    ASSERT_TRUE((*store)->addPause({0, QDate(2026, 1, 1), QDate(2026, 1, 2), QString()}));
    const auto restored = restoreDatabase(**store, backup, m_dir.filePath(u"backups"_s),
                                          QDateTime(QDate(2026, 12, 7), QTime(12, 0)));
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    const FixtureExpectation expected = fixtureExpectations().at(u"v2.sql"_s);
    EXPECT_EQ((*store)->recordSettings().value(), expected.settings);
    EXPECT_EQ((*store)->pauses().value(), expected.pauses);
}

// The schema as SQLite stores it, comments dropped and spaces collapsed, one "type name: sql" per line.
QString normalizedSchema(const QString& path)
{
    RawDb raw(path);
    EXPECT_TRUE(raw.ok());
    QString schema = raw.scalar("SELECT group_concat(type || ' ' || name || ': ' || coalesce(sql, ''), char(10)) "
                                "FROM (SELECT * FROM sqlite_schema ORDER BY type, name)");
    static const QRegularExpression comment(u"--[^\n]*"_s);
    static const QRegularExpression spaces(u"[ \t]+"_s);
    schema.remove(comment);
    schema.replace(u"\n    "_s, u" "_s).replace(spaces, u" "_s);
    return schema;
}

TEST_F(Migration, currentVersionDump_hasExactlyTheSchemaAFreshStoreCreates)
{
    // Catches a schema edited in place without a new version: old files would silently differ from new ones.
    {
        auto store = SessionStore::open(dbPath());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    }
    const QString fresh = normalizedSchema(dbPath());
    ASSERT_NO_FATAL_FAILURE(loadDump(u"v%1.sql"_s.arg(SessionStore::schemaVersion), dbPath()));
    EXPECT_EQ(normalizedSchema(dbPath()).toStdString(), fresh.toStdString());
    EXPECT_TRUE(fresh.contains(u"CREATE TABLE sessions"_s)) << fresh.toStdString();
}

// Where a migration starts from: no file at all, or a database built from a dump.
struct Start
{
    std::string name;
    std::function<void(const QString& path)> prepare;
    FixtureExpectation expected;
};

std::vector<Start> migrationStarts()
{
    std::vector<Start> starts;
    starts.push_back({"no file", [](const QString& path) { removeDatabase(path); }, {0, {}, {}, {}}});
    for (const auto& [dump, expected] : fixtureExpectations()) {
        if (expected.version < SessionStore::schemaVersion) {
            starts.push_back({dump.toStdString(), [dump](const QString& path) { loadDump(dump, path); }, expected});
        }
    }
    return starts;
}

TEST_F(Migration, faultAtAnyWriteOrSync_leavesTheOldVersionOrTheNewOneNeverHalf)
{
    struct Fault
    {
        FaultOp op;
        int code;
        const char* name;
    };
    const Fault faults[] = {{FaultOp::Write, SQLITE_IOERR_WRITE, "write IOERR"},
                            {FaultOp::Write, SQLITE_FULL, "write FULL"},
                            {FaultOp::Sync, SQLITE_IOERR_FSYNC, "sync IOERR"}};

    for (const Start& start : migrationStarts()) {
        SCOPED_TRACE(start.name);
        const FixtureExpectation& old = start.expected;
        // A clean open counts the writes and syncs the migration makes.
        ASSERT_NO_FATAL_FAILURE(start.prepare(dbPath()));
        FaultVfs::disarm();
        int writes = 0;
        int syncs = 0;
        {
            auto store = SessionStore::open(dbPath());
            ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
            writes = FaultVfs::writes();
            syncs = FaultVfs::syncs();
        }
        ASSERT_GT(writes, 0);
        ASSERT_GT(syncs, 0);

        for (const Fault& fault : faults) {
            for (const FaultMode mode : {FaultMode::Once, FaultMode::Persistent}) {
                const int calls = fault.op == FaultOp::Write ? writes : syncs;
                for (int k = 1; k <= calls; ++k) {
                    SCOPED_TRACE(testing::Message() << fault.name << (mode == FaultMode::Once ? " once" : " persistent")
                                                    << ", call " << k << " of " << calls);
                    ASSERT_NO_FATAL_FAILURE(start.prepare(dbPath()));
                    {
                        ScopedFault armed(fault.op, k, fault.code, mode);
                        auto failed = SessionStore::open(dbPath());
                        ASSERT_GT(FaultVfs::injected(), 0) << "the fault was never reached";
                        ASSERT_FALSE(failed.ok()) << "a failed " << fault.name << " during migration was not reported";
                        EXPECT_TRUE(failed.error().code == ErrorCode::Io || failed.error().code == ErrorCode::Full)
                            << failed.error().message.toStdString();
                    }

                    const FileState after = fileState(dbPath());
                    const bool isOld = after.version == old.version && after.tables == tablesAtVersion(old.version);
                    const bool isNew = after.version == SessionStore::schemaVersion &&
                                       after.tables == tablesAtVersion(SessionStore::schemaVersion);
                    ASSERT_TRUE(isOld || isNew)
                        << "half-migrated: user_version " << after.version << ", tables " << after.tables.toStdString();
                    if (!after.tables.isEmpty()) {
                        EXPECT_EQ(after.sessionRows, int(old.sessions.size()));
                        EXPECT_EQ(after.stepRows, stepCount(old.sessions));
                    }

                    // With the disk healthy again, the next start migrates and finds every session.
                    auto retried = SessionStore::open(dbPath());
                    ASSERT_TRUE(retried.ok()) << retried.error().message.toStdString();
                    const auto sessions = (*retried)->sessions();
                    ASSERT_TRUE(sessions.ok());
                    expectSessions(*sessions, old.sessions);
                    retried.value().reset();
                    ASSERT_EQ(fileState(dbPath()).version, SessionStore::schemaVersion);
                    if (HasFailure()) {
                        return; // the first failing k is the one to debug
                    }
                }
            }
        }
    }
}

} // namespace
