// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypage.h"

#include "sessionstore.h"
#include "theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

enum Column
{
    DateColumn,
    RoutineColumn,
    MinutesColumn,
    ResultColumn,
    SorenessColumn,
    NoteColumn,
};

QString soreness(const std::optional<int>& before, const std::optional<int>& after)
{
    if (!before && !after) {
        return u"–"_s;
    }
    const auto value = [](const std::optional<int>& v) { return v ? QString::number(*v) : u"–"_s; };
    return value(before) + u" → "_s + value(after);
}

} // namespace

HistoryPage::HistoryPage(const core::Catalog& catalog, core::SessionStore* store, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_store(store), m_count(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_list(new QTreeWidget), m_messageView(new QWidget)
{
    auto* title = new QLabel(tr("History"), this);
    setRole(title, "title");
    setRole(m_count, "muted");

    m_list->setObjectName(u"historyList"_s);
    m_list->setColumnCount(6);
    m_list->setHeaderLabels({tr("Date"), tr("Routine"), tr("Minutes"), tr("Result"), tr("Soreness"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_list->header();
    header->setSectionsMovable(false);
    header->setStretchLastSection(true);
    // Short columns fit their content; the note takes what is left and elides (full text in the tooltip).
    for (const int column : {DateColumn, MinutesColumn, ResultColumn, SorenessColumn}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    header->setSectionResizeMode(RoutineColumn, QHeaderView::Interactive);
    m_list->setColumnWidth(RoutineColumn, 190);
    m_list->headerItem()->setTextAlignment(MinutesColumn, Qt::AlignRight | Qt::AlignVCenter);

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
    m_start->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_start, &QPushButton::clicked, this, &HistoryPage::startRequested);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(36, 32, 36, 36);
    panelLayout->setSpacing(16);
    panelLayout->addWidget(m_messageTitle);
    panelLayout->addWidget(m_messageText);
    panelLayout->addSpacing(8);
    panelLayout->addWidget(m_start);
    auto* messageLayout = new QVBoxLayout(m_messageView);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->addWidget(panel);
    messageLayout->addStretch(1);

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_messageView);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 28, 40, 32);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_count);
    layout->addSpacing(18);
    layout->addWidget(m_stack, 1);

    refresh();
}

void HistoryPage::refresh()
{
    m_list->clear();
    if (m_store == nullptr) {
        showMessage(tr("No session history"), tr("The session database could not be opened."), false);
        return;
    }
    const auto sessions = m_store->sessions();
    if (!sessions) {
        showMessage(tr("History is not available"), sessions.error().message, false);
        return;
    }
    if (sessions->empty()) {
        showMessage(tr("No sessions yet"),
                    tr("Every session you roll is saved here with its date, time worked and how sore you felt "
                       "before and after."),
                    true);
        return;
    }

    const QLocale locale;
    QList<QTreeWidgetItem*> items;
    // The store returns oldest first; a runner looks for the latest first.
    for (auto it = sessions->crbegin(); it != sessions->crend(); ++it) {
        const core::Session& session = *it;
        auto* item = new QTreeWidgetItem;
        item->setText(DateColumn, locale.toString(session.localDate, u"ddd d MMM yyyy"_s));
        item->setText(RoutineColumn, m_catalog.routineName(session.routine));
        item->setText(MinutesColumn, locale.toString(session.workedSeconds / 60.0, 'f', 1));
        item->setTextAlignment(MinutesColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ResultColumn, session.completed ? tr("Completed") : tr("Partial"));
        item->setForeground(ResultColumn, session.completed ? ThemeColors::accent() : ThemeColors::warm());
        item->setText(SorenessColumn, soreness(session.sorenessBefore, session.sorenessAfter));
        QString note = session.notes;
        note.replace(u'\n', u' ');
        item->setText(NoteColumn, note);
        item->setToolTip(NoteColumn, session.notes);
        item->setData(DateColumn, Qt::UserRole, session.id);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_count->setText(sessions->size() == 1 ? tr("1 session, newest first")
                                           : tr("%1 sessions, newest first").arg(sessions->size()));
    m_stack->setCurrentWidget(m_list);
}

void HistoryPage::showMessage(const QString& title, const QString& text, bool offerStart)
{
    m_count->clear();
    m_messageTitle->setText(title);
    m_messageText->setText(text);
    m_start->setVisible(offerStart);
    m_stack->setCurrentWidget(m_messageView);
}

bool HistoryPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_messageView;
}

} // namespace rc::ui
