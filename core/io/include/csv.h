// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace rc::core::csv {

// RFC 4180: fields separated by commas, records by CRLF or LF; a field in double quotes may hold
// commas, quotes (doubled) and line breaks. An optional UTF-8 byte-order mark is skipped.

struct Record
{
    QStringList fields;
    int line = 0; // 1-based line where the record starts in the input
};

// Reads records one at a time, so that only the record being read is held beside the input. An error
// names the line (unterminated quote, text after a closing quote, a quote inside an unquoted field, a
// CR without LF outside quotes, invalid UTF-8, a field longer than the limit). Completely empty lines
// are skipped (they still count for Record::line); a final line break is optional.
class Reader
{
public:
    static constexpr qsizetype unlimited = -1;

    // `utf8` must outlive the reader. A field of more than `maxFieldBytes` bytes stops the reading
    // there, before it is held whole: a file with a 50 MB field costs no more than the file.
    explicit Reader(QByteArrayView utf8, qsizetype maxFieldBytes = unlimited);
    ~Reader();
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    // The next record; std::nullopt after the last one.
    Result<std::optional<Record>> next();
    // After next() failed on a field longer than the limit: its 1-based number in the record; else 0.
    int tooLongField() const;

private:
    class Parser;
    std::unique_ptr<Parser> m_parser;
    std::optional<Error> m_encodingError; // the input is not UTF-8: every next() says so
};

// Parses the whole input, as Reader does.
Result<std::vector<Record>> parse(QByteArrayView utf8);

// Quotes a field only when it must (comma, quote, CR or LF, leading or trailing space).
QString escapeField(const QString& field);
// One record with a trailing CRLF.
QString formatRecord(const QStringList& fields);

} // namespace rc::core::csv
