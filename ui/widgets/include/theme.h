// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

class QApplication;
class QLabel;
class QLayout;
class QWidget;

namespace rc::ui {

// The whole look lives here: one palette definition in two variants, dark and light, both high
// contrast and readable from the floor two metres away, and one style sheet that takes its colours
// from the palette. Widgets opt into styles by role (setRole), never by their own colours.
enum class ThemeVariant
{
    Dark,
    Light,
};

// Every colour the app paints with. The style sheet names each one as @name (see theme.cpp).
struct ThemePalette
{
    QColor background;
    QColor surface;
    QColor surfaceRaised;
    QColor border;
    QColor text;
    QColor mutedText;
    QColor accent;
    QColor accentHover;
    QColor onAccent; // text on an accent fill (primary buttons, badges, selected items)
    QColor warm;
    QColor warmHover;
    QColor onWarm;
    QColor warmDisabled;
    QColor onWarmDisabled;
    QColor focus;
    QColor disabledText;
    QColor disabledBorder;
    QColor controlBorder; // check box indicators
    QColor banner;
    QColor note;
    QColor noteBorder;
    QColor safety;
    QColor navChecked;
    QColor navCheckedText;
    QColor navDisabled;
    QColor alternateRow;
    QColor selection;
    QColor paused;
    QColor pausedStripe;
    QColor planned;
    QColor belowTarget; // weeks and technique minutes below the target: slate
    QColor heatLow;     // the heat map's levels 1 and 2; 3 is the accent
    QColor heatMid;
    QColor heatHigh; // level 4
    // The guided session: the countdown before a step, rolling, holding, paused.
    QColor prepare;
    QColor work;
    QColor hold;
    QColor sessionPaused;
    QColor paper; // behind the illustrations, drawn for a light page in both variants
};

const ThemePalette& themePalette(ThemeVariant variant);

// The variant applyTheme set last on this application (Dark before any).
ThemeVariant currentThemeVariant();

// Applies `variant`: style, palette, fonts and style sheet. Applying the variant already applied does
// nothing (setting the same sheet again re-polishes every widget); another one re-polishes every widget,
// which gets a QEvent::StyleChange to re-read what it took from ThemeColors.
void applyTheme(QApplication& app, ThemeVariant variant);
// The variant applied already, or dark.
void applyTheme(QApplication& app);

// The palette the platform gave the application, before applyTheme replaced it: what `system` falls
// back to without the portal. setPlatformPalette replaces it (tests, a platform that changed its own).
QPalette platformPalette(const QApplication& app);
void setPlatformPalette(QApplication& app, const QPalette& palette);
// A palette whose window is darker than its text.
bool isDarkPalette(const QPalette& palette);

// WCAG 2 contrast ratio of two opaque colours, 1 to 21.
double contrastRatio(const QColor& a, const QColor& b);

// Names the style sheet knows, set as the widget's "role" property:
// "title", "brand", "heading", "accent", "subheading", "muted", "caption", "caption-warn", "big", "card", "banner",
// "safety", "note", "primary", "start", "nav", "sidebar", "panel", "badge", "status-good", "status-warn".
void setRole(QWidget* widget, const char* role);

// Rich text on `label`: `name` in the muted colour, then `value`, both escaped ("Dose  2 x 60 s"). The
// colour follows the theme: applyTheme sets the text again in the new variant.
void setFactText(QLabel* label, const QString& name, const QString& value);

// Lays `column` out on `page` as one readable column: in a panel no wider than 820 px, centred with
// equal room either side (the session's setup and summary).
void setCentredColumn(QWidget* page, QLayout* column);

// The current variant's palette, for the widgets that paint themselves. Read them when painting, or
// again on QEvent::StyleChange, so a switch of theme reaches them.
struct ThemeColors
{
    static const ThemePalette& current() { return themePalette(currentThemeVariant()); }
    static QColor background() { return current().background; }
    static QColor surface() { return current().surface; }
    static QColor surfaceRaised() { return current().surfaceRaised; }
    static QColor border() { return current().border; }
    static QColor text() { return current().text; }
    static QColor mutedText() { return current().mutedText; }
    static QColor accent() { return current().accent; }
    static QColor warm() { return current().warm; }
    static QColor focus() { return current().focus; }
    // Paused dates and weeks (PRODUCT.md section 5): a grey hatch, apart from both met teal and below-target slate.
    static QColor paused() { return current().paused; }
    static QColor pausedStripe() { return current().pausedStripe; }
    // A planned day that is still open: a ring in this colour.
    static QColor planned() { return current().planned; }
    // `color` moved towards the text (more contrast with the page) or towards the page: lighter or
    // darker, whichever way that is in the current variant (QColor::lighter's factor).
    static QColor stronger(const QColor& color, int factor)
    {
        return currentThemeVariant() == ThemeVariant::Light ? color.darker(factor) : color.lighter(factor);
    }
    static QColor fainter(const QColor& color, int factor)
    {
        return currentThemeVariant() == ThemeVariant::Light ? color.lighter(factor) : color.darker(factor);
    }
};

} // namespace rc::ui
