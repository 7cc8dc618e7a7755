// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <future>
#include <thread>

namespace rc::ui {

// Prepares the fonts on a second core while the application starts, so the first text the window lays
// out finds them ready: first fontconfig's configuration (FcInit: parsing /etc/fonts and its caches),
// then, once the QApplication exists, Qt's font database (QFontDatabase is thread-safe). Only an early
// start of what Qt does anyway on the first text: if the main thread gets there first it waits for the
// database or loads it itself, which is correct, only not faster.
//
//     FontWarmUp fonts;              // before QApplication
//     QApplication app(argc, argv);
//     fonts.applicationReady();
//     ...
//     fonts.wait();                  // before the QApplication goes
class FontWarmUp
{
public:
    FontWarmUp();
    FontWarmUp(const FontWarmUp&) = delete;
    FontWarmUp& operator=(const FontWarmUp&) = delete;
    ~FontWarmUp(); // without applicationReady(): stops after fontconfig; waits for the thread

    // The QApplication exists: the thread may fill Qt's font database. Once.
    void applicationReady();
    // Waits for the thread; call before the QApplication is destroyed.
    void wait();

private:
    void release(bool fillDatabase);

    std::promise<bool> m_go;
    bool m_released = false;
    std::jthread m_thread;
};

} // namespace rc::ui
