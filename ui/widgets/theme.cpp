// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <utility>

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
QFrame[role="banner"] { background: @banner; border: 2px solid @accent; border-radius: 12px; }
QFrame[role="note"] { background: @note; border: 2px solid @noteBorder; border-radius: 12px; }
QFrame[role="safety"] { background: @safety; border: 2px solid @warm; border-radius: 12px; }
QFrame[role="safety"] QLabel[role="subheading"] { color: @warm; }

QPushButton { background: @raised; border: 2px solid @border; border-radius: 10px;
              padding: 10px 20px; min-height: 28px; }
QPushButton:hover { border-color: @accent; }
QPushButton:pressed { background: @border; }
QPushButton:focus { border: 3px solid @focus; }
QPushButton:disabled { color: @disabledText; border-color: @disabledBorder; }
QPushButton[role="primary"] { background: @accent; color: @onAccent; border-color: @accent; font-size: 16pt;
                              font-weight: 700; padding: 12px 24px; }
QPushButton[role="primary"]:hover { background: @accentHover; }
QPushButton[role="primary"]:focus { border: 3px solid @focus; }
QPushButton[role="start"] { background: @warm; color: @onWarm; border-color: @warm; font-size: 17pt;
                            font-weight: 800; padding: 14px 18px; }
QPushButton[role="start"]:hover { background: @warmHover; }
QPushButton[role="start"]:focus { border: 3px solid @focus; }
QPushButton[role="start"]:disabled { background: @warmDisabled; color: @onWarmDisabled; border-color: @warmDisabled; }
QPushButton[role="nav"] { background: transparent; border: 2px solid transparent; border-radius: 10px;
                          text-align: left; padding: 12px 16px; font-size: 16pt; font-weight: 600; }
QPushButton[role="nav"]:hover { background: @raised; }
QPushButton[role="nav"]:checked { background: @navChecked; border: 2px solid @accent; color: @navCheckedText; }
QPushButton[role="nav"]:focus { border: 3px solid @focus; }
QPushButton[role="nav"]:disabled { color: @navDisabled; }
QCheckBox { spacing: 10px; }
QCheckBox::indicator { width: 20px; height: 20px; border: 2px solid @controlBorder; border-radius: 5px;
    background: @raised; }
QCheckBox::indicator:checked { background: @accent; border-color: @accent; }
QCheckBox::indicator:focus { border: 2px solid @focus; }
QPushButton[role="day-toggle"] { padding: 8px 4px; min-width: 3.4em; }
QPushButton[role="day-toggle"]:checked { background: @navChecked; border: 2px solid @accent; color: @navCheckedText;
    font-weight: 700; }
QPushButton[role="day-toggle"]:focus { border: 3px solid @focus; }

QTreeWidget, QTreeView { background: @surface; alternate-background-color: @alternateRow; border: 1px solid @border;
                         border-radius: 10px; selection-background-color: @selection; selection-color: @text; }
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

const ThemePalette darkPalette{
    .background = QColor(0x1B, 0x21, 0x29),
    .surface = QColor(0x24, 0x2C, 0x36),
    .surfaceRaised = QColor(0x2E, 0x38, 0x45),
    .border = QColor(0x3E, 0x4B, 0x5A),
    .text = QColor(0xF2, 0xF5, 0xF7),
    .mutedText = QColor(0xB4, 0xBF, 0xCA),
    .accent = QColor(0x2B, 0xB3, 0xA3),
    .accentHover = QColor(0x3C, 0xCA, 0xB9),
    .onAccent = QColor(0x0E, 0x14, 0x18),
    .warm = QColor(0xFF, 0x6B, 0x3D),
    .warmHover = QColor(0xFF, 0x85, 0x60),
    .onWarm = QColor(0x1B, 0x12, 0x10),
    .warmDisabled = QColor(0x5A, 0x3A, 0x30),
    .onWarmDisabled = QColor(0xB5, 0x9A, 0x90),
    // Yellow, not an accent: a ring must show on teal and on orange buttons alike.
    .focus = QColor(0xFF, 0xD8, 0x4D),
    .disabledText = QColor(0x6B, 0x77, 0x85),
    .disabledBorder = QColor(0x2E, 0x38, 0x45),
    .controlBorder = QColor(0x6B, 0x77, 0x85),
    .banner = QColor(0x22, 0x34, 0x3A),
    .note = QColor(0x1F, 0x30, 0x33),
    .noteBorder = QColor(0x2A, 0x7F, 0x76),
    .safety = QColor(0x3A, 0x26, 0x20),
    .navChecked = QColor(0x1D, 0x3B, 0x3B),
    .navCheckedText = QColor(0xFF, 0xFF, 0xFF),
    .navDisabled = QColor(0x5F, 0x6B, 0x78),
    .alternateRow = QColor(0x28, 0x31, 0x3C),
    .selection = QColor(0x1F, 0x4A, 0x47),
    .paused = QColor(0x3A, 0x40, 0x48),
    .pausedStripe = QColor(0x67, 0x70, 0x7B),
    // The accent, lighter: "yours to do" reads as part of the teal done days, not as a warning.
    .planned = QColor(0x6F, 0xD6, 0xC9),
    .belowTarget = QColor(0x5B, 0x6B, 0x7D),
    .heatLow = QColor(0x1D, 0x4F, 0x4B),
    .heatMid = QColor(0x22, 0x7E, 0x74),
    .heatHigh = QColor(0x7D, 0xE8, 0xD8),
    .prepare = QColor(0xFF, 0xC8, 0x57),
    .work = QColor(0x5E, 0xE3, 0x9A),
    .hold = QColor(0xFF, 0x9F, 0x43),
    .sessionPaused = QColor(0x9F, 0xB3, 0xC8),
    .paper = QColor(0xF5, 0xF3, 0xEE),
};

