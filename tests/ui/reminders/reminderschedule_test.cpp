// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule's files and the systemctl calls that go with them, with systemctl replaced by a recorder:
// no test reaches the real user manager. The units go through `systemd-analyze verify`, the autostart
// entry through `desktop-file-validate`.
#include "paths.h"
#include "programs.h"
#include "reminderschedule.h"
#include "unitfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using rc::ui::ReminderSchedule;
using rc::ui::SystemctlResult;

class ReminderScheduleTest : public ::testing::Test
{
protected:
    // An installation of the two executables (programs.h), small scripts, so that systemd-analyze finds
    // executables where the units say.
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(writeExecutable(program()));
        ASSERT_TRUE(writeExecutable(helper()));
    }

    static bool writeExecutable(const QString& path)
    {
        QFile file(path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly)) {
            return false;
        }
        file.write("#!/bin/sh\nexit 0\n");
        return file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    }

    ReminderSchedule schedule(const QString& database)
    {
        return ReminderSchedule(configHome(), program(), database, [this](const QStringList& arguments) {
            m_calls << arguments.join(u' ');
            if (arguments == QStringList{u"show-environment"_s}) {
                return m_manager ? SystemctlResult{0, u"HOME=/home/runner"_s}
                                 : SystemctlResult{1, u"Failed to connect to bus: No medium found"_s};
            }
            if (arguments.value(0) == m_failing) {
                return SystemctlResult{1, u"Failed to enable unit: Access denied\nsecond line"_s};
            }
            return SystemctlResult{0, QString()};
        });
    }

    QString configHome() const { return m_dir.filePath(u"config"_s); }
    QString unit(const QString& name) const { return configHome() + u"/systemd/user/"_s + name; }
    QString autostart() const
    {
        return configHome() + u"/autostart/io.github.recoverycoach.RecoveryCoach-reminder.desktop"_s;
    }
    QString otherDatabase() const { return m_dir.filePath(u"my data/sessions.sqlite"_s); }
    QString program() const { return m_dir.filePath(u"usr/bin/recovery-coach"_s); }
    // Where the helper is installed relative to the program: usr/bin/../lib/.../recovery-coach.
    QString helper() const
    {
        return QDir::cleanPath(m_dir.filePath(u"usr/bin/"_s + rc::ui::helperRelativeDirectory()) +
                               u"/recovery-coach-remind"_s);
    }

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Runs a checking tool; empty when it is not installed.
    static std::optional<std::pair<int, QByteArray>> check(const QString& tool, const QStringList& arguments,
                                                           const QProcessEnvironment& environment = {})
    {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            return std::nullopt;
        }
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (!environment.isEmpty()) {
            process.setProcessEnvironment(environment);
        }
        process.start(tool, arguments);
        EXPECT_TRUE(process.waitForFinished(30000));
        return std::pair{process.exitCode(), process.readAll()};
    }

    QTemporaryDir m_dir;
    QStringList m_calls;
    bool m_manager = true;
    QString m_failing; // the systemctl verb that fails
};

TEST_F(ReminderScheduleTest, on_writesTheServiceAndTheTimer_thenReloadsAndEnablesTheTimer)
{
    ASSERT_TRUE(schedule(otherDatabase()).apply(true, QTime(7, 30)));

    const QString db = QDir(m_dir.path()).filePath(u"my data/sessions.sqlite"_s);
    EXPECT_EQ(read(unit(u"recovery-coach-reminder.service"_s)),
              "# Written by Recovery Coach when reminders are turned on; removed when they are turned off.\n"
              "[Unit]\n"
              "Description=Recovery Coach reminder\n"
              "\n"
              "[Service]\n"
              "Type=oneshot\n"
              "TimeoutStartSec=infinity\n"
              "KillMode=process\n"
              "ExecStart=\"" +
                  helper().toUtf8() + "\" \"--db\" \"" + db.toUtf8() + "\"\n");
    EXPECT_EQ(read(unit(u"recovery-coach-reminder.timer"_s)),
              "# Written by Recovery Coach when reminders are turned on; removed when they are turned off.\n"
              "[Unit]\n"
              "Description=Recovery Coach reminder at 07:30\n"
              "\n"
              "[Timer]\n"
              "OnCalendar=*-*-* 07:30:00\n"
              "Persistent=true\n"
              "Unit=recovery-coach-reminder.service\n"
              "\n"
              "[Install]\n"
              "WantedBy=timers.target\n");
    EXPECT_EQ(m_calls,
              (QStringList{u"show-environment"_s, u"daemon-reload"_s, u"enable recovery-coach-reminder.timer"_s,
                           u"restart recovery-coach-reminder.timer"_s}));
    EXPECT_FALSE(QFile::exists(autostart()));
}

