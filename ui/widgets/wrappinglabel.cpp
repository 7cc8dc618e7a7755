// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappinglabel.h"

#include <QEvent>

namespace rc::ui {

namespace {
constexpr qsizetype maxRemembered = 64; // widths a window goes through while being resized by hand
} // namespace

WrappingLabel::WrappingLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
}

WrappingLabel::WrappingLabel(const QString& text, QWidget* parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

void WrappingLabel::checkText() const
{
    // setText() is not virtual: a changed text is noticed here.
    if (m_measuredText != text()) {
        forgetSizes();
        m_measuredText = text();
    }
}

void WrappingLabel::forgetSizes() const
{
    m_heights.clear();
    m_sizeHint = {};
    m_minimumSizeHint = {};
}

void WrappingLabel::setSelectableOnHover()
{
    m_selectableOnHover = true;
}

void WrappingLabel::enterEvent(QEnterEvent* event)
{
    if (m_selectableOnHover && !(textInteractionFlags() & Qt::TextSelectableByMouse)) {
        setTextInteractionFlags(textInteractionFlags() | Qt::TextSelectableByMouse);
        forgetSizes();
        updateGeometry();
    }
    QLabel::enterEvent(event);
}

QSize WrappingLabel::sizeHint() const
{
    checkText();
    if (!m_sizeHint.isValid()) {
        m_sizeHint = QLabel::sizeHint();
    }
    return m_sizeHint;
}

QSize WrappingLabel::minimumSizeHint() const
{
    checkText();
    if (!m_minimumSizeHint.isValid()) {
        m_minimumSizeHint = QLabel::minimumSizeHint();
    }
    return m_minimumSizeHint;
}

int WrappingLabel::heightForWidth(int width) const
{
    checkText();
    if (m_heights.size() >= maxRemembered) {
        m_heights.clear();
    }
    const auto known = m_heights.constFind(width);
    if (known != m_heights.cend()) {
        return *known;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void WrappingLabel::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        forgetSizes();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace rc::ui
