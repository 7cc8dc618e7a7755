// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"

#include "paths.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rc::app::cli {

QString sessionCount(qint64 count)
{
    return count == 1 ? u"1 session"_s : QString::number(count) % u" sessions"_s;
}

void printLine(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

void writeOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

core::Status moveEarlierDataFolder()
{
    return core::moveEarlierDataFolder(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
}

int fail(const QString& message, ExitCode code)
{
    printLine(stderr, u"recovery-coach: "_s % message);
    return code;
}

int fail(const core::Error& error)
{
    return fail(error.message, error.code == core::ErrorCode::InvalidInput ? Usage : Failed);
}

bool parseCommandWithArguments(QCommandLineParser& parser, const QStringList& arguments,
                               const QList<QCommandLineOption>& options, int positional, QString* errorMessage)
{
    return parseCommandWithArguments(parser, arguments, options, positional, positional, errorMessage,
                                     u"a file name"_s);
}

bool parseCommandWithArguments(QCommandLineParser& parser, const QStringList& arguments,
                               const QList<QCommandLineOption>& options, int minPositional, int maxPositional,
                               QString* errorMessage, const QString& missing)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    parser.addOption({u"db"_s, u"The session database."_s, u"PATH"_s});
    // The command name stands where QCommandLineParser expects the program name.
    if (!parser.parse(arguments)) {
        *errorMessage = parser.errorText() % u" (see recovery-coach --help)"_s;
        return false;
    }
    const QStringList rest = parser.positionalArguments();
    if (rest.size() > maxPositional) {
        *errorMessage = u"unexpected argument '"_s % rest.at(maxPositional) % u"' for '"_s % arguments.constFirst() %
                        u"' (see recovery-coach --help)"_s;
        return false;
    }
    if (rest.size() < minPositional) {
        *errorMessage = u"'"_s % arguments.constFirst() % u"' needs "_s % missing % u" (see recovery-coach --help)"_s;
        return false;
    }
    return true;
}

bool parseCommand(QCommandLineParser& parser, const QStringList& arguments, const QList<QCommandLineOption>& options,
                  QString* errorMessage)
{
    return parseCommandWithArguments(parser, arguments, options, 0, errorMessage);
}

QString databasePath(const QCommandLineParser& parser)
{
    return parser.isSet(u"db"_s) ? parser.value(u"db"_s) : core::defaultDatabasePath();
}

std::optional<QDate> parseDate(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        return std::nullopt;
    }
    return date;
}

std::optional<int> parseInt(const QString& text, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        return std::nullopt;
    }
    return value;
}

} // namespace rc::app::cli
