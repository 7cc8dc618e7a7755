// SPDX-License-Identifier: GPL-3.0-or-later
// The palette's two variants, checked by computation: WCAG 2 contrast ratios for what is read as text
// (7:1 for body text, 4.5:1 for accent text and the session's phase colours), 3:1 for what must only be
// seen (focus ring, borders of controls); the dark variant is the colours of 0.3 exactly; and the style
// sheet names no colour of its own.
#include "theme.h"

#include <QApplication>
#include <QLabel>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using rc::ui::contrastRatio;
using rc::ui::ThemePalette;
using rc::ui::themePalette;
using rc::ui::ThemeVariant;

class VariantTest : public ::testing::TestWithParam<ThemeVariant>
{
protected:
    const ThemePalette& colors() const { return themePalette(GetParam()); }
};

TEST(ContrastRatio, matchesTheWcagFormula_onColoursWorkedOutByHand)
{
    // Black on white: (1 + 0.05) / (0 + 0.05) = 21.
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(Qt::white, Qt::black), 21.0, 1e-9); // the order does not matter
    EXPECT_NEAR(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0, 1e-9);
    // #767676: channel 118/255 = 0.4627, ((0.4627 + 0.055) / 1.055)^2.4 = 0.1812; (1.05) / (0.2312) = 4.54,
    // the grey known as the lightest that passes AA on white.
    EXPECT_NEAR(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);
}

TEST_P(VariantTest, bodyText_isAtLeast7To1_onEveryGroundItSitsOn)
{
    for (const QColor& ground :
         {colors().background, colors().surface, colors().surfaceRaised, colors().banner, colors().note,
          colors().safety, colors().navChecked, colors().selection, colors().alternateRow}) {
        EXPECT_GE(contrastRatio(colors().text, ground), 7.0) << ground.name().toStdString();
    }
    EXPECT_GE(contrastRatio(colors().navCheckedText, colors().navChecked), 7.0);
}

TEST_P(VariantTest, mutedAndAccentText_passAa_onPageAndPanels)
{
    for (const QColor& ground : {colors().background, colors().surface, colors().surfaceRaised}) {
        EXPECT_GE(contrastRatio(colors().mutedText, ground), 4.5) << ground.name().toStdString();
        EXPECT_GE(contrastRatio(colors().accent, ground), 4.5) << ground.name().toStdString();
    }
    // Warnings in orange are words on the page and on panels (never on a raised button).
    for (const QColor& ground : {colors().background, colors().surface}) {
        EXPECT_GE(contrastRatio(colors().warm, ground), 4.5) << ground.name().toStdString();
    }
    EXPECT_GE(contrastRatio(colors().warm, colors().safety), 4.5);
    EXPECT_GE(contrastRatio(colors().accent, colors().banner), 4.5);
}

TEST_P(VariantTest, buttonLabels_passAa_onTheirFills)
{
    EXPECT_GE(contrastRatio(colors().onAccent, colors().accent), 4.5);
    EXPECT_GE(contrastRatio(colors().onAccent, colors().accentHover), 4.5);
    EXPECT_GE(contrastRatio(colors().onWarm, colors().warm), 4.5);
    EXPECT_GE(contrastRatio(colors().onWarm, colors().warmHover), 4.5);
    EXPECT_GE(contrastRatio(colors().background, colors().accent), 4.5); // the badge's number
}

TEST_P(VariantTest, guidedSession_phaseColoursAndTimer_readFromTheFloor)
{
    // The remaining time is drawn in text, prepare or paused colour; the phase label in one of four.
    for (const QColor& phase :
         {colors().text, colors().prepare, colors().work, colors().hold, colors().sessionPaused}) {
        EXPECT_GE(contrastRatio(phase, colors().background), 4.5) << phase.name().toStdString();
    }
    EXPECT_GE(contrastRatio(colors().text, colors().background), 12.0); // the big digits: far beyond AA
}

TEST_P(VariantTest, focusRingAndControlBorders_standOut_3To1)
{
    for (const QColor& ground : {colors().background, colors().surface, colors().surfaceRaised}) {
        EXPECT_GE(contrastRatio(colors().focus, ground), 3.0) << ground.name().toStdString();
    }
    // A check box's border against the page or panel around it.
    for (const QColor& ground : {colors().background, colors().surface}) {
        EXPECT_GE(contrastRatio(colors().controlBorder, ground), 3.0) << ground.name().toStdString();
    }
    EXPECT_GE(contrastRatio(colors().planned, colors().surfaceRaised), 3.0);
}

