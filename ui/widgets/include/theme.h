// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QApplication;
class QLayout;
class QWidget;

namespace rc::ui {

// The whole look lives here: a dark, high-contrast palette and one style sheet, readable from the
// floor two metres away. Widgets opt into styles by role (setRole), never by their own style sheets.
// Applies it once per application; later calls do nothing.
void applyTheme(QApplication& app);

// Names the style sheet knows, set as the widget's "role" property:
// "title", "brand", "heading", "accent", "subheading", "muted", "caption", "caption-warn", "big", "card", "banner",
// "safety", "note", "primary", "start", "nav", "sidebar", "panel", "badge", "status-good", "status-warn".
void setRole(QWidget* widget, const char* role);

// Lays `column` out on `page` as one readable column: in a panel no wider than 820 px, centred with
// equal room either side (the session's setup and summary).
void setCentredColumn(QWidget* page, QLayout* column);

// The palette, for the widgets that paint themselves.
struct ThemeColors
{
    static QColor background();
    static QColor surface();
    static QColor surfaceRaised();
    static QColor border();
    static QColor text();
    static QColor mutedText();
    static QColor accent();
    static QColor warm();
    static QColor focus();
    // Paused dates and weeks (PRODUCT.md section 5): a grey hatch, apart from both met teal and below-target slate.
    static QColor paused();
    static QColor pausedStripe();
    // A planned day that is still open: a ring in this colour.
    static QColor planned();
};

} // namespace rc::ui
