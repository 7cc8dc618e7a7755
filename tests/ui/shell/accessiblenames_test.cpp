// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: every control a runner can reach has a name a screen reader can say. Walks every page of
// the real window, and the session's summary, and fails on each unnamed control it finds.
#include "windowtest.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using Page = rc::ui::MainWindow::Page;

bool isControl(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QAbstractSlider*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QPlainTextEdit*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget);
}

// "QSlider secondsSlider" for each visible control without a name (its own, its label's or its text).
QStringList unnamedControls(const QWidget& window)
{
    QStringList unnamed;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible() || !isControl(widget) || widget->focusPolicy() == Qt::NoFocus) {
            continue;
        }
        // A spin box's line edit is part of the spin box, which is named.
        if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) || qobject_cast<QComboBox*>(widget->parentWidget())) {
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (accessible == nullptr || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName());
        }
    }
    return unnamed;
}

class AccessibleNamesTest : public rc::test::WindowTest
{
};

TEST_F(AccessibleNamesTest, everyControlOnEveryPage_hasAName)
{
    ASSERT_TRUE(m_store->add(rc::test::session(rc::test::wednesday)).ok()); // History has a row to walk
    for (const Page page : {Page::Cards, Page::Session, Page::Progress, Page::History}) {
        m_window->showPage(page);
        QCoreApplication::processEvents();
        const QStringList unnamed = unnamedControls(*m_window);
        EXPECT_TRUE(unnamed.isEmpty()) << "page " << int(page) << ": " << unnamed.join(u", "_s).toStdString();
    }
}

TEST_F(AccessibleNamesTest, everyControlOfTheLogDialog_hasAName)
{
    m_window->logSession();
    QCoreApplication::processEvents();
    QWidget* dialog = QApplication::activeModalWidget();
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top != m_window.get() && top->isVisible()) {
            dialog = top;
        }
    }
    ASSERT_NE(dialog, nullptr);

    const QStringList unnamed = unnamedControls(*dialog);

    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u", "_s).toStdString();
    dialog->close();
}

} // namespace
