// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasewatcher.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {
// A CLI import or a checkpoint is a burst of writes; one refresh after it settles is enough.
constexpr int debounceMs = 300;
} // namespace

DatabaseWatcher::DatabaseWatcher(const QString& databasePath, QObject* parent)
    : QObject(parent), m_database(QFileInfo(databasePath).absoluteFilePath()), m_wal(m_database + u"-wal"_s),
      m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DatabaseWatcher::check);
    markSeen();
}

void DatabaseWatcher::start()
{
    if (m_watcher != nullptr) {
        return;
    }
    m_watcher = new QFileSystemWatcher(this);
    const auto fileEvent = [this] {
        // A file that was replaced or deleted (the -wal after a checkpoint) is dropped by the watcher.
        watchFiles();
        m_debounce->start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, fileEvent);
    // The folder tells when a -wal appears again.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, fileEvent);
    watchFiles();
    check();
}

void DatabaseWatcher::watchFiles()
{
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    QStringList wanted = {QFileInfo(m_database).absolutePath(), m_database, m_wal};
    wanted.removeIf([&watched](const QString& path) { return watched.contains(path) || !QFileInfo::exists(path); });
    if (!wanted.isEmpty()) {
        m_watcher->addPaths(wanted);
    }
}

DatabaseWatcher::Stamp DatabaseWatcher::current() const
{
    const QFileInfo database(m_database);
    const QFileInfo wal(m_wal);
    Stamp stamp;
    if (database.exists()) {
        stamp.databaseSize = database.size();
        stamp.databaseModified = database.lastModified();
    }
    if (wal.exists()) {
        stamp.walSize = wal.size();
        stamp.walModified = wal.lastModified();
    }
    return stamp;
}

void DatabaseWatcher::markSeen()
{
    m_seen = current();
}

bool DatabaseWatcher::hasUnseenChanges() const
{
    return !(current() == m_seen);
}

void DatabaseWatcher::check()
{
    if (hasUnseenChanges()) {
        markSeen();
        emit changed();
    }
}

} // namespace rc::ui
