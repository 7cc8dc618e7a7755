// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the database at start: damaged, newer, read-only, busy, sessions waiting in the recovery file,
// the daily backup. Every question is answered through MessageBox's seam.
#include "clock.h"
#include "messagebox.h"
#include "pendingsession.h"
#include "sessionstore.h"
#include "startup.h"
#include "uitestutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using rc::core::ErrorCode;
using rc::core::Session;
using rc::core::SessionStore;
using rc::ui::MessageBox;
using rc::ui::openDatabaseInteractively;

constexpr qsizetype pageSize = 4096; // SQLite's default page size

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

Session session(const QDate& date)
{
    return rc::test::session(date, true, 540, u"a note long enough to fill pages quickly"_s);
}

class StartupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_shownBefore = MessageBox::shownCount();
    }

    QString dbPath() const { return m_dir.filePath(u"sessions.sqlite"_s); }
    // Sunday 1 March 2026, 10:15:30 local time: a repaired file is renamed ….corrupt-20260301-101530.
    QString movedPath() const { return dbPath() + u".corrupt-20260301-101530"_s; }
    int dialogsShown() const { return MessageBox::shownCount() - m_shownBefore; }
    QStringList files() const
    {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    void createStore(int sessions)
    {
        auto store = SessionStore::open(dbPath());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        std::vector<Session> all;
        for (int i = 0; i < sessions; ++i) {
            all.push_back(session(QDate(2026, 1, 1).addDays(i)));
        }
        ASSERT_TRUE((*store)->importSessions(all).ok());
    } // closing checkpoints the WAL: every session is in the main file

    QTemporaryDir m_dir;
    rc::core::ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(10, 15, 30))};
    int m_shownBefore = 0;
};

TEST_F(StartupTest, healthyDatabase_opensWithoutAQuestion_andTakesTodaysBackup)
{
    createStore(3);

    auto opened = openDatabaseInteractively(dbPath(), m_clock);

    ASSERT_FALSE(opened.quit) << opened.message.toStdString();
    ASSERT_NE(opened.store, nullptr);
    EXPECT_EQ(*opened.store->count(), 3);
    EXPECT_TRUE(opened.readOnlyReason.isEmpty());
    EXPECT_TRUE(opened.notice.isEmpty()) << opened.notice.toStdString();
    EXPECT_EQ(dialogsShown(), 0);
    EXPECT_TRUE(QFile::exists(m_dir.filePath(u"backups/sessions-2026-03-01.sqlite"_s)));
}

TEST_F(StartupTest, damagedDatabase_yes_movesTheOriginalAside_andSaysHowManySessionsWereRecovered)
{
    createStore(200);
    // Wipe an index page: quick_check fails, yet every row of the sessions table is still readable.
    QByteArray bytes = readBytes(dbPath());
    ASSERT_EQ(qFromBigEndian<quint16>(bytes.constData() + 16), pageSize);
    qsizetype indexPage = -1;
    for (qsizetype page = 1; page < bytes.size() / pageSize; ++page) {
        if (bytes.at(page * pageSize) == char(0x0A)) {
            indexPage = page;
            break;
        }
    }
    ASSERT_GT(indexPage, 0);
    bytes.replace(indexPage * pageSize, pageSize, QByteArray(pageSize, '\0'));
    writeBytes(dbPath(), bytes);
    MessageBox::setNextAnswer(QMessageBox::Yes); // Repair now?
    MessageBox::setNextAnswer(QMessageBox::Ok);  // the report

    auto opened = openDatabaseInteractively(dbPath(), m_clock);

    ASSERT_FALSE(opened.quit) << opened.message.toStdString();
    ASSERT_NE(opened.store, nullptr);
    EXPECT_EQ(*opened.store->count(), 200);
    EXPECT_EQ(readBytes(movedPath()), bytes); // byte for byte
    ASSERT_EQ(dialogsShown(), 2);
    EXPECT_TRUE(MessageBox::shownTexts().at(MessageBox::shownTexts().size() - 2).contains(u"Repair now?"_s));
    const QString report = MessageBox::lastText();
    EXPECT_TRUE(report.contains(u"Recovered 200 of 200 sessions"_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(QDir::toNativeSeparators(movedPath()))) << report.toStdString();
}

TEST_F(StartupTest, notADatabase_no_quitsAndLeavesEveryFileAsItWas)
{
    const QByteArray garbage = QByteArray("this is not a database, just some text\n").repeated(100);
    writeBytes(dbPath(), garbage);
    const QStringList before = files();
    MessageBox::setNextAnswer(QMessageBox::No);

    auto opened = openDatabaseInteractively(dbPath(), m_clock);

    EXPECT_TRUE(opened.quit);
    EXPECT_EQ(opened.exitCode, 1);
    EXPECT_EQ(opened.store, nullptr);
    EXPECT_FALSE(opened.message.isEmpty());
    EXPECT_EQ(dialogsShown(), 1);
    EXPECT_EQ(readBytes(dbPath()), garbage);
    EXPECT_EQ(files(), before);
}

TEST_F(StartupTest, newerDatabase_isRefusedWithAMessageSayingSo_andLeftUntouched)
{
    createStore(1);
    QByteArray bytes = readBytes(dbPath());
    qToBigEndian<qint32>(99, bytes.data() + 60); // PRAGMA user_version lives at offset 60 of the header
    writeBytes(dbPath(), bytes);
    const QStringList before = files();
    MessageBox::setNextAnswer(QMessageBox::Ok);

    auto opened = openDatabaseInteractively(dbPath(), m_clock);

    EXPECT_TRUE(opened.quit);
    EXPECT_EQ(opened.exitCode, 1);
    ASSERT_EQ(dialogsShown(), 1);
    EXPECT_TRUE(MessageBox::lastText().contains(u"newer version"_s)) << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(u"left untouched"_s));
    EXPECT_EQ(readBytes(dbPath()), bytes);
    EXPECT_EQ(files(), before);
}

