// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV file through the store: parse, then importSessions, as `recovery-coach import --csv` does.
#include "sessioncsv.h"
#include "sessionstore.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using rc::core::ImportSummary;
using rc::core::Result;
using rc::core::Session;
using rc::core::SessionStore;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

QByteArray readFixture(const char* name)
{
    return readFile(QStringLiteral(RC_TEST_DATA_DIR "/csv/") + QLatin1String(name));
}

Result<ImportSummary> importCsv(SessionStore& store, const QByteArray& csv)
{
    auto sessions = rc::core::parseSessionsCsv(csv);
    if (!sessions) {
        return sessions.error();
    }
    return store.importSessions(*sessions);
}

class CsvImport : public ::testing::Test
{
protected:
    std::unique_ptr<SessionStore> openStore(const QString& name)
    {
        auto store = SessionStore::open(m_dir.filePath(name));
        EXPECT_TRUE(store.ok()) << (store.ok() ? std::string() : store.error().message.toStdString());
        return store.ok() ? std::move(store).value() : nullptr;
    }

    static std::vector<Session> allSessions(const SessionStore& store)
    {
        auto sessions = store.sessions();
        EXPECT_TRUE(sessions.ok()) << (sessions.ok() ? std::string() : sessions.error().message.toStdString());
        return sessions.ok() ? sessions.value() : std::vector<Session>{};
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CsvImport, import_sameFileTwice_addsNothingTheSecondTime)
{
    auto store = openStore(u"twice.db"_s);
    ASSERT_TRUE(store);
    const QByteArray csv = readFixture("roundtrip.csv"); // 4 data rows

    const auto first = importCsv(*store, csv);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->added, 4);
    EXPECT_EQ(first->skipped, 0);
    const std::vector<Session> afterFirst = allSessions(*store);

    const auto second = importCsv(*store, csv);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(second->added, 0);
    EXPECT_EQ(second->skipped, 4);
    EXPECT_EQ(allSessions(*store), afterFirst);
    EXPECT_EQ(store->count().value(), 4);
}

TEST_F(CsvImport, import_rowRepeatedAsTheSameInstantInAnotherOffset_isADuplicate)
{
    auto store = openStore(u"offsets.db"_s);
    ASSERT_TRUE(store);
    // 07:15 +01:00 and 06:15Z are one instant; with the same routine they are one session.
    const QByteArray header = "started_at,local_date,routine,planned_seconds,worked_seconds,completed,"
                              "soreness_before,soreness_after,notes\r\n";
    const auto result =
        importCsv(*store, header + "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,600,600,1,,,\r\n"
                                   "2026-11-20T06:15:00Z,2026-11-20,runners-recovery,600,600,1,,,\r\n"
                                   "2026-11-20T06:15:00Z,2026-11-20,hip-only,120,120,1,,,\r\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->added, 2);
    EXPECT_EQ(result->skipped, 1);
}

TEST_F(CsvImport, import_badRowOnLine4_leavesTheDatabaseExactlyAsItWas)
{
    const QString path = m_dir.filePath(u"untouched.db"_s);
    std::vector<Session> before;
    {
        auto store = openStore(u"untouched.db"_s);
        ASSERT_TRUE(store);
        const auto seeded = importCsv(*store, readFixture("example.csv"));
        ASSERT_TRUE(seeded.ok()) << seeded.error().message.toStdString();
        ASSERT_EQ(seeded->added, 1);
        before = allSessions(*store);
    }
    const QByteArray bytesBefore = readFile(path);
    ASSERT_FALSE(bytesBefore.isEmpty());

    {
        auto store = openStore(u"untouched.db"_s);
        ASSERT_TRUE(store);
        // Rows 2 and 3 are valid and come first; line 4 has completed "maybe".
        const auto result = importCsv(*store, readFixture("bad-completed-line4.csv"));
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().line, 4);
        EXPECT_TRUE(result.error().message.startsWith(u"line 4: completed"_s)) << result.error().message.toStdString();
        EXPECT_EQ(allSessions(*store), before);
        EXPECT_EQ(store->count().value(), 1);
    }
    EXPECT_EQ(readFile(path), bytesBefore);
}

TEST_F(CsvImport, exportImportIntoNewDatabaseExport_isIdentical)
{
    auto first = openStore(u"first.db"_s);
    ASSERT_TRUE(first);
    const QByteArray fixture = readFixture("roundtrip.csv");
    ASSERT_TRUE(importCsv(*first, fixture).ok());
    // The fixture's rows are oldest first and in export form, so the store's export gives it back.
    const QByteArray exported = rc::core::exportSessionsCsv(allSessions(*first));
    EXPECT_EQ(exported, fixture);

    auto second = openStore(u"second.db"_s);
    ASSERT_TRUE(second);
    const auto imported = importCsv(*second, exported);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->added, 4);
    EXPECT_EQ(rc::core::exportSessionsCsv(allSessions(*second)), exported);
}
