// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderschedule.h"

#include "paths.h"
#include "privatefiles.h"
#include "programs.h"
#include "unitfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rc::ui {

using namespace reminders;

SystemctlRunner realSystemctl()
{
    return [](const QStringList& arguments) {
        QProcess process;
        process.start(u"systemctl"_s, QStringList{u"--user"_s} + arguments);
        SystemctlResult result;
        // Nothing here waits on a unit: daemon-reload and enable answer at once when the manager is there.
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
            process.kill();
            process.waitForFinished(1000);
            result.output = process.errorString();
            return result;
        }
        result.exitCode = process.exitCode();
        const QString err = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        result.output = err.isEmpty() ? QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed() : err;
        return result;
    };
}

ReminderSchedule::ReminderSchedule(QString configHome, QString program, QString databasePath, SystemctlRunner systemctl)
    : m_configHome(std::move(configHome)), m_program(std::move(program)),
      m_databasePath(databasePath.isEmpty() ? core::defaultDatabasePath() : std::move(databasePath)),
      m_systemctl(std::move(systemctl))
{
}

QString ReminderSchedule::unitDirectory() const
{
    return QDir(m_configHome).filePath(u"systemd/user"_s);
}

QString ReminderSchedule::autostartPath() const
{
    return QDir(m_configHome).filePath(u"autostart/"_s + QLatin1String(core::applicationId) + u"-reminder.desktop"_s);
}

QStringList ReminderSchedule::remindCommand() const
{
    // The helper without Qt Widgets and Gui when it is there (a daily run, docs/performance.md "Reminders"),
    // else the program's own `remind`, which runs the same code.
    const QString program = QFileInfo(m_program).absoluteFilePath();
    const QString helper = remindHelperFor(program);
    return (helper.isEmpty() ? QStringList{program, u"remind"_s} : QStringList{helper}) +
           databaseArguments(m_databasePath);
}

bool ReminderSchedule::hasUserManager() const
{
    // The cheapest question the user manager answers; without one, systemctl says it cannot connect.
    return m_systemctl({u"show-environment"_s}).exitCode == 0;
}

core::Status ReminderSchedule::writeFile(const QString& path, const QByteArray& bytes) const
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return core::makeError(core::ErrorCode::Io, u"could not create the folder "_s + folder);
    }
    if (const core::Status written = core::writePrivateFile(path, bytes); !written) {
        return core::makeError(written.error().code, u"could not write "_s + path + u": "_s + written.error().message);
    }
    return {};
}

core::Status ReminderSchedule::removeFile(const QString& path) const
{
    QFile file(path);
    if (file.exists() && !file.remove()) {
        return core::makeError(core::ErrorCode::Io, u"could not remove "_s + path + u": "_s + file.errorString());
    }
    return {};
}

core::Status ReminderSchedule::systemctl(const QStringList& arguments) const
{
    const SystemctlResult result = m_systemctl(arguments);
    if (result.exitCode == 0) {
        return {};
    }
    const QString said = result.output.section(u'\n', 0, 0);
    return core::makeError(core::ErrorCode::Other, u"systemctl --user "_s + arguments.join(u' ') + u" failed"_s +
                                                       (said.isEmpty() ? QString() : u": "_s + said));
}

core::Status ReminderSchedule::installTimer(const char* name, const QByteArray& text) const
{
    if (auto s = writeFile(QDir(unitDirectory()).filePath(QLatin1String(name)), text); !s) {
        return s;
    }
    if (auto s = systemctl({u"daemon-reload"_s}); !s) {
        return s;
    }
    // Enabled, so that it is there again after a reboot; restarted, not started, so that a timer already
    // running at another time, or one that elapsed, is armed for the new one.
    if (auto s = systemctl({u"enable"_s, QLatin1String(name)}); !s) {
        return s;
    }
    return systemctl({u"restart"_s, QLatin1String(name)});
}

core::Status ReminderSchedule::apply(bool on, QTime at) const
{
    const QDir units(unitDirectory());
    const bool manager = hasUserManager();
    if (on && manager) {
        if (auto s = writeFile(units.filePath(QLatin1String(reminderServiceName)), reminderService(remindCommand()));
            !s) {
            return s;
        }
        if (auto s = installTimer(reminderTimerName, reminderTimer(at)); !s) {
            return s;
        }
        return removeFile(autostartPath()); // from a login without systemd
    }
    if (on) {
        return writeFile(autostartPath(), autostartEntry(remindCommand()));
    }
    bool removedUnits = false;
    for (const char* unit : {reminderTimerName, snoozeTimerName, reminderServiceName}) {
        const QString path = units.filePath(QLatin1String(unit));
        if (!QFile::exists(path)) {
            continue;
        }
        if (manager && QByteArray(unit).endsWith(".timer")) {
            if (auto s = systemctl({u"disable"_s, u"--now"_s, QLatin1String(unit)}); !s) {
                return s;
            }
        }
        if (auto s = removeFile(path); !s) {
            return s;
        }
        removedUnits = true;
    }
    if (manager && removedUnits) {
        if (auto s = systemctl({u"daemon-reload"_s}); !s) {
            return s;
        }
    }
    return removeFile(autostartPath());
}

core::Status ReminderSchedule::scheduleSnooze(const QDateTime& until) const
{
    if (!hasUserManager()) {
        return {};
    }
    return installTimer(snoozeTimerName, snoozeTimer(until));
}

core::Status applyReminderSchedule(bool on, QTime at, const QString& databasePath)
{
    const ReminderSchedule schedule(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                    QCoreApplication::applicationFilePath(), databasePath, realSystemctl());
    return schedule.apply(on, at);
}

} // namespace rc::ui
