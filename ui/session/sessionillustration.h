// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSvgRenderer>
#include <QWidget>

namespace rc::ui {

// A technique's illustration on a light card, scaled to fit while keeping its aspect ratio
// (QSvgWidget in Qt 6.4 stretches the drawing to the widget).
class SessionIllustration : public QWidget
{
    Q_OBJECT

public:
    explicit SessionIllustration(QWidget* parent = nullptr);

    // A Qt resource path such as ":/illustrations/it-band-roll.svg"; empty or unreadable shows nothing.
    void setSource(const QString& path);
    QString source() const { return m_source; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_source;
    QSvgRenderer m_renderer;
};

} // namespace rc::ui
