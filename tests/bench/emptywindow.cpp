// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for start-up figures: an empty Qt Widgets window at the app's size (scripts/bench-process.sh).
//   bench_empty_window               shown, painted once and closed
//   bench_empty_window --timing      prints the time from main() to its first frame, as
//                                    `recovery-coach --timing` does, and quits
//   bench_empty_window --png FILE    grabbed and saved with QImageWriter, the floor of `--screenshot`
#include "firstframe.h"

#include <QApplication>
#include <QImageWriter>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    const auto started = std::chrono::steady_clock::now();
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    QWidget window;
    window.resize(1280, 800);
    if (arguments.value(1) == u"--png"_s) {
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        QImageWriter writer(arguments.value(2), "png");
        return writer.write(window.grab().toImage()) ? 0 : 1;
    }
    if (arguments.value(1) == u"--timing"_s) {
        rc::ui::onFirstFrame(window, [started] {
            const auto elapsed = std::chrono::steady_clock::now() - started;
            std::fprintf(
                stderr, "bench_empty_window: first frame %lld ms after start\n",
                static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count()));
            QApplication::quit();
        });
        window.show();
        return QApplication::exec();
    }
    window.show();
    QTimer::singleShot(0, &window, [&window] {
        window.repaint();
        window.close();
        QApplication::quit();
    });
    return QApplication::exec();
}
