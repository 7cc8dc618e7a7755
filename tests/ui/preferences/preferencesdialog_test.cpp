// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using rc::ui::PreferencesDialog;

namespace {

class PreferencesDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().clear(); }
};

void press(PreferencesDialog& dialog, QDialogButtonBox::StandardButton which)
{
    QTest::mouseClick(dialog.buttons()->button(which), Qt::LeftButton);
}

} // namespace

TEST_F(PreferencesDialogTest, showsTheSavedTargetAndFirstDay)
{
    QSettings().setValue(u"progress/target"_s, 5);
    QSettings().setValue(u"progress/weekStart"_s, u"saturday"_s);
    PreferencesDialog dialog;
    EXPECT_EQ(dialog.targetSpin()->value(), 5);
    EXPECT_EQ(dialog.weekStart(), Qt::Saturday);
    EXPECT_EQ(dialog.weekStartCombo()->count(), 3);
}

TEST_F(PreferencesDialogTest, targetIsLimitedTo1Through7)
{
    PreferencesDialog dialog;
    EXPECT_EQ(dialog.targetSpin()->minimum(), 1);
    EXPECT_EQ(dialog.targetSpin()->maximum(), 7);
    dialog.targetSpin()->setValue(7);
    dialog.targetSpin()->setFocus();
    QTest::keyClick(dialog.targetSpin(), Qt::Key_Up);
    EXPECT_EQ(dialog.target(), 7);
}

TEST_F(PreferencesDialogTest, ok_savesBothValues_andReportsTheChange)
{
    PreferencesDialog dialog;
    dialog.targetSpin()->setValue(2);
    dialog.setWeekStart(Qt::Sunday);
    press(dialog, QDialogButtonBox::Ok);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.changed());
    EXPECT_EQ(QSettings().value(u"progress/target"_s).toInt(), 2);
    EXPECT_EQ(QSettings().value(u"progress/weekStart"_s).toString(), u"sunday"_s);
}

TEST_F(PreferencesDialogTest, okWithoutChanges_reportsNoChange)
{
    QSettings().setValue(u"progress/target"_s, 4);
    QSettings().setValue(u"progress/weekStart"_s, u"monday"_s);
    PreferencesDialog dialog;
    press(dialog, QDialogButtonBox::Ok);
    EXPECT_FALSE(dialog.changed());
    EXPECT_EQ(QSettings().value(u"progress/target"_s).toInt(), 4);
}

TEST_F(PreferencesDialogTest, cancel_savesNothing)
{
    PreferencesDialog dialog;
    dialog.targetSpin()->setValue(6);
    press(dialog, QDialogButtonBox::Cancel);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(QSettings().contains(u"progress/target"_s));
}

TEST_F(PreferencesDialogTest, edit_returnsTrueWhenTheRunnerChangedAValueAndPressedOk)
{
    bool seen = false;
    // edit() runs the dialog modally: answer it from the event loop once it is up.
    QTimer::singleShot(0, qApp, [&seen] {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        seen = true;
        dialog->targetSpin()->setValue(5);
        press(*dialog, QDialogButtonBox::Ok);
    });
    EXPECT_TRUE(PreferencesDialog::edit(nullptr));
    EXPECT_TRUE(seen);
    EXPECT_EQ(QSettings().value(u"progress/target"_s).toInt(), 5);
}

TEST_F(PreferencesDialogTest, edit_returnsFalseOnCancel)
{
    QTimer::singleShot(0, qApp, [] {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->targetSpin()->setValue(1);
        press(*dialog, QDialogButtonBox::Cancel);
    });
    EXPECT_FALSE(PreferencesDialog::edit(nullptr));
    EXPECT_FALSE(QSettings().contains(u"progress/target"_s));
}