TEST_F(ReminderScheduleTest, theDefaultDatabase_isNotNamed)
{
    EXPECT_EQ(schedule(rc::core::defaultDatabasePath()).remindCommand(), QStringList{helper()});
    EXPECT_EQ(schedule({}).remindCommand(), QStringList{helper()});
}

TEST_F(ReminderScheduleTest, withoutTheHelper_theServiceRunsTheProgramsRemind)
{
    ASSERT_TRUE(QFile::remove(helper()));

    EXPECT_EQ(schedule({}).remindCommand(), (QStringList{program(), u"remind"_s}));
    ASSERT_TRUE(schedule(otherDatabase()).apply(true, QTime(7, 30)));
    const QByteArray service = read(unit(u"recovery-coach-reminder.service"_s));
    const QByteArray execStart =
        "\nExecStart=\"" + program().toUtf8() + "\" \"remind\" \"--db\" \"" + otherDatabase().toUtf8() + "\"\n";
    EXPECT_TRUE(service.contains(execStart)) << service.constData();
}

TEST_F(ReminderScheduleTest, aHelperThatIsNotExecutable_isNotRun)
{
    QFile file(helper());
    ASSERT_TRUE(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    EXPECT_EQ(schedule({}).remindCommand(), (QStringList{program(), u"remind"_s}));
}

TEST_F(ReminderScheduleTest, aHelperBesideTheProgram_asInTheBuildTree_comesFirst)
{
    const QString beside = m_dir.filePath(u"usr/bin/recovery-coach-remind"_s);
    ASSERT_TRUE(writeExecutable(beside));

    EXPECT_EQ(schedule({}).remindCommand(), QStringList{beside});
}

TEST_F(ReminderScheduleTest, onAgainAtAnotherTime_rewritesTheTimer)
{
    ASSERT_TRUE(schedule(otherDatabase()).apply(true, QTime(7, 30)));
    ASSERT_TRUE(schedule(otherDatabase()).apply(true, QTime(19, 45)));

    const QByteArray timer = read(unit(u"recovery-coach-reminder.timer"_s));
    EXPECT_TRUE(timer.contains("OnCalendar=*-*-* 19:45:00\n")) << timer.constData();
    EXPECT_FALSE(timer.contains("07:30"));
}

TEST_F(ReminderScheduleTest, off_disablesAndRemovesEveryUnit_theSnoozeTimerToo)
{
    ASSERT_TRUE(schedule(otherDatabase()).apply(true, QTime(18, 0)));
    ASSERT_TRUE(schedule(otherDatabase()).scheduleSnooze(QDateTime(QDate(2026, 12, 9), QTime(19, 4, 5))));
    ASSERT_TRUE(QFile::exists(unit(u"recovery-coach-snooze.timer"_s)));
    m_calls.clear();

    ASSERT_TRUE(schedule(otherDatabase()).apply(false, QTime(18, 0)));

    EXPECT_EQ(m_calls, (QStringList{u"show-environment"_s, u"disable --now recovery-coach-reminder.timer"_s,
                                    u"disable --now recovery-coach-snooze.timer"_s, u"daemon-reload"_s}));
    EXPECT_TRUE(QDir(configHome() + u"/systemd/user"_s).entryList(QDir::Files).isEmpty());
}

TEST_F(ReminderScheduleTest, offWhenNothingWasOn_changesNothing_andCallsNoDisable)
{
    ASSERT_TRUE(schedule(otherDatabase()).apply(false, QTime(18, 0)));

    EXPECT_EQ(m_calls, QStringList{u"show-environment"_s});
    EXPECT_FALSE(QFile::exists(configHome()));
}

TEST_F(ReminderScheduleTest, aFailingStep_isOneLineNamingTheCommandAndWhatItSaid)
{
    m_failing = u"enable"_s;

    const rc::core::Status status = schedule(otherDatabase()).apply(true, QTime(18, 0));

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().message,
              u"systemctl --user enable recovery-coach-reminder.timer failed: Failed to enable unit: Access denied"_s);
}

TEST_F(ReminderScheduleTest, snooze_writesAOneTimePersistentTimerForTheReminderService)
{
    ASSERT_TRUE(schedule(otherDatabase()).scheduleSnooze(QDateTime(QDate(2026, 12, 9), QTime(19, 4, 5))));

    EXPECT_EQ(read(unit(u"recovery-coach-snooze.timer"_s)),
              "# Written by Recovery Coach when reminders are turned on; removed when they are turned off.\n"
              "[Unit]\n"
              "Description=Recovery Coach reminder again after a snooze, at 2026-12-09 19:04:05\n"
              "\n"
              "[Timer]\n"
              "OnCalendar=2026-12-09 19:04:05\n"
              "Persistent=true\n"
              "Unit=recovery-coach-reminder.service\n"
              "\n"
              "[Install]\n"
              "WantedBy=timers.target\n");
    EXPECT_EQ(m_calls, (QStringList{u"show-environment"_s, u"daemon-reload"_s, u"enable recovery-coach-snooze.timer"_s,
                                    u"restart recovery-coach-snooze.timer"_s}));
}

