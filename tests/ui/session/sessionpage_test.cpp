// SPDX-License-Identifier: GPL-3.0-or-later
// The guided session page driven like a runner would: keyboard, a fake clock, a temporary database.
// Expected values follow PRODUCT.md section 2 for the built-in routine: six steps of 90 s, each after
// a 10 s "get into position" countdown (9:00 of rolling, 10:00 in all).
#include "catalog.h"
#include "clock.h"
#include "cueplayer.h"
#include "messagebox.h"
#include "sessionpage.h"
#include "sessionstore.h"
#include "timerdisplay.h"

#include <QApplication>
#include <QLabel>
#include <QClipboard>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using rc::core::Millis;

namespace {

class RecordingCuePlayer : public rc::ui::CuePlayer
{
public:
    explicit RecordingCuePlayer(std::vector<rc::ui::CueEvent>* played, QString unavailable = {})
        : m_played(played), m_unavailable(std::move(unavailable))
    {
    }
    void prepare(bool, bool) override
    {
        if (!m_unavailable.isEmpty()) {
            emit unavailable(m_unavailable);
        }
    }
    void play(const rc::ui::CueEvent& cue) override { m_played->push_back(cue); }

private:
    std::vector<rc::ui::CueEvent>* m_played;
    QString m_unavailable;
};

class SessionPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings settings;
        settings.remove(u"session"_s); // defaults: 90 s per side, sound and voice on
        ASSERT_TRUE(m_dir.isValid());
        auto store = rc::core::SessionStore::open(m_dir.filePath(u"sessions.db"_s));
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(store.value());
        auto catalog = rc::core::Catalog::builtIn();
        ASSERT_TRUE(catalog.ok()) << catalog.error().message.toStdString();
        m_catalog = std::move(catalog.value());
        makePage(m_store.get());
    }

    void makePage(rc::core::SessionStore* store)
    {
        m_page = std::make_unique<rc::ui::SessionPage>(m_catalog, store, m_clock);
        m_page->setCuePlayer(nullptr);
        m_page->resize(1280, 800);
        m_page->show();
        m_page->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
    }

    // Keys go where the runner's keys go: the focus widget, which must be inside the page.
    void press(Qt::Key key)
    {
        QWidget* focus = QApplication::focusWidget();
        ASSERT_TRUE(focus == m_page.get() || m_page->isAncestorOf(focus)) << "the page lost the keyboard";
        QTest::keyClick(focus, key);
    }

    void wait(Millis by)
    {
        m_clock.advance(by);
        m_page->refresh();
    }

    QString text(const char* name) const
    {
        const auto* label = m_page->findChild<QLabel*>(QString::fromLatin1(name));
        return label ? label->text() : u"<missing %1>"_s.arg(QString::fromLatin1(name));
    }
    bool visible(const char* name) const
    {
        const auto* widget = m_page->findChild<QWidget*>(QString::fromLatin1(name));
        return widget && widget->isVisible();
    }
    QString remaining() const { return m_page->findChild<rc::ui::TimerDisplay*>(u"remainingDisplay"_s)->text(); }
    template <typename T> T* child(const char* name) const { return m_page->findChild<T*>(QString::fromLatin1(name)); }

    std::vector<rc::core::Session> storedSessions() const
    {
        auto sessions = m_store->sessions();
        EXPECT_TRUE(sessions.ok());
        return sessions.ok() ? sessions.value() : std::vector<rc::core::Session>{};
    }

    const QDateTime m_start{QDate(2026, 11, 20), QTime(7, 15), QTimeZone(3600)};
    rc::core::ManualClock m_clock{m_start, Millis{5'000'000}};
    QTemporaryDir m_dir;
    std::unique_ptr<rc::core::SessionStore> m_store;
    rc::core::Catalog m_catalog;
    std::unique_ptr<rc::ui::SessionPage> m_page;
};

TEST_F(SessionPageTest, enterOnSetup_startsRoutineWithPrepareCountdown)
{
    QSignalSpy running(m_page.get(), &rc::ui::SessionPage::runningChanged);
    press(Qt::Key_Return);
    ASSERT_TRUE(m_page->isRunning());
    ASSERT_EQ(running.count(), 1);
    EXPECT_TRUE(running.at(0).at(0).toBool());
    EXPECT_EQ(text("techniqueLabel"), u"IT band release — LEFT"_s);
    EXPECT_EQ(text("phaseLabel"), u"Get into position"_s);
    EXPECT_EQ(remaining(), u"10"_s);
    EXPECT_EQ(text("stepCounter"), u"Step 1 of 6"_s);
    EXPECT_EQ(text("nextUpLabel"), u"Next up: IT band release — right"_s);
    EXPECT_EQ(text("instructionLabel"), m_catalog.technique(u"it-band-roll"_s)->steps.first());
}

