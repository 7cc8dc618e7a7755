// SPDX-License-Identifier: GPL-3.0-or-later
// The window's side of data safety: read-only history, a save that fails and is kept in the recovery
// file, sessions stored by another program, restoring a backup.
#include "backup.h"
#include "catalog.h"
#include "clock.h"
#include "historypage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "paths.h"
#include "pendingsession.h"
#include "restoredialog.h"
#include "sessionpage.h"
#include "sessionstore.h"
#include "sessiontablemodel.h"
#include "startup.h"
#include "uitestutil.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using rc::core::ErrorCode;
using rc::core::ManualClock;
using rc::core::Session;
using rc::core::SessionStore;
using rc::ui::MainWindow;
using rc::ui::MessageBox;
using Page = rc::ui::MainWindow::Page;
using rc::test::catalog;
using rc::test::session;

class DataSafetyTest : public rc::test::StoreTest
{
protected:
    std::unique_ptr<MainWindow> makeWindow(SessionStore* store)
    {
        auto window = std::make_unique<MainWindow>(catalog(), store, m_clock);
        window->sessionPage()->setCuePlayer(nullptr); // silent sessions
        return window;
    }

    // Runs the default routine to its end and presses Save on the summary.
    void finishAndSave(MainWindow& window)
    {
        window.startRoutine(u"runners-recovery"_s);
        ASSERT_TRUE(window.sessionPage()->isRunning());
        m_clock.advance(3600s);
        window.sessionPage()->refresh();
        ASSERT_TRUE(window.sessionPage()->hasUnsavedSession());
        auto* save = window.findChild<QPushButton*>(u"saveButton"_s);
        ASSERT_NE(save, nullptr);
        QTest::mouseClick(save, Qt::LeftButton);
    }

    QString saveError(MainWindow& window) const
    {
        auto* label = window.findChild<QLabel*>(u"saveError"_s);
        return label != nullptr && label->isVisibleTo(&window) ? label->text() : QString();
    }

    std::vector<Session> pending() const
    {
        auto waiting = rc::core::loadPending(dbPath());
        EXPECT_TRUE(waiting.ok());
        return waiting.ok() ? *waiting : std::vector<Session>();
    }

    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone(3600))};
};

TEST_F(DataSafetyTest, readOnlyHistory_showsTheBanner_andAFinishedSessionIsKeptWhenSavingFails)
{
    ASSERT_TRUE(m_store->add(session(QDate(2026, 11, 23))).ok());
    auto readOnly = SessionStore::open(dbPath(), SessionStore::Mode::ReadOnly);
    ASSERT_TRUE(readOnly.ok()) << readOnly.error().message.toStdString();
    auto window = makeWindow(readOnly->get());
    window->setReadOnlyReason(u"the folder /srv/share cannot be written to"_s);
    window->show();

    EXPECT_TRUE(window->isReadOnlyBannerVisible());
    auto* banner = window->findChild<QLabel*>(u"readOnlyBannerText"_s);
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().startsWith(u"History is read-only: the folder /srv/share cannot be written to."_s))
        << banner->text().toStdString();
    EXPECT_EQ(window->historyPage()->model()->rowCount(), 1); // the history still reads

    finishAndSave(*window);

    const QString error = saveError(*window);
    EXPECT_TRUE(error.contains(u"read-only: the folder /srv/share cannot be written to"_s)) << error.toStdString();
    EXPECT_TRUE(window->sessionPage()->hasUnsavedSession());
    EXPECT_NE(window->findChild<QPushButton*>(u"retryButton"_s), nullptr);
    EXPECT_EQ(*m_store->count(), 1); // nothing stored, nothing damaged
    // The folder is writable here, so the session also waits in the recovery file.
    EXPECT_EQ(pending().size(), 1u);
    EXPECT_TRUE(error.contains(u"recovery file"_s)) << error.toStdString();
}

