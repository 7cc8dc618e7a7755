// SPDX-License-Identifier: GPL-3.0-or-later
// `recovery-coach remind` and the remind helper the timer starts (recovery-coach-remind, the same run
// without Qt Widgets and Gui) end to end: the built binaries on a private session bus with a fake
// org.freedesktop.Notifications in this process, the record set up through the command line, and a
// stand-in `systemctl` first on PATH, so no test reaches the real user manager. The default database
// (under the test's XDG_DATA_HOME), so that the running app's bus name is the application id.
#include "../ui/reminders/fakeapplication.h"
#include "../ui/reminders/fakenotificationserver.h"
#include "clitestutil.h"
#include "privatebus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const QString applicationId = u"io.github.recoverycoach.RecoveryCoach"_s;

class RemindCli : public rc::test::CliTestBase
{
protected:
    static void SetUpTestSuite()
    {
        // The fake server answers from this thread's event loop while the binary runs.
        static int argc = 1;
        static char name[] = "remind_test";
        static char* argv[] = {name, nullptr};
        if (!QCoreApplication::instance()) {
            new QCoreApplication(argc, argv);
        }
    }

    void SetUp() override
    {
        CliTestBase::SetUp();
        m_busAddress = m_bus.address();
        ASSERT_TRUE(m_server.publish());
        // systemctl as the binary finds it: answers as a user manager would and writes down what it was asked.
        const QString bin = m_dir.filePath(u"bin"_s);
        ASSERT_TRUE(QDir().mkpath(bin));
        writeFile(bin + u"/systemctl"_s, "#!/bin/sh\necho \"$*\" >> '" + systemctlLog().toUtf8() + "'\n");
        ASSERT_TRUE(
            QFile::setPermissions(bin + u"/systemctl"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        // Reminders on, at midnight: whenever the test runs, the reminder time has come.
        ASSERT_EQ(cli({u"settings"_s, u"reminders"_s, u"on"_s}).exitCode, 0);
        ASSERT_EQ(cli({u"settings"_s, u"reminder-time"_s, u"00:00"_s}).exitCode, 0);
    }

    // `remind`, or the helper when m_byHelper, with this thread's event loop running so the fake server can answer.
    rc::test::ProcessResult remind(const QStringList& extra = {})
    {
        return m_byHelper ? run(QString::fromUtf8(RC_REMIND_HELPER), extra) : cli(QStringList{u"remind"_s} + extra);
    }

    // A command on the default database, with the stand-in systemctl (`settings reminders on` may well
    // schedule the reminder) and this thread's event loop running.
    rc::test::ProcessResult cli(const QStringList& arguments) { return run(QString::fromUtf8(RC_BINARY), arguments); }
    rc::test::ProcessResult run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = environment();
        env.insert(u"PATH"_s, m_dir.filePath(u"bin"_s) + u":"_s + env.value(u"PATH"_s));
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        EXPECT_TRUE(process.waitForStarted(10000));
        EXPECT_TRUE(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000));
        rc::test::ProcessResult result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QString systemctlLog() const { return m_dir.filePath(u"systemctl.log"_s); }
    QString today() const { return QDate::currentDate().toString(Qt::ISODate); }
    QSettings state() const
    {
        return QSettings(m_configHome + u"/recovery-coach/recovery-coach.conf"_s, QSettings::IniFormat);
    }
    QString stateValue(const QString& key) const { return state().value(key).toString(); }

    // Every day planned and a target the week cannot have met yet: a reminder is due today, whatever day it is.
    void makeTodayDue()
    {
        ASSERT_EQ(cli({u"settings"_s, u"planned-days"_s, u"mon,tue,wed,thu,fri,sat,sun"_s}).exitCode, 0);
        ASSERT_EQ(cli({u"settings"_s, u"target-days"_s, u"7"_s}).exitCode, 0);
    }

    // The state a snooze of today leaves once its hour is over.
    void snoozeEndedASecondAgo()
    {
        QSettings settings = state();
        settings.setValue(u"reminders/snoozedUntil"_s,
                          QDateTime::currentDateTime().addSecs(-1).toOffsetFromUtc(0).toString(Qt::ISODate));
        settings.setValue(u"reminders/snoozedOn"_s, today());
    }

    int completedToday()
    {
        const rc::test::ProcessResult exported = cli({u"export"_s, u"--csv"_s, u"-"_s});
        int count = 0;
        for (const QByteArray& line : exported.out.split('\n')) {
            const QList<QByteArray> fields = line.split(',');
            if (fields.value(1) == today().toUtf8() && fields.value(5) == "1") {
                ++count;
            }
        }
        return count;
    }

    rc::test::PrivateBus m_bus;
    QDBusConnection m_serverSide = m_bus.connect();
    rc::test::FakeNotificationServer m_server{m_serverSide};
    bool m_byHelper = false;
};

// Each run twice: by `recovery-coach remind` and by the helper.
class RemindRun : public RemindCli, public ::testing::WithParamInterface<bool>
{
protected:
    void SetUp() override
    {
        m_byHelper = GetParam();
        RemindCli::SetUp();
    }
};

INSTANTIATE_TEST_SUITE_P(By, RemindRun, ::testing::Values(false, true), [](const ::testing::TestParamInfo<bool>& info) {
    return info.param ? "recoveryCoachRemindHelper" : "recoveryCoachRemind";
});

TEST_P(RemindRun, aDueDay_sendsExactlyOneNotificationWithItsFourActions_andASecondRunSendsNothing)
{
    makeTodayDue();
    m_server.answerWith(QString()); // dismissed

    const rc::test::ProcessResult first = remind();
    ASSERT_EQ(first.exitCode, 0) << first.err.constData();
    ASSERT_EQ(m_server.calls().size(), 1u);
    const auto& call = m_server.calls().front();
    EXPECT_EQ(call.appName, u"Recovery Coach"_s);
    EXPECT_EQ(call.actions, (QStringList{u"start-routine"_s, u"Start routine"_s, u"done"_s, u"Done already"_s,
                                         u"snooze"_s, u"Snooze 1 hour"_s, u"not-today"_s, u"Not today"_s}));
    EXPECT_EQ(call.hints.value(u"desktop-entry"_s).toString(), applicationId);
    // Planned every day with 7 needed: today is a planned day, or the week is at risk; either way the
    // text says something.
    EXPECT_FALSE(call.body.isEmpty());
    EXPECT_EQ(stateValue(u"reminders/remindedOn"_s), today());

    const rc::test::ProcessResult second = remind();
    EXPECT_EQ(second.exitCode, 0) << second.err.constData();
    EXPECT_EQ(m_server.calls().size(), 1u);
    EXPECT_TRUE(second.out.isEmpty() && second.err.isEmpty());
}

TEST_P(RemindRun, aDayAlreadyDone_sendsNothing)
{
    makeTodayDue();
    ASSERT_EQ(cli({u"log"_s}).exitCode, 0);

    const rc::test::ProcessResult r = remind();

    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(m_server.calls().empty());
    EXPECT_TRUE(r.out.isEmpty() && r.err.isEmpty());
}

TEST_P(RemindRun, aMetWeek_sendsNothing_evenOnAPlannedDayWithoutASession)
{
    makeTodayDue();
    // One day a week, met by yesterday: the week must hold yesterday, so it starts on Sunday when today is Monday.
    const QDate yesterday = QDate::currentDate().addDays(-1);
    ASSERT_EQ(cli({u"settings"_s, u"target-days"_s, u"1"_s}).exitCode, 0);
    ASSERT_EQ(cli({u"settings"_s, u"week-start"_s,
                   QDate::currentDate().dayOfWeek() == Qt::Monday ? u"sunday"_s : u"monday"_s})
                  .exitCode,
              0);
    ASSERT_EQ(cli({u"log"_s, u"--date"_s, yesterday.toString(Qt::ISODate)}).exitCode, 0);

    const rc::test::ProcessResult r = remind();

    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(m_server.calls().empty());
}

TEST_P(RemindRun, aPausedDay_sendsNothing)
{
    makeTodayDue();
    ASSERT_EQ(cli({u"pause"_s, u"--from"_s, today(), u"--to"_s, today(), u"--note"_s, u"ill"_s}).exitCode, 0);

    const rc::test::ProcessResult r = remind();

    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(m_server.calls().empty());
}

TEST_P(RemindRun, remindersOff_sendNothing)
{
    makeTodayDue();
    ASSERT_EQ(cli({u"settings"_s, u"reminders"_s, u"off"_s}).exitCode, 0);

    const rc::test::ProcessResult r = remind();

    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(m_server.calls().empty());
}

TEST_P(RemindRun, doneAlready_logsOneCompletedSessionToday_withoutTheApp)
{
    makeTodayDue();
    m_server.answerWith(u"done"_s);

    const rc::test::ProcessResult r = remind();

    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(r.out, "Logged 9 min of Runner's recovery on " + today().toUtf8() + ".\n");
    EXPECT_EQ(completedToday(), 1);
    // Done: the day is no longer due, so nothing more comes.
    EXPECT_EQ(remind().exitCode, 0);
    EXPECT_EQ(m_server.calls().size(), 1u);
}

TEST_P(RemindRun, startRoutine_asksTheRunningAppForAGuidedSession)
{
    makeTodayDue();
    rc::test::FakeApplication app(m_bus.connect(), applicationId);
    ASSERT_TRUE(app.publish(u"/io/github/recoverycoach/RecoveryCoach"_s));
    m_server.answerWith(u"start-routine"_s);

    const rc::test::ProcessResult r = remind();

    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(app.actions(), QStringList{u"start-routine"_s});
    EXPECT_EQ(r.out, "Started a guided session in the app.\n");
    EXPECT_EQ(completedToday(), 0); // the session is the app's to record
}

TEST_P(RemindRun, snooze_remembersTheHour_writesTheSnoozeTimer_andHoldsTheNextRun)
{
    makeTodayDue();
    m_server.answerWith(u"snooze"_s);
    const QDateTime before = QDateTime::currentDateTime().addSecs(3600);

    const rc::test::ProcessResult r = remind();

    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QDateTime after = QDateTime::currentDateTime().addSecs(3600);
    const QDateTime until = QDateTime::fromString(stateValue(u"reminders/snoozedUntil"_s), Qt::ISODateWithMs);
    ASSERT_TRUE(until.isValid()) << stateValue(u"reminders/snoozedUntil"_s).toStdString();
    EXPECT_GE(until.toSecsSinceEpoch(), before.toSecsSinceEpoch());
    EXPECT_LE(until.toSecsSinceEpoch(), after.toSecsSinceEpoch());
    EXPECT_EQ(r.out, "Snoozed until " + until.toLocalTime().toString(u"HH:mm"_s).toUtf8() + ".\n");
    const QByteArray timer = fileBytes(m_configHome + u"/systemd/user/recovery-coach-snooze.timer"_s);
    const QByteArray calendar =
        "\nOnCalendar=" + until.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s).toUtf8() + "\nPersistent=true\n";
    EXPECT_TRUE(timer.contains(calendar)) << timer.constData();
    const QByteArray asked = fileBytes(systemctlLog());
    EXPECT_TRUE(asked.contains("--user enable recovery-coach-snooze.timer\n")) << asked.constData();
    EXPECT_TRUE(asked.contains("--user restart recovery-coach-snooze.timer\n")) << asked.constData();

