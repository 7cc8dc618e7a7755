// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace rc::ui {

// Notices when another program (the command line, a second connection) changes the session database:
// once started, watches the file, its -wal and their folder, and emits changed() once, ~300 ms after a
// burst of file events, when the files differ from what markSeen() recorded (at construction, and after
// the window's own writes), so only changes from outside are reported.
class DatabaseWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseWatcher(const QString& databasePath, QObject* parent = nullptr);

    // Starts watching the files; a change since construction is reported at once.
    void start();
    bool isWatching() const { return m_watcher != nullptr; }

    // The files as they are now count as seen.
    void markSeen();
    // The files differ from what was seen last (a missed file event, or the window was inactive).
    bool hasUnseenChanges() const;

signals:
    void changed();

private:
    struct Stamp
    {
        qint64 databaseSize = -1;
        QDateTime databaseModified;
        qint64 walSize = -1;
        QDateTime walModified;
        friend bool operator==(const Stamp&, const Stamp&) = default;
    };
    Stamp current() const;
    void watchFiles();
    void check();

    QString m_database;
    QString m_wal;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_debounce;
    Stamp m_seen;
};

} // namespace rc::ui
