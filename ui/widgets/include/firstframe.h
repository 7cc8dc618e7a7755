// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Header only, Qt Widgets only: the empty-window benchmark uses it too without linking anything of ours.

#include <QEvent>
#include <QMetaObject>
#include <QObject>
#include <QWidget>

#include <functional>
#include <utility>

namespace rc::ui {

// Calls `done` once, when `window`'s first frame is on the screen: one event-loop turn after its first
// paint event, by which time the children have painted into the same frame and it has been flushed.
// `recovery-coach --timing` and the empty-window baseline measure start-up with it.
inline void onFirstFrame(QWidget& window, std::function<void()> done)
{
    class Watcher final : public QObject
    {
    public:
        Watcher(QWidget& window, std::function<void()> done) : QObject(&window), m_done(std::move(done))
        {
            window.installEventFilter(this);
        }

    protected:
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::Paint) {
                watched->removeEventFilter(this);
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        m_done();
                        deleteLater();
                    },
                    Qt::QueuedConnection);
            }
            return false;
        }

    private:
        std::function<void()> m_done;
    };
    new Watcher(window, std::move(done));
}

} // namespace rc::ui
