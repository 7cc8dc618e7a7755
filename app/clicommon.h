// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

// What every console command shares: parsing, the one-line error, --db.
namespace rc::app::cli {

enum ExitCode
{
    Success = 0,
    Failed = 1, // the command could not do its work
    Usage = 2,  // the command line or the input is wrong
};

void printLine(FILE* stream, const QString& text);
QString sessionCount(qint64 count); // "1 session", "2 sessions"
void writeOut(const QByteArray& bytes);

// One line on stderr, "recovery-coach: <message>"; returns the exit code to use.
int fail(const QString& message, ExitCode code = Failed);
int fail(const core::Error& error); // InvalidInput -> Usage, anything else -> Failed

// Parses `arguments` (the command name first) with `options` plus --db. An unknown option or a stray
// argument is a usage error described in *errorMessage.
bool parseCommand(QCommandLineParser& parser, const QStringList& arguments, const QList<QCommandLineOption>& options,
                  QString* errorMessage);
// Like parseCommand, but the command takes exactly `positional` plain arguments (e.g. backup FILE).
bool parseCommandWithArguments(QCommandLineParser& parser, const QStringList& arguments,
                               const QList<QCommandLineOption>& options, int positional, QString* errorMessage);
// From `minPositional` to `maxPositional` plain arguments; fewer is "'<command>' needs <missing>".
bool parseCommandWithArguments(QCommandLineParser& parser, const QStringList& arguments,
                               const QList<QCommandLineOption>& options, int minPositional, int maxPositional,
                               QString* errorMessage, const QString& missing);

QString databasePath(const QCommandLineParser& parser); // --db, or the user's data location

std::optional<QDate> parseDate(const QString& text); // strictly YYYY-MM-DD
std::optional<int> parseInt(const QString& text, int min, int max);

// Before anything opens the default database, in both executables: the data folder of versions before 0.2
// moves up one level.
core::Status moveEarlierDataFolder();

} // namespace rc::app::cli