TEST_F(StartupTest, readOnlyDatabase_opensReadOnly_andSaysWhy)
{
    createStore(2);
    // Permissions do not stop root, so the store refuses to write through the opener seam.
    const auto opener = [](const QString& path, SessionStore::Mode mode) {
        if (mode == SessionStore::Mode::ReadWrite) {
            return rc::core::Result<std::unique_ptr<SessionStore>>(
                rc::core::makeError(ErrorCode::ReadOnly, u"Cannot write to the database: it is read-only."_s));
        }
        return SessionStore::open(path, mode);
    };

    auto opened = openDatabaseInteractively(dbPath(), m_clock, nullptr, opener);

    ASSERT_FALSE(opened.quit);
    ASSERT_NE(opened.store, nullptr);
    EXPECT_EQ(*opened.store->count(), 2);
    EXPECT_EQ(opened.readOnlyReason, u"Cannot write to the database: it is read-only"_s);
    EXPECT_EQ(dialogsShown(), 0); // the window's banner says it, not a dialog
    EXPECT_FALSE(opened.store->add(session(QDate(2026, 2, 1))).ok());
}

TEST_F(StartupTest, busyDatabase_offersRetry_andOpensOnceItIsFree)
{
    createStore(1);
    int attempts = 0;
    const auto opener = [&attempts](const QString& path, SessionStore::Mode mode) {
        if (++attempts == 1) {
            return rc::core::Result<std::unique_ptr<SessionStore>>(
                rc::core::makeError(ErrorCode::Busy, u"The database is busy."_s));
        }
        return SessionStore::open(path, mode);
    };
    MessageBox::setNextAnswer(QMessageBox::Retry);

    auto opened = openDatabaseInteractively(dbPath(), m_clock, nullptr, opener);

    ASSERT_FALSE(opened.quit);
    ASSERT_NE(opened.store, nullptr);
    EXPECT_EQ(attempts, 2);
    ASSERT_EQ(dialogsShown(), 1);
    EXPECT_TRUE(MessageBox::lastText().contains(u"Another program"_s)) << MessageBox::lastText().toStdString();
}

TEST_F(StartupTest, busyDatabase_cancel_quits)
{
    const auto opener = [](const QString&, SessionStore::Mode) {
        return rc::core::Result<std::unique_ptr<SessionStore>>(
            rc::core::makeError(ErrorCode::Busy, u"The database is busy."_s));
    };
    MessageBox::setNextAnswer(QMessageBox::Cancel);

    auto opened = openDatabaseInteractively(dbPath(), m_clock, nullptr, opener);

    EXPECT_TRUE(opened.quit);
    EXPECT_EQ(opened.exitCode, 1);
}

TEST_F(StartupTest, sessionsWaitingInTheRecoveryFile_areSaved_andTheRunnerIsToldHowMany)
{
    createStore(1);
    ASSERT_TRUE(rc::core::savePending(dbPath(), session(QDate(2026, 2, 27))).ok());
    ASSERT_TRUE(rc::core::savePending(dbPath(), session(QDate(2026, 2, 28))).ok());
    MessageBox::setNextAnswer(QMessageBox::Ok);

    auto opened = openDatabaseInteractively(dbPath(), m_clock);

    ASSERT_NE(opened.store, nullptr);
    EXPECT_EQ(opened.savedPending, 2);
    EXPECT_EQ(*opened.store->count(), 3);
    EXPECT_EQ(MessageBox::lastText(), u"2 sessions that could not be saved last time are now saved."_s);
    EXPECT_FALSE(QFile::exists(rc::core::pendingFilePath(dbPath())));
}

TEST_F(StartupTest, automaticBackupFailing_isANoticeForTheWindow_notAQuestion)
{
    createStore(1);
    writeBytes(m_dir.filePath(u"backups"_s), "a file where the backup folder should be");

    auto opened = openDatabaseInteractively(dbPath(), m_clock);

    ASSERT_FALSE(opened.quit);
    ASSERT_NE(opened.store, nullptr);
    EXPECT_EQ(dialogsShown(), 0);
    EXPECT_TRUE(opened.notice.contains(u"automatic backup"_s)) << opened.notice.toStdString();
}

} // namespace
