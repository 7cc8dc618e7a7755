// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

// The text of the files the schedule writes: the systemd user units and the XDG autostart entry.
namespace rc::ui::reminders {

inline constexpr char reminderServiceName[] = "recovery-coach-reminder.service";
inline constexpr char reminderTimerName[] = "recovery-coach-reminder.timer";
inline constexpr char snoozeTimerName[] = "recovery-coach-snooze.timer";

// `command`: the program (an absolute path) and its arguments.
QByteArray reminderService(const QStringList& command);
// Every day at `at`; Persistent, so a computer that was asleep or off at that time runs it at wake or boot.
QByteArray reminderTimer(QTime at);
// Once, at `until` (local time): the reminder service again after "Snooze 1 hour". Persistent as well, so
// a snooze survives a reboot.
QByteArray snoozeTimer(const QDateTime& until);
QByteArray autostartEntry(const QStringList& command);

// systemd.service(5) "Command lines": each word double-quoted, with \ " escaped and the specifier % and
// the variable sign $ doubled, so a path with spaces or a % stays one word, as written.
QString systemdCommandLine(const QStringList& command);
// The Desktop Entry Specification's Exec key: each word quoted, with " ` $ \ escaped inside the quotes, % as
// %%, then the string escapes of every value (\ as \\).
QString desktopExecLine(const QStringList& command);

// {"--db", the absolute path} for a database other than the default one, else nothing: the commands the
// reminder starts name a database only when it is not the one they would open anyway.
QStringList databaseArguments(const QString& databasePath);

} // namespace rc::ui::reminders
