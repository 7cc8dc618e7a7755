// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"

#include <QList>
#include <QWidget>

class QFrame;
class QGridLayout;
class QScrollArea;
class QStackedWidget;

namespace rc::ui {

class TechniqueCard;
class TechniqueDetail;

// The technique gallery: a short intro (catalog.about()), the one-time not-medical-advice banner, and
// one card per technique in 1 to 3 columns that reflow with the width. Opening a card shows its detail
// in the page; Back or Esc returns to the gallery with the same card focused.
class CardsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CardsPage(const core::Catalog& catalog, QWidget* parent = nullptr);

    QList<TechniqueCard*> cards() const { return m_cards; }
    // The detail view, built on first use.
    TechniqueDetail* detail();
    int columnCount() const { return m_columns; }
    bool isShowingDetail() const;
    bool isDisclaimerVisible() const;

    void showTechnique(const QString& techniqueId);
    void showGallery();
    // Puts the keyboard focus on the open detail or on a card, so arrows and Enter work at once.
    void focusContent();

signals:
    // "Roll this one": the window starts a routine of this technique on both sides.
    void rollRequested(const QString& techniqueId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QFrame* createDisclaimer(const QString& text, QWidget* parent);
    void reflow(int width);
    bool moveFocus(TechniqueCard* from, int key);

    const core::Catalog& m_catalog;
    QStackedWidget* m_stack;
    QFrame* m_disclaimer = nullptr;
    QScrollArea* m_galleryScroll = nullptr;
    QGridLayout* m_grid;
    QList<TechniqueCard*> m_cards;
    TechniqueDetail* m_detail = nullptr;
    int m_columns = 0;
    QString m_lastOpened;
};

} // namespace rc::ui
