// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "clock.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "sessionpage.h"
#include "themefollower.h"

#include <QApplication>
#include <QImage>
#include <QImageWriter>
#include <QPixmap>
#include <QSaveFile>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace rc::ui {

namespace {

const QStringList& validPages()
{
    static const QStringList pages = {u"cards"_s, u"session"_s, u"dashboard"_s, u"history"_s, u"preferences"_s};
    return pages;
}

MainWindow::Page pageFor(const QString& name)
{
    if (name == u"session"_s) {
        return MainWindow::Page::Session;
    }
    if (name == u"dashboard"_s) {
        return MainWindow::Page::Progress;
    }
    if (name == u"history"_s) {
        return MainWindow::Page::History;
    }
    return MainWindow::Page::Cards;
}

// Lets layouts, polish and deferred updates settle before the grab.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace

// One page of the main window, laid out at 1280 x 800 and painted once.
static QImage renderWindow(const QString& page, const core::Catalog& catalog, core::SessionStore* store,
                           const core::Clock& clock);

core::Status renderScreenshot(const QString& page, const QString& file, const core::Catalog& catalog,
                              core::SessionStore* store, const core::Clock& clock)
{
    if (!validPages().contains(page)) {
        return core::makeError(
            core::ErrorCode::InvalidInput,
            u"unknown page \"%1\" for --screenshot; use one of: %2"_s.arg(page, validPages().join(u", "_s)));
    }
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (app == nullptr) {
        return core::makeError(core::ErrorCode::Other, u"a screenshot needs the graphical application"_s);
    }
    // In the saved theme: `recovery-coach settings theme light` and then a screenshot gives a light one.
    if (ThemeFollower* follower = ThemeFollower::of(*app)) {
        follower->settingChanged();
    } else {
        new ThemeFollower(*app);
    }

    QImage image;
    if (page == u"preferences"_s) {
        // The dialog on its own, as it opens from the window.
        PreferencesDialog dialog(store);
        dialog.setAttribute(Qt::WA_DontShowOnScreen);
        dialog.show();
        settle();
        image = dialog.grab().toImage();
        dialog.hide();
    } else {
        image = renderWindow(page, catalog, store, clock);
    }
    if (image.isNull()) {
        return core::makeError(core::ErrorCode::Other, u"could not render the %1 page"_s.arg(page));
    }
    QSaveFile out(file);
    QImageWriter writer(&out, "png");
    if (!out.open(QIODevice::WriteOnly) || !writer.write(image) || !out.commit()) {
        const QString reason = out.error() != QFileDevice::NoError ? out.errorString() : writer.errorString();
        return core::makeError(core::ErrorCode::Io, u"cannot write %1: %2"_s.arg(file, reason));
    }
    return {};
}

static QImage renderWindow(const QString& page, const core::Catalog& catalog, core::SessionStore* store,
                           const core::Clock& clock)
{
    core::ManualClock frozen(clock.now(), clock.monotonic());
    MainWindow window(catalog, store, frozen);
    // Laid out as if on screen but never mapped (no flash on a real display), and painted once, by the
    // grab: with updates off until then, nothing paints the hidden backing store first.
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.setWindowState(Qt::WindowNoState); // a saved maximised geometry must not change the size
    window.resize(1280, 800);
    window.showPage(pageFor(page));
    window.setUpdatesEnabled(false);
    window.show();
    settle();

    if (page == u"session"_s) {
        window.startRoutine(QLatin1String(core::Catalog::defaultRoutineId));
        frozen.advance(10s); // the "get into position" countdown
        window.sessionPage()->refresh();
        frozen.advance(25s); // into the first side's rolling
        window.sessionPage()->refresh();
        settle();
    }
    window.setUpdatesEnabled(true);

    const QImage image = window.grab().toImage();
    window.hide();
    return image;
}

core::Status renderScreenshot(const QString& page, const QString& file, const core::Catalog& catalog,
                              core::SessionStore* store)
{
    const core::SystemClock clock;
    return renderScreenshot(page, file, catalog, store, clock);
}

} // namespace rc::ui
