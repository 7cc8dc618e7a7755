// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardspage.h"
#include "catalog.h"
#include "svgview.h"
#include "techniquecard.h"
#include "techniquedetail.h"
#include "uitestutil.h"

#include <QEnterEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using rc::test::catalog;
using rc::ui::CardsPage;
using rc::ui::TechniqueCard;
using rc::ui::TechniqueDetail;

class CardsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_FALSE(catalog().techniques().empty());
    }

    // A shown, active page, so keyboard focus behaves as for a runner.
    void showActive(CardsPage& page)
    {
        page.resize(1200, 800);
        page.show();
        page.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    }

    QLabel* label(QWidget& parent, const char* name)
    {
        auto* found = parent.findChild<QLabel*>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
};

TEST_F(CardsPageTest, galleryTexts_becomeSelectableWhenThePointerComesOver_andThenSelect)
{
    CardsPage page(catalog());
    showActive(page);
    for (const char* name : {"aboutText", "disclaimerText"}) {
        QLabel* text = label(page, name);
        ASSERT_NE(text, nullptr);
        const int heightBefore = text->height();
        // Plain until then: the selectable label's text document is what made the gallery slow to open.
        EXPECT_FALSE(text->textInteractionFlags() & Qt::TextSelectableByMouse) << name;

        QTest::mouseMove(text, QPoint(4, text->height() / 2));
        QEnterEvent enter(QPointF(4, text->height() / 2.0), QPointF(), QPointF());
        QCoreApplication::sendEvent(text, &enter);
        ASSERT_TRUE(text->textInteractionFlags() & Qt::TextSelectableByMouse) << name;

        // A drag across the first line selects, and the label keeps its size.
        QTest::mousePress(text, Qt::LeftButton, {}, QPoint(2, 8));
        QTest::mouseMove(text, QPoint(text->width() / 2, 8));
        QTest::mouseRelease(text, Qt::LeftButton, {}, QPoint(text->width() / 2, 8));
        EXPECT_TRUE(text->hasSelectedText()) << name;
        EXPECT_TRUE(text->text().startsWith(text->selectedText())) << name;
        QCoreApplication::sendPostedEvents();
        EXPECT_EQ(text->height(), heightBefore) << name;
    }
}

TEST_F(CardsPageTest, gallery_showsOneCardPerTechnique_inCatalogOrder_withItsIllustrationLoaded)
{
    CardsPage page(catalog());
    const auto cards = page.cards();
    ASSERT_EQ(cards.size(), static_cast<qsizetype>(catalog().techniques().size()));
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const auto& technique = catalog().techniques().at(static_cast<std::size_t>(i));
        EXPECT_EQ(cards.at(i)->techniqueId(), technique.id);
        EXPECT_EQ(cards.at(i)->illustration()->file(), technique.illustration);
        EXPECT_TRUE(cards.at(i)->illustration()->renderer()->isValid()) << technique.id.toStdString();
    }
}

TEST_F(CardsPageTest, gallery_showsTheCatalogIntro)
{
    CardsPage page(catalog());
    auto* about = label(page, "aboutText");
    ASSERT_NE(about, nullptr);
    EXPECT_EQ(about->text(), catalog().about());
}

TEST_F(CardsPageTest, enterOnFocusedCard_opensItsDetail_withEveryFieldVisible)
{
    CardsPage page(catalog());
    showActive(page);
    const auto& technique = catalog().techniques().at(1);
    TechniqueCard* card = page.cards().at(1);
    card->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return card->hasFocus(); }));

    QTest::keyClick(card, Qt::Key_Return);

    ASSERT_TRUE(page.isShowingDetail());
    TechniqueDetail* detail = page.detail();
    EXPECT_EQ(detail->techniqueId(), technique.id);
    EXPECT_TRUE(detail->illustration()->isVisible());
    EXPECT_TRUE(detail->illustration()->renderer()->isValid());

    const auto expectShown = [&](const char* name, const QString& expected) {
        QLabel* field = label(*detail, name);
        ASSERT_NE(field, nullptr);
        EXPECT_TRUE(field->isVisible()) << name;
        EXPECT_TRUE(field->text().contains(expected.toHtmlEscaped()) || field->text().contains(expected))
            << name << ": " << field->text().toStdString();
        EXPECT_TRUE(field->textInteractionFlags() & Qt::TextSelectableByMouse) << name;
    };
    expectShown("detailName", technique.name);
    expectShown("detailTarget", technique.targetArea);
    expectShown("detailMuscles", technique.muscles.first());
    expectShown("detailEquipment", technique.equipment.first());
    expectShown("detailDose", technique.dose);
    expectShown("detailHoldCue", technique.holdCue);
    expectShown("detailWhy", technique.why);
    expectShown("detailSafety", technique.safety);

    // Numbered steps: every instruction, each with its number.
    auto* steps = detail->findChild<QWidget*>(u"detailSteps"_s);
    ASSERT_NE(steps, nullptr);
    EXPECT_TRUE(steps->isVisible());
    const auto stepTexts = steps->findChildren<QLabel*>();
    for (int i = 0; i < technique.steps.size(); ++i) {
        const bool hasNumber = std::any_of(stepTexts.cbegin(), stepTexts.cend(),
                                           [i](const QLabel* l) { return l->text() == QString::number(i + 1); });
        const bool hasText = std::any_of(stepTexts.cbegin(), stepTexts.cend(),
                                         [&](const QLabel* l) { return l->text() == technique.steps.at(i); });
        EXPECT_TRUE(hasNumber && hasText) << "step " << i + 1;
    }

    EXPECT_TRUE(detail->rollButton()->isVisible());
    EXPECT_TRUE(detail->rollButton()->text().contains(u"Roll this one (both sides)"_s));
}