TEST_F(SessionPageTest, space_pausesSoRemainingStaysWhileClockMoves_andResumesWhereItStopped)
{
    press(Qt::Key_Return);
    wait(10s + 20s); // 20 s into the first 90 s step
    ASSERT_EQ(text("phaseLabel"), u"Roll"_s);
    ASSERT_EQ(remaining(), u"1:10"_s);

    press(Qt::Key_Space);
    EXPECT_EQ(text("phaseLabel"), u"Paused"_s);
    wait(30s);
    EXPECT_EQ(remaining(), u"1:10"_s);
    EXPECT_FALSE(child<QTimer>("refreshTimer")->isActive()) << "no wakeups while paused";

    press(Qt::Key_Space);
    EXPECT_EQ(text("phaseLabel"), u"Roll"_s);
    EXPECT_EQ(remaining(), u"1:10"_s);
    EXPECT_TRUE(child<QTimer>("refreshTimer")->isActive());
    wait(10s);
    EXPECT_EQ(remaining(), u"1:00"_s);
}

TEST_F(SessionPageTest, nAndRightSkipForward_bAndLeftGoBack)
{
    press(Qt::Key_Return);
    wait(10s + 5s);
    ASSERT_EQ(text("techniqueLabel"), u"IT band release — LEFT"_s);

    press(Qt::Key_N);
    EXPECT_EQ(text("techniqueLabel"), u"IT band release — RIGHT"_s);
    EXPECT_EQ(text("phaseLabel"), u"Switch sides"_s);
    EXPECT_EQ(text("stepCounter"), u"Step 2 of 6"_s);
    EXPECT_EQ(remaining(), u"10"_s);

    press(Qt::Key_Right);
    EXPECT_EQ(text("techniqueLabel"), u"Calf release — LEFT"_s);
    EXPECT_EQ(text("phaseLabel"), u"Get into position"_s);

    press(Qt::Key_B); // during "get into position": to the previous step
    EXPECT_EQ(text("techniqueLabel"), u"IT band release — RIGHT"_s);
    press(Qt::Key_Left);
    EXPECT_EQ(text("techniqueLabel"), u"IT band release — LEFT"_s);
    EXPECT_EQ(text("stepCounter"), u"Step 1 of 6"_s);
}

TEST_F(SessionPageTest, h_startsHoldWithVisibleCountdown_insideTheStep)
{
    press(Qt::Key_Return);
    press(Qt::Key_H); // no hold while getting into position
    EXPECT_FALSE(visible("holdLabel"));

    wait(10s + 20s);
    press(Qt::Key_H);
    ASSERT_TRUE(visible("holdLabel"));
    EXPECT_EQ(text("holdLabel"), u"Hold 0:45"_s);
    wait(13s);
    EXPECT_EQ(text("holdLabel"), u"Hold 0:32"_s);
    EXPECT_EQ(remaining(), u"0:57"_s) << "90 - 20 - 13 s: the hold does not lengthen the step";
    EXPECT_EQ(text("instructionLabel"), m_catalog.technique(u"it-band-roll"_s)->holdCue);
    wait(32s);
    EXPECT_FALSE(visible("holdLabel"));
    EXPECT_EQ(remaining(), u"0:25"_s);
}

