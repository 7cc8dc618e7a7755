// SPDX-License-Identifier: GPL-3.0-or-later
// One window per database, on a private session bus: the second instance reaches the first through
// org.freedesktop.Application; the name goes with its owner however it ends; another database is another
// instance; without a bus a lock guards the database.
#include "paths.h"
#include "privatebus.h"
#include "singleinstance.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
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

const QString startRoutine = QLatin1String(SingleInstance::startRoutineAction);

class SingleInstanceTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString dbPath(const QString& name = u"sessions.sqlite"_s) const { return m_dir.filePath(name); }
    QString lockDir() const { return m_dir.path(); }

    // A call as the desktop (or a notification) makes it, from a client of its own.
    QDBusMessage callApplication(const QString& service, const QString& method, const QVariantList& arguments)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(service, SingleInstance::objectPath(),
                                                           u"org.freedesktop.Application"_s, method);
        call.setArguments(arguments);
        return m_bus.connect().call(call, QDBus::BlockWithGui, 5000);
    }

    QTemporaryDir m_dir;
    rc::test::PrivateBus m_bus;
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

TEST_F(SingleInstanceTest, secondInstance_findsTheFirst_andItsStartRoutineArrives)
{
    SingleInstance first(dbPath(), m_bus.connect());
    ASSERT_TRUE(first.tryBecomePrimary());
    QSignalSpy actions(&first, &SingleInstance::actionActivated);

    SingleInstance second(dbPath(), m_bus.connect());
    ASSERT_FALSE(second.tryBecomePrimary());
    EXPECT_FALSE(second.isPrimary());
    ASSERT_TRUE(second.activatePrimary(startRoutine, u"calf-release"_s));

    ASSERT_EQ(actions.count(), 1);
    EXPECT_EQ(actions.at(0).at(0).toString(), u"start-routine"_s);
    EXPECT_EQ(actions.at(0).at(1).toString(), u"calf-release"_s);
}

TEST_F(SingleInstanceTest, activateFromASecondInstance_isActivated_andSeveralCallersAllArrive)
{
    SingleInstance first(dbPath(), m_bus.connect());
    ASSERT_TRUE(first.tryBecomePrimary());
    QSignalSpy activated(&first, &SingleInstance::activated);
    QSignalSpy actions(&first, &SingleInstance::actionActivated);

    SingleInstance second(dbPath(), m_bus.connect());
    SingleInstance third(dbPath(), m_bus.connect());
    ASSERT_TRUE(second.activatePrimary());
    ASSERT_TRUE(third.activatePrimary());
    ASSERT_TRUE(third.activatePrimary(QLatin1String(SingleInstance::logSessionAction)));

    EXPECT_EQ(activated.count(), 2);
    ASSERT_EQ(actions.count(), 1);
    EXPECT_EQ(actions.at(0).at(0).toString(), u"log-session"_s);
    EXPECT_FALSE(actions.at(0).at(1).isValid()); // no parameter
}

TEST_F(SingleInstanceTest, theDesktopsCalls_activateOpenAndActions_reachThePrimary)
{
    SingleInstance first(dbPath(), m_bus.connect());
    ASSERT_TRUE(first.tryBecomePrimary());
    QSignalSpy activated(&first, &SingleInstance::activated);
    QSignalSpy actions(&first, &SingleInstance::actionActivated);
    const QVariantMap platformData{{u"desktop-startup-id"_s, u"test-1"_s}};

    EXPECT_EQ(callApplication(first.serviceName(), u"Activate"_s, {platformData}).type(), QDBusMessage::ReplyMessage);
    EXPECT_EQ(
        callApplication(first.serviceName(), u"Open"_s, {QStringList{u"file:///tmp/x.csv"_s}, platformData}).type(),
        QDBusMessage::ReplyMessage);
    // The desktop file's "Start routine" action: no parameter, so the default routine.
    EXPECT_EQ(
        callApplication(first.serviceName(), u"ActivateAction"_s, {startRoutine, QVariantList{}, platformData}).type(),
        QDBusMessage::ReplyMessage);

    EXPECT_EQ(activated.count(), 2);
    ASSERT_EQ(actions.count(), 1);
    EXPECT_EQ(actions.at(0).at(0).toString(), startRoutine);
    EXPECT_FALSE(actions.at(0).at(1).isValid());
}

TEST_F(SingleInstanceTest, unknownActionOrParameter_isAnErrorForTheCaller_andNothingHappens)
{
    SingleInstance first(dbPath(), m_bus.connect());
    ASSERT_TRUE(first.tryBecomePrimary());
    QSignalSpy actions(&first, &SingleInstance::actionActivated);

    const QDBusMessage unknown = callApplication(first.serviceName(), u"ActivateAction"_s,
                                                 {u"delete-everything"_s, QVariantList{}, QVariantMap{}});
    const QDBusMessage number =
        callApplication(first.serviceName(), u"ActivateAction"_s, {startRoutine, QVariantList{42}, QVariantMap{}});

    ASSERT_EQ(unknown.type(), QDBusMessage::ErrorMessage);
    EXPECT_EQ(unknown.errorName(), u"org.freedesktop.DBus.Error.InvalidArgs"_s);
    EXPECT_TRUE(unknown.errorMessage().contains(u"delete-everything"_s)) << unknown.errorMessage().toStdString();
    ASSERT_EQ(number.type(), QDBusMessage::ErrorMessage);
    EXPECT_EQ(number.errorName(), u"org.freedesktop.DBus.Error.InvalidArgs"_s);
    EXPECT_EQ(actions.count(), 0);
}