// The same roles on a near-white page: near-black text, the teal and orange darkened until they read
// as text on white (WCAG AA and more, tests/ui/widgets/theme_test.cpp), the heat map's scale running
// darker rather than lighter, and a violet focus ring, since yellow vanishes on white.
const ThemePalette lightPalette{
    .background = QColor(0xF7, 0xF9, 0xFA),
    .surface = QColor(0xFF, 0xFF, 0xFF),
    .surfaceRaised = QColor(0xE9, 0xED, 0xF1),
    .border = QColor(0x8C, 0x98, 0xA5),
    .text = QColor(0x10, 0x16, 0x1C),
    .mutedText = QColor(0x3F, 0x4A, 0x56),
    .accent = QColor(0x00, 0x6B, 0x60),
    .accentHover = QColor(0x00, 0x57, 0x4E),
    .onAccent = QColor(0xFF, 0xFF, 0xFF),
    .warm = QColor(0xB0, 0x3A, 0x0E),
    .warmHover = QColor(0x94, 0x30, 0x0A),
    .onWarm = QColor(0xFF, 0xFF, 0xFF),
    .warmDisabled = QColor(0xEE, 0xD9, 0xD1),
    .onWarmDisabled = QColor(0x6E, 0x52, 0x49),
    .focus = QColor(0x6A, 0x1B, 0x9A),
    .disabledText = QColor(0x6B, 0x77, 0x85),
    .disabledBorder = QColor(0xC9, 0xD0, 0xD7),
    .controlBorder = QColor(0x5D, 0x68, 0x73),
    .banner = QColor(0xE0, 0xF2, 0xEF),
    .note = QColor(0xEA, 0xF5, 0xF3),
    .noteBorder = QColor(0x2A, 0x7F, 0x76),
    .safety = QColor(0xFB, 0xE8, 0xE1),
    .navChecked = QColor(0xD3, 0xEC, 0xE8),
    .navCheckedText = QColor(0x10, 0x16, 0x1C),
    .navDisabled = QColor(0x7A, 0x85, 0x91),
    .alternateRow = QColor(0xF1, 0xF4, 0xF7),
    .selection = QColor(0xC8, 0xE8, 0xE3),
    .paused = QColor(0xD9, 0xDE, 0xE3),
    .pausedStripe = QColor(0x8A, 0x93, 0x9D),
    .planned = QColor(0x1F, 0x94, 0x86),
    .belowTarget = QColor(0x7E, 0x8B, 0x99),
    .heatLow = QColor(0xA8, 0xDB, 0xD3),
    .heatMid = QColor(0x2F, 0x9B, 0x8D),
    .heatHigh = QColor(0x00, 0x45, 0x3E),
    .prepare = QColor(0x85, 0x55, 0x00),
    .work = QColor(0x15, 0x70, 0x3C),
    .hold = QColor(0xA3, 0x4A, 0x00),
    .sessionPaused = QColor(0x47, 0x57, 0x68),
    .paper = QColor(0xF5, 0xF3, 0xEE),
};

constexpr char variantProperty[] = "rcThemeVariant";
constexpr char platformPaletteProperty[] = "rcPlatformPalette";

// The sheet's @names and the palette's entries.
QString colorFor(const ThemePalette& p, QStringView name)
{
    const std::pair<QStringView, const QColor*> names[] = {
        {u"bg", &p.background},
        {u"surface", &p.surface},
        {u"raised", &p.surfaceRaised},
        {u"border", &p.border},
        {u"text", &p.text},
        {u"muted", &p.mutedText},
        {u"accent", &p.accent},
        {u"accentHover", &p.accentHover},
        {u"onAccent", &p.onAccent},
        {u"warm", &p.warm},
        {u"warmHover", &p.warmHover},
        {u"onWarm", &p.onWarm},
        {u"warmDisabled", &p.warmDisabled},
        {u"onWarmDisabled", &p.onWarmDisabled},
        {u"focus", &p.focus},
        {u"disabledText", &p.disabledText},
        {u"disabledBorder", &p.disabledBorder},
        {u"controlBorder", &p.controlBorder},
        {u"banner", &p.banner},
        {u"note", &p.note},
        {u"noteBorder", &p.noteBorder},
        {u"safety", &p.safety},
        {u"navChecked", &p.navChecked},
        {u"navCheckedText", &p.navCheckedText},
        {u"navDisabled", &p.navDisabled},
        {u"alternateRow", &p.alternateRow},
        {u"selection", &p.selection},
    };
    for (const auto& [key, color] : names) {
        if (key == name) {
            return color->name(QColor::HexRgb);
        }
    }
    qWarning("theme: the style sheet names an unknown colour @%s", qPrintable(name.toString()));
    return u"magenta"_s;
}