TEST_F(CardsPageTest, escInDetail_returnsToGallery_withTheOpenedCardFocused)
{
    CardsPage page(catalog());
    showActive(page);
    TechniqueCard* card = page.cards().at(2);
    card->setFocus();
    QTest::keyClick(card, Qt::Key_Space);
    ASSERT_TRUE(page.isShowingDetail());

    QTest::keyClick(page.detail()->rollButton(), Qt::Key_Escape);

    EXPECT_FALSE(page.isShowingDetail());
    EXPECT_TRUE(QTest::qWaitFor([&] { return card->hasFocus(); }));
}

TEST_F(CardsPageTest, backButton_returnsToGallery)
{
    CardsPage page(catalog());
    page.showTechnique(catalog().techniques().front().id);
    ASSERT_TRUE(page.isShowingDetail());

    QTest::mouseClick(page.detail()->backButton(), Qt::LeftButton);

    EXPECT_FALSE(page.isShowingDetail());
}

TEST_F(CardsPageTest, arrowKeys_moveFocusBetweenCards)
{
    CardsPage page(catalog());
    showActive(page);
    ASSERT_GE(page.cards().size(), 2);
    page.cards().at(0)->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.cards().at(0)->hasFocus(); }));

    QTest::keyClick(page.cards().at(0), Qt::Key_Right);
    EXPECT_TRUE(page.cards().at(1)->hasFocus());

    QTest::keyClick(page.cards().at(1), Qt::Key_Left);
    EXPECT_TRUE(page.cards().at(0)->hasFocus());
}

TEST_F(CardsPageTest, rollThisOne_asksForThatTechnique)
{
    CardsPage page(catalog());
    const QString id = catalog().techniques().back().id;
    page.showTechnique(id);
    QSignalSpy rolled(&page, &CardsPage::rollRequested);

    QTest::mouseClick(page.detail()->rollButton(), Qt::LeftButton);

    ASSERT_EQ(rolled.count(), 1);
    EXPECT_EQ(rolled.at(0).at(0).toString(), id);
}

TEST_F(CardsPageTest, unknownTechnique_staysOnTheGallery)
{
    CardsPage page(catalog());
    page.showTechnique(u"no-such-technique"_s);
    EXPECT_FALSE(page.isShowingDetail());
}

TEST_F(CardsPageTest, narrowPage_hasFewerColumnsThanWidePage)
{
    CardsPage page(catalog());
    page.resize(1400, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.columnCount() == 3; }));

    page.resize(500, 800);
    EXPECT_TRUE(QTest::qWaitFor([&] { return page.columnCount() == 1; }));
}

TEST_F(CardsPageTest, disclaimer_isShownUntilDismissed_andNotAgain)
{
    {
        CardsPage page(catalog());
        ASSERT_TRUE(page.isDisclaimerVisible());
        auto* dismiss = page.findChild<QPushButton*>(u"dismissDisclaimer"_s);
        ASSERT_NE(dismiss, nullptr);
        QTest::mouseClick(dismiss, Qt::LeftButton);
        EXPECT_FALSE(page.isDisclaimerVisible());
    }
    CardsPage again(catalog());
    EXPECT_FALSE(again.isDisclaimerVisible());
}

} // namespace
