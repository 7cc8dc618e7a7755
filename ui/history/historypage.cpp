// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypage.h"

#include "historycommands.h"
#include "messagebox.h"
#include "sessiondelegate.h"
#include "sessionstore.h"
#include "sessiontablemodel.h"
#include "theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::ui {

HistoryPage::HistoryPage(const core::Catalog& catalog, core::SessionStore* store, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_store(store), m_model(new SessionTableModel(catalog, store, this)),
      m_undoStack(new QUndoStack(this)), m_deleteAction(new QAction(tr("&Delete session"), this)),
      m_count(new QLabel(this)), m_stack(new QStackedWidget(this)), m_table(new QTreeView)
{
    m_model->setUndoStack(m_undoStack);

    auto* title = new QLabel(tr("History"), this);
    setRole(title, "title");
    m_count->setObjectName(u"historyCount"_s);
    setRole(m_count, "muted");

    // Delete acts on the table only: a Delete pressed on another page never removes a session.
    m_deleteAction->setObjectName(u"deleteSession"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setEnabled(false);
    connect(m_deleteAction, &QAction::triggered, this, &HistoryPage::deleteCurrent);
    m_table->addAction(m_deleteAction);

    configureTable();

    m_tableView = new QWidget;
    auto* tableLayout = new QVBoxLayout(m_tableView);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(12);
    tableLayout->addWidget(createToolbar());
    tableLayout->addWidget(m_table, 1);
    m_stack->addWidget(m_tableView);
    m_stack->addWidget(createMessageView());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 28, 40, 32);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_count);
    layout->addSpacing(14);
    layout->addWidget(m_stack, 1);

    connect(m_model, &SessionTableModel::historyChanged, this, &HistoryPage::historyChanged);
    connect(m_model, &SessionTableModel::errorOccurred, this, &HistoryPage::showError);
    connect(m_model, &SessionTableModel::sessionRestored, this, &HistoryPage::selectSession);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HistoryPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPage::updateState);
    updateState();
}

void HistoryPage::configureTable()
{
    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new SessionDelegate(m_table));
    m_table->setRootIsDecorated(false);
    m_table->setItemsExpandable(false);
    // Uniform rows: the view never measures rows it does not show, which keeps 100,000 sessions fast.
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Session history"));

    QHeaderView* header = m_table->header();
    header->setSectionsMovable(false);
    header->setStretchLastSection(true);
    header->setSortIndicator(SessionTableModel::DateColumn, Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    // The history is read at a desk, not from the floor: 2 pt below the base size, so all seven columns
    // and some of the note fit at 1280 px beside the sidebar.
    QFont font = m_table->font();
    font.setPointSizeF(std::max(10.0, font.pointSizeF() - 2));
    m_table->setFont(font);

    // Widths from the font, not ResizeToContents: measuring the loaded rows on every page fetch is slow.
    // Cells have the theme's 12 px padding on both sides; headers are bold with a sort arrow.
    const QFontMetrics metrics = m_table->fontMetrics();
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics headerMetrics(bold);
    const auto fit = [this, &metrics, &headerMetrics](int column, const QStringList& samples) {
        int widest = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 22;
        for (const QString& sample : samples) {
            widest = std::max(widest, metrics.horizontalAdvance(sample) + 28);
        }
        m_table->setColumnWidth(column, widest);
    };
    fit(SessionTableModel::DateColumn, {u"Wed 30 Sep 2026"_s});
    QStringList routines;
    for (const core::Routine& routine : m_catalog.routines()) {
        routines << routine.name;
    }
    for (const core::Technique& technique : m_catalog.techniques()) {
        routines << technique.name;
    }
    fit(SessionTableModel::RoutineColumn, routines);
    fit(SessionTableModel::WorkedColumn, {u"10:00"_s});
    fit(SessionTableModel::ResultColumn, {tr("✓ Completed"), tr("◐ Partial")});
    fit(SessionTableModel::SorenessBeforeColumn, {u"10"_s});
    fit(SessionTableModel::SorenessAfterColumn, {u"10"_s});
    m_table->setSortingEnabled(true);

    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(m_deleteAction);
        menu.addSeparator();
        menu.addAction(tr("&Log a session…"), this, &HistoryPage::logRequested);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
}

