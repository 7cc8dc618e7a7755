// SPDX-License-Identifier: GPL-3.0-or-later
// The daily automatic backup, its retention, and the list of backups to restore from.
#include "backup.h"
#include "privatefiles.h"
#include "sessionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <set>
#include <utility>

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

constexpr int keptDays = 7;
constexpr int keptWeeks = 4;

QString baseName(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QString dailyName(const QString& databasePath, const QDate& date)
{
    return baseName(databasePath) % u"-"_s % date.toString(Qt::ISODate) % u".sqlite"_s;
}

// "<name>-YYYY-MM-DD.sqlite": an automatic backup. Anything else in the folder is not ours to prune.
QRegularExpression dailyPattern(const QString& databasePath)
{
    return QRegularExpression(u"^"_s % QRegularExpression::escape(baseName(databasePath)) %
                              u"-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"_s);
}

} // namespace

std::vector<QDate> backupsToDelete(const std::vector<QDate>& existing, const QDate& today)
{
    std::vector<QDate> dates;
    for (const QDate& date : existing) {
        if (date.isValid() && date <= today) {
            dates.push_back(date);
        }
    }
    std::sort(dates.begin(), dates.end(), std::greater<>());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());

    std::vector<QDate> toDelete;
    std::set<std::pair<int, int>> keptWeeksSeen; // (ISO year, ISO week)
    for (size_t i = keptDays; i < dates.size(); ++i) {
        int isoYear = 0;
        const int week = dates[i].weekNumber(&isoYear);
        const std::pair<int, int> key{isoYear, week};
        // Newest first: the first date met in a week is that week's newest.
        if (keptWeeksSeen.size() < keptWeeks && !keptWeeksSeen.contains(key)) {
            keptWeeksSeen.insert(key);
            continue;
        }
        toDelete.push_back(dates[i]);
    }
    return toDelete;
}

Result<std::optional<QString>> runAutomaticBackup(const SessionStore& store, const QString& backupDir,
                                                  const QDate& today)
{
    const QDir dir(backupDir);
    const QString target = dir.filePath(dailyName(store.path(), today));
    if (QFileInfo::exists(target)) {
        return std::optional<QString>();
    }
    if (!makePrivateFolder(backupDir)) {
        return makeError(ErrorCode::ReadOnly, u"Cannot create the backup folder %1. Check its permissions."_s.arg(
                                                  QDir::toNativeSeparators(backupDir)));
    }
    if (Status written = backupDatabase(store, target); !written) {
        return written.error();
    }

    const QRegularExpression pattern = dailyPattern(store.path());
    std::vector<QDate> dates;
    for (const QString& name : dir.entryList(QDir::Files)) {
        if (const auto match = pattern.match(name); match.hasMatch()) {
            dates.push_back(QDate::fromString(match.captured(1), Qt::ISODate));
        }
    }
    // Best effort: a backup that cannot be deleted now is deleted next time.
    for (const QDate& date : backupsToDelete(dates, today)) {
        QFile::remove(dir.filePath(dailyName(store.path(), date)));
    }
    return std::optional<QString>(target);
}

std::vector<BackupFile> listBackups(const QString& databasePath, const QString& backupDir)
{
    const QRegularExpression daily = dailyPattern(databasePath);
    const QRegularExpression beforeRestore(u"^"_s % QRegularExpression::escape(baseName(databasePath)) %
                                           u"-before-restore-\\d{8}-\\d{6}(-\\d+)?\\.sqlite$"_s);
    std::vector<BackupFile> result;
    const QFileInfoList entries = QDir(backupDir).entryInfoList(QDir::Files);
    for (const QFileInfo& entry : entries) {
        const auto match = daily.match(entry.fileName());
        if (!match.hasMatch() && !beforeRestore.match(entry.fileName()).hasMatch()) {
            continue;
        }
        BackupFile file;
        file.path = entry.absoluteFilePath();
        file.lastModified = entry.lastModified();
        file.size = entry.size();
        if (match.hasMatch()) {
            file.date = QDate::fromString(match.captured(1), Qt::ISODate);
        }
        result.push_back(std::move(file));
    }
    std::sort(result.begin(), result.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.lastModified != b.lastModified ? a.lastModified > b.lastModified : a.path > b.path;
    });
    return result;
}

} // namespace rc::core