TEST_F(ReminderScheduleTest, withoutAUserManager_onWritesAnAutostartEntry_andOffRemovesIt)
{
    m_manager = false;

    ASSERT_TRUE(schedule(otherDatabase()).apply(true, QTime(18, 0)));

    EXPECT_EQ(m_calls, QStringList{u"show-environment"_s}); // nothing else is asked of a manager that is not there
    EXPECT_FALSE(QFile::exists(unit(u"recovery-coach-reminder.timer"_s)));
    const QByteArray entry = read(autostart());
    // "my data" holds a space: the word is quoted.
    const QByteArray exec = "\nExec=\"" + helper().toUtf8() + "\" \"--db\" \"" + otherDatabase().toUtf8() + "\"\n";
    EXPECT_TRUE(entry.contains(exec)) << entry.constData();
    EXPECT_TRUE(entry.contains("\nNoDisplay=true\n"));

    ASSERT_TRUE(schedule(otherDatabase()).apply(false, QTime(18, 0)));
    EXPECT_FALSE(QFile::exists(autostart()));
}

TEST_F(ReminderScheduleTest, snoozeWithoutAUserManager_writesNothing)
{
    m_manager = false;

    ASSERT_TRUE(schedule(otherDatabase()).scheduleSnooze(QDateTime(QDate(2026, 12, 9), QTime(19, 4, 5))));

    EXPECT_FALSE(QFile::exists(configHome()));
}

TEST(UnitFileQuoting, aWordWithSpacesQuotesAndSpecifiers_staysOneWordAsWritten)
{
    const QStringList command = {u"/opt/rc/recovery-coach"_s, u"remind"_s, u"--db"_s, u"/h/a \"b\" 100%$x\\y.db"_s};

    EXPECT_EQ(rc::ui::reminders::systemdCommandLine(command),
              uR"("/opt/rc/recovery-coach" "remind" "--db" "/h/a \"b\" 100%%$$x\\y.db")"_s);
    // Quoted as the Exec key wants (\" \$ \\), then every backslash written twice for the string escapes.
    EXPECT_EQ(rc::ui::reminders::desktopExecLine(command),
              uR"("/opt/rc/recovery-coach" "remind" "--db" "/h/a \\"b\\" 100%%\\$x\\\\y.db")"_s);
}

TEST_F(ReminderScheduleTest, theUnits_passSystemdAnalyzeVerify)
{
    ASSERT_TRUE(schedule(otherDatabase()).apply(true, QTime(18, 0)));
    ASSERT_TRUE(schedule(otherDatabase()).scheduleSnooze(QDateTime(QDate(2026, 12, 9), QTime(19, 4, 5))));
    // A user manager's folders of its own: verify looks for the runtime folder and the config home.
    const QString runtime = m_dir.filePath(u"runtime"_s);
    ASSERT_TRUE(QDir().mkpath(runtime));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    environment.insert(u"XDG_CONFIG_HOME"_s, configHome());

    const auto result = check(u"systemd-analyze"_s,
                              {u"--user"_s, u"verify"_s, unit(u"recovery-coach-reminder.service"_s),
                               unit(u"recovery-coach-reminder.timer"_s), unit(u"recovery-coach-snooze.timer"_s)},
                              environment);
    if (!result) {
        GTEST_SKIP() << "systemd-analyze is not installed (Debian package systemd; scripts/setup.sh installs it)";
    }
    EXPECT_EQ(result->first, 0) << result->second.constData();
    EXPECT_TRUE(result->second.isEmpty()) << result->second.constData(); // not even a warning
}

TEST_F(ReminderScheduleTest, theAutostartEntry_passesDesktopFileValidate)
{
    m_manager = false;
    ASSERT_TRUE(schedule(otherDatabase()).apply(true, QTime(18, 0)));

    const auto result = check(u"desktop-file-validate"_s, {autostart()});
    if (!result) {
        GTEST_SKIP() << "desktop-file-validate is not installed (Debian package desktop-file-utils)";
    }
    EXPECT_EQ(result->first, 0) << result->second.constData();
    EXPECT_TRUE(result->second.isEmpty()) << result->second.constData();
}

} // namespace
