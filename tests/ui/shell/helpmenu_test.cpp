// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: Help has the keyboard shortcuts (Ctrl+?), the safety notice again, and About.
#include "messagebox.h"
#include "windowtest.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class HelpMenuTest : public rc::test::WindowTest
{
protected:
    QDialog* shortcutsDialog() const { return m_window->findChild<QDialog*>(u"shortcutsDialog"_s); }

    // What the dialog says for `what` ("Ctrl+L"), or "<none>".
    QString keysFor(const QString& what) const
    {
        const QList<QLabel*> labels = shortcutsDialog()->findChildren<QLabel*>(u"keys"_s);
        for (const QLabel* keys : labels) {
            if (keys->accessibleName().startsWith(what + u": "_s)) {
                return keys->text();
            }
        }
        return u"<none>"_s;
    }

    QAction* action(const char* name) const { return m_window->findChild<QAction*>(QString::fromLatin1(name)); }
};

TEST_F(HelpMenuTest, ctrlQuestionMark_opensTheShortcuts_withTheMenusKeysAndTheSessionsKeys)
{
    ASSERT_EQ(shortcutsDialog(), nullptr);

    QTest::keyClick(m_window.get(), Qt::Key_Question, Qt::ControlModifier);

    ASSERT_NE(shortcutsDialog(), nullptr);
    EXPECT_TRUE(shortcutsDialog()->isVisible());
    EXPECT_EQ(keysFor(u"Log a session"_s), u"Ctrl+L"_s);
    EXPECT_EQ(keysFor(u"Import CSV"_s), u"Ctrl+I"_s);
    EXPECT_EQ(keysFor(u"Techniques"_s), u"Ctrl+1"_s);
    EXPECT_EQ(keysFor(u"Redo"_s), u"Ctrl+Shift+Z or Ctrl+Y"_s);
    EXPECT_EQ(keysFor(u"Pause or resume"_s), u"Space"_s);
    EXPECT_EQ(keysFor(u"Stop the session"_s), u"Esc"_s);
}

TEST_F(HelpMenuTest, askingTwice_raisesTheOpenWindow_ratherThanASecond)
{
    action("keyboardShortcuts")->trigger();
    action("keyboardShortcuts")->trigger();

    EXPECT_EQ(m_window->findChildren<QDialog*>(u"shortcutsDialog"_s).size(), 1);
}

TEST_F(HelpMenuTest, safetyNotice_showsTheNoticeAgain)
{
    const int shown = rc::ui::MessageBox::shownCount();
    rc::ui::MessageBox::setNextAnswer(QMessageBox::Ok);

    action("safetyNotice")->trigger();

    EXPECT_EQ(rc::ui::MessageBox::shownCount(), shown + 1);
    EXPECT_EQ(rc::ui::MessageBox::lastTitle(), u"Safety notice"_s);
    EXPECT_EQ(rc::ui::MessageBox::lastText(), rc::test::catalog().disclaimer());
    EXPECT_FALSE(rc::ui::MessageBox::lastText().isEmpty());
}

TEST_F(HelpMenuTest, about_saysTheVersionAndTheLicence)
{
    const QString version = QCoreApplication::applicationVersion();
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    rc::ui::MessageBox::setNextAnswer(QMessageBox::Ok);

    action("about")->trigger();
    QCoreApplication::setApplicationVersion(version);

    EXPECT_TRUE(rc::ui::MessageBox::lastText().startsWith(u"Recovery Coach 9.8.7\n"_s))
        << rc::ui::MessageBox::lastText().toStdString();
    EXPECT_TRUE(rc::ui::MessageBox::lastText().contains(u"GNU General Public License, version 3 or later"_s));
}

} // namespace
