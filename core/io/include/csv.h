// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace rc::core::csv {

// RFC 4180: fields separated by commas, records by CRLF or LF; a field in double quotes may hold
// commas, quotes (doubled) and line breaks. An optional UTF-8 byte-order mark is skipped.

struct Record
{
    QStringList fields;
    int line = 0; // 1-based line where the record starts in the input
};

// Parses the whole input; an error names the line (unterminated quote, text after a closing quote,
// a quote inside an unquoted field, a CR without LF outside quotes, invalid UTF-8).
// Completely empty lines are skipped (they still count for Record::line); a final line break is optional.
Result<std::vector<Record>> parse(const QByteArray& utf8);

// Quotes a field only when it must (comma, quote, CR or LF, leading or trailing space).
QString escapeField(const QString& field);
// One record with a trailing CRLF.
QString formatRecord(const QStringList& fields);

} // namespace rc::core::csv
