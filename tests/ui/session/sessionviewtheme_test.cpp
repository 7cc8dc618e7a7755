// SPDX-License-Identifier: GPL-3.0-or-later
// The running session's own colours follow a switch of theme while it is on screen: its ground, its
// text and the phase's accent are the new variant's, so the remaining time stays readable from the floor.
#include "sessionview.h"

#include "theme.h"
#include "uitestutil.h"

#include <QApplication>
#include <QLabel>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using rc::ui::ThemeVariant;
using rc::ui::themePalette;

TEST(SessionViewTheme, switchingToLight_whileShown_givesTheViewTheLightGroundTextAndPhaseColour)
{
    rc::ui::applyTheme(*qApp, ThemeVariant::Dark);
    rc::ui::SessionView view(rc::test::catalog());
    view.resize(1100, 700);
    view.show();
    const auto* phase = view.findChild<QLabel*>(u"phaseLabel"_s);
    ASSERT_NE(phase, nullptr);
    EXPECT_EQ(view.palette().color(QPalette::Window), QColor(0x1B, 0x21, 0x29));
    EXPECT_TRUE(phase->styleSheet().contains(u"#ffc857"_s)) << phase->styleSheet().toStdString(); // dark amber

    rc::ui::applyTheme(*qApp, ThemeVariant::Light);

    const rc::ui::ThemePalette& light = themePalette(ThemeVariant::Light);
    EXPECT_EQ(view.palette().color(QPalette::Window), light.background);
    EXPECT_TRUE(view.styleSheet().startsWith(u"QLabel { color: "_s + light.text.name()))
        << view.styleSheet().toStdString();
    EXPECT_TRUE(phase->styleSheet().contains(light.prepare.name())) << phase->styleSheet().toStdString();

    rc::ui::applyTheme(*qApp, ThemeVariant::Dark);
    EXPECT_EQ(view.palette().color(QPalette::Window), QColor(0x1B, 0x21, 0x29));
}

} // namespace
