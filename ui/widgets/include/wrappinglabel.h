// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QLabel>

namespace rc::ui {

// A word-wrapped QLabel that remembers its height for each width it was asked about. QLabel lays its
// whole text out again on every heightForWidth() call, and a rich-text or selectable label does it
// through a QTextDocument; nested layouts ask dozens of times while a page is first laid out, which made
// a handful of labels a third of the start-up. Drawing is QLabel's own, so it looks the same.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget* parent = nullptr);
    explicit WrappingLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Lets the mouse select the text from the moment the pointer first comes over the label. Until then
    // it is a plain label: a selectable one lays its text out through a QTextDocument, again at every
    // width the layouts ask about and at every paint, which made the two texts above the technique
    // cards a tenth of the start-up. Looks the same either way.
    void setSelectableOnHover();

protected:
    void changeEvent(QEvent* event) override;
    void enterEvent(QEnterEvent* event) override;

private:
    // Forgets what was measured when the text changed since.
    void checkText() const;
    void forgetSizes() const;

    mutable QHash<int, int> m_heights;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable QString m_measuredText; // the text the sizes were measured for
    bool m_selectableOnHover = false;
};

} // namespace rc::ui
