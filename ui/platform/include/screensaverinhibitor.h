// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace rc::ui {

// Keeps the screen on while a session runs: the runner is on the floor, not touching the mouse.
// Uses org.freedesktop.ScreenSaver on the session bus; without a bus or the service it does nothing.
class ScreenSaverInhibitor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenSaverInhibitor)

public:
    explicit ScreenSaverInhibitor(QObject* parent = nullptr);
    ~ScreenSaverInhibitor() override; // releases a held inhibition

    void inhibit(const QString& reason);
    void release();
    bool isInhibited() const { return m_cookie != 0; }

private:
    void request(const QString& path, const QString& reason);
    void sendUnInhibit();

    quint32 m_cookie = 0;
    QString m_path;        // the object path that granted the cookie
    bool m_wanted = false; // false once released, so a late reply is handed straight back
    int m_generation = 0;  // ignores replies to requests made before the last release()
};

} // namespace rc::ui
