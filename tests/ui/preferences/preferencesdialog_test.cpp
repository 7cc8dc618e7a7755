// SPDX-License-Identifier: GPL-3.0-or-later
// The Preferences dialog: the record's settings go into the database, reminders into this computer's
// QSettings and the reminder schedule.
#include "preferences.h"
#include "preferencesdialog.h"
#include "sessionstore.h"
#include "theme.h"
#include "themefollower.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using rc::ui::PreferencesDialog;

namespace {

class PreferencesDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        auto store = rc::core::SessionStore::open(m_dir.filePath(u"sessions.sqlite"_s));
        ASSERT_TRUE(store) << store.error().message.toStdString();
        m_store = std::move(store).value();
    }

    std::map<QString, QString> stored() const
    {
        auto settings = m_store->recordSettings();
        EXPECT_TRUE(settings);
        return settings ? *settings : std::map<QString, QString>{};
    }

    // A scheduler that records its calls and answers `answer`.
    PreferencesDialog::ReminderScheduler recordingScheduler(rc::core::Status answer = {})
    {
        return [this, answer](bool on, QTime at) {
            m_scheduled.emplace_back(on, at);
            return answer;
        };
    }

    QTemporaryDir m_dir;
    std::unique_ptr<rc::core::SessionStore> m_store;
    std::vector<std::pair<bool, QTime>> m_scheduled;
};

void press(PreferencesDialog& dialog, QDialogButtonBox::StandardButton which)
{
    QTest::mouseClick(dialog.buttons()->button(which), Qt::LeftButton);
}

} // namespace

TEST_F(PreferencesDialogTest, showsTheRecordsSettingsFromTheDatabase)
{
    ASSERT_TRUE(m_store->setRecordSettings({{u"target-days"_s, u"5"_s},
                                            {u"week-start"_s, u"saturday"_s},
                                            {u"planned-days"_s, u"tue,sat"_s},
                                            {u"day-starts-at"_s, u"04:30"_s}}));
    PreferencesDialog dialog(m_store.get());
    EXPECT_EQ(dialog.targetSpin()->value(), 5);
    EXPECT_EQ(dialog.weekStart(), Qt::Saturday);
    EXPECT_EQ(dialog.weekStartCombo()->count(), 3);
    EXPECT_FALSE(dialog.plannedDayButton(Qt::Monday)->isChecked());
    EXPECT_TRUE(dialog.plannedDayButton(Qt::Tuesday)->isChecked());
    EXPECT_TRUE(dialog.plannedDayButton(Qt::Saturday)->isChecked());
    EXPECT_FALSE(dialog.plannedDayButton(Qt::Sunday)->isChecked());
    EXPECT_EQ(dialog.dayStartsAtEdit()->time(), QTime(4, 30));
    EXPECT_FALSE(dialog.remindersCheck()->isChecked());
    EXPECT_EQ(dialog.reminderTimeEdit()->time(), QTime(18, 0));
}

TEST_F(PreferencesDialogTest, valuesOfTheEarlierPreferences_areShownUntilTheDatabaseHasItsOwn)
{
    QSettings().setValue(u"progress/target"_s, 4);
    QSettings().setValue(u"progress/weekStart"_s, u"sunday"_s);
    PreferencesDialog dialog(m_store.get());
    EXPECT_EQ(dialog.targetSpin()->value(), 4);
    EXPECT_EQ(dialog.weekStart(), Qt::Sunday);
}

TEST_F(PreferencesDialogTest, limits_target1To7_andTheDayStartsBefore6)
{
    PreferencesDialog dialog(m_store.get());
    EXPECT_EQ(dialog.targetSpin()->minimum(), 1);
    EXPECT_EQ(dialog.targetSpin()->maximum(), 7);
    dialog.targetSpin()->setValue(7);
    dialog.targetSpin()->setFocus();
    QTest::keyClick(dialog.targetSpin(), Qt::Key_Up);
    EXPECT_EQ(dialog.target(), 7);
    EXPECT_EQ(dialog.dayStartsAtEdit()->minimumTime(), QTime(0, 0));
    EXPECT_EQ(dialog.dayStartsAtEdit()->maximumTime(), QTime(5, 59));
}

