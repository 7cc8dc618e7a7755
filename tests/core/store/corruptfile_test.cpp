// SPDX-License-Identifier: GPL-3.0-or-later
// Files the store must refuse without changing a byte: damaged ones (garbage, truncated, not SQLite,
// failing quick_check), one from a newer app, and one it may not write. Repairing them is repair_test's.
#include "sessionstore.h"
#include "storetestutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <functional>
#include <random>

using namespace Qt::StringLiterals;
using namespace rc::core;
using namespace rc::core::test;

namespace {

constexpr qsizetype pageSize = 4096; // SQLite's default, which the store keeps

class CorruptFile : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString dbPath() const { return m_dir.filePath(u"sessions.sqlite"_s); }

    // A healthy store file spanning many pages, closed so its WAL is checkpointed away.
    QByteArray healthyStoreBytes(int sessions = 300)
    {
        {
            auto store = SessionStore::open(dbPath());
            EXPECT_TRUE(store.ok()) << store.error().message.toStdString();
            std::vector<Session> batch;
            for (int i = 0; i < sessions; ++i) {
                Session session = makeSession("2026-01-05T07:00:00+01:00", "2026-01-05");
                session.startedAt = session.startedAt.addDays(i);
                session.localDate = session.localDate.addDays(i);
                session.notes = u"long enough a note to fill a few pages, session %1"_s.arg(i);
                batch.push_back(session);
            }
            EXPECT_TRUE((*store)->importSessions(batch).ok());
        }
        EXPECT_FALSE(sidecarsExist(dbPath()));
        return readBytes(dbPath());
    }

    // Opens in `mode` and expects `code`, the file named in one line, and the file byte-for-byte as before.
    // SQLite reading a WAL file it may not write leaves an empty -wal and a -shm index beside it; the
    // database itself is what must not change, so those cases pass `Sidecars::EmptyWalAllowed`. A file
    // that came with a WAL keeps it (`Sidecars::CheckedByCaller`).
    enum class Sidecars
    {
        None,
        EmptyWalAllowed,
        CheckedByCaller,
    };
    void expectRefusedAndUnchanged(SessionStore::Mode mode, ErrorCode code, Sidecars sidecars = Sidecars::None)
    {
        const QByteArray before = readBytes(dbPath());
        auto store = SessionStore::open(dbPath(), mode);
        ASSERT_FALSE(store.ok()) << "the store opened a file it must refuse";
        EXPECT_EQ(store.error().code, code) << store.error().message.toStdString();
        EXPECT_TRUE(store.error().message.contains(QDir::toNativeSeparators(dbPath())))
            << store.error().message.toStdString();
        EXPECT_FALSE(store.error().message.contains(u'\n'));
        EXPECT_EQ(readBytes(dbPath()), before) << "the refused file was changed";
        if (sidecars == Sidecars::EmptyWalAllowed) {
            EXPECT_EQ(readBytes(dbPath() + u"-wal"_s), QByteArray());
        } else if (sidecars == Sidecars::None && mode == SessionStore::Mode::ReadWrite) {
            EXPECT_FALSE(sidecarsExist(dbPath())) << "the refused file got a -wal, -shm or -journal beside it";
        }
    }

    QTemporaryDir m_dir;
};

struct DamagedFile
{
    const char* kind;
    std::function<QByteArray(QByteArray healthy)> damage; // from a healthy store's bytes to the damaged file
};

// Every kind of damage, each refused as Corrupt in both modes.
const DamagedFile damagedFiles[] = {
    {"random garbage",
     [](QByteArray) {
         std::mt19937 random(4242);
         QByteArray bytes(8 * pageSize, Qt::Uninitialized);
         for (char& byte : bytes) {
             byte = char(random());
         }
         return bytes;
     }},
    {"garbage behind the SQLite magic",
     [](QByteArray healthy) {
         QByteArray bytes = healthy.left(16); // "SQLite format 3\0", then nonsense: page size, counts, all wrong
         bytes.append(QByteArray(2 * pageSize, char(0xEE)));
         return bytes;
     }},
    {"truncated to half", [](QByteArray healthy) { return healthy.left(healthy.size() / 2); }},
    {"truncated mid-page", [](QByteArray healthy) { return healthy.left(5 * pageSize + 1234); }},
    {"truncated inside the header", [](QByteArray healthy) { return healthy.left(60); }},
    {"a CSV export passed as --db",
     [](QByteArray) {
         QFile csv(QStringLiteral(RC_TEST_DATA_DIR "/csv/example.csv"));
         return csv.open(QIODevice::ReadOnly) ? csv.readAll() : QByteArray("missing fixture");
     }},
    {"a zip archive", [](QByteArray) { return QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10).repeated(500); }},
    {"a data page scribbled over (fails quick_check)",
     [](QByteArray healthy) {
         // Same length and header; page 4 holds session rows, now 0xA5 from end to end.
         healthy.replace(3 * pageSize, pageSize, QByteArray(pageSize, char(0xA5)));
         return healthy;
     }},
    {"the schema page's cell pointers zeroed (fails quick_check)",
     [](QByteArray healthy) {
         // Page 1 after the 100-byte file header: the b-tree page header and cell pointer array.
         healthy.replace(100 + 8, 16, QByteArray(16, '\0'));
         return healthy;
     }},
};