    // Within the hour: nothing.
    EXPECT_EQ(remind().exitCode, 0);
    EXPECT_EQ(m_server.calls().size(), 1u);
}

TEST_P(RemindRun, aSnoozeWhoseHourIsOver_remindsOnceMore_thenNotAgain)
{
    makeTodayDue();
    m_server.answerWith(QString());
    ASSERT_EQ(remind().exitCode, 0);
    ASSERT_EQ(m_server.calls().size(), 1u);
    snoozeEndedASecondAgo();

    EXPECT_EQ(remind().exitCode, 0);
    EXPECT_EQ(m_server.calls().size(), 2u);
    EXPECT_EQ(remind().exitCode, 0);
    EXPECT_EQ(m_server.calls().size(), 2u);
}

TEST_P(RemindRun, notToday_silencesTheRestOfTheDay)
{
    makeTodayDue();
    m_server.answerWith(u"not-today"_s);

    ASSERT_EQ(remind().exitCode, 0);
    EXPECT_EQ(stateValue(u"reminders/notTodayOn"_s), today());
    snoozeEndedASecondAgo(); // even a snooze whose hour is over stays silent
    EXPECT_EQ(remind().exitCode, 0);
    EXPECT_EQ(m_server.calls().size(), 1u);
}

TEST_P(RemindRun, aServerWithoutActions_getsTheTextAlone_andRemindExitsAtOnce)
{
    rc::test::PrivateBus bus;
    QDBusConnection side = bus.connect();
    rc::test::FakeNotificationServer textOnly(side, {u"body"_s});
    ASSERT_TRUE(textOnly.publish());
    m_busAddress = bus.address();
    makeTodayDue();

    const rc::test::ProcessResult r = remind();

    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    ASSERT_EQ(textOnly.calls().size(), 1u);
    EXPECT_TRUE(textOnly.calls().front().actions.isEmpty());
}

