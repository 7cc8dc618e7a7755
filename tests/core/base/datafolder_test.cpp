// SPDX-License-Identifier: GPL-3.0-or-later
// PRODUCT.md section 8 / issue 14: versions before 0.2 kept their data in recovery-coach/recovery-coach/.
// It moves to recovery-coach/ once, whole: a real old folder (a database with sessions still in its
// -wal, backups, a recovery file) arrives byte for byte, and the database opens with every session.
#include "paths.h"
#include "sessionstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace rc::core;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

Session sessionOn(int day)
{
    Session s;
    s.startedAt = QDateTime(QDate(2026, 11, day), QTime(7, 0), Qt::OffsetFromUTC, 3600);
    s.localDate = QDate(2026, 11, day);
    s.routine = u"runners-recovery"_s;
    s.plannedSeconds = 540;
    s.workedSeconds = 540;
    s.completed = true;
    s.notes = u"day %1"_s.arg(day);
    return s;
}

class DataFolder : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_generic.isValid());
        ASSERT_TRUE(m_scratch.isValid());
    }

    QString newFolder() const { return m_generic.filePath(u"recovery-coach"_s); }
    QString oldFolder() const { return m_generic.filePath(u"recovery-coach/recovery-coach"_s); }

    // An old folder as a crash leaves it: the database with three sessions, the last two only in its
    // -wal (copied while the store that wrote them was still open), a backup, a recovery file.
    void makeOldFolder()
    {
        ASSERT_TRUE(QDir().mkpath(oldFolder() + u"/backups"_s));
        const QString scratch = m_scratch.filePath(u"sessions.sqlite"_s);
        auto store = SessionStore::open(scratch);
        ASSERT_TRUE(store.ok());
        for (int day : {23, 24, 25}) {
            ASSERT_TRUE((*store)->add(sessionOn(day)).ok());
        }
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            ASSERT_TRUE(QFile::copy(scratch + suffix, oldFolder() + u"/sessions.sqlite"_s + suffix));
        }
        ASSERT_TRUE((*store)->backupTo(oldFolder() + u"/backups/sessions-2026-11-24.sqlite"_s).ok());
        QFile pending(oldFolder() + u"/sessions.sqlite.pending.json"_s);
        ASSERT_TRUE(pending.open(QIODevice::WriteOnly));
        pending.write("{\"version\": 1, \"sessions\": []}\n");
    }

    QStringList files(const QString& folder) const
    {
        QStringList names;
        QDir dir(folder);
        for (const QString& name : dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
            names << name;
        }
        return names;
    }

    QTemporaryDir m_generic; // stands for ~/.local/share
    QTemporaryDir m_scratch;
};

TEST_F(DataFolder, theOldFolder_movesUpWhole_byteForByte_andTheDatabaseOpensWithEverySession)
{
    makeOldFolder();
    QMap<QString, QByteArray> before;
    for (const QString& name : {u"sessions.sqlite"_s, u"sessions.sqlite-wal"_s, u"sessions.sqlite-shm"_s,
                                u"sessions.sqlite.pending.json"_s, u"backups/sessions-2026-11-24.sqlite"_s}) {
        before[name] = bytesOf(oldFolder() + u'/' + name);
    }

    ASSERT_TRUE(moveEarlierDataFolder(m_generic.path()).ok());

    EXPECT_FALSE(QFileInfo::exists(oldFolder()));
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        EXPECT_EQ(bytesOf(newFolder() + u'/' + it.key()), it.value()) << it.key().toStdString();
    }
    EXPECT_EQ(files(m_generic.path()), QStringList{u"recovery-coach"_s}); // nothing left beside it
    struct stat status = {};
    ASSERT_EQ(::stat(QFile::encodeName(newFolder()).constData(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0700u);
    auto store = SessionStore::open(newFolder() + u"/sessions.sqlite"_s);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    EXPECT_EQ((*store)->count().value(), 3);
}

TEST_F(DataFolder, movedOnce_theNextStartFindsNothingToDo)
{
    makeOldFolder();
    ASSERT_TRUE(moveEarlierDataFolder(m_generic.path()).ok());
    const QStringList after = files(newFolder());

    ASSERT_TRUE(moveEarlierDataFolder(m_generic.path()).ok());

    EXPECT_EQ(files(newFolder()), after);
}

TEST_F(DataFolder, aMoveCutShortAfterTheFirstRename_isFinishedByTheNextStart)
{
    makeOldFolder();
    // As a crash between the two renames leaves it: the old folder aside, nothing in its place.
    ASSERT_TRUE(QDir().rename(newFolder(), m_generic.filePath(u"recovery-coach.moving"_s)));

    ASSERT_TRUE(moveEarlierDataFolder(m_generic.path()).ok());

    EXPECT_TRUE(QFileInfo::exists(newFolder() + u"/sessions.sqlite"_s));
    EXPECT_TRUE(QFileInfo::exists(newFolder() + u"/backups/sessions-2026-11-24.sqlite"_s));
    EXPECT_FALSE(QFileInfo::exists(m_generic.filePath(u"recovery-coach.moving"_s)));
}

TEST_F(DataFolder, bothLayoutsHoldingADatabase_areLeftAsTheyAre)
{
    makeOldFolder();
    QFile::copy(oldFolder() + u"/sessions.sqlite"_s, newFolder() + u"/sessions.sqlite"_s);

    ASSERT_TRUE(moveEarlierDataFolder(m_generic.path()).ok());

    EXPECT_TRUE(QFileInfo::exists(oldFolder() + u"/sessions.sqlite"_s));
    EXPECT_TRUE(QFileInfo::exists(newFolder() + u"/sessions.sqlite"_s));
}

TEST_F(DataFolder, noOldFolder_changesNothing)
{
    ASSERT_TRUE(moveEarlierDataFolder(m_generic.path()).ok());

    EXPECT_TRUE(files(m_generic.path()).isEmpty());
}

TEST_F(DataFolder, theDefaultDatabase_isInTheDataFolderOneLevelDeep)
{
    EXPECT_TRUE(defaultDatabasePath().endsWith(u"/recovery-coach/sessions.sqlite"_s))
        << defaultDatabasePath().toStdString();
    EXPECT_FALSE(defaultDatabasePath().contains(u"recovery-coach/recovery-coach"_s));
}

} // namespace