TEST_F(DataSafetyTest, failingSave_isKeptInTheRecoveryFile_andTheNextStartStoresIt)
{
    {
        auto window = makeWindow(m_store.get());
        window->sessionPage()->setSaveFunction([](const Session&) -> rc::core::Result<qint64> {
            return rc::core::makeError(ErrorCode::Full, u"The disk is full: could not save."_s);
        });
        finishAndSave(*window);

        const QString error = saveError(*window);
        EXPECT_TRUE(error.startsWith(u"Not saved: The disk is full: could not save."_s)) << error.toStdString();
        EXPECT_TRUE(error.contains(QDir::toNativeSeparators(rc::core::pendingFilePath(dbPath()))))
            << error.toStdString();
        EXPECT_FALSE(error.contains(u"Saved"_s));
        ASSERT_EQ(pending().size(), 1u);
        EXPECT_TRUE(pending().front().completed);
        EXPECT_EQ(*m_store->count(), 0);
    } // the window closes with the session unsaved, as after a crash
    m_store.reset();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    auto opened = rc::ui::openDatabaseInteractively(dbPath(), m_clock);

    ASSERT_NE(opened.store, nullptr);
    EXPECT_EQ(opened.savedPending, 1);
    EXPECT_EQ(*opened.store->count(), 1);
    EXPECT_EQ(MessageBox::lastText(), u"1 session that could not be saved last time is now saved."_s);
    EXPECT_FALSE(QFile::exists(rc::core::pendingFilePath(dbPath())));
}

TEST_F(DataSafetyTest, retryThatWorks_storesTheSessionOnce_andRemovesTheRecoveryFile)
{
    auto window = makeWindow(m_store.get());
    int attempts = 0;
    window->sessionPage()->setSaveFunction([&](const Session& s) -> rc::core::Result<qint64> {
        if (++attempts == 1) {
            return rc::core::makeError(ErrorCode::Io, u"Could not write the database (disk I/O error)."_s);
        }
        return m_store->add(s);
    });
    finishAndSave(*window);
    ASSERT_EQ(pending().size(), 1u);

    QTest::mouseClick(window->findChild<QPushButton*>(u"retryButton"_s), Qt::LeftButton);

    EXPECT_EQ(attempts, 2);
    EXPECT_EQ(*m_store->count(), 1);
    EXPECT_FALSE(window->sessionPage()->hasUnsavedSession());
    EXPECT_FALSE(QFile::exists(rc::core::pendingFilePath(dbPath())));
}

TEST_F(DataSafetyTest, discardingAnUnsavedSession_takesItOutOfTheRecoveryFile_andKeepsTheOthers)
{
    const Session earlier = session(QDate(2026, 11, 20));
    ASSERT_TRUE(rc::core::savePending(dbPath(), earlier).ok());
    auto window = makeWindow(m_store.get());
    window->sessionPage()->setSaveFunction([](const Session&) -> rc::core::Result<qint64> {
        return rc::core::makeError(ErrorCode::Busy, u"The database is busy."_s);
    });
    finishAndSave(*window);
    ASSERT_EQ(pending().size(), 2u);
    MessageBox::setNextAnswer(QMessageBox::Yes);

    QTest::mouseClick(window->findChild<QPushButton*>(u"discardButton"_s), Qt::LeftButton);

    EXPECT_FALSE(window->sessionPage()->hasUnsavedSession());
    const auto left = pending();
    ASSERT_EQ(left.size(), 1u);
    EXPECT_EQ(left.front().startedAt, earlier.startedAt);
}

TEST_F(DataSafetyTest, sessionStoredByAnotherProgram_appearsInTheOpenHistory)
{
    auto window = makeWindow(m_store.get());
    window->showPage(Page::History);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    ASSERT_EQ(window->historyPage()->model()->rowCount(), 0);

    {
        // What `recovery-coach log` does: its own connection to the same file.
        auto other = SessionStore::open(dbPath());
        ASSERT_TRUE(other.ok()) << other.error().message.toStdString();
        ASSERT_TRUE((*other)->add(session(QDate(2026, 11, 24))).ok());
    }

    EXPECT_TRUE(QTest::qWaitFor([&] { return window->historyPage()->model()->rowCount() == 1; }, 5000));
}

