// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QHBoxLayout>
#include <QPalette>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

constexpr int baseFontPt = 14;

// Tokens rather than QString::arg: the sheet uses a colour many times and stays readable.
const char* const styleSheetTemplate = R"(
QWidget { color: @text; }
QMainWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget { background: @bg; }
QToolTip { background: @raised; color: @text; border: 1px solid @border; padding: 6px; }

QLabel[role="title"] { font-size: 28pt; font-weight: 700; }
QLabel[role="brand"] { font-size: 19pt; font-weight: 800; }
QLabel[role="accent"] { color: @accent; font-weight: 600; }
QLabel[role="heading"] { font-size: 20pt; font-weight: 700; }
QLabel[role="subheading"] { font-size: 16pt; font-weight: 600; color: @accent; }
QLabel[role="muted"] { color: @muted; }
QLabel[role="caption"] { color: @muted; font-size: 12pt; }
QLabel[role="caption-warn"] { color: @warm; font-size: 12pt; font-weight: 600; }
QLabel[role="big"] { font-size: 54pt; font-weight: 800; color: @text; }
QLabel[role="badge"] { background: @accent; color: @bg; border-radius: 18px; font-weight: 800;
                       min-width: 36px; max-width: 36px; min-height: 36px; max-height: 36px; }
QLabel[role="status-good"] { font-size: 18pt; font-weight: 700; color: @accent; }
QLabel[role="status-warn"] { font-size: 18pt; font-weight: 700; color: @warm; }

