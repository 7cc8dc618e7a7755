// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSvgRenderer;

namespace rc::ui {

// Paints an SVG scaled to fit, centred, keeping its aspect ratio. It renders the vectors on every
// paint (never a cached bitmap), so it stays crisp at any size and at a 2x device pixel ratio.
// By default the drawing sits on a light "paper" card, as on the session page: the illustrations are
// drawn for a light ground and would vanish on the dark theme.
class SvgView : public QWidget
{
    Q_OBJECT

public:
    explicit SvgView(QWidget* parent = nullptr);
    explicit SvgView(const QString& file, QWidget* parent = nullptr);

    // Loads a file or Qt resource path; false (and a placeholder is painted) when it is not valid SVG.
    bool load(const QString& file);
    QString file() const { return m_file; }
    bool isValid() const;
    QSvgRenderer* renderer() const { return m_renderer; }
    void setPaper(bool paper);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QSvgRenderer* m_renderer;
    QString m_file;
    bool m_paper = true;
};

} // namespace rc::ui
