// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

namespace rc::ui {

// The remaining time, drawn as large as the widget allows so it reads from two metres away.
// A QLabel cannot scale its font to its own size; this widget fits the text on every resize.
class TimerDisplay : public QWidget
{
    Q_OBJECT

public:
    explicit TimerDisplay(QWidget* parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString& text);
    void setColor(const QColor& color);

    // "1:30" for 90 000 ms; rounds up, so a step shows its full length at its start and 0:01
    // until the very end.
    static QString formatMinutes(qint64 ms);
    // "10" for 10 000 ms; rounds up like formatMinutes.
    static QString formatSeconds(qint64 ms);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    QColor m_color = Qt::white;
};

} // namespace rc::ui