QString styleSheet(const ThemePalette& palette)
{
    const QString sheet = QString::fromUtf8(styleSheetTemplate);
    QString out;
    out.reserve(sheet.size());
    qsizetype i = 0;
    while (i < sheet.size()) {
        const qsizetype at = sheet.indexOf(u'@', i);
        if (at < 0) {
            out += QStringView(sheet).mid(i);
            break;
        }
        out += QStringView(sheet).mid(i, at - i);
        qsizetype end = at + 1;
        while (end < sheet.size() && sheet.at(end).isLetter()) {
            ++end;
        }
        out += colorFor(palette, QStringView(sheet).mid(at + 1, end - at - 1));
        i = end;
    }
    return out;
}

QPalette qtPalette(const ThemePalette& colors)
{
    QPalette palette;
    palette.setColor(QPalette::Window, colors.background);
    palette.setColor(QPalette::WindowText, colors.text);
    palette.setColor(QPalette::Base, colors.surface);
    palette.setColor(QPalette::AlternateBase, colors.surfaceRaised);
    palette.setColor(QPalette::Text, colors.text);
    palette.setColor(QPalette::PlaceholderText, colors.mutedText);
    palette.setColor(QPalette::Button, colors.surfaceRaised);
    palette.setColor(QPalette::ButtonText, colors.text);
    palette.setColor(QPalette::BrightText, colors.warm);
    palette.setColor(QPalette::Highlight, colors.accent);
    palette.setColor(QPalette::HighlightedText, colors.onAccent);
    palette.setColor(QPalette::Link, colors.accent);
    palette.setColor(QPalette::ToolTipBase, colors.surfaceRaised);
    palette.setColor(QPalette::ToolTipText, colors.text);
    palette.setColor(QPalette::Disabled, QPalette::Text, colors.disabledText);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, colors.disabledText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, colors.disabledText);
    return palette;
}

double relativeLuminance(const QColor& color)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

const ThemePalette& themePalette(ThemeVariant variant)
{
    return variant == ThemeVariant::Light ? lightPalette : darkPalette;
}

ThemeVariant currentThemeVariant()
{
    // On the application, not in a static: the charts module has its own copy of this file.
    const QCoreApplication* app = QCoreApplication::instance();
    return app != nullptr && app->property(variantProperty).toInt() == int(ThemeVariant::Light) ? ThemeVariant::Light
                                                                                                : ThemeVariant::Dark;
}

QPalette platformPalette(const QApplication& app)
{
    const QVariant saved = app.property(platformPaletteProperty);
    return saved.isValid() ? saved.value<QPalette>() : QApplication::palette();
}

void setPlatformPalette(QApplication& app, const QPalette& palette)
{
    app.setProperty(platformPaletteProperty, QVariant::fromValue(palette));
}

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
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

namespace {

constexpr char factNameProperty[] = "rcFactName";
constexpr char factValueProperty[] = "rcFactValue";

void showFact(QLabel* label)
{
    label->setText(u"<span style=\"color:%1\">%2</span>&nbsp; %3"_s.arg(
        ThemeColors::mutedText().name(), label->property(factNameProperty).toString().toHtmlEscaped(),
        label->property(factValueProperty).toString().toHtmlEscaped()));
}

} // namespace

void setFactText(QLabel* label, const QString& name, const QString& value)
{
    label->setTextFormat(Qt::RichText);
    label->setProperty(factNameProperty, name);
    label->setProperty(factValueProperty, value);
    showFact(label);
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

void applyTheme(QApplication& app, ThemeVariant variant)
{
    static constexpr char appliedProperty[] = "rcThemeApplied";
    if (app.property(appliedProperty).toBool() && currentThemeVariant() == variant) {
        return;
    }
    if (!app.property(appliedProperty).toBool()) {
        // What `system` falls back to without a portal: the platform's own palette, before ours replaces it.
        if (!app.property(platformPaletteProperty).isValid()) {
            setPlatformPalette(app, QApplication::palette());
        }
        app.setStyle(u"Fusion"_s);
        QFont font = app.font();
        font.setFamilies({u"Noto Sans"_s, u"Cantarell"_s, u"Inter"_s, u"DejaVu Sans"_s});
        font.setPointSize(baseFontPt);
        app.setFont(font);
    }
    app.setProperty(appliedProperty, true);
    app.setProperty(variantProperty, int(variant));
    const ThemePalette& colors = themePalette(variant);
    app.setPalette(qtPalette(colors));
    app.setStyleSheet(styleSheet(colors));
    for (QWidget* widget : QApplication::allWidgets()) {
        if (auto* label = qobject_cast<QLabel*>(widget);
            label != nullptr && label->property(factNameProperty).isValid()) {
            showFact(label);
        }
    }
}

void applyTheme(QApplication& app)
{
    applyTheme(app, currentThemeVariant());
}

} // namespace rc::ui
