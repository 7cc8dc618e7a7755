// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include "utf8.h"

#include <QByteArrayView>

namespace rc::core::csv {

using namespace Qt::StringLiterals;

namespace {

// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF included), or -1 when the whole input is valid.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80; // allowed range of the second byte
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if (c == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (c >= 0xE1 && c <= 0xEF) {
            length = 3;
        } else if (c == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            length = 4;
        } else if (c == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            return i;
        }
        if (i + length > n || p[i + 1] < low || p[i + 1] > high) {
            return i;
        }
        for (int k = 2; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) {
                return i;
            }
        }
        i += length;
    }
    return -1;
}

Error errorAt(int line, const QString& what)
{
    return makeError(ErrorCode::InvalidInput, u"line "_s + QString::number(line) + u": "_s + what, line);
}

bool needsQuotes(const QString& field)
{
    if (field.isEmpty()) {
        return false;
    }
    // Spaces at either end are quoted so that tools which trim unquoted fields keep them.
    const auto isBlank = [](QChar c) { return c == u' ' || c == u'\t'; };
    if (isBlank(field.front()) || isBlank(field.back())) {
        return true;
    }
    for (QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            return true;
        }
    }
    return false;
}

QByteArrayView withoutByteOrderMark(QByteArrayView input)
{
    return input.startsWith("\xEF\xBB\xBF") ? input.sliced(3) : input;
}

} // namespace

class Reader::Parser
{
public:
    Parser(QByteArrayView input, qsizetype maxFieldBytes) : m_in(input), m_maxFieldBytes(maxFieldBytes) {}

    int tooLongField() const { return m_tooLongField; }

    Result<std::optional<Record>> next()
    {
        while (m_pos < m_in.size()) {
            // A completely empty line holds no data, so it is skipped rather than read as a record
            // with one empty field: a blank line left at the end of a hand-edited file, or between
            // two pasted exports, should not fail a whole import. Line numbers still count it.
            if (atLineBreak()) {
                skipLineBreak();
                continue;
            }
            Record record;
            record.line = m_line;
            if (auto status = readRecord(record.fields); !status) {
                return status.error();
            }
            return std::optional<Record>(std::move(record));
        }
        return std::optional<Record>();
    }

private:
    bool tooLong(qsizetype bytes) const { return m_maxFieldBytes != unlimited && bytes > m_maxFieldBytes; }

    Error tooLongError(int line, int fieldNumber)
    {
        m_tooLongField = fieldNumber;
        return errorAt(line, u"field %1 is longer than %2 bytes"_s.arg(fieldNumber).arg(m_maxFieldBytes));
    }

    bool atLineBreak() const
    {
        return m_in[m_pos] == '\n' || (m_in[m_pos] == '\r' && m_pos + 1 < m_in.size() && m_in[m_pos + 1] == '\n');
    }

    void skipLineBreak()
    {
        m_pos += m_in[m_pos] == '\r' ? 2 : 1;
        ++m_line;
    }

    // Reads fields up to and including the record's line break (or the end of the input).
    Status readRecord(QStringList& fields)
    {
        while (true) {
            const int fieldNumber = int(fields.size()) + 1;
            Result<QString> field =
                m_pos < m_in.size() && m_in[m_pos] == '"' ? readQuoted(fieldNumber) : readUnquoted(fieldNumber);
            if (!field) {
                return field.error();
            }
            fields.append(std::move(field).value());
            if (m_pos >= m_in.size()) {
                return {};
            }
            if (m_in[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            skipLineBreak(); // readQuoted/readUnquoted stop only at a comma, a line break or the end
            return {};
        }
    }

    Result<QString> readUnquoted(int fieldNumber)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_in.size()) {
            const char c = m_in[m_pos];
            if (c == ',' || atLineBreak()) {
                break;
            }
            if (c == '"') {
                return errorAt(m_line, u"a quote inside unquoted field %1; a field holding quotes must be "
                                       u"enclosed in quotes, with each quote doubled"_s.arg(fieldNumber));
            }
            if (c == '\r') {
                return errorAt(m_line,
                               u"carriage return without a line feed in field %1 (lines must end in CRLF or LF)"_s.arg(
                                   fieldNumber));
            }
            ++m_pos;
        }
        if (tooLong(m_pos - start)) {
            return tooLongError(m_line, fieldNumber);
        }
        return fromUtf8KeepingBom(m_in.sliced(start, m_pos - start));
    }

    Result<QString> readQuoted(int fieldNumber)
    {
        const int openingLine = m_line;
        ++m_pos; // the opening quote
        QByteArray value;
        while (true) {
            if (m_pos >= m_in.size()) {
                return errorAt(openingLine,
                               u"unterminated quoted field %1 (the closing quote is missing)"_s.arg(fieldNumber));
            }
            const char c = m_in[m_pos];
            if (c == '"') {
                if (m_pos + 1 < m_in.size() && m_in[m_pos + 1] == '"') {
                    value += '"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                break;
            }
            if (c == '\n') {
                ++m_line; // a lone CR is kept as data and does not start a new line
            }
            value += c;
            ++m_pos;
            if (tooLong(value.size())) {
                return tooLongError(openingLine, fieldNumber);
            }
        }
        if (m_pos < m_in.size() && m_in[m_pos] != ',' && !atLineBreak()) {
            return errorAt(m_line, u"unexpected text after a closing quote in field %1"_s.arg(fieldNumber));
        }
        return fromUtf8KeepingBom(value);
    }

    QByteArrayView m_in;
    qsizetype m_maxFieldBytes;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_tooLongField = 0;
};

Reader::Reader(QByteArrayView utf8, qsizetype maxFieldBytes)
{
    const QByteArrayView input = withoutByteOrderMark(utf8);
    m_parser = std::make_unique<Parser>(input, maxFieldBytes);
    // The whole input is checked first: no record is handed out of a file that is not UTF-8.
    if (const qsizetype bad = firstInvalidUtf8(input); bad >= 0) {
        const int line = int(input.first(bad).count('\n')) + 1;
        m_encodingError = errorAt(line, u"invalid UTF-8 (save the file as UTF-8)"_s);
    }
}

Reader::~Reader() = default;

Result<std::optional<Record>> Reader::next()
{
    if (m_encodingError) {
        return *m_encodingError;
    }
    return m_parser->next();
}

int Reader::tooLongField() const
{
    return m_parser->tooLongField();
}

Result<std::vector<Record>> parse(QByteArrayView utf8)
{
    Reader reader(utf8);
    std::vector<Record> records;
    while (true) {
        auto record = reader.next();
        if (!record) {
            return record.error();
        }
        if (!record->has_value()) {
            return records;
        }
        records.push_back(std::move(**record));
    }
}

QString escapeField(const QString& field)
{
    if (!needsQuotes(field)) {
        return field;
    }
    QString quoted = field;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString formatRecord(const QStringList& fields)
{
    // A record of one empty field is written as "" so it is not read back as a skipped empty line.
    if (fields.size() == 1 && fields.front().isEmpty()) {
        return u"\"\"\r\n"_s;
    }
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += u',';
        }
        line += escapeField(fields[i]);
    }
    line += u"\r\n"_s;
    return line;
}

} // namespace rc::core::csv