TEST_F(DataSafetyTest, restoreFromBackup_roundTrip_bringsBackTheHistoryAndKeepsTheOneItReplaced)
{
    ASSERT_TRUE(m_store->add(session(QDate(2026, 11, 20))).ok());
    ASSERT_TRUE(m_store->add(session(QDate(2026, 11, 21))).ok());
    const QString folder = rc::core::backupDirectoryFor(dbPath());
    const auto backup = rc::core::runAutomaticBackup(*m_store, folder, QDate(2026, 11, 21));
    ASSERT_TRUE(backup.ok() && backup->has_value());
    ASSERT_TRUE(m_store->add(session(QDate(2026, 11, 22))).ok());
    auto window = makeWindow(m_store.get());
    window->showPage(Page::History);
    ASSERT_EQ(window->historyPage()->model()->rowCount(), 3);

    // The dialog lists the backup with the sessions it holds.
    rc::ui::RestoreDialog dialog(rc::core::listBackups(dbPath(), folder), folder);
    ASSERT_EQ(dialog.list()->topLevelItemCount(), 1);
    EXPECT_EQ(dialog.list()->topLevelItem(0)->text(3), u"2"_s);
    EXPECT_EQ(dialog.selectedFile(), **backup);

    MessageBox::setNextAnswer(QMessageBox::Yes); // restore it?
    MessageBox::setNextAnswer(QMessageBox::Ok);  // the report
    ASSERT_TRUE(window->restoreBackup(**backup));

    EXPECT_EQ(*m_store->count(), 2);
    EXPECT_EQ(window->historyPage()->model()->rowCount(), 2);
    const auto backups = rc::core::listBackups(dbPath(), folder);
    ASSERT_EQ(backups.size(), 2u); // the daily one and the database as it was before the restore
    const auto before = std::find_if(backups.cbegin(), backups.cend(),
                                     [](const rc::core::BackupFile& file) { return !file.date.isValid(); });
    ASSERT_NE(before, backups.cend());
    auto replaced = rc::core::checkBackupFile(before->path);
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(replaced->sessions, 3);
    EXPECT_TRUE(MessageBox::lastText().contains(QDir::toNativeSeparators(before->path)))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().startsWith(u"Restored 2 sessions"_s)) << MessageBox::lastText().toStdString();
}

TEST_F(DataSafetyTest, restoreFromBackup_answeredNo_changesNothing)
{
    ASSERT_TRUE(m_store->add(session(QDate(2026, 11, 20))).ok());
    const QString folder = rc::core::backupDirectoryFor(dbPath());
    const auto backup = rc::core::runAutomaticBackup(*m_store, folder, QDate(2026, 11, 20));
    ASSERT_TRUE(backup.ok() && backup->has_value());
    ASSERT_TRUE(m_store->add(session(QDate(2026, 11, 21))).ok());
    auto window = makeWindow(m_store.get());
    MessageBox::setNextAnswer(QMessageBox::No);

    EXPECT_FALSE(window->restoreBackup(**backup));

    EXPECT_EQ(*m_store->count(), 2);
    EXPECT_EQ(rc::core::listBackups(dbPath(), folder).size(), 1u);
}

TEST_F(DataSafetyTest, restoreFromBackup_isLockedWhileASessionRuns)
{
    auto window = makeWindow(m_store.get());
    auto* restore = window->findChild<QAction*>(u"restoreBackup"_s);
    ASSERT_NE(restore, nullptr);
    EXPECT_TRUE(restore->isEnabled());

    window->startRoutine(u"runners-recovery"_s);

    EXPECT_FALSE(restore->isEnabled());
    EXPECT_FALSE(window->restoreBackup(m_dir.filePath(u"backups/sessions-2026-11-25.sqlite"_s)));
}

TEST_F(DataSafetyTest, anotherInstanceAsking_raisesTheWindow_andStartsTheRoutine)
{
    auto window = makeWindow(m_store.get());
    window->show();

    window->activateFromAnotherInstance(u"runners-recovery"_s);

    EXPECT_EQ(window->currentPage(), Page::Session);
    EXPECT_TRUE(window->sessionPage()->isRunning());
}

TEST_F(DataSafetyTest, notice_isShownAboveThePages_untilDismissed)
{
    auto window = makeWindow(m_store.get());
    window->show();

    window->showNotice(u"The automatic backup did not work."_s);

    EXPECT_EQ(window->noticeText(), u"The automatic backup did not work."_s);
    auto* dismiss = window->findChild<QPushButton*>(u"noticeDismiss"_s);
    ASSERT_NE(dismiss, nullptr);
    QTest::mouseClick(dismiss, Qt::LeftButton);
    EXPECT_TRUE(window->noticeText().isEmpty());
}

} // namespace