TEST_F(SingleInstanceTest, theInterface_isOrgFreedesktopApplication_atThePathOfTheApplicationId)
{
    SingleInstance first(dbPath(), m_bus.connect());
    ASSERT_TRUE(first.tryBecomePrimary());

    EXPECT_EQ(SingleInstance::objectPath(), u"/io/github/recoverycoach/RecoveryCoach"_s);
    QDBusMessage introspect = QDBusMessage::createMethodCall(first.serviceName(), SingleInstance::objectPath(),
                                                             u"org.freedesktop.DBus.Introspectable"_s, u"Introspect"_s);
    const QDBusReply<QString> xml = m_bus.connect().call(introspect, QDBus::BlockWithGui, 5000);
    ASSERT_TRUE(xml.isValid()) << xml.error().message().toStdString();
    EXPECT_TRUE(xml.value().contains(u"<interface name=\"org.freedesktop.Application\">"_s));
    for (const QString& method : {u"Activate"_s, u"Open"_s, u"ActivateAction"_s}) {
        EXPECT_TRUE(xml.value().contains(u"<method name=\"%1\">"_s.arg(method))) << method.toStdString();
    }
}

TEST_F(SingleInstanceTest, theDefaultDatabase_ownsTheApplicationId_anotherOneAnotherName)
{
    SingleInstance usual(rc::core::defaultDatabasePath(), m_bus.connect());
    SingleInstance other(dbPath(), m_bus.connect());

    EXPECT_EQ(usual.serviceName(), u"io.github.recoverycoach.RecoveryCoach"_s);
    EXPECT_TRUE(other.serviceName().startsWith(u"io.github.recoverycoach.RecoveryCoach.Db"_s));
    EXPECT_NE(other.serviceName(), usual.serviceName());
}

TEST_F(SingleInstanceTest, afterTheFirstCloses_theNextOneBecomesTheFirst)
{
    QDBusConnection bus = m_bus.connect();
    {
        SingleInstance first(dbPath(), bus);
        ASSERT_TRUE(first.tryBecomePrimary());
    }
    SingleInstance next(dbPath(), m_bus.connect());
    EXPECT_TRUE(next.tryBecomePrimary());
}

TEST_F(SingleInstanceTest, anotherDatabase_isAnotherInstance)
{
    SingleInstance first(dbPath(), m_bus.connect());
    ASSERT_TRUE(first.tryBecomePrimary());

    SingleInstance other(dbPath(u"other.sqlite"_s), m_bus.connect());

    EXPECT_TRUE(other.tryBecomePrimary());
    EXPECT_NE(other.serviceName(), first.serviceName());
}

TEST_F(SingleInstanceTest, theSameDatabaseByAnotherPath_isTheSameInstance)
{
    SingleInstance first(dbPath(), m_bus.connect());
    ASSERT_TRUE(first.tryBecomePrimary());

    SingleInstance again(m_dir.path() + u"/./sessions.sqlite"_s, m_bus.connect());

    EXPECT_FALSE(again.tryBecomePrimary());
    EXPECT_EQ(again.serviceName(), first.serviceName());
}

TEST_F(SingleInstanceTest, nobodyThere_activateFailsInsteadOfHanging)
{
    SingleInstance lonely(dbPath(), m_bus.connect());
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(lonely.activatePrimary({}, {}, 2000));
    EXPECT_LT(timer.elapsed(), 1000); // the bus answers at once that nobody has the name
}

// Without a session bus: the lock.

TEST_F(SingleInstanceTest, withoutABus_theLockGuardsTheDatabase_andActivateFails)
{
    const QDBusConnection none(u"no-bus"_s);
    ASSERT_FALSE(none.isConnected());
    SingleInstance first(dbPath(), none, lockDir());
    ASSERT_TRUE(first.tryBecomePrimary());
    EXPECT_FALSE(first.usesBus());
    EXPECT_TRUE(QFile::exists(first.lockFilePath()));

    SingleInstance second(dbPath(), none, lockDir());
    EXPECT_FALSE(second.tryBecomePrimary());
    EXPECT_FALSE(second.activatePrimary());
    SingleInstance other(dbPath(u"other.sqlite"_s), none, lockDir());
    EXPECT_TRUE(other.tryBecomePrimary());
}

TEST_F(SingleInstanceTest, withoutABus_aLockLeftByAProcessThatIsGone_isTakenOver)
{
    const QDBusConnection none(u"no-bus"_s);
    const qint64 pid = deadPid();
    ASSERT_GT(pid, 0);
    const QString lockPath = SingleInstance(dbPath(), none, lockDir()).lockFilePath();
    {
        // As QLockFile writes it: pid, application, host.
        QFile lock(lockPath);
        ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(pid) + "\nrecovery-coach\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }

    SingleInstance instance(dbPath(), none, lockDir());

    EXPECT_TRUE(instance.tryBecomePrimary());
    qint64 owner = 0;
    QString host;
    QString application;
    ASSERT_TRUE(QLockFile(lockPath).getLockInfo(&owner, &host, &application));
    EXPECT_EQ(owner, QCoreApplication::applicationPid());
}

TEST_F(SingleInstanceTest, withoutABus_theLockOfALongRunningFirst_isNeverTakenOver)
{
    const QDBusConnection none(u"no-bus"_s);
    SingleInstance first(dbPath(), none, lockDir());
    ASSERT_TRUE(first.tryBecomePrimary());
    // A lock file an hour old, as after an hour's session: still held while its process runs.
    QFile lock(first.lockFilePath());
    ASSERT_TRUE(lock.open(QIODevice::ReadWrite));
    ASSERT_TRUE(lock.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
    lock.close();

    SingleInstance second(dbPath(), none, lockDir());
    EXPECT_FALSE(second.tryBecomePrimary());
}

} // namespace