TEST_F(CorruptFile, open_everyKindOfDamage_isCorruptAndLeavesTheFileByteForByte)
{
    const QByteArray healthy = healthyStoreBytes();
    ASSERT_GT(healthy.size(), 8 * pageSize);
    for (const DamagedFile& file : damagedFiles) {
        SCOPED_TRACE(file.kind);
        for (const auto mode : {SessionStore::Mode::ReadWrite, SessionStore::Mode::ReadOnly}) {
            SCOPED_TRACE(mode == SessionStore::Mode::ReadWrite ? "read-write" : "read-only");
            for (const char* suffix : {"-wal", "-shm"}) {
                QFile::remove(dbPath() + QLatin1String(suffix)); // a read-only connection may leave empty ones
            }
            ASSERT_NO_FATAL_FAILURE(writeBytes(dbPath(), file.damage(healthy)));
            expectRefusedAndUnchanged(mode, ErrorCode::Corrupt);
        }
    }
}

TEST_F(CorruptFile, open_damagedFileInWalMode_isCorruptAndTheWalIsLeftAlone)
{
    // The app crashed with a save still in the WAL, and the main file took damage: nothing of either may
    // change, or the colleague's repair loses the last session.
    healthyStoreBytes();
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(QFile::encodeName(dbPath()).constData(), &db), SQLITE_OK);
        int off = 0;
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, &off);
        EXPECT_EQ(
            sqlite3_exec(db, "UPDATE sessions SET notes = 'in the WAL only' WHERE id = 1", nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(db);
    }
    ASSERT_TRUE(QFile::exists(dbPath() + u"-wal"_s));
    QByteArray main = readBytes(dbPath());
    main.replace(3 * pageSize, pageSize, QByteArray(pageSize, char(0xA5)));
    writeBytes(dbPath(), main);
    const QByteArray wal = readBytes(dbPath() + u"-wal"_s);

    expectRefusedAndUnchanged(SessionStore::Mode::ReadWrite, ErrorCode::Corrupt, Sidecars::CheckedByCaller);
    EXPECT_EQ(readBytes(dbPath() + u"-wal"_s), wal) << "the WAL was checkpointed into or deleted";
}

TEST_F(CorruptFile, open_newerUserVersion_isNewerSchemaInBothModesAndLeftByteForByte)
{
    healthyStoreBytes(10);
    {
        RawDb raw(dbPath());
        // What a future version would do: migrate, then stamp its version.
        ASSERT_EQ(raw.exec("ALTER TABLE sessions ADD COLUMN mood TEXT; PRAGMA user_version = 99;"), SQLITE_OK);
    }
    ASSERT_FALSE(sidecarsExist(dbPath()));
    expectRefusedAndUnchanged(SessionStore::Mode::ReadWrite, ErrorCode::NewerSchema);
    expectRefusedAndUnchanged(SessionStore::Mode::ReadOnly, ErrorCode::NewerSchema);
    EXPECT_TRUE(readBytes(dbPath()).size() > 0);
}

TEST_F(CorruptFile, open_newerUserVersionStillInTheWal_isNewerSchemaAndTouchesNeitherFile)
{
    // A newer app stamped its version and was killed before checkpointing: the main file's header still
    // says the current version, only the WAL knows better.
    healthyStoreBytes(10);
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(QFile::encodeName(dbPath()).constData(), &db), SQLITE_OK);
        int off = 0;
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, &off);
        EXPECT_EQ(sqlite3_exec(db, "ALTER TABLE sessions ADD COLUMN mood TEXT; PRAGMA user_version = 99;", nullptr,
                               nullptr, nullptr),
                  SQLITE_OK);
        sqlite3_close(db);
    }
    ASSERT_TRUE(QFile::exists(dbPath() + u"-wal"_s));
    const QByteArray wal = readBytes(dbPath() + u"-wal"_s);

    const QByteArray before = readBytes(dbPath());
    auto store = SessionStore::open(dbPath());
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::NewerSchema) << store.error().message.toStdString();
    EXPECT_EQ(readBytes(dbPath()), before) << "the newer app's WAL was checkpointed into its database";
    EXPECT_EQ(readBytes(dbPath() + u"-wal"_s), wal);
}

TEST_F(CorruptFile, openReadOnly_fileWithoutWritePermission_readsItsSessions)
{
    healthyStoreBytes(5);
    ASSERT_TRUE(QFile::setPermissions(dbPath(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = readBytes(dbPath());

    auto store = SessionStore::open(dbPath(), SessionStore::Mode::ReadOnly);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    EXPECT_EQ(*(*store)->count(), 5);
    store.value().reset();
    EXPECT_EQ(readBytes(dbPath()), before);
}

TEST_F(CorruptFile, open_fileWithoutWritePermission_isReadOnlyAndLeftByteForByte)
{
    if (geteuid() == 0) {
        GTEST_SKIP() << "running as root: file permissions do not stop root from writing, so there is no "
                        "read-only file to test with";
    }
    healthyStoreBytes(5);
    ASSERT_TRUE(QFile::setPermissions(dbPath(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    expectRefusedAndUnchanged(SessionStore::Mode::ReadWrite, ErrorCode::ReadOnly, Sidecars::EmptyWalAllowed);
}

TEST_F(CorruptFile, open_folderWithoutWritePermission_isReadOnlyAndLeftByteForByte)
{
    if (geteuid() == 0) {
        GTEST_SKIP() << "running as root: folder permissions do not stop root from creating the -wal file";
    }
    healthyStoreBytes(5);
    const auto folder = QFile::permissions(m_dir.path());
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    expectRefusedAndUnchanged(SessionStore::Mode::ReadWrite, ErrorCode::ReadOnly);
    QFile::setPermissions(m_dir.path(), folder); // so QTemporaryDir can clean up
}

} // namespace