TEST_F(SessionPageTest, aNoteTooLongToKeep_stopsAt10000Characters_withTheCounterSayingSo_andIsSavedWhole)
{
    press(Qt::Key_Return);
    wait(600s);
    ASSERT_FALSE(m_page->isRunning());
    auto* note = child<QPlainTextEdit>("note");
    EXPECT_FALSE(visible("noteCounter"));

    QGuiApplication::clipboard()->setText(QString(12'000, u'n'));
    note->setFocus();
    QTest::keyClick(note, Qt::Key_V, Qt::ControlModifier);

    EXPECT_TRUE(visible("noteCounter"));
    EXPECT_TRUE(text("noteCounter").endsWith(u"the note is full"_s)) << text("noteCounter").toStdString();
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    const auto sessions = storedSessions();
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions.front().notes, QString(10'000, u'n'));
}

TEST_F(SessionPageTest, wholeRoutine_savesExactlyOneCompletedSessionWithSixSteps)
{
    QSignalSpy running(m_page.get(), &rc::ui::SessionPage::runningChanged);
    QSignalSpy saved(m_page.get(), &rc::ui::SessionPage::sessionSaved);
    press(Qt::Key_Return);
    wait(600s); // one late tick across the whole routine

    ASSERT_FALSE(m_page->isRunning());
    ASSERT_EQ(running.count(), 2);
    EXPECT_FALSE(running.at(1).at(0).toBool());
    EXPECT_EQ(text("summaryTitle"), u"Routine finished. Well done!"_s);
    EXPECT_TRUE(text("summaryFacts").contains(u"9:00 of 9:00"_s)) << text("summaryFacts").toStdString();
    EXPECT_TRUE(text("summaryFacts").contains(u"6 of 6 steps"_s));
    EXPECT_TRUE(text("summaryFacts").contains(u"completed"_s));

    child<QSpinBox>("sorenessBefore")->setValue(6);
    child<QSpinBox>("sorenessAfter")->setValue(3);
    child<QPlainTextEdit>("note")->setPlainText(u"felt tight, left calf"_s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

    ASSERT_EQ(saved.count(), 1);
    const auto sessions = storedSessions();
    ASSERT_EQ(sessions.size(), 1u);
    const rc::core::Session& s = sessions.front();
    EXPECT_EQ(saved.at(0).at(0).toLongLong(), s.id);
    EXPECT_EQ(s.routine, u"runners-recovery"_s);
    EXPECT_TRUE(s.completed);
    EXPECT_EQ(s.plannedSeconds, 540);
    EXPECT_EQ(s.workedSeconds, 540);
    EXPECT_EQ(s.steps.size(), 6u);
    EXPECT_EQ(s.sorenessBefore, 6);
    EXPECT_EQ(s.sorenessAfter, 3);
    EXPECT_EQ(s.notes, u"felt tight, left calf"_s);
    EXPECT_EQ(s.startedAt.toSecsSinceEpoch(), m_start.toSecsSinceEpoch());
    EXPECT_EQ(s.localDate, QDate(2026, 11, 20));
    EXPECT_TRUE(visible("savedLabel")) << "back on setup with a confirmation";
    EXPECT_TRUE(visible("startButton"));
}

TEST_F(SessionPageTest, escYes_savesPartialSessionWithTheTimeWorked)
{
    press(Qt::Key_Return);
    wait(10s + 90s + 10s + 25s); // step 1 done, 25 s into step 2
    rc::ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    const int asked = rc::ui::MessageBox::shownCount();
    press(Qt::Key_Escape);

    EXPECT_EQ(rc::ui::MessageBox::shownCount(), asked + 1);
    ASSERT_FALSE(m_page->isRunning());
    EXPECT_EQ(text("summaryTitle"), u"Session stopped early"_s);
    EXPECT_TRUE(text("summaryFacts").contains(u"1:55 of 9:00"_s)) << text("summaryFacts").toStdString();
    EXPECT_TRUE(text("summaryFacts").contains(u"1 of 6 steps"_s));
    EXPECT_TRUE(text("summaryFacts").contains(u"partial"_s));
    wait(60s); // lingering on the summary adds nothing

    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    const auto sessions = storedSessions();
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_FALSE(sessions.front().completed);
    EXPECT_EQ(sessions.front().workedSeconds, 115);
    EXPECT_FALSE(sessions.front().sorenessBefore.has_value()) << "not rated stays empty";
}

TEST_F(SessionPageTest, escNo_keepsRunningAndLosesNoTime)
{
    press(Qt::Key_Return);
    wait(10s + 30s);
    rc::ui::MessageBox::setNextAnswer(QMessageBox::No);
    press(Qt::Key_Escape);
    EXPECT_TRUE(m_page->isRunning());
    EXPECT_EQ(text("phaseLabel"), u"Roll"_s);
    EXPECT_EQ(remaining(), u"1:00"_s);
    wait(5s);
    EXPECT_EQ(remaining(), u"0:55"_s);
}

TEST_F(SessionPageTest, failingSave_showsReasonAndKeepsSession_retryStoresExactlyOne)
{
    int attempts = 0;
    m_page->setSaveFunction([&](const rc::core::Session& session) -> rc::core::Result<qint64> {
        if (++attempts == 1) {
            return rc::core::makeError(rc::core::ErrorCode::Busy, u"The database is busy."_s);
        }
        return m_store->add(session);
    });
    QSignalSpy saved(m_page.get(), &rc::ui::SessionPage::sessionSaved);
    press(Qt::Key_Return);
    wait(600s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

    EXPECT_EQ(saved.count(), 0);
    EXPECT_TRUE(visible("saveError"));
    EXPECT_TRUE(text("saveError").contains(u"The database is busy."_s)) << text("saveError").toStdString();
    ASSERT_TRUE(visible("retryButton"));
    EXPECT_TRUE(storedSessions().empty());

    QTest::mouseClick(child<QPushButton>("retryButton"), Qt::LeftButton);
    EXPECT_EQ(attempts, 2);
    EXPECT_EQ(saved.count(), 1);
    const auto sessions = storedSessions();
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_TRUE(sessions.front().completed);
}

TEST_F(SessionPageTest, withoutStore_saveFailsWithClearMessage)
{
    makePage(nullptr);
    press(Qt::Key_Return);
    wait(600s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    EXPECT_TRUE(visible("saveError"));
    EXPECT_TRUE(text("saveError").contains(u"No session database"_s)) << text("saveError").toStdString();
    EXPECT_TRUE(visible("retryButton"));
}

TEST_F(SessionPageTest, secondsPerSideSetting_setsStepLengthAndPersists)
{
    child<QSpinBox>("secondsPerSide")->setValue(60);
    EXPECT_EQ(QSettings().value(u"session/secondsPerSide"_s).toInt(), 60);
    EXPECT_EQ(rc::ui::SessionPage::preferredSecondsPerSide(), 60);
    press(Qt::Key_Return);
    wait(10s);
    EXPECT_EQ(remaining(), u"1:00"_s);
}

TEST_F(SessionPageTest, cues_onlyTheLatestOfALateTickIsPlayed_voiceOffDropsSpeech)
{
    std::vector<rc::ui::CueEvent> played;
    m_page->setCuePlayer(std::make_unique<RecordingCuePlayer>(&played));
    press(Qt::Key_Return);
    ASSERT_EQ(played.size(), 1u);
    EXPECT_EQ(played.back(), (rc::ui::CueEvent{u"switch"_s, u"Get into position: IT band release, left side"_s}));

    wait(10s);
    ASSERT_EQ(played.size(), 2u);
    EXPECT_EQ(played.back(), (rc::ui::CueEvent{u"start"_s, u"Start rolling"_s}));

    wait(90s); // halfway, 3, 2, 1 and the switch all crossed at once
    ASSERT_EQ(played.size(), 3u);
    EXPECT_EQ(played.back(), (rc::ui::CueEvent{u"switch"_s, u"Switch sides"_s}));
}

TEST_F(SessionPageTest, cues_voiceSwitchedOffInSetup_playsSoundOnly)
{
    std::vector<rc::ui::CueEvent> played;
    m_page->setCuePlayer(std::make_unique<RecordingCuePlayer>(&played));
    child<QWidget>("voiceCues")->setProperty("checked", false);
    EXPECT_FALSE(QSettings().value(u"session/voice"_s).toBool());
    press(Qt::Key_Return);
    wait(10s + 42s);
    played.clear();
    wait(3s); // 45 s into 90: halfway
    ASSERT_EQ(played.size(), 1u);
    EXPECT_EQ(played.back(), (rc::ui::CueEvent{u"halfway"_s, QString()}));
}

TEST_F(SessionPageTest, cuesUnavailable_sessionRunsAndSaysSoOnThePage)
{
    std::vector<rc::ui::CueEvent> played;
    m_page->setCuePlayer(std::make_unique<RecordingCuePlayer>(&played, u"No audio output found."_s));
    press(Qt::Key_Return);
    EXPECT_TRUE(m_page->isRunning());
    EXPECT_EQ(text("notice"), u"No audio output found."_s);
    wait(10s + 5s);
    EXPECT_EQ(remaining(), u"1:25"_s);
}

} // namespace

TEST_F(SessionPageTest, afterMidnightBeforeTheDayStarts_theSessionCountsForTheDayBefore)
{
    ASSERT_TRUE(m_store->setRecordSettings({{u"day-starts-at"_s, u"04:00"_s}}));
    // 01:30 on Saturday 21 November, UTC+1: by a 04:00 day it is still Friday the 20th.
    m_clock.setNow(QDateTime(QDate(2026, 11, 21), QTime(1, 30), QTimeZone(3600)));
    press(Qt::Key_Return);
    wait(600s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    const auto sessions = storedSessions();
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions.front().localDate, QDate(2026, 11, 20));
    EXPECT_EQ(sessions.front().startedAt.date(), QDate(2026, 11, 21)); // the instant is kept as it was
}

TEST_F(SessionPageTest, afterASave_theConfirmationSaysWhatItDidForTheWeek)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // Friday 20 November, Monday weeks, target 3: the Wednesday before is done already.
    rc::core::Session wednesday;
    wednesday.startedAt = QDateTime(QDate(2026, 11, 18), QTime(7, 0), Qt::OffsetFromUTC, 3600);
    wednesday.localDate = QDate(2026, 11, 18);
    wednesday.routine = u"runners-recovery"_s;
    wednesday.plannedSeconds = wednesday.workedSeconds = 540;
    wednesday.completed = true;
    ASSERT_TRUE(m_store->add(wednesday));
    press(Qt::Key_Return);
    wait(600s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    EXPECT_EQ(text("savedLabel"), u"Saved: 9:00 of foam rolling. Day 2 of 3 this week: 1 more by Sunday."_s);
    QLocale::setDefault(QLocale::system());
}