TEST_F(PreferencesDialogTest, ok_savesEveryRecordValueIntoTheDatabase_andReportsTheChange)
{
    PreferencesDialog dialog(m_store.get(), recordingScheduler());
    dialog.targetSpin()->setValue(2);
    dialog.setWeekStart(Qt::Sunday);
    QTest::mouseClick(dialog.plannedDayButton(Qt::Wednesday), Qt::LeftButton);
    QTest::mouseClick(dialog.plannedDayButton(Qt::Sunday), Qt::LeftButton);
    dialog.dayStartsAtEdit()->setTime(QTime(3, 0));
    press(dialog, QDialogButtonBox::Ok);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.changed());
    const std::map<QString, QString> expected = {{u"target-days"_s, u"2"_s},
                                                 {u"week-start"_s, u"sunday"_s},
                                                 {u"planned-days"_s, u"wed,sun"_s},
                                                 {u"day-starts-at"_s, u"03:00"_s}};
    EXPECT_EQ(stored(), expected);
    EXPECT_TRUE(m_scheduled.empty()); // reminders were not touched
}

TEST_F(PreferencesDialogTest, okWithoutChanges_reportsNoChange_andWritesNothing)
{
    ASSERT_TRUE(m_store->setRecordSettings({{u"target-days"_s, u"4"_s}}));
    PreferencesDialog dialog(m_store.get(), recordingScheduler());
    press(dialog, QDialogButtonBox::Ok);
    EXPECT_FALSE(dialog.changed());
    EXPECT_EQ(stored(), (std::map<QString, QString>{{u"target-days"_s, u"4"_s}}));
    EXPECT_FALSE(QSettings().contains(u"reminders/enabled"_s));
}

TEST_F(PreferencesDialogTest, cancel_savesNothing)
{
    PreferencesDialog dialog(m_store.get(), recordingScheduler());
    dialog.targetSpin()->setValue(6);
    dialog.remindersCheck()->setChecked(true);
    press(dialog, QDialogButtonBox::Cancel);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(stored().empty());
    EXPECT_TRUE(m_scheduled.empty());
    EXPECT_FALSE(rc::core::savedComputerSettings().reminders);
}

TEST_F(PreferencesDialogTest, turningRemindersOn_schedulesThemAtTheTimeChosen_andRemembersOnThisComputer)
{
    PreferencesDialog dialog(m_store.get(), recordingScheduler());
    EXPECT_FALSE(dialog.reminderTimeEdit()->isEnabled());
    QTest::mouseClick(dialog.remindersCheck(), Qt::LeftButton);
    EXPECT_TRUE(dialog.reminderTimeEdit()->isEnabled());
    dialog.reminderTimeEdit()->setTime(QTime(7, 30));
    press(dialog, QDialogButtonBox::Ok);
    ASSERT_EQ(m_scheduled.size(), 1u);
    EXPECT_TRUE(m_scheduled[0].first);
    EXPECT_EQ(m_scheduled[0].second, QTime(7, 30));
    const rc::core::ComputerSettings saved = rc::core::savedComputerSettings();
    EXPECT_TRUE(saved.reminders);
    EXPECT_EQ(saved.reminderTime, QTime(7, 30));
    EXPECT_FALSE(dialog.changed()); // nothing of the record changed, Progress needs no refresh
    EXPECT_TRUE(stored().empty());
}

TEST_F(PreferencesDialogTest, aScheduleThatFails_keepsTheDialogOpenWithTheReason_andRemindersOff)
{
    PreferencesDialog dialog(m_store.get(),
                             recordingScheduler(rc::core::makeError(rc::core::ErrorCode::Io, u"no user manager"_s)));
    dialog.show();
    dialog.remindersCheck()->setChecked(true);
    press(dialog, QDialogButtonBox::Ok);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    const auto labels = dialog.findChildren<QLabel*>();
    const bool said = std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->isVisible() && label->text().contains(u"no user manager"_s);
    });
    EXPECT_TRUE(said);
    EXPECT_FALSE(rc::core::savedComputerSettings().reminders);
}

