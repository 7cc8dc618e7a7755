// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adherence.h"

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace rc::ui {

// This week in the desktop's tray while the app runs (issue 11): the tooltip and the menu's first line
// say "1 of 3 days – 2 needed, 4 left"; the menu offers Start routine, Show and Quit. Nothing in it
// runs between updates: no timer, no polling (the window updates it after every change and at the
// day boundary).
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    // Shown only where the desktop has a tray (QSystemTrayIcon::isSystemTrayAvailable).
    bool isAvailable() const;
    void show();

    void setWeek(const core::AdherenceReport& report);
    QString weekText() const { return m_weekText; }
    QMenu* menu() const { return m_menu; }

    // "1 of 3 days – 2 needed, 4 left", "3 of 3 days – week done", "This week is paused".
    static QString weekSummary(const core::CurrentWeek& week);

signals:
    void startRequested();
    void showRequested();
    void quitRequested();

private:
    QSystemTrayIcon* m_icon;
    QMenu* m_menu;
    QAction* m_week;
    QString m_weekText;
};

} // namespace rc::ui
