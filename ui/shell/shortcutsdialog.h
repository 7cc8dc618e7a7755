// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;

namespace rc::ui {

// Help > Keyboard shortcuts (Ctrl+?): every key the app answers, in groups, in big type.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Shortcut
    {
        QString what; // "Log a session"
        QString keys; // "Ctrl+L", as the platform writes it
    };
    struct Group
    {
        QString title;
        QList<Shortcut> shortcuts;
    };

    ShortcutsDialog(const QList<Group>& groups, QWidget* parent);

    // The actions (and those of their submenus) that have a shortcut, named as in the menu without & and ….
    static QList<Shortcut> fromActions(const QList<QAction*>& actions);
};

} // namespace rc::ui
