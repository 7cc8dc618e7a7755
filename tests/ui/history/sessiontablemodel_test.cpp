// SPDX-License-Identifier: GPL-3.0-or-later
// SessionTableModel: the history table over the store, loaded a page at a time.
#include "catalog.h"
#include "historycommands.h"
#include "sessionstore.h"
#include "sessiontablemodel.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using rc::core::Session;
using rc::ui::SessionTableModel;
using Model = rc::ui::SessionTableModel;
using rc::test::catalog;

// Session n starts n days after Sunday 1 November 2026 at 07:15 +01:00.
Session session(int n, int workedSeconds = 540, bool completed = true)
{
    Session s;
    s.localDate = QDate(2026, 11, 1).addDays(n);
    s.startedAt = QDateTime(s.localDate, QTime(7, 15), Qt::OffsetFromUTC, 3600);
    s.routine = u"runners-recovery"_s;
    s.plannedSeconds = 540;
    s.workedSeconds = workedSeconds;
    s.completed = completed;
    return s;
}

class SessionTableModelTest : public rc::test::StoreTest
{
protected:
    // Unlike the window tests this leaves settings alone: the model reads none.
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ASSERT_TRUE(m_dir.isValid());
        openStore();
    }
    void addMany(int count)
    {
        std::vector<Session> sessions;
        for (int i = 0; i < count; ++i) {
            Session s = session(0, 60 + i % 500, i % 5 != 0);
            s.startedAt = s.startedAt.addSecs(i * 3600);
            s.localDate = s.startedAt.date();
            s.sorenessBefore = i % 7 == 0 ? std::nullopt : std::optional<int>(i % 11);
            s.notes = i % 3 == 0 ? QString() : u"note %1"_s.arg(i);
            sessions.push_back(s);
        }
        const auto imported = m_store->importSessions(sessions);
        ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
        ASSERT_EQ(imported->added, count);
    }
    static QString text(const Model& model, int row, int column) { return model.index(row, column).data().toString(); }
};

TEST_F(SessionTableModelTest, passesTheModelTester_throughPagingSortingEditingAndRemoving)
{
    addMany(450);
    Model model(catalog(), m_store.get());
    QUndoStack stack;
    model.setUndoStack(&stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    ASSERT_EQ(model.rowCount(), 450);
    for (int column = 0; column < Model::ColumnCount; ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
    }
    EXPECT_TRUE(model.setData(model.index(3, Model::NoteColumn), u"edited"_s));
    EXPECT_TRUE(model.setData(model.index(4, Model::SorenessAfterColumn), 7));
    const auto full = model.session(model.sessionId(5));
    ASSERT_TRUE(full.ok() && full->has_value());
    stack.push(new rc::ui::DeleteSessionCommand(&model, **full));
    stack.undo();
    stack.redo();
    model.reload();
    EXPECT_EQ(model.totalCount(), 449);
}

TEST_F(SessionTableModelTest, opensWithOnePage_andFetchesTheRestAPageAtATime)
{
    addMany(450);
    Model model(catalog(), m_store.get());

    EXPECT_EQ(model.rowCount(), 200);
    EXPECT_EQ(model.totalCount(), 450);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 400);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 450);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(SessionTableModelTest, display_isNewestFirst_withReadableDateTimeResultAndSoreness)
{
    Session older = session(19, 540, true); // Friday 20 November 2026
    older.sorenessBefore = 6;
    older.sorenessAfter = 3;
    older.notes = u"felt tight,\nleft calf"_s;
    add(older);
    Session newer = session(22, 3900, false); // Monday 23 November 2026, 65 min, stopped early
    add(newer);
    Model model(catalog(), m_store.get());

    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(text(model, 0, Model::DateColumn), u"Mon 23 Nov 2026"_s);
    EXPECT_EQ(text(model, 0, Model::RoutineColumn), catalog().routineName(u"runners-recovery"_s));
    EXPECT_EQ(text(model, 0, Model::WorkedColumn), u"1:05:00"_s);
    EXPECT_TRUE(text(model, 0, Model::ResultColumn).contains(u"Partial"_s));
    EXPECT_EQ(text(model, 0, Model::SorenessBeforeColumn), u"—"_s);
    EXPECT_EQ(model.index(0, Model::SorenessBeforeColumn).data(Qt::AccessibleTextRole).toString(), u"not rated"_s);
    EXPECT_TRUE(model.index(0, Model::SorenessBeforeColumn).data(Qt::EditRole).isNull());

    EXPECT_EQ(text(model, 1, Model::DateColumn), u"Fri 20 Nov 2026"_s);
    EXPECT_EQ(text(model, 1, Model::WorkedColumn), u"9:00"_s);
    EXPECT_TRUE(text(model, 1, Model::ResultColumn).contains(u"Completed"_s));
    EXPECT_EQ(text(model, 1, Model::SorenessBeforeColumn), u"6"_s);
    EXPECT_EQ(text(model, 1, Model::SorenessAfterColumn), u"3"_s);
    // One line in the table; the tooltip and the editor keep the line break.
    EXPECT_EQ(text(model, 1, Model::NoteColumn), u"felt tight, left calf"_s);
    EXPECT_EQ(model.index(1, Model::NoteColumn).data(Qt::ToolTipRole).toString(), u"felt tight,\nleft calf"_s);
    EXPECT_EQ(model.index(1, Model::NoteColumn).data(Qt::EditRole).toString(), u"felt tight,\nleft calf"_s);
}

