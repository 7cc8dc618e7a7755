// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "theme.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc::ui {

ShortcutsDialog::ShortcutsDialog(const QList<Group>& groups, QWidget* parent) : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setHorizontalSpacing(32);
    grid->setVerticalSpacing(8);
    int row = 0;
    for (const Group& group : groups) {
        auto* title = new QLabel(group.title);
        setRole(title, "heading");
        grid->addWidget(title, row++, 0, 1, 2);
        for (const Shortcut& shortcut : group.shortcuts) {
            auto* keys = new QLabel(shortcut.keys);
            keys->setObjectName(u"keys"_s);
            setRole(keys, "accent");
            keys->setAccessibleName(shortcut.what + u": "_s + shortcut.keys);
            grid->addWidget(new QLabel(shortcut.what), row, 0);
            grid->addWidget(keys, row++, 1);
        }
        grid->setRowMinimumHeight(row++, 12);
    }
    grid->setColumnStretch(2, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    resize(640, 640);
}

QList<ShortcutsDialog::Shortcut> ShortcutsDialog::fromActions(const QList<QAction*>& actions)
{
    QList<Shortcut> shortcuts;
    for (const QAction* action : actions) {
        if (action->menu() != nullptr) {
            shortcuts += fromActions(action->menu()->actions());
            continue;
        }
        if (action->shortcuts().isEmpty() || action->isSeparator()) {
            continue;
        }
        QString what = action->text();
        what.remove(u'&');
        what.remove(u'…');
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts()) {
            keys.append(key.toString(QKeySequence::NativeText));
        }
        shortcuts.append({what.trimmed(), keys.join(tr(" or "))});
    }
    return shortcuts;
}

} // namespace rc::ui
