// SPDX-License-Identifier: GPL-3.0-or-later
// One window per database: the second instance reaches the first over a socket of this user's only; a
// lock or a socket left by a dead process is taken over; another database is another instance.
#include "singleinstance.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using rc::ui::SingleInstance;

class SingleInstanceTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString dbPath(const QString& name = u"sessions.sqlite"_s) const { return m_dir.filePath(name); }
    QString lockDir() const { return m_dir.path(); }

    QTemporaryDir m_dir;
};

// A process id that was just in use and is not any more.
qint64 deadPid()
{
    QProcess process;
    process.start(u"/bin/sh"_s, {u"-c"_s, u"exit 0"_s});
    if (!process.waitForStarted()) {
        return 0;
    }
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

TEST_F(SingleInstanceTest, secondInstance_findsTheFirst_andItsRequestArrives)
{
    SingleInstance first(dbPath(), lockDir());
    ASSERT_TRUE(first.tryBecomePrimary());
    QSignalSpy received(&first, &SingleInstance::messageReceived);

    SingleInstance second(dbPath(), lockDir());
    ASSERT_FALSE(second.tryBecomePrimary());
    EXPECT_FALSE(second.isPrimary());
    ASSERT_TRUE(second.sendToPrimary(SingleInstance::startMessage(u"runners-recovery"_s)));

    ASSERT_TRUE(received.wait(5000) || received.count() > 0);
    ASSERT_EQ(received.count(), 1);
    const QString message = received.at(0).at(0).toString();
    EXPECT_EQ(message, u"start runners-recovery"_s);
    EXPECT_EQ(SingleInstance::routineOf(message), u"runners-recovery"_s);
    EXPECT_TRUE(SingleInstance::routineOf(SingleInstance::raiseMessage()).isEmpty());
}

TEST_F(SingleInstanceTest, socket_isForThisUserOnly_severalLinesAndSenders_allArrive_andGoesWithThePrimary)
{
    QString socketPath;
    {
        SingleInstance first(dbPath(), lockDir());
        ASSERT_TRUE(first.tryBecomePrimary());
        socketPath = first.socketPath();
        const QFileInfo socket(socketPath);
        ASSERT_TRUE(socket.exists());
        EXPECT_EQ(socket.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                  QFile::Permissions());
        QSignalSpy received(&first, &SingleInstance::messageReceived);

        // Two second instances, one with two lines at once (and no newline at its end).
        SingleInstance second(dbPath(), lockDir());
        ASSERT_TRUE(second.sendToPrimary(SingleInstance::raiseMessage()));
        SingleInstance third(dbPath(), lockDir());
        ASSERT_TRUE(third.sendToPrimary(u"raise\nstart calf-release"_s));

        ASSERT_TRUE(QTest::qWaitFor([&] { return received.count() >= 3; }, 5000));
        QStringList messages;
        for (const auto& arguments : received) {
            messages << arguments.at(0).toString();
        }
        EXPECT_EQ(messages, (QStringList{u"raise"_s, u"raise"_s, u"start calf-release"_s}));
    }
    EXPECT_FALSE(QFileInfo::exists(socketPath)); // a new first one finds no stale socket in its way
}

TEST_F(SingleInstanceTest, socketLeftByAKilledPrimary_isReplaced)
{
    const QString socketPath = SingleInstance(dbPath(), lockDir()).socketPath();
    {
        QFile stale(socketPath); // stands in for the socket file a killed primary leaves behind
        ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    }
    SingleInstance first(dbPath(), lockDir());
    ASSERT_TRUE(first.tryBecomePrimary());
    QSignalSpy received(&first, &SingleInstance::messageReceived);

    ASSERT_TRUE(SingleInstance(dbPath(), lockDir()).sendToPrimary(SingleInstance::raiseMessage()));

    ASSERT_TRUE(QTest::qWaitFor([&] { return received.count() == 1; }, 5000));
}

TEST_F(SingleInstanceTest, anotherDatabase_isAnotherInstance)
{
    SingleInstance first(dbPath(), lockDir());
    ASSERT_TRUE(first.tryBecomePrimary());

    SingleInstance other(dbPath(u"other.sqlite"_s), lockDir());

    EXPECT_TRUE(other.tryBecomePrimary());
    EXPECT_NE(other.lockFilePath(), first.lockFilePath());
}

TEST_F(SingleInstanceTest, theSameDatabaseByAnotherPath_isTheSameInstance)
{
    SingleInstance first(dbPath(), lockDir());
    ASSERT_TRUE(first.tryBecomePrimary());

    SingleInstance again(m_dir.path() + u"/./sessions.sqlite"_s, lockDir());

    EXPECT_FALSE(again.tryBecomePrimary());
}

TEST_F(SingleInstanceTest, lockLeftByAProcessThatIsGone_isTakenOver)
{
    const qint64 pid = deadPid();
    ASSERT_GT(pid, 0);
    const QString lockPath = SingleInstance(dbPath(), lockDir()).lockFilePath();
    {
        // As QLockFile writes it: pid, application, host.
        QFile lock(lockPath);
        ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(pid) + "\nrecovery-coach\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }

    SingleInstance instance(dbPath(), lockDir());

    EXPECT_TRUE(instance.tryBecomePrimary());
    qint64 owner = 0;
    QString host;
    QString application;
    ASSERT_TRUE(QLockFile(lockPath).getLockInfo(&owner, &host, &application));
    EXPECT_EQ(owner, QCoreApplication::applicationPid());
}

TEST_F(SingleInstanceTest, afterTheFirstCloses_theNextOneBecomesTheFirst)
{
    {
        SingleInstance first(dbPath(), lockDir());
        ASSERT_TRUE(first.tryBecomePrimary());
    }
    SingleInstance next(dbPath(), lockDir());
    EXPECT_TRUE(next.tryBecomePrimary());
}

TEST_F(SingleInstanceTest, nobodyListening_sendFailsInsteadOfHanging)
{
    SingleInstance lonely(dbPath(), lockDir());
    EXPECT_FALSE(lonely.sendToPrimary(SingleInstance::raiseMessage(), 200));
}

} // namespace