QWidget* HistoryPage::createToolbar()
{
    auto* bar = new QWidget;
    auto* hint = new QLabel(tr("Double-click a soreness (before, after) or a note to change it. Delete removes a "
                               "session; Ctrl+Z brings it back."),
                            bar);
    hint->setWordWrap(true);
    setRole(hint, "caption");
    auto* log = new QPushButton(tr("Log a session…"), bar);
    log->setObjectName(u"historyLog"_s);
    log->setToolTip(tr("Record a session done without the app (Ctrl+L)"));
    connect(log, &QPushButton::clicked, this, &HistoryPage::logRequested);
    m_deleteButton = new QPushButton(tr("Delete"), bar);
    m_deleteButton->setObjectName(u"historyDelete"_s);
    m_deleteButton->setToolTip(tr("Delete the selected session (Delete); Ctrl+Z brings it back"));
    connect(m_deleteButton, &QPushButton::clicked, this, &HistoryPage::deleteCurrent);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(hint, 1);
    layout->addWidget(log);
    layout->addWidget(m_deleteButton);
    return bar;
}

QWidget* HistoryPage::createMessageView()
{
    m_messageView = new QWidget;
    auto* panel = new QFrame(m_messageView);
    setRole(panel, "panel");
    m_messageTitle = new QLabel(panel);
    setRole(m_messageTitle, "heading");
    m_messageText = new QLabel(panel);
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start = new QPushButton(tr("▶  Start a session"), panel);
    m_start->setObjectName(u"historyStart"_s);
    setRole(m_start, "start");
    m_start->setAutoDefault(true);
    connect(m_start, &QPushButton::clicked, this, &HistoryPage::startRequested);
    auto* log = new QPushButton(tr("Log a session done without the app…"), panel);
    log->setObjectName(u"historyEmptyLog"_s);
    connect(log, &QPushButton::clicked, this, &HistoryPage::logRequested);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_start);
    buttons->addWidget(log);
    buttons->addStretch(1);

    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(36, 32, 36, 36);
    panelLayout->setSpacing(16);
    panelLayout->addWidget(m_messageTitle);
    panelLayout->addWidget(m_messageText);
    panelLayout->addSpacing(8);
    panelLayout->addLayout(buttons);
    auto* messageLayout = new QVBoxLayout(m_messageView);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->addWidget(panel);
    messageLayout->addStretch(1);
    return m_messageView;
}

void HistoryPage::refresh()
{
    const qint64 current = currentSessionId();
    m_model->reload();
    if (current != 0) {
        selectSession(current);
    }
}

void HistoryPage::updateState()
{
    const qint64 total = m_model->totalCount();
    const bool hasCurrent = currentSessionId() != 0;
    m_deleteAction->setEnabled(hasCurrent);
    m_deleteButton->setEnabled(hasCurrent);

    if (m_store == nullptr || !m_model->loadError().isEmpty()) {
        m_count->clear();
        m_messageTitle->setText(m_store == nullptr ? tr("No session history") : tr("History is not available"));
        m_messageText->setText(m_store == nullptr ? tr("The session database could not be opened.")
                                                  : m_model->loadError());
        m_start->setVisible(false);
        m_stack->setCurrentWidget(m_messageView);
        return;
    }
    if (total == 0) {
        m_count->clear();
        m_messageTitle->setText(tr("No sessions yet"));
        m_messageText->setText(tr("Every session you roll is saved here with its date, time worked and how sore "
                                  "you felt before and after."));
        m_start->setVisible(true);
        m_stack->setCurrentWidget(m_messageView);
        return;
    }
    m_count->setText(countText());
    m_stack->setCurrentWidget(m_tableView);
}

QString HistoryPage::countText() const
{
    const qint64 total = m_model->totalCount();
    const QString number = QLocale().toString(total);
    return total == 1 ? tr("1 session") : tr("%1 sessions").arg(number);
}

bool HistoryPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_messageView;
}

qint64 HistoryPage::currentSessionId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {})) {
        return 0;
    }
    return m_model->sessionId(current.row());
}

void HistoryPage::selectSession(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, SessionTableModel::DateColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void HistoryPage::deleteCurrent()
{
    const qint64 id = currentSessionId();
    if (id == 0) {
        return;
    }
    const int row = m_table->selectionModel()->currentIndex().row();
    // The command keeps the whole session, steps included, so undo can put it back exactly.
    auto session = m_model->session(id);
    if (!session || !*session) {
        showError(session ? tr("The session is no longer stored.") : session.error().message);
        m_model->reload();
        return;
    }
    m_undoStack->push(new DeleteSessionCommand(m_model, std::move(**session)));
    // Keep the keyboard where it was: the next session takes the deleted one's place.
    const int next = std::min(row, m_model->rowCount() - 1);
    if (next >= 0) {
        selectSession(m_model->sessionId(next));
    }
}

void HistoryPage::showError(const QString& message)
{
    MessageBox::warning(this, tr("History"), message);
}

} // namespace rc::ui
