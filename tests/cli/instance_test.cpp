// SPDX-License-Identifier: GPL-3.0-or-later
// One window per database, with real processes on a private session bus: the first `recovery-coach`
// owns its name, a second one hands its request over and exits, another database is another instance,
// and a first one killed with SIGKILL leaves nothing in the way of the next. Without a bus the lock
// guards the database.
#include "clitestutil.h"
#include "privatebus.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString applicationId = u"io.github.recoverycoach.RecoveryCoach"_s;

class InstanceCli : public rc::test::CliTestBase
{
protected:
    void SetUp() override
    {
        CliTestBase::SetUp();
        m_platform = u"offscreen"_s;
        m_busAddress = m_bus.address();
        const QString runtime = m_dir.filePath(u"runtime"_s);
        ASSERT_TRUE(QDir().mkpath(runtime));
        ASSERT_TRUE(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
    void TearDown() override
    {
        for (auto& window : m_windows) {
            window->kill();
            window->waitForFinished(5000);
        }
    }

    // The window, left running, for `database`.
    QProcess* openWindow(const QString& database)
    {
        auto& process = m_windows.emplace_back(std::make_unique<QProcess>());
        process->setProcessEnvironment(environment());
        process->start(QString::fromUtf8(RC_BINARY), {u"--db"_s, database});
        EXPECT_TRUE(process->waitForStarted(10000));
        return process.get();
    }

    // The names of ours on the bus.
    QStringList ourNames()
    {
        QStringList names;
        for (const QString& name : m_watcher.interface()->registeredServiceNames().value()) {
            if (name.startsWith(applicationId)) {
                names << name;
            }
        }
        names.sort();
        return names;
    }

    rc::test::PrivateBus m_bus;
    QDBusConnection m_watcher = m_bus.connect();
    std::vector<std::unique_ptr<QProcess>> m_windows;
};

TEST_F(InstanceCli, secondStart_handsItsRequestToTheFirst_andExits_andTheFirstKeepsRunning)
{
    QProcess* first = openWindow(m_db);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ourNames().size() == 1; }, 15000));
    const QString name = ourNames().value(0);
    EXPECT_TRUE(name.startsWith(applicationId + u".Db"_s)) << name.toStdString(); // not the default database

    const auto second = run({u"start"_s, u"--routine"_s, u"runners-recovery"_s});
    const auto third = run({});

    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_EQ(third.exitCode, 0) << third.err.toStdString();
    EXPECT_EQ(first->state(), QProcess::Running);
    EXPECT_EQ(ourNames(), QStringList{name});
}

TEST_F(InstanceCli, anotherDatabase_opensAWindowOfItsOwn)
{
    openWindow(m_db);
    openWindow(m_dir.filePath(u"other.sqlite"_s));

    EXPECT_TRUE(QTest::qWaitFor([&] { return ourNames().size() == 2; }, 15000)) << ourNames().join(u' ').toStdString();
}

TEST_F(InstanceCli, firstKilled_theNextStartIsTheFirst)
{
    QProcess* first = openWindow(m_db);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ourNames().size() == 1; }, 15000));

    first->kill(); // SIGKILL: nothing of ours runs to give the name back
    ASSERT_TRUE(first->waitForFinished(5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return ourNames().isEmpty(); }, 5000));

    QProcess* next = openWindow(m_db);
    EXPECT_TRUE(QTest::qWaitFor([&] { return ourNames().size() == 1; }, 15000));
    EXPECT_EQ(next->state(), QProcess::Running);
}

TEST_F(InstanceCli, withoutASessionBus_aSecondStartIsToldTheFirstIsOpen)
{
    m_busAddress.clear();
    QProcess* first = openWindow(m_db);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return !QDir(runtimeDir()).entryList({u"recovery-coach-*.lock"_s}).isEmpty();
        },
        15000));

    const auto second = run({});

    EXPECT_EQ(second.exitCode, 1);
    EXPECT_TRUE(second.err.contains("already open")) << second.err.toStdString();
    EXPECT_EQ(second.err.count('\n'), 1) << second.err.toStdString();
    EXPECT_EQ(first->state(), QProcess::Running);
}

} // namespace

namespace {

// DBusActivatable: a desktop calls org.freedesktop.Application on the app id while the app is not
// running; the bus starts it from its service file, and the call reaches the window that opens.
TEST_F(InstanceCli, dbusActivation_startsTheAppForTheDefaultDatabase)
{
    QTemporaryDir services;
    ASSERT_TRUE(services.isValid());
    QFile service(services.filePath(applicationId + u".service"_s));
    ASSERT_TRUE(service.open(QIODevice::WriteOnly));
    service.write("[D-BUS Service]\nName=" + applicationId.toUtf8() + "\nExec=" + QByteArray(RC_BINARY) + "\n");
    service.close();
    QProcessEnvironment env = environment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    rc::test::PrivateBus bus(services.path(), env);
    QDBusConnection desktop = bus.connect();

    QDBusMessage activate = QDBusMessage::createMethodCall(applicationId, u"/io/github/recoverycoach/RecoveryCoach"_s,
                                                           u"org.freedesktop.Application"_s, u"Activate"_s);
    activate << QVariantMap{};
    const QDBusMessage reply = desktop.call(activate, QDBus::Block, 20000);

    EXPECT_EQ(reply.type(), QDBusMessage::ReplyMessage) << reply.errorMessage().toStdString();
    const auto pid = desktop.interface()->servicePid(applicationId);
    ASSERT_TRUE(pid.isValid());
    // The app the bus started, on the default database under this test's data folder.
    EXPECT_TRUE(QFile::exists(m_dir.filePath(u"xdg-data/recovery-coach/sessions.sqlite"_s)));
    ::kill(static_cast<pid_t>(pid.value()), SIGKILL);
}

} // namespace
