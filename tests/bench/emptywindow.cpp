// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline for start-up figures: an empty Qt Widgets window at the app's size, shown, painted once
// and closed. scripts/bench-process.sh compares `recovery-coach --screenshot --page cards` with it.
#include <QApplication>
#include <QTimer>
#include <QWidget>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(0, &window, [&window] {
        window.repaint();
        window.close();
        QApplication::quit();
    });
    return QApplication::exec();
}