TEST_P(RemindRun, noNotificationService_isOneLineAndChangesNothing)
{
    rc::test::PrivateBus empty;
    m_busAddress = empty.address();
    makeTodayDue();

    const rc::test::ProcessResult r = remind();

    expectOneLineError(r, "org.freedesktop.Notifications");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(stateValue(u"reminders/remindedOn"_s).isEmpty());
}

TEST_P(RemindRun, dryRun_saysWhyAndTheText_andSendsNothing)
{
    makeTodayDue();

    const rc::test::ProcessResult r = remind({u"--dry-run"_s});

    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(m_server.calls().empty());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 4) << r.out.constData();
    EXPECT_TRUE(lines[0].startsWith("A reminder is due today")) << r.out.constData();
    EXPECT_EQ(lines[1], "At 00:00: it would be sent now.");
    EXPECT_TRUE(lines[2].startsWith("Title: ")) << r.out.constData();
    EXPECT_TRUE(lines[3].startsWith("Body: ")) << r.out.constData();
    EXPECT_TRUE(stateValue(u"reminders/remindedOn"_s).isEmpty());
}

TEST_P(RemindRun, dryRun_onADayThatIsNotDue_saysSo)
{
    makeTodayDue();
    ASSERT_EQ(cli({u"log"_s}).exitCode, 0);

    const rc::test::ProcessResult r = remind({u"--dry-run"_s});

    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.startsWith("No reminder is due today (this week: 1 of 7 days, ")) << r.out.constData();
}

} // namespace

