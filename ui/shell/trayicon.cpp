// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include "paths.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace rc::ui {

TrayIcon::TrayIcon(QObject* parent) : QObject(parent), m_icon(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    // The symbolic icon of the theme when the desktop has it installed, else the app's own.
    const QString symbolic = QString::fromLatin1(core::applicationId) + u"-symbolic"_s;
    m_icon->setIcon(QIcon::fromTheme(symbolic, QIcon(u":/icons/recovery-coach.svg"_s)));
    m_week = m_menu->addAction(QString());
    m_week->setEnabled(false);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Start routine")), &QAction::triggered, this, &TrayIcon::startRequested);
    connect(m_menu->addAction(tr("Show Recovery Coach")), &QAction::triggered, this, &TrayIcon::showRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Quit")), &QAction::triggered, this, &TrayIcon::quitRequested);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            emit showRequested();
        }
    });
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a context menu has no parent: QSystemTrayIcon does not own it
}

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    if (isAvailable()) {
        m_icon->show();
    }
}

QString TrayIcon::weekSummary(const core::CurrentWeek& week)
{
    switch (week.status) {
    case core::WeekStatus::Paused:
        return tr("This week is paused");
    case core::WeekStatus::Met:
        return tr("%1 of %2 days – week done").arg(week.days).arg(week.target);
    case core::WeekStatus::OnTrack:
    case core::WeekStatus::AtRisk:
    case core::WeekStatus::Missed:
        break;
    }
    return tr("%1 of %2 days – %3 needed, %4 left").arg(week.days).arg(week.target).arg(week.daysNeeded).arg(week.daysLeft);
}

void TrayIcon::setWeek(const core::AdherenceReport& report)
{
    m_weekText = weekSummary(report.currentWeek);
    m_week->setText(m_weekText);
    m_icon->setToolTip(tr("Recovery Coach: %1").arg(m_weekText));
}

} // namespace rc::ui
