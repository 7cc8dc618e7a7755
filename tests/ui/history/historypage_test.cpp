// SPDX-License-Identifier: GPL-3.0-or-later
// The History page in the main window: edit in place, delete with undo, CSV import and export.
#include "catalog.h"
#include "clock.h"
#include "filedialogs.h"
#include "historypage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "progresspage.h"
#include "sessionpage.h"
#include "sessionstore.h"
#include "sessiontablemodel.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

using rc::core::ManualClock;
using rc::core::Session;
using rc::ui::FileDialogs;
using rc::ui::MainWindow;
using Model = rc::ui::SessionTableModel;
using Page = rc::ui::MainWindow::Page;
using rc::test::catalog;
using rc::test::session;
using rc::test::wednesday;

// Runs `action`, which opens one real modal message box; returns its text after pressing its default button.
QString readMessageBox(const std::function<void()>& action)
{
    QString text;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            poll.stop();
            text = box->text();
            box->done(box->defaultButton() != nullptr ? box->standardButton(box->defaultButton()) : QMessageBox::Ok);
        }
    });
    poll.start();
    action();
    return text;
}

class HistoryPageTest : public rc::test::StoreTest
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        StoreTest::SetUp();
    }
    // The window holds the store, so it goes first.
    void reopen()
    {
        m_window.reset();
        openStore();
    }
    // The window, shown and active, on the History page.
    void openHistory()
    {
        m_window = std::make_unique<MainWindow>(catalog(), m_store.get(), m_clock);
        m_window->sessionPage()->setCuePlayer(nullptr);
        m_window->showPage(Page::History);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }
    rc::ui::HistoryPage* page() const { return m_window->historyPage(); }
    QTreeView* table() const { return page()->table(); }
    Model* model() const { return page()->model(); }
    QAction* action(const char* name) const
    {
        auto* found = m_window->findChild<QAction*>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    void selectRow(int row, int column = Model::DateColumn)
    {
        table()->setFocus();
        table()->setCurrentIndex(model()->index(row, column));
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static void write(const QString& file, const QByteArray& bytes)
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }

    // Wednesday noon, UTC+1.
    ManualClock m_clock{QDateTime(wednesday, QTime(12, 0), Qt::OffsetFromUTC, 3600)};
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(HistoryPageTest, table_isSortableByEveryColumn_andPassesTheModelTester)
{
    add(session(QDate(2026, 11, 20), true, 540));
    add(session(QDate(2026, 11, 24), false, 90));
    openHistory();
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    EXPECT_TRUE(table()->isSortingEnabled());
    EXPECT_EQ(table()->header()->sortIndicatorSection(), Model::DateColumn);
    EXPECT_EQ(table()->header()->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_EQ(model()->index(0, Model::DateColumn).data().toString(), u"Tue 24 Nov 2026"_s);

    // A click on "Worked" sorts by it; the short partial session comes first in ascending order.
    const QHeaderView* header = table()->header();
    const int x = header->sectionViewportPosition(Model::WorkedColumn) + header->sectionSize(Model::WorkedColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    EXPECT_EQ(model()->sortColumn(), Model::WorkedColumn);
    const QString first = model()->index(0, Model::WorkedColumn).data().toString();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    const QString second = model()->index(0, Model::WorkedColumn).data().toString();
    EXPECT_EQ(QSet<QString>({first, second}), QSet<QString>({u"1:30"_s, u"9:00"_s}));
    EXPECT_NE(first, second);
}

TEST_F(HistoryPageTest, deleteKey_removesTheSession_andCtrlZ_restoresItExactly_withEveryStep)
{
    Session guided = session(QDate(2026, 11, 24));
    guided.sorenessBefore = 6;
    guided.sorenessAfter = 3;
    guided.notes = u"felt tight, \"left\" calf\nbetter after"_s;
    guided.steps = {{u"it-band-roll"_s, rc::core::Side::Left, 90, 90, 1, 45},
                    {u"it-band-roll"_s, rc::core::Side::Right, 90, 85, 0, 0},
                    {u"calf-release"_s, rc::core::Side::Left, 90, 90, 2, 50}};
    guided.id = add(guided);
    add(session(QDate(2026, 11, 20)));
    openHistory();
    selectRow(0);
    ASSERT_EQ(page()->currentSessionId(), guided.id);

    QTest::keyClick(table(), Qt::Key_Delete);

    EXPECT_EQ(*m_store->count(), 1);
    EXPECT_FALSE(m_store->session(guided.id)->has_value());
    EXPECT_EQ(model()->rowCount(), 1);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);

    const auto restored = m_store->session(guided.id);
    ASSERT_TRUE(restored.ok() && restored->has_value());
    EXPECT_EQ(**restored, guided); // same id, every field, every step
    EXPECT_EQ(model()->rowCount(), 2);
    EXPECT_EQ(page()->currentSessionId(), guided.id);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(m_store->session(guided.id)->has_value());
}

TEST_F(HistoryPageTest, deleteButton_andEditMenu_deleteTheSelectedSession_onlyOnTheHistoryPage)
{
    add(session(QDate(2026, 11, 24)));
    add(session(QDate(2026, 11, 23)));
    add(session(QDate(2026, 11, 20)));
    openHistory();
    selectRow(1);

    QTest::mouseClick(page()->findChild<QPushButton*>(u"historyDelete"_s), Qt::LeftButton);
    EXPECT_EQ(*m_store->count(), 2);

    m_window->showPage(Page::Cards);
    QAction* menuDelete = action("deleteSessionMenu");
    ASSERT_NE(menuDelete, nullptr);
    menuDelete->trigger(); // disabled away from the history page: nothing happens
    EXPECT_EQ(*m_store->count(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_Delete);
    EXPECT_EQ(*m_store->count(), 2);
}

TEST_F(HistoryPageTest, soreness_isRatedInPlaceWithTheSpinBox_andTheEditIsUndoable)
{
    const qint64 id = add(session(QDate(2026, 11, 24)));
    openHistory();
    selectRow(0, Model::SorenessAfterColumn);

    QTest::keyClick(table(), Qt::Key_F2);
    auto* spin = table()->findChild<QSpinBox*>(u"sorenessEditor"_s);
    ASSERT_NE(spin, nullptr);
    EXPECT_EQ(spin->text(), u"—"_s); // not rated yet
    EXPECT_EQ(spin->maximum(), 10);
    spin->selectAll();
    QTest::keyClicks(spin, u"4"_s);
    QTest::keyClick(spin, Qt::Key_Return);

    // The delegate commits an editor's Return on the next turn of the event loop.
    ASSERT_TRUE(QTest::qWaitFor([&] { return (*m_store->session(id))->sorenessAfter == 4; }));
    EXPECT_EQ(model()->index(0, Model::SorenessAfterColumn).data().toString(), u"4"_s);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ((*m_store->session(id))->sorenessAfter, std::nullopt);
}

TEST_F(HistoryPageTest, noteEditedInPlace_survivesReopeningTheDatabase)
{
    const qint64 id = add(session(QDate(2026, 11, 24)));
    openHistory();
    selectRow(0, Model::NoteColumn);

    QTest::keyClick(table(), Qt::Key_F2);
    auto* editor = table()->findChild<QLineEdit*>();
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor, u"hips tight, rolled slower"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !(*m_store->session(id))->notes.isEmpty(); }));

    reopen();
    EXPECT_EQ((*m_store->session(id))->notes, u"hips tight, rolled slower"_s);
    openHistory();
    EXPECT_EQ(model()->index(0, Model::NoteColumn).data().toString(), u"hips tight, rolled slower"_s);
}