INSTANTIATE_TEST_SUITE_P(Theme, VariantTest, ::testing::Values(ThemeVariant::Dark, ThemeVariant::Light),
                         [](const auto& info) { return info.param == ThemeVariant::Dark ? "dark" : "light"; });

TEST(ThemePalette, dark_isTheColoursOfTheOneThemeBefore)
{
    const ThemePalette& dark = themePalette(ThemeVariant::Dark);
    EXPECT_EQ(dark.background, QColor(0x1B, 0x21, 0x29));
    EXPECT_EQ(dark.surface, QColor(0x24, 0x2C, 0x36));
    EXPECT_EQ(dark.text, QColor(0xF2, 0xF5, 0xF7));
    EXPECT_EQ(dark.accent, QColor(0x2B, 0xB3, 0xA3));
    EXPECT_EQ(dark.warm, QColor(0xFF, 0x6B, 0x3D));
    EXPECT_EQ(dark.focus, QColor(0xFF, 0xD8, 0x4D));
    EXPECT_EQ(dark.banner, QColor(0x22, 0x34, 0x3A));
    EXPECT_EQ(dark.navChecked, QColor(0x1D, 0x3B, 0x3B));
    EXPECT_EQ(dark.prepare, QColor(0xFF, 0xC8, 0x57));
}

TEST(ThemePalette, light_isNearWhiteWithDarkText)
{
    const ThemePalette& light = themePalette(ThemeVariant::Light);
    EXPECT_GT(light.background.lightnessF(), 0.95);
    EXPECT_LT(light.text.lightnessF(), 0.1);
    // The same hues, darkened: teal stays teal (green-blue over red), orange stays orange (red over blue).
    EXPECT_GT(light.accent.green(), light.accent.red());
    EXPECT_GT(light.warm.red(), light.warm.blue());
}

TEST(ApplyTheme, sheetAndPalette_areTheVariantsColours_andNoOther)
{
    auto& app = *qApp;
    for (ThemeVariant variant : {ThemeVariant::Light, ThemeVariant::Dark}) {
        rc::ui::applyTheme(app, variant);
        const ThemePalette& colors = themePalette(variant);
        EXPECT_EQ(rc::ui::currentThemeVariant(), variant);
        EXPECT_EQ(QApplication::palette().color(QPalette::Window), colors.background);
        EXPECT_EQ(QApplication::palette().color(QPalette::Text), colors.text);
        const QString sheet = app.styleSheet();
        EXPECT_FALSE(sheet.contains(u'@')) << "a name left unreplaced";
        EXPECT_TRUE(sheet.contains(
            u"QMainWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget { background: "_s +
            colors.background.name()));
        EXPECT_TRUE(sheet.contains(u"QFrame[role=\"banner\"] { background: "_s + colors.banner.name()));
        EXPECT_TRUE(sheet.contains(u"QPushButton[role=\"nav\"]:checked { background: "_s + colors.navChecked.name()));
        // Nothing of the other variant is left in it (the literal colours of 0.3 among them).
        const ThemePalette& other =
            themePalette(variant == ThemeVariant::Dark ? ThemeVariant::Light : ThemeVariant::Dark);
        // (White is in both: dark's checked navigation text, light's panels.)
        for (const QColor& color :
             {other.background, other.surfaceRaised, other.border, other.text, other.banner, other.note, other.safety,
              other.navChecked, other.selection, other.alternateRow, other.accentHover, other.warmHover}) {
            EXPECT_FALSE(sheet.contains(color.name(), Qt::CaseInsensitive)) << color.name().toStdString();
        }
    }
}

TEST(ApplyTheme, factText_takesTheNewMutedColour_whenTheVariantChanges)
{
    rc::ui::applyTheme(*qApp, ThemeVariant::Dark);
    QLabel label;
    rc::ui::setFactText(&label, u"Dose"_s, u"2 x 60 s <each>"_s);
    EXPECT_TRUE(label.text().contains(themePalette(ThemeVariant::Dark).mutedText.name()));
    EXPECT_TRUE(label.text().contains(u"2 x 60 s &lt;each&gt;"_s));

    rc::ui::applyTheme(*qApp, ThemeVariant::Light);

    EXPECT_TRUE(label.text().contains(themePalette(ThemeVariant::Light).mutedText.name()))
        << label.text().toStdString();
    EXPECT_FALSE(label.text().contains(themePalette(ThemeVariant::Dark).mutedText.name()));
}

} // namespace
