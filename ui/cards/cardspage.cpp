// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardspage.h"

#include "appsettings.h"
#include "techniquecard.h"
#include "techniquedetail.h"
#include "theme.h"
#include "wrappinglabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

constexpr int minCardWidth = 280;
constexpr int cardSpacing = 24;
constexpr int maxColumns = 3;
constexpr int pageMargin = 32;

} // namespace

CardsPage::CardsPage(const core::Catalog& catalog, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_stack(new QStackedWidget(this)), m_grid(new QGridLayout)
{
    // Built top-down, each widget inside its parent from the start: a finished subtree moved under the
    // styled window later is re-styled widget by widget, which used to be most of the start-up.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto* gallery = new QWidget(m_stack);
    m_stack->addWidget(gallery);
    auto* galleryLayout = new QVBoxLayout(gallery);
    galleryLayout->setContentsMargins(0, 0, 0, 0);
    galleryLayout->setSpacing(0);
    if (!AppSettings::disclaimerDismissed() && !m_catalog.disclaimer().isEmpty()) {
        m_disclaimer = createDisclaimer(m_catalog.disclaimer(), gallery);
        auto* bannerRow = new QHBoxLayout;
        bannerRow->setContentsMargins(pageMargin, 20, pageMargin, 0);
        bannerRow->addWidget(m_disclaimer);
        galleryLayout->addLayout(bannerRow);
    }
    m_galleryScroll = new QScrollArea(gallery);
    m_galleryScroll->setWidgetResizable(true);
    m_galleryScroll->setFrameShape(QFrame::NoFrame);
    m_galleryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_galleryScroll->setFocusPolicy(Qt::NoFocus);
    m_galleryScroll->viewport()->installEventFilter(this);
    galleryLayout->addWidget(m_galleryScroll, 1);

    auto* content = new QWidget(m_galleryScroll->viewport());
    auto* title = new QLabel(tr("Techniques"), content);
    setRole(title, "title");
    auto* about = new WrappingLabel(m_catalog.about(), content);
    about->setObjectName(u"aboutText"_s);
    setRole(about, "muted");
    about->setWordWrap(true);
    about->setSelectableOnHover();
    about->setMaximumWidth(980);

    m_grid->setSpacing(cardSpacing);
    for (const core::Technique& technique : m_catalog.techniques()) {
        auto* card = new TechniqueCard(technique, content);
        card->installEventFilter(this);
        connect(card, &TechniqueCard::activated, this, &CardsPage::showTechnique);
        m_cards.append(card);
    }

    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(pageMargin, 28, pageMargin, pageMargin);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(title);
    contentLayout->addWidget(about);
    contentLayout->addSpacing(16);
    contentLayout->addLayout(m_grid);
    contentLayout->addStretch(1);
    m_galleryScroll->setWidget(content);

    reflow(m_galleryScroll->viewport()->width());
}

TechniqueDetail* CardsPage::detail()
{
    // Built when a card is first opened: most starts never open one.
    if (m_detail == nullptr) {
        m_detail = new TechniqueDetail(m_stack);
        m_stack->addWidget(m_detail);
        // Laid out now, at least at its minimum size: a page that was never shown has had no event loop
        // turn to do it before its buttons are used. Shown, the stack gives it its real size.
        m_detail->setGeometry(QRect(QPoint(0, 0), m_stack->size().expandedTo(m_detail->minimumSizeHint())));
        if (QLayout* layout = m_detail->layout()) {
            layout->activate();
        }
        connect(m_detail, &TechniqueDetail::backRequested, this, &CardsPage::showGallery);
        connect(m_detail, &TechniqueDetail::rollRequested, this, &CardsPage::rollRequested);
    }
    return m_detail;
}

QFrame* CardsPage::createDisclaimer(const QString& text, QWidget* parent)
{
    auto* banner = new QFrame(parent);
    banner->setObjectName(u"disclaimerBanner"_s);
    setRole(banner, "banner");
    auto* icon = new QLabel(u"i"_s, banner);
    setRole(icon, "badge");
    icon->setAlignment(Qt::AlignCenter);
    auto* label = new WrappingLabel(text, banner);
    label->setObjectName(u"disclaimerText"_s);
    label->setSelectableOnHover();
    auto* dismiss = new QPushButton(tr("Got it"), banner);
    dismiss->setObjectName(u"dismissDisclaimer"_s);
    dismiss->setAutoDefault(true);
    dismiss->setAccessibleDescription(tr("Hide this notice for good"));
    connect(dismiss, &QPushButton::clicked, this, [this] {
        AppSettings::setDisclaimerDismissed();
        m_disclaimer->hide();
        if (!m_cards.isEmpty()) {
            m_cards.first()->setFocus(Qt::OtherFocusReason);
        }
    });

    auto* layout = new QHBoxLayout(banner);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(16);
    layout->addWidget(icon, 0, Qt::AlignVCenter);
    layout->addWidget(label, 1);
    layout->addWidget(dismiss, 0, Qt::AlignVCenter);
    return banner;
}

bool CardsPage::isShowingDetail() const
{
    return m_detail != nullptr && m_stack->currentWidget() == m_detail;
}

bool CardsPage::isDisclaimerVisible() const
{
    return m_disclaimer != nullptr && !m_disclaimer->isHidden();
}

void CardsPage::showTechnique(const QString& techniqueId)
{
    const core::Technique* technique = m_catalog.technique(techniqueId);
    if (technique == nullptr) {
        return;
    }
    m_lastOpened = techniqueId;
    detail()->setTechnique(*technique, AppSettings::secondsPerSide());
    m_stack->setCurrentWidget(m_detail);
    m_detail->rollButton()->setFocus(Qt::OtherFocusReason);
}

void CardsPage::showGallery()
{
    m_stack->setCurrentIndex(0);
    const auto it = std::find_if(m_cards.cbegin(), m_cards.cend(),
                                 [this](const TechniqueCard* card) { return card->techniqueId() == m_lastOpened; });
    if (it != m_cards.cend()) {
        (*it)->setFocus(Qt::OtherFocusReason);
        m_galleryScroll->ensureWidgetVisible(*it);
    }
}

void CardsPage::focusContent()
{
    if (isShowingDetail()) {
        m_detail->rollButton()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_cards.isEmpty()) {
        return;
    }
    const auto it =
        std::find_if(m_cards.cbegin(), m_cards.cend(), [](const TechniqueCard* card) { return card->hasFocus(); });
    if (it == m_cards.cend()) {
        m_cards.first()->setFocus(Qt::OtherFocusReason);
    }
}

bool CardsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_galleryScroll->viewport() && event->type() == QEvent::Resize) {
        reflow(static_cast<QResizeEvent*>(event)->size().width());
    } else if (event->type() == QEvent::KeyPress) {
        auto* card = qobject_cast<TechniqueCard*>(watched);
        if (card != nullptr && moveFocus(card, static_cast<QKeyEvent*>(event)->key())) {
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CardsPage::reflow(int width)
{
    const int available = width - 2 * pageMargin;
    const int columns = std::clamp((available + cardSpacing) / (minCardWidth + cardSpacing), 1, maxColumns);
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    for (TechniqueCard* card : std::as_const(m_cards)) {
        m_grid->removeWidget(card);
    }
    for (int i = 0; i < m_cards.size(); ++i) {
        m_grid->addWidget(m_cards.at(i), i / columns, i % columns);
    }
    for (int column = 0; column < maxColumns; ++column) {
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
    }
}

bool CardsPage::moveFocus(TechniqueCard* from, int key)
{
    const int index = m_cards.indexOf(from);
    int target = index;
    switch (key) {
    case Qt::Key_Left:
        target = index - 1;
        break;
    case Qt::Key_Right:
        target = index + 1;
        break;
    case Qt::Key_Up:
        target = index - m_columns;
        break;
    case Qt::Key_Down:
        target = index + m_columns;
        break;
    default:
        return false;
    }
    // At an edge the key is still ours: the scroll area would otherwise scroll away from the focus.
    if (target >= 0 && target < m_cards.size()) {
        m_cards.at(target)->setFocus(Qt::OtherFocusReason);
        m_galleryScroll->ensureWidgetVisible(m_cards.at(target));
    }
    return true;
}

} // namespace rc::ui