TEST_F(PreferencesDialogTest, aReadOnlyDatabase_showsTheRecordsValuesDisabled)
{
    ASSERT_TRUE(m_store->setRecordSettings({{u"target-days"_s, u"6"_s}}));
    const QString path = m_store->path();
    m_store.reset();
    auto readOnly = rc::core::SessionStore::open(path, rc::core::SessionStore::Mode::ReadOnly);
    ASSERT_TRUE(readOnly);
    PreferencesDialog dialog(readOnly->get(), recordingScheduler());
    EXPECT_EQ(dialog.targetSpin()->value(), 6);
    EXPECT_FALSE(dialog.targetSpin()->isEnabled());
    EXPECT_FALSE(dialog.plannedDayButton(Qt::Monday)->isEnabled());
    EXPECT_TRUE(dialog.remindersCheck()->isEnabled()); // this computer's settings still can change
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
    EXPECT_TRUE(PreferencesDialog::edit(nullptr, m_store.get(), recordingScheduler()));
    EXPECT_TRUE(seen);
    EXPECT_EQ(stored().at(u"target-days"_s), u"5"_s);
}

TEST_F(PreferencesDialogTest, edit_returnsFalseOnCancel)
{
    QTimer::singleShot(0, qApp, [] {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->targetSpin()->setValue(1);
        press(*dialog, QDialogButtonBox::Cancel);
    });
    EXPECT_FALSE(PreferencesDialog::edit(nullptr, m_store.get(), recordingScheduler()));
    EXPECT_TRUE(stored().empty());
}

namespace {

// The application's theme follower, without a bus (no portal): `system` is the platform palette.
class PreferencesThemeTest : public PreferencesDialogTest
{
protected:
    void SetUp() override
    {
        PreferencesDialogTest::SetUp();
        m_noBus = QDBusConnection::connectToBus(u"unix:path=/nonexistent/bus"_s, u"preferences-no-bus"_s);
        m_follower = std::make_unique<rc::ui::ThemeFollower>(*qApp, m_noBus);
    }
    void TearDown() override
    {
        m_follower.reset();
        QDBusConnection::disconnectFromBus(u"preferences-no-bus"_s);
    }

    QDBusConnection m_noBus{QString()};
    std::unique_ptr<rc::ui::ThemeFollower> m_follower;
};

TEST_F(PreferencesThemeTest, themeCombo_offersSystemLightDark_showingTheSavedOne)
{
    rc::core::ComputerSettings saved;
    saved.theme = rc::core::Theme::Dark;
    rc::core::saveComputerSettings(saved);
    PreferencesDialog dialog(m_store.get());
    ASSERT_EQ(dialog.themeCombo()->count(), 3);
    EXPECT_EQ(dialog.themeCombo()->itemText(0), u"System"_s);
    EXPECT_EQ(dialog.themeCombo()->itemText(1), u"Light"_s);
    EXPECT_EQ(dialog.themeCombo()->itemText(2), u"Dark"_s);
    EXPECT_EQ(dialog.themeCombo()->currentText(), u"Dark"_s);
}

TEST_F(PreferencesThemeTest, choosingLight_savesIt_andTheApplicationTurnsLightAtOnce_withoutTouchingReminders)
{
    rc::core::ComputerSettings saved;
    saved.theme = rc::core::Theme::Dark;
    rc::core::saveComputerSettings(saved);
    m_follower->settingChanged();
    ASSERT_EQ(rc::ui::currentThemeVariant(), rc::ui::ThemeVariant::Dark);

    PreferencesDialog dialog(m_store.get(), recordingScheduler());
    dialog.themeCombo()->setCurrentIndex(dialog.themeCombo()->findText(u"Light"_s));
    press(dialog, QDialogButtonBox::Ok);

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(rc::core::savedComputerSettings().theme, rc::core::Theme::Light);
    EXPECT_EQ(QSettings().value(u"appearance/theme"_s).toString(), u"light"_s);
    EXPECT_EQ(rc::ui::currentThemeVariant(), rc::ui::ThemeVariant::Light);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              rc::ui::themePalette(rc::ui::ThemeVariant::Light).background);
    EXPECT_TRUE(m_scheduled.empty()); // the reminders' schedule is not set again for a theme
    EXPECT_FALSE(dialog.changed());   // no record value changed: Progress needs no refresh
}

} // namespace