TEST_F(RemindCli, settingsReminders_onAndOff_writeAndRemoveTheUserTimer_atTheTimeSet)
{
    // SetUp turned reminders on and set 00:00: the command line scheduled them, as Preferences does.
    const QString timer = m_configHome + u"/systemd/user/recovery-coach-reminder.timer"_s;
    ASSERT_TRUE(QFile::exists(timer));
    EXPECT_TRUE(fileBytes(timer).contains("OnCalendar=*-*-* 00:00:00\n")) << fileBytes(timer).constData();
    // The timer starts the helper built beside the binary, not the binary with its widgets.
    const QByteArray service = fileBytes(m_configHome + u"/systemd/user/recovery-coach-reminder.service"_s);
    const QByteArray execStart =
        "\nExecStart=\"" + QFileInfo(QString::fromUtf8(RC_REMIND_HELPER)).absoluteFilePath().toUtf8() + "\"\n";
    EXPECT_TRUE(service.contains(execStart)) << service.constData();
    ASSERT_EQ(cli({u"settings"_s, u"reminder-time"_s, u"07:30"_s}).exitCode, 0);
    EXPECT_TRUE(fileBytes(timer).contains("OnCalendar=*-*-* 07:30:00\n")) << fileBytes(timer).constData();
    EXPECT_TRUE(fileBytes(systemctlLog()).contains("enable")) << fileBytes(systemctlLog()).constData();

    ASSERT_EQ(cli({u"settings"_s, u"reminders"_s, u"off"_s}).exitCode, 0);
    EXPECT_FALSE(QFile::exists(timer));
    EXPECT_FALSE(QFile::exists(m_configHome + u"/systemd/user/recovery-coach-reminder.service"_s));
    EXPECT_TRUE(fileBytes(systemctlLog()).contains("disable")) << fileBytes(systemctlLog()).constData();
}

namespace {

TEST_F(RemindCli, theHelper_takesRemindsOptionsOnly_aStrayArgumentIsUsage)
{
    const rc::test::ProcessResult r = run(QString::fromUtf8(RC_REMIND_HELPER), {u"--dry-run"_s, u"log"_s});

    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(m_server.calls().empty());
}

} // namespace
