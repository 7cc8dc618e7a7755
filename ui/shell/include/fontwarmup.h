// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <future>
#include <optional>
#include <thread>

class QFont;

namespace rc::ui {

// Prepares the fonts on a second core while the application starts, so the first text the window lays
// out finds them ready: first fontconfig's configuration (FcInit: parsing /etc/fonts and its caches),
// then, once the QApplication exists, Qt's font database (QFontDatabase is thread-safe) and the fallback
// fonts of the application font's families, which Qt keeps for every thread. Only an early start of
// what Qt does anyway on the first text: if the main thread gets there first it waits for it or does it
// itself, which is correct, only not faster.
//
//     FontWarmUp fonts;              // before QApplication
//     QApplication app(argc, argv);
//     applyTheme(app);
//     fonts.applicationReady(QApplication::font());
//     ...
//     fonts.wait();                  // before the QApplication goes
class FontWarmUp
{
public:
    FontWarmUp();
    FontWarmUp(const FontWarmUp&) = delete;
    FontWarmUp& operator=(const FontWarmUp&) = delete;
    ~FontWarmUp(); // without applicationReady(): stops after fontconfig; waits for the thread

    // The QApplication exists and `font` is the one the window will use: the thread may go on. Once.
    void applicationReady(const QFont& font);
    // Waits for the thread; call before the QApplication is destroyed.
    void wait();

private:
    // What the thread makes its own copy of the font from: QFont::toString() names one family only.
    struct FontDescription
    {
        QString font;
        QStringList families;
    };
    void release(std::optional<FontDescription> font);

    std::promise<std::optional<FontDescription>> m_go; // the font, or stop after FcInit
    bool m_released = false;
    std::jthread m_thread;
};

} // namespace rc::ui