TEST_F(SessionTableModelTest, onlySorenessAndNote_areEditable)
{
    add(session(1));
    Model model(catalog(), m_store.get());

    for (int column = 0; column < Model::ColumnCount; ++column) {
        const bool editable = model.flags(model.index(0, column)).testFlag(Qt::ItemIsEditable);
        const bool expected = column == Model::SorenessBeforeColumn || column == Model::SorenessAfterColumn ||
                              column == Model::NoteColumn;
        EXPECT_EQ(editable, expected) << column;
    }
    EXPECT_FALSE(model.setData(model.index(0, Model::WorkedColumn), 1));
}

TEST_F(SessionTableModelTest, sorenessOutside0To10_isRefused_andEmptyClearsTheRating)
{
    Session s = session(1);
    s.sorenessBefore = 5;
    const qint64 id = add(s);
    Model model(catalog(), m_store.get());
    const QModelIndex before = model.index(0, Model::SorenessBeforeColumn);

    EXPECT_FALSE(model.setData(before, 11));
    EXPECT_FALSE(model.setData(before, -1));
    EXPECT_FALSE(model.setData(before, u"sore"_s));
    EXPECT_EQ((*m_store->session(id))->sorenessBefore, 5);

    EXPECT_TRUE(model.setData(before, u""_s));
    EXPECT_EQ((*m_store->session(id))->sorenessBefore, std::nullopt);
    EXPECT_TRUE(model.setData(before, 0));
    EXPECT_EQ((*m_store->session(id))->sorenessBefore, 0);
}

TEST_F(SessionTableModelTest, editedNote_survivesReopeningTheDatabase)
{
    const qint64 id = add(session(1));
    {
        Model model(catalog(), m_store.get());
        QSignalSpy changed(&model, &Model::historyChanged);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        ASSERT_TRUE(model.setData(model.index(0, Model::NoteColumn), u"left calf, \"tight\"\nbetter after"_s));
        EXPECT_EQ(changed.count(), 1);
        EXPECT_EQ(dataChanged.count(), 1);
    }
    openStore();
    Model model(catalog(), m_store.get());

    EXPECT_EQ((*m_store->session(id))->notes, u"left calf, \"tight\"\nbetter after"_s);
    EXPECT_EQ(model.index(0, Model::NoteColumn).data(Qt::EditRole).toString(), u"left calf, \"tight\"\nbetter after"_s);
}

TEST_F(SessionTableModelTest, anEditWithAnUndoStack_isUndoneAndRedone)
{
    Session s = session(1);
    s.notes = u"before"_s;
    const qint64 id = add(s);
    Model model(catalog(), m_store.get());
    QUndoStack stack;
    model.setUndoStack(&stack);

    ASSERT_TRUE(model.setData(model.index(0, Model::NoteColumn), u"after"_s));
    ASSERT_EQ(stack.count(), 1);
    stack.undo();
    EXPECT_EQ((*m_store->session(id))->notes, u"before"_s);
    EXPECT_EQ(text(model, 0, Model::NoteColumn), u"before"_s);
    stack.redo();
    EXPECT_EQ((*m_store->session(id))->notes, u"after"_s);
}

TEST_F(SessionTableModelTest, sortingByWorkedAscending_reQueriesFromTheFirstPage)
{
    add(session(1, 600));
    add(session(2, 120));
    add(session(3, 300));
    Model model(catalog(), m_store.get());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.sort(Model::WorkedColumn, Qt::AscendingOrder);

    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(text(model, 0, Model::WorkedColumn), u"2:00"_s);
    EXPECT_EQ(text(model, 1, Model::WorkedColumn), u"5:00"_s);
    EXPECT_EQ(text(model, 2, Model::WorkedColumn), u"10:00"_s);
}

TEST_F(SessionTableModelTest, noStore_isAnEmptyModel)
{
    Model model(catalog(), nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
}

} // namespace