QFrame[role="sidebar"] { background: @surface; border-right: 1px solid @border; }
QFrame[role="panel"] { background: @surface; border: 1px solid @border; border-radius: 14px; }
QFrame[role="card"] { background: @surface; border: 2px solid @border; border-radius: 16px; }
QFrame[role="card"]:hover { border-color: @accent; background: @raised; }
QFrame[role="card"]:focus { border: 3px solid @focus; background: @raised; }
QFrame[role="banner"] { background: #22343A; border: 2px solid @accent; border-radius: 12px; }
QFrame[role="note"] { background: #1F3033; border: 2px solid #2A7F76; border-radius: 12px; }
QFrame[role="safety"] { background: #3A2620; border: 2px solid @warm; border-radius: 12px; }
QFrame[role="safety"] QLabel[role="subheading"] { color: @warm; }

QPushButton { background: @raised; border: 2px solid @border; border-radius: 10px;
              padding: 10px 20px; min-height: 28px; }
QPushButton:hover { border-color: @accent; }
QPushButton:pressed { background: @border; }
QPushButton:focus { border: 3px solid @focus; }
QPushButton:disabled { color: #6B7785; border-color: #2E3845; }
QPushButton[role="primary"] { background: @accent; color: #0E1418; border-color: @accent; font-size: 16pt;
                              font-weight: 700; padding: 12px 24px; }
QPushButton[role="primary"]:hover { background: #3CCAB9; }
QPushButton[role="primary"]:focus { border: 3px solid @focus; }
QPushButton[role="start"] { background: @warm; color: #1B1210; border-color: @warm; font-size: 17pt;
                            font-weight: 800; padding: 14px 18px; }
QPushButton[role="start"]:hover { background: #FF8560; }
QPushButton[role="start"]:focus { border: 3px solid @focus; }
QPushButton[role="start"]:disabled { background: #5A3A30; color: #B59A90; border-color: #5A3A30; }
QPushButton[role="nav"] { background: transparent; border: 2px solid transparent; border-radius: 10px;
                          text-align: left; padding: 12px 16px; font-size: 16pt; font-weight: 600; }
QPushButton[role="nav"]:hover { background: @raised; }
QPushButton[role="nav"]:checked { background: #1D3B3B; border: 2px solid @accent; color: #FFFFFF; }
QPushButton[role="nav"]:focus { border: 3px solid @focus; }
QPushButton[role="nav"]:disabled { color: #5F6B78; }
QPushButton[role="day-toggle"] { padding: 8px 4px; min-width: 3.4em; }
QPushButton[role="day-toggle"]:checked { background: #1D3B3B; border: 2px solid @accent; color: #FFFFFF;
    font-weight: 700; }
QPushButton[role="day-toggle"]:focus { border: 3px solid @focus; }

QTreeWidget, QTreeView { background: @surface; alternate-background-color: #28313C; border: 1px solid @border;
                         border-radius: 10px; selection-background-color: #1F4A47; selection-color: @text; }
QTreeView:focus { border: 3px solid @focus; }
QTreeView::item { padding: 10px 12px; }
QHeaderView::section { background: @raised; color: @muted; border: none; border-bottom: 1px solid @border;
                       padding: 8px 4px; font-weight: 700; }

QScrollBar:vertical { background: @bg; width: 14px; margin: 0; }
QScrollBar::handle:vertical { background: @border; border-radius: 6px; min-height: 40px; margin: 2px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar:horizontal { background: @bg; height: 14px; margin: 0; }
QScrollBar::handle:horizontal { background: @border; border-radius: 6px; min-width: 40px; margin: 2px; }
QScrollBar::add-line:horizontal, QScrollBar::sub-line:horizontal { width: 0; }
)";

QString colorName(const QColor& color)
{
    return color.name(QColor::HexRgb);
}

} // namespace

QColor ThemeColors::background()
{
    return QColor(0x1B, 0x21, 0x29);
}

QColor ThemeColors::surface()
{
    return QColor(0x24, 0x2C, 0x36);
}

QColor ThemeColors::surfaceRaised()
{
    return QColor(0x2E, 0x38, 0x45);
}

QColor ThemeColors::border()
{
    return QColor(0x3E, 0x4B, 0x5A);
}

QColor ThemeColors::text()
{
    return QColor(0xF2, 0xF5, 0xF7);
}

QColor ThemeColors::mutedText()
{
    return QColor(0xB4, 0xBF, 0xCA);
}

QColor ThemeColors::accent()
{
    return QColor(0x2B, 0xB3, 0xA3);
}

QColor ThemeColors::warm()
{
    return QColor(0xFF, 0x6B, 0x3D);
}

QColor ThemeColors::focus()
{
    // Yellow, not an accent: a ring must show on teal and on orange buttons alike.
    return QColor(0xFF, 0xD8, 0x4D);
}

QColor ThemeColors::paused()
{
    return QColor(0x3A, 0x40, 0x48);
}

QColor ThemeColors::pausedStripe()
{
    return QColor(0x67, 0x70, 0x7B);
}

QColor ThemeColors::planned()
{
    // The accent, lighter: "yours to do" reads as part of the teal done days, not as a warning.
    return QColor(0x6F, 0xD6, 0xC9);
}

void setRole(QWidget* widget, const char* role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    // A role set after the widget was polished needs a repolish to take effect; before that, the
    // first polish picks it up.
    if (widget->testAttribute(Qt::WA_WState_Polished)) {
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
}

void setCentredColumn(QWidget* page, QLayout* column)
{
    auto* panel = new QWidget(page);
    panel->setLayout(column);
    panel->setMaximumWidth(820);
    auto* outer = new QHBoxLayout(page);
    outer->addStretch(1);
    outer->addWidget(panel, 100);
    outer->addStretch(1);
}

void applyTheme(QApplication& app)
{
    // Once is enough: setting the same style, palette and sheet again re-polishes every widget.
    static constexpr char appliedProperty[] = "rcThemeApplied";
    if (app.property(appliedProperty).toBool()) {
        return;
    }
    app.setProperty(appliedProperty, true);
    app.setStyle(u"Fusion"_s);

    QPalette palette;
    palette.setColor(QPalette::Window, ThemeColors::background());
    palette.setColor(QPalette::WindowText, ThemeColors::text());
    palette.setColor(QPalette::Base, ThemeColors::surface());
    palette.setColor(QPalette::AlternateBase, ThemeColors::surfaceRaised());
    palette.setColor(QPalette::Text, ThemeColors::text());
    palette.setColor(QPalette::PlaceholderText, ThemeColors::mutedText());
    palette.setColor(QPalette::Button, ThemeColors::surfaceRaised());
    palette.setColor(QPalette::ButtonText, ThemeColors::text());
    palette.setColor(QPalette::BrightText, ThemeColors::warm());
    palette.setColor(QPalette::Highlight, ThemeColors::accent());
    palette.setColor(QPalette::HighlightedText, QColor(0x0E, 0x14, 0x18));
    palette.setColor(QPalette::Link, ThemeColors::accent());
    palette.setColor(QPalette::ToolTipBase, ThemeColors::surfaceRaised());
    palette.setColor(QPalette::ToolTipText, ThemeColors::text());
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6B, 0x77, 0x85));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6B, 0x77, 0x85));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6B, 0x77, 0x85));
    app.setPalette(palette);

    QFont font = app.font();
    font.setFamilies({u"Noto Sans"_s, u"Cantarell"_s, u"Inter"_s, u"DejaVu Sans"_s});
    font.setPointSize(baseFontPt);
    app.setFont(font);

    QString sheet = QString::fromUtf8(styleSheetTemplate);
    sheet.replace(u"@bg"_s, colorName(ThemeColors::background()));
    sheet.replace(u"@surface"_s, colorName(ThemeColors::surface()));
    sheet.replace(u"@raised"_s, colorName(ThemeColors::surfaceRaised()));
    sheet.replace(u"@border"_s, colorName(ThemeColors::border()));
    sheet.replace(u"@text"_s, colorName(ThemeColors::text()));
    sheet.replace(u"@muted"_s, colorName(ThemeColors::mutedText()));
    sheet.replace(u"@accent"_s, colorName(ThemeColors::accent()));
    sheet.replace(u"@warm"_s, colorName(ThemeColors::warm()));
    sheet.replace(u"@focus"_s, colorName(ThemeColors::focus()));
    app.setStyleSheet(sheet);
}

} // namespace rc::ui
