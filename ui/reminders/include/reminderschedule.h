// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

#include <functional>

namespace rc::ui {

// What `systemctl --user ARGUMENTS` did. exitCode is -1 when systemctl could not be run at all.
struct SystemctlResult
{
    int exitCode = -1;
    QString output; // standard error, else standard output, trimmed: what a failure says
};
// Runs `systemctl --user` with the given arguments. Injected, so that tests never reach the real user manager.
using SystemctlRunner = std::function<SystemctlResult(const QStringList& arguments)>;
SystemctlRunner realSystemctl();

// When the reminder runs (PRODUCT.md section 5, "Delivery"), with nothing running in between: a systemd user
// timer at the reminder time, Persistent so that a computer asleep at that time gets it at wake, which
// starts the remind helper (programs.h: `recovery-coach remind` without Qt Widgets and Gui), or
// `recovery-coach remind` when the helper is not there. Where there is no systemd user session, an XDG
// autostart entry runs it at login instead. The files:
//   <configHome>/systemd/user/recovery-coach-reminder.service   Type=oneshot, ExecStart=<helper> [--db]
//                                                               (without the helper: <program> remind [--db])
//   <configHome>/systemd/user/recovery-coach-reminder.timer     OnCalendar=*-*-* HH:MM:00, Persistent=true
//   <configHome>/systemd/user/recovery-coach-snooze.timer       once, an hour after "Snooze 1 hour"
//   <configHome>/autostart/io.github.recoverycoach.RecoveryCoach-reminder.desktop   without systemd
class ReminderSchedule
{
public:
    // `program`: the absolute path of recovery-coach; `databasePath`: the database the reminder is about
    // (named with --db only when it is not the default one).
    ReminderSchedule(QString configHome, QString program, QString databasePath, SystemctlRunner systemctl);

    // On: writes the service and the timer, reloads the user manager and enables the timer (or, without a
    // systemd user session, writes the autostart entry). Off: disables and removes all of them, the snooze
    // timer too. Turning on again at another time rewrites the timer. A failure names the step and the file.
    core::Status apply(bool on, QTime at) const;

    // One more run at `until`. Without a systemd user session there is nothing that wakes at a time: the
    // snooze is then kept by the caller (reminder state) and honoured at the next login.
    core::Status scheduleSnooze(const QDateTime& until) const;

    // True when `systemctl --user` reaches a user manager.
    bool hasUserManager() const;

    QString unitDirectory() const;
    QString autostartPath() const;
    // The remind helper beside `program` (programs.h), else program and "remind"; then --db when not the
    // default database.
    QStringList remindCommand() const;

private:
    // Writes the timer `name`, reloads the user manager, enables and (re)starts the timer.
    core::Status installTimer(const char* name, const QByteArray& text) const;
    core::Status writeFile(const QString& path, const QByteArray& bytes) const;
    core::Status removeFile(const QString& path) const;
    core::Status systemctl(const QStringList& arguments) const;

    QString m_configHome;
    QString m_program;
    QString m_databasePath;
    SystemctlRunner m_systemctl;
};

// For the Preferences dialog: ReminderSchedule with this computer's config folder
// (QStandardPaths::GenericConfigLocation), the running program and the real systemctl. `databasePath` empty
// means the default database.
core::Status applyReminderSchedule(bool on, QTime at, const QString& databasePath = {});

} // namespace rc::ui
