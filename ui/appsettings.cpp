// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::ui {

core::AdherenceSettings AppSettings::adherence()
{
    const QSettings settings;
    core::AdherenceSettings result;
    bool ok = false;
    const int target = settings.value(u"progress/target"_s, result.targetDaysPerWeek).toInt(&ok);
    if (ok) {
        result.targetDaysPerWeek = std::clamp(target, 1, 7);
    }
    const QString weekStart = settings.value(u"progress/weekStart"_s, u"monday"_s).toString();
    result.weekStart = core::weekStartFromName(weekStart.trimmed().toLower()).value_or(Qt::Monday);
    return result;
}

bool AppSettings::disclaimerDismissed()
{
    return QSettings().value(u"notice/disclaimerDismissed"_s, false).toBool();
}

void AppSettings::setDisclaimerDismissed()
{
    QSettings().setValue(u"notice/disclaimerDismissed"_s, true);
}

} // namespace rc::ui
