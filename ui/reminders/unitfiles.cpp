// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitfiles.h"

#include "paths.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rc::ui::reminders {

namespace {

const QByteArray writtenBy =
    "# Written by Recovery Coach when reminders are turned on; removed when they are turned off.\n"_ba;

// A timer that starts the reminder service at `onCalendar`, and at boot or wake when that time was missed.
QByteArray timerUnit(const QByteArray& description, const QByteArray& onCalendar)
{
    return writtenBy + "[Unit]\nDescription=" + description + "\n\n[Timer]\nOnCalendar=" + onCalendar +
           "\nPersistent=true\nUnit=" + reminderServiceName + "\n\n[Install]\nWantedBy=timers.target\n";
}

} // namespace

QString systemdCommandLine(const QStringList& command)
{
    QStringList words;
    for (QString word : command) {
        word.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'%', u"%%"_s).replace(u'$', u"$$"_s);
        words << u'"' + word + u'"';
    }
    return words.join(u' ');
}

QString desktopExecLine(const QStringList& command)
{
    QStringList words;
    for (QString word : command) {
        word.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'`', u"\\`"_s).replace(u'$', u"\\$"_s);
        words << u'"' + word.replace(u'%', u"%%"_s) + u'"';
    }
    // The quoting rules work on the value after the string escapes are undone: every \ is written twice.
    return words.join(u' ').replace(u'\\', u"\\\\"_s);
}

QStringList databaseArguments(const QString& databasePath)
{
    const QString database = QFileInfo(databasePath).absoluteFilePath();
    if (database == QFileInfo(core::defaultDatabasePath()).absoluteFilePath()) {
        return {};
    }
    return {u"--db"_s, database};
}

QByteArray reminderService(const QStringList& command)
{
    return writtenBy +
           "[Unit]\n"
           "Description=Recovery Coach reminder\n"
           "\n"
           "[Service]\n"
           // One run: it sends the notification, waits for its answer and exits. No start timeout, as
           // the answer may come hours later.
           "Type=oneshot\n"
           "TimeoutStartSec=infinity\n"
           // "Start routine" may start the window from here: it must outlive this run, which ends the
           // unit, and with the default KillMode every process of the unit.
           "KillMode=process\n"
           "ExecStart=" +
           systemdCommandLine(command).toUtf8() + "\n";
}

QByteArray reminderTimer(QTime at)
{
    const QByteArray time = at.toString(u"HH:mm"_s).toUtf8();
    return timerUnit("Recovery Coach reminder at " + time, "*-*-* " + time + ":00");
}

QByteArray snoozeTimer(const QDateTime& until)
{
    const QByteArray when = until.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s).toUtf8();
    return timerUnit("Recovery Coach reminder again after a snooze, at " + when, when);
}

QByteArray autostartEntry(const QStringList& command)
{
    return "[Desktop Entry]\n"
           "# Written by Recovery Coach when reminders are turned on without a systemd user session; removed when\n"
           "# they are turned off. At login: today's reminder when its time has passed and one is due.\n"
           "Type=Application\n"
           "Name=Recovery Coach reminder\n"
           "Comment=Reminds you to roll when your week is at risk\n"
           "Exec=" +
           desktopExecLine(command).toUtf8() +
           "\n"
           "Icon=" +
           QByteArray(core::applicationId) +
           "\n"
           "Terminal=false\n"
           "NoDisplay=true\n"
           "X-GNOME-Autostart-enabled=true\n";
}

} // namespace rc::ui::reminders