TEST_F(HistoryPageTest, aNoteEditedInPlace_stopsAt10000Characters)
{
    rc::core::Session nearlyFull = session(QDate(2026, 11, 24));
    nearlyFull.notes = QString(9'998, u'n');
    const qint64 id = add(nearlyFull);
    openHistory();
    selectRow(0, Model::NoteColumn);

    QTest::keyClick(table(), Qt::Key_F2);
    auto* editor = table()->findChild<QLineEdit*>();
    ASSERT_NE(editor, nullptr);
    editor->end(false);
    QTest::keyClicks(editor, u"abc"_s);
    QTest::keyClick(editor, Qt::Key_Return);

    ASSERT_TRUE(QTest::qWaitFor([&] { return (*m_store->session(id))->notes.size() != 9'998; }));
    EXPECT_EQ((*m_store->session(id))->notes, QString(9'998, u'n') + u"ab"_s);
}

TEST_F(HistoryPageTest, editingOrDeleting_movesThisWeeksProgressAtOnce)
{
    const qint64 monday = add(session(QDate(2026, 11, 23)));
    add(session(QDate(2026, 11, 24)));
    openHistory();
    ASSERT_EQ(m_window->progressPage()->headline(), u"2 of 3 days"_s);
    selectRow(model()->rowOf(monday));

    QTest::keyClick(table(), Qt::Key_Delete);
    EXPECT_EQ(m_window->progressPage()->headline(), u"1 of 3 days"_s);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_window->progressPage()->headline(), u"2 of 3 days"_s);
}

TEST_F(HistoryPageTest, aLongHistory_opensWithOnePage_andScrollingToTheEndLoadsMore)
{
    std::vector<Session> sessions;
    for (int i = 0; i < 1000; ++i) {
        sessions.push_back(session(QDate(2023, 1, 1).addDays(i)));
    }
    ASSERT_TRUE(m_store->importSessions(sessions).ok());
    openHistory();
    EXPECT_EQ(page()->countText(), u"1,000 sessions"_s);
    const int loaded = model()->rowCount();
    EXPECT_LT(loaded, 1000);
    EXPECT_EQ(model()->index(0, Model::DateColumn).data().toString(),
              QLocale().toString(QDate(2023, 1, 1).addDays(999), u"ddd d MMM yyyy"_s));

    QScrollBar* bar = table()->verticalScrollBar();
    bar->setValue(bar->maximum());
    EXPECT_TRUE(QTest::qWaitFor([&] { return model()->rowCount() > loaded; }));
}

TEST_F(HistoryPageTest, importCsv_addsTheRows_andSaysHowManyWereAddedAndSkipped)
{
    add(session(QDate(2026, 11, 20))); // the file's third row is this session
    const QString file = path(u"import.csv"_s);
    write(file, "started_at,local_date,routine,planned_seconds,worked_seconds,completed,soreness_before,"
                "soreness_after,notes\r\n"
                "2026-11-23T07:15:00+01:00,2026-11-23,runners-recovery,540,540,1,6,3,\"felt tight, left calf\"\r\n"
                "2026-11-24T07:15:00+01:00,2026-11-24,runners-recovery,540,300,0,,,\r\n"
                "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,540,540,1,,,\r\n");
    openHistory();
    FileDialogs::setNextPath(file);

    const QString summary = readMessageBox([&] { action("importCsv")->trigger(); });

    EXPECT_EQ(summary, u"Added 2 sessions, skipped 1 already stored."_s);
    EXPECT_EQ(*m_store->count(), 3);
    EXPECT_EQ(model()->rowCount(), 3);
    EXPECT_EQ(m_window->progressPage()->headline(), u"1 of 3 days"_s); // the 24th was partial
}

TEST_F(HistoryPageTest, importCsv_aBadLine_namesTheLineAndWhatIsWrong_andChangesNothing)
{
    add(session(QDate(2026, 11, 10)));
    openHistory();
    FileDialogs::setNextPath(QStringLiteral(RC_TEST_DATA_DIR "/csv/bad-completed-line4.csv"));

    const QString warning = readMessageBox([&] { action("importCsv")->trigger(); });

    EXPECT_TRUE(warning.contains(u"Line 4"_s)) << warning.toStdString();
    EXPECT_TRUE(warning.contains(u"completed"_s)) << warning.toStdString();
    EXPECT_TRUE(warning.contains(u"maybe"_s)) << warning.toStdString();
    EXPECT_TRUE(warning.contains(u"nothing was changed"_s)) << warning.toStdString();
    EXPECT_EQ(*m_store->count(), 1);
}

TEST_F(HistoryPageTest, exportCsv_writesEverySessionOldestFirst_inTheProductFormat)
{
    Session first = session(QDate(2026, 11, 20));
    first.sorenessBefore = 6;
    first.sorenessAfter = 3;
    first.notes = u"felt tight, left calf"_s;
    add(first);
    add(session(QDate(2026, 11, 24), false, 300));
    openHistory();
    const QString file = path(u"out/export.csv"_s);
    QDir().mkpath(path(u"out"_s));
    FileDialogs::setNextPath(file);
    const int shown = rc::ui::MessageBox::shownCount();
    rc::ui::MessageBox::setNextAnswer(QMessageBox::Ok);

    action("exportCsv")->trigger();

    EXPECT_EQ(rc::ui::MessageBox::shownCount(), shown + 1);
    QFile written(file);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = written.readAll().split('\n');
    ASSERT_GE(lines.size(), 3);
    EXPECT_EQ(lines.at(0).trimmed(), "started_at,local_date,routine,planned_seconds,worked_seconds,completed,"
                                     "soreness_before,soreness_after,notes");
    EXPECT_EQ(lines.at(1).trimmed(),
              "2026-11-20T07:15:00+01:00,2026-11-20,runners-recovery,540,540,1,6,3,\"felt tight, left calf\"");
    EXPECT_EQ(lines.at(2).trimmed(), "2026-11-24T07:15:00+01:00,2026-11-24,runners-recovery,540,300,0,,,");
    EXPECT_EQ(QDir(path(u"out"_s)).entryList(QDir::Files), QStringList{u"export.csv"_s}); // no temporary left
}

TEST_F(HistoryPageTest, cancelledFileDialogs_doNothing)
{
    add(session(QDate(2026, 11, 20)));
    openHistory();
    const int shown = rc::ui::MessageBox::shownCount();

    FileDialogs::setNextPath({});
    action("importCsv")->trigger();
    FileDialogs::setNextPath({});
    action("exportCsv")->trigger();

    EXPECT_EQ(rc::ui::MessageBox::shownCount(), shown);
    EXPECT_EQ(*m_store->count(), 1);
}

TEST_F(HistoryPageTest, emptyHistory_invitesAFirstSession_orALoggedOne)
{
    openHistory();
    EXPECT_TRUE(page()->isShowingEmptyState());
    auto* log = page()->findChild<QPushButton*>(u"historyEmptyLog"_s);
    ASSERT_NE(log, nullptr);
    EXPECT_TRUE(log->isVisible());
}

} // namespace
