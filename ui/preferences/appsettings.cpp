// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

bool isChartWeeks(int weeks)
{
    return weeks == 12 || weeks == 26 || weeks == 52;
}

} // namespace

int AppSettings::chartWeeks()
{
    bool ok = false;
    const int weeks = QSettings().value(u"progress/chartWeeks"_s, 12).toInt(&ok);
    return ok && isChartWeeks(weeks) ? weeks : 12;
}

int AppSettings::secondsPerSide()
{
    return std::clamp(QSettings().value(u"session/secondsPerSide"_s, defaultSecondsPerSide).toInt(), minSecondsPerSide,
                      maxSecondsPerSide);
}

void AppSettings::setSecondsPerSide(int seconds)
{
    QSettings().setValue(u"session/secondsPerSide"_s, seconds);
}

void AppSettings::setChartWeeks(int weeks)
{
    if (isChartWeeks(weeks)) {
        QSettings().setValue(u"progress/chartWeeks"_s, weeks);
    }
}

bool AppSettings::disclaimerDismissed()
{
    return QSettings().value(u"notice/disclaimerDismissed"_s, false).toBool();
}

void AppSettings::setDisclaimerDismissed()
{
    QSettings().setValue(u"notice/disclaimerDismissed"_s, true);
}

bool AppSettings::keepInTray()
{
    return QSettings().value(u"window/keepInTray"_s, false).toBool();
}

void AppSettings::setKeepInTray(bool keep)
{
    QSettings().setValue(u"window/keepInTray"_s, keep);
}

bool AppSettings::remindersOffered()
{
    return QSettings().value(u"reminders/offered"_s, false).toBool();
}

void AppSettings::setRemindersOffered()
{
    QSettings().setValue(u"reminders/offered"_s, true);
}

} // namespace rc::ui
