// SPDX-License-Identifier: GPL-3.0-or-later
// What the reminder's actions do: "Start routine" reaches the running app through
// org.freedesktop.Application, or starts the program when none answers; "Done already" records the
// default routine for the day the reminder was about.
#include "catalog.h"
#include "fakeapplication.h"
#include "privatebus.h"
#include "reminderactions.h"
#include "sessionstore.h"
#include "singleinstance.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class ReminderActionsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString database() const { return m_dir.filePath(u"sessions.sqlite"_s); }

    // An executable shell script in the test's folder running `body`.
    QString writeScript(const QString& name, const QByteArray& body) const
    {
        const QString path = m_dir.filePath(name);
        QFile script(path);
        EXPECT_TRUE(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n" + body);
        script.close();
        EXPECT_TRUE(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        return path;
    }

    QTemporaryDir m_dir;
};

TEST_F(ReminderActionsTest, startRoutine_asksTheRunningAppToStartTheRoutine)
{
    rc::test::PrivateBus bus;
    const rc::ui::SingleInstance names(database(), bus.connect());
    rc::test::FakeApplication app(bus.connect(), names.serviceName());
    ASSERT_TRUE(app.publish(rc::ui::SingleInstance::objectPath()));

    const auto started = rc::ui::startRoutineInApp(bus.connect(), u"/nonexistent/recovery-coach"_s, database());

    ASSERT_TRUE(started) << started.error().message.toStdString();
    EXPECT_EQ(*started, rc::ui::StartedBy::App);
    EXPECT_EQ(app.actions(), QStringList{u"start-routine"_s});
}

TEST_F(ReminderActionsTest, startRoutine_withoutARunningApp_startsTheProgramWithStartAndTheDatabase)
{
    rc::test::PrivateBus bus; // nobody owns the app's name on it
    const QString said = m_dir.filePath(u"arguments"_s);
    const QString program = writeScript(u"recovery-coach"_s, "echo \"$@\" > '" + said.toUtf8() + ".part' && mv '" +
                                                                 said.toUtf8() + ".part' '" + said.toUtf8() + "'\n");

    const auto started = rc::ui::startRoutineInApp(bus.connect(), program, database());

    ASSERT_TRUE(started) << started.error().message.toStdString();
    EXPECT_EQ(*started, rc::ui::StartedBy::NewProcess);
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(said); }, 10000));
    QFile out(said);
    ASSERT_TRUE(out.open(QIODevice::ReadOnly));
    EXPECT_EQ(out.readAll(), "start --db " + database().toUtf8() + "\n");
}

TEST_F(ReminderActionsTest, startRoutine_asksTheBusToStartAnActivatableApp_beforeStartingTheProgram)
{
    // The app's D-Bus service, as the package installs it for the default database: here a stand-in that
    // only leaves a mark and fails without taking the name, so the call fails after it and the fallback runs.
    const QString services = m_dir.filePath(u"services"_s);
    ASSERT_TRUE(QDir().mkpath(services));
    const QString activated = m_dir.filePath(u"activated"_s);
    const QString program = writeScript(u"app"_s, "touch '" + activated.toUtf8() + "'\nexit 1\n");
    const QString name = rc::ui::SingleInstance(database(), QDBusConnection(QString())).serviceName();
    QFile service(services + u"/"_s + name + u".service"_s);
    ASSERT_TRUE(service.open(QIODevice::WriteOnly));
    service.write("[D-BUS Service]\nName=" + name.toUtf8() + "\nExec=" + program.toUtf8() + "\n");
    service.close();
    rc::test::PrivateBus bus(services, QProcessEnvironment::systemEnvironment());

    const auto started = rc::ui::startRoutineInApp(bus.connect(), m_dir.filePath(u"missing"_s), database());

    EXPECT_TRUE(QFile::exists(activated)); // the bus ran the service's Exec
    EXPECT_FALSE(started);                 // and the program to fall back on is not there
}

TEST_F(ReminderActionsTest, startRoutine_whenNeitherWorks_isAnError)
{
    rc::test::PrivateBus bus;

    const auto started = rc::ui::startRoutineInApp(bus.connect(), m_dir.filePath(u"missing"_s), database());

    ASSERT_FALSE(started);
    EXPECT_TRUE(started.error().message.startsWith(u"could not start "_s)) << started.error().message.toStdString();
}

TEST_F(ReminderActionsTest, doneAlready_logsTheDefaultRoutineCompleted_forTheReminderDay)
{
    auto catalog = rc::core::Catalog::builtIn();
    ASSERT_TRUE(catalog);
    auto store = rc::core::SessionStore::open(database());
    ASSERT_TRUE(store);
    // 01:30 on Thursday with the day starting at 04:00: the reminder was about Wednesday.
    const QDateTime now(QDate(2026, 12, 10), QTime(1, 30), Qt::OffsetFromUTC, 3600);

    const auto seconds = rc::ui::logDefaultRoutineDone(**store, *catalog, QDate(2026, 12, 9), now, QDate(2026, 12, 9));

    ASSERT_TRUE(seconds) << seconds.error().message.toStdString();
    EXPECT_EQ(*seconds, 540); // runners-recovery: six steps of 90 s
    const auto sessions = (*store)->sessions();
    ASSERT_TRUE(sessions);
    ASSERT_EQ(sessions->size(), 1u);
    const rc::core::Session& session = sessions->front();
    EXPECT_EQ(session.routine, u"runners-recovery"_s);
    EXPECT_EQ(session.localDate, QDate(2026, 12, 9));
    EXPECT_TRUE(session.completed);
    EXPECT_EQ(session.plannedSeconds, 540);
    EXPECT_EQ(session.workedSeconds, 540);
    EXPECT_EQ(session.startedAt, now); // the day is still today: it was done just now
}

} // namespace
