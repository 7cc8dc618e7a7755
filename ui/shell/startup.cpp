// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "backup.h"
#include "clock.h"
#include "messagebox.h"
#include "paths.h"
#include "pendingsession.h"
#include "repair.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

using core::ErrorCode;
using core::SessionStore;

QString tr(const char* text)
{
    return QCoreApplication::translate("Startup", text);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString withoutFinalStop(QString text)
{
    while (text.endsWith(u'.')) {
        text.chop(1);
    }
    return text;
}

// Why the database cannot be written, in the runner's words.
QString readOnlyReason(const QString& path, const core::Error& error)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (folder.exists() && !folder.isWritable()) {
        return tr("the folder %1 cannot be written to").arg(native(folder.absoluteFilePath()));
    }
    if (file.exists() && !file.isWritable()) {
        return tr("the file %1 cannot be written to").arg(native(file.absoluteFilePath()));
    }
    return withoutFinalStop(error.message);
}

OpenResult quitWith(int exitCode, const QString& message)
{
    OpenResult result;
    result.quit = true;
    result.exitCode = exitCode;
    result.message = message;
    return result;
}

QString savedPendingText(int count)
{
    return count == 1 ? tr("1 session that could not be saved last time is now saved.")
                      : tr("%1 sessions that could not be saved last time are now saved.").arg(count);
}

void appendNotice(QString& notice, const QString& text)
{
    notice += (notice.isEmpty() ? QString() : u"\n"_s) + text;
}

// The recovery file and the daily backup, once the database is open for writing.
void afterOpen(OpenResult& result, const core::Clock& clock, QWidget* parent)
{
    SessionStore& store = *result.store;
    const auto saved = core::flushPending(store);
    if (!saved) {
        appendNotice(result.notice, tr("Sessions waiting in the recovery file %1 could not be saved yet: %2 They "
                                       "stay there and are tried again the next time Recovery Coach starts.")
                                        .arg(native(core::pendingFilePath(store.path())), saved.error().message));
    } else if (*saved > 0) {
        result.savedPending = *saved;
        MessageBox::information(parent, tr("Unsaved sessions saved"), savedPendingText(*saved));
    }
    // Best effort: a backup that fails never keeps the app from starting, and it is tried again next start.
    const auto backup = core::runAutomaticBackup(store, core::backupDirectoryFor(store.path()), clock.today());
    if (!backup) {
        appendNotice(result.notice, tr("The automatic backup did not work: %1 Your sessions are safe in the "
                                       "database; the backup is tried again the next time Recovery Coach starts.")
                                        .arg(backup.error().message));
    }
}

} // namespace

OpenResult openDatabaseInteractively(const QString& path, const core::Clock& clock, QWidget* parent,
                                     const StoreOpener& open)
{
    const StoreOpener opener =
        open ? open
             : StoreOpener([](const QString& file, SessionStore::Mode mode) { return SessionStore::open(file, mode); });
    const QString where = native(QFileInfo(path).absoluteFilePath());
    bool repaired = false;
    for (;;) {
        auto opened = opener(path, SessionStore::Mode::ReadWrite);
        if (opened) {
            OpenResult result;
            result.store = std::move(opened).value();
            afterOpen(result, clock, parent);
            return result;
        }
        const core::Error& error = opened.error();
        switch (error.code) {
        case ErrorCode::Corrupt: {
            if (repaired) {
                MessageBox::critical(
                    parent, tr("The session database is damaged"),
                    tr("The repaired database %1 cannot be opened either:\n%2").arg(where, error.message));
                return quitWith(1, error.message);
            }
            const auto answer = MessageBox::question(
                parent, tr("The session database is damaged"),
                tr("Recovery Coach cannot read its session database %1: part of the file is damaged or it is not "
                   "a database at all.\n\n%2\n\nRepair now? The damaged file is moved aside exactly as it is, "
                   "and every session that can still be read is copied into a new database. If you choose No, "
                   "Recovery Coach closes and nothing is changed.")
                    .arg(where, error.message),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer != QMessageBox::Yes) {
                return quitWith(1, error.message + u" Nothing was changed."_s);
            }
            const auto report = core::repairDatabase(path, clock.now());
            if (!report) {
                MessageBox::critical(parent, tr("The repair did not work"),
                                     tr("%1\n\nNothing was moved: the damaged database is still at %2.")
                                         .arg(report.error().message, where));
                return quitWith(1, report.error().message);
            }
            MessageBox::information(
                parent, tr("Database repaired"),
                tr("%1\n\nYour sessions are now in a new database at %2.").arg(core::repairSummary(*report), where));
            repaired = true;
            continue;
        }
        case ErrorCode::NewerSchema:
            MessageBox::critical(parent, tr("Made by a newer Recovery Coach"),
                                 tr("The session database %1 was made by a newer version of Recovery Coach, so this "
                                    "version cannot open it. It was left untouched.\n\nInstall the newer version "
                                    "to see your sessions.\n\n(%2)")
                                     .arg(where, error.message));
            return quitWith(1, error.message);
        case ErrorCode::ReadOnly: {
            OpenResult result;
            result.readOnlyReason = readOnlyReason(path, error);
            auto readOnly = opener(path, SessionStore::Mode::ReadOnly);
            if (readOnly) {
                result.store = std::move(readOnly).value();
            }
            return result;
        }
        case ErrorCode::Busy: {
            const auto answer = MessageBox::warning(
                parent, tr("The session database is in use"),
                tr("Another program is holding the session database %1 and does not let go.\n\n%2\n\nClose it "
                   "and press Retry, or Cancel to quit.")
                    .arg(where, error.message),
                QMessageBox::Retry | QMessageBox::Cancel, QMessageBox::Retry);
            if (answer != QMessageBox::Retry) {
                return quitWith(1, error.message);
            }
            continue;
        }
        default:
            MessageBox::critical(parent, tr("Cannot open the session database"), error.message);
            return quitWith(1, error.message);
        }
    }
}

} // namespace rc::ui
