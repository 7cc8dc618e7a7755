// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using rc::core::ErrorCode;
namespace csv = rc::core::csv;

namespace {

std::vector<csv::Record> parseOk(const QByteArray& input)
{
    auto result = csv::parse(input);
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().message.toStdString());
    return result.ok() ? result.value() : std::vector<csv::Record>{};
}

QStringList fields(std::initializer_list<const char16_t*> values)
{
    QStringList list;
    for (const char16_t* v : values) {
        list.append(QString::fromUtf16(v));
    }
    return list;
}

} // namespace

TEST(Csv, parse_splitsPlainFieldsAndRecords)
{
    const auto records = parseOk("a,b,c\r\n1,2,3\r\n");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].fields, fields({u"a", u"b", u"c"}));
    EXPECT_EQ(records[1].fields, fields({u"1", u"2", u"3"}));
    EXPECT_EQ(records[0].line, 1);
    EXPECT_EQ(records[1].line, 2);
}

TEST(Csv, parse_keepsEmptyFieldsIncludingTrailingOne)
{
    const auto records = parseOk(",x,,\n");
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].fields, fields({u"", u"x", u"", u""}));
}

TEST(Csv, parse_quotedFieldHoldsCommasAndDoubledQuotes)
{
    const auto records = parseOk("\"felt tight, left calf\",\"say \"\"ouch\"\"\",\"\"\r\n");
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].fields, fields({u"felt tight, left calf", u"say \"ouch\"", u""}));
}

TEST(Csv, parse_acceptsLfCrlfAndMixedLineEnds)
{
    const auto records = parseOk("a\nb\r\nc\nd");
    ASSERT_EQ(records.size(), 4u);
    EXPECT_EQ(records[0].fields, fields({u"a"}));
    EXPECT_EQ(records[1].fields, fields({u"b"}));
    EXPECT_EQ(records[2].fields, fields({u"c"}));
    EXPECT_EQ(records[3].fields, fields({u"d"}));
    EXPECT_EQ(records[3].line, 4);
}

TEST(Csv, parse_lineBreakInsideQuotesIsKeptAndAdvancesLineNumbers)
{
    const auto records = parseOk("h1,h2\r\n\"first\r\nsecond\nthird\",x\r\nnext,y\r\n");
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[1].fields, fields({u"first\r\nsecond\nthird", u"x"}));
    EXPECT_EQ(records[1].line, 2);
    // The quoted field spans lines 2-4, so the next record starts on physical line 5.
    EXPECT_EQ(records[2].line, 5);
    EXPECT_EQ(records[2].fields, fields({u"next", u"y"}));
}

TEST(Csv, parse_loneCarriageReturnInsideQuotesIsDataNotALineBreak)
{
    const auto records = parseOk("\"a\rb\",c\nd\n");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].fields, fields({u"a\rb", u"c"}));
    EXPECT_EQ(records[1].line, 2);
}

TEST(Csv, parse_loneCarriageReturnOutsideQuotesIsAnError)
{
    const auto result = csv::parse("a\rb,c\n");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().line, 1);
    EXPECT_TRUE(result.error().message.startsWith(u"line 1: carriage return"_s))
        << result.error().message.toStdString();
}

TEST(Csv, parse_skipsByteOrderMark)
{
    const auto records = parseOk("\xEF\xBB\xBFname,value\r\n");
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].fields, fields({u"name", u"value"}));
}

TEST(Csv, parse_finalLineBreakIsOptional)
{
    const auto with = parseOk("a,b\r\nc,d\r\n");
    const auto without = parseOk("a,b\r\nc,d");
    ASSERT_EQ(with.size(), 2u);
    ASSERT_EQ(without.size(), 2u);
    EXPECT_EQ(with[1].fields, without[1].fields);
    EXPECT_EQ(without[1].fields, fields({u"c", u"d"}));
}

TEST(Csv, parse_quotedFieldAtEndOfInputWithoutLineBreak)
{
    const auto records = parseOk("a,\"b,c\"");
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].fields, fields({u"a", u"b,c"}));
}

TEST(Csv, parse_skipsEmptyLinesButCountsThem)
{
    const auto records = parseOk("a\r\n\r\n\nb\r\n\r\n");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].line, 1);
    EXPECT_EQ(records[1].fields, fields({u"b"}));
    EXPECT_EQ(records[1].line, 4);
}

TEST(Csv, parse_lineOfOneQuotedEmptyFieldIsARecord)
{
    const auto records = parseOk("\"\"\n");
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].fields, fields({u""}));
}

TEST(Csv, parse_emptyInputHasNoRecords)
{
    EXPECT_TRUE(parseOk("").empty());
    EXPECT_TRUE(parseOk("\xEF\xBB\xBF").empty());
}

TEST(Csv, parse_decodesUtf8)
{
    const auto records = parseOk("caf\xC3\xA9,\xF0\x9F\x8F\x83\n");
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].fields, fields({u"café", u"\U0001F3C3"}));
}

TEST(Csv, parse_unterminatedQuoteNamesTheLineWhereItOpened)
{
    const auto result = csv::parse("a,b\r\nc,d\r\ne,\"never closed\r\nstill open\r\n");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(result.error().line, 3);
    EXPECT_EQ(result.error().message, u"line 3: unterminated quoted field 2 (the closing quote is missing)"_s);
}

TEST(Csv, parse_textAfterClosingQuoteIsAnError)
{
    const auto result = csv::parse("h1,h2,h3\na,b,c\nd,e,f\ng,h,\"i\"x\n");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(result.error().line, 4);
    EXPECT_EQ(result.error().message, u"line 4: unexpected text after a closing quote in field 3"_s);
}

TEST(Csv, parse_quoteInsideUnquotedFieldIsAnError)
{
    const auto result = csv::parse("a,b\nc,d\"e\n");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().line, 2);
    EXPECT_TRUE(result.error().message.contains(u"field 2"_s)) << result.error().message.toStdString();
}

TEST(Csv, parse_invalidUtf8NamesItsLine)
{
    const auto result = csv::parse("a,b\r\n\"multi\nline\",ok\r\nbad \xFF byte,x\r\n");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(result.error().line, 4);
    EXPECT_TRUE(result.error().message.startsWith(u"line 4: invalid UTF-8"_s)) << result.error().message.toStdString();
}

TEST(Csv, parse_rejectsOverlongAndSurrogateAndTruncatedSequences)
{
    EXPECT_FALSE(csv::parse("\xC0\xAF").ok());         // overlong '/'
    EXPECT_FALSE(csv::parse("\xED\xA0\x80").ok());     // UTF-16 surrogate U+D800
    EXPECT_FALSE(csv::parse("ok,\xE2\x82").ok());      // truncated at the end
    EXPECT_FALSE(csv::parse("\xF4\x90\x80\x80").ok()); // above U+10FFFF
}

TEST(Csv, escapeField_quotesOnlyWhenNeeded)
{
    EXPECT_EQ(csv::escapeField(u"plain"_s), u"plain"_s);
    EXPECT_EQ(csv::escapeField(QString()), QString());
    EXPECT_EQ(csv::escapeField(u"café"_s), u"café"_s);
    EXPECT_EQ(csv::escapeField(u"a,b"_s), u"\"a,b\""_s);
    EXPECT_EQ(csv::escapeField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    EXPECT_EQ(csv::escapeField(u"two\nlines"_s), u"\"two\nlines\""_s);
    EXPECT_EQ(csv::escapeField(u"cr\rhere"_s), u"\"cr\rhere\""_s);
    EXPECT_EQ(csv::escapeField(u" padded"_s), u"\" padded\""_s);
    EXPECT_EQ(csv::escapeField(u"padded "_s), u"\"padded \""_s);
}

TEST(Csv, formatRecord_joinsWithCommasAndEndsWithCrlf)
{
    EXPECT_EQ(csv::formatRecord(fields({u"a", u"b,c", u""})), u"a,\"b,c\",\r\n"_s);
}

TEST(Csv, formatRecord_thenParseGivesTheFieldsBack)
{
    const QStringList original = fields({u"x, y", u"\"q\"", u"line1\r\nline2", u"cr\ronly", u" sp ", u"", u"é"});
    const QString line = csv::formatRecord(original) + csv::formatRecord(fields({u""}));
    const auto records = parseOk(line.toUtf8());
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].fields, original);
    EXPECT_EQ(records[1].fields, fields({u""}));
}

// Found by csv_fuzz (tests/fuzz/crashes/csv-record-leading-bom): only the file's own byte-order mark
// is skipped; a U+FEFF at the start of a field is data and survives.
TEST(Csv, parse_keepsAByteOrderMarkAtTheStartOfAField)
{
    const QByteArray bom = "\xEF\xBB\xBF";
    const auto records = parseOk(bom + "a," + bom + bom + "b,\"" + bom + "c\"\n");
    ASSERT_EQ(records.size(), 1u);
    // Built with _s literals: QString::fromUtf16 would drop the leading U+FEFF itself.
    EXPECT_EQ(records[0].fields, (QStringList{u"a"_s, u"\uFEFF\uFEFFb"_s, u"\uFEFFc"_s}));
}

TEST(Csv, reader_handsOutOneRecordAtATime_thenNothing)
{
    const QByteArray input = "a,b\n\n\"c\nd\",e\n";
    csv::Reader reader(input);

    const auto first = reader.next();
    const auto second = reader.next();
    const auto end = reader.next();

    ASSERT_TRUE(first.ok() && first->has_value());
    EXPECT_EQ((*first)->fields, fields({u"a", u"b"}));
    EXPECT_EQ((*first)->line, 1);
    ASSERT_TRUE(second.ok() && second->has_value());
    EXPECT_EQ((*second)->fields, fields({u"c\nd", u"e"}));
    EXPECT_EQ((*second)->line, 3);
    ASSERT_TRUE(end.ok());
    EXPECT_FALSE(end->has_value());
}

TEST(Csv, reader_fieldsUpToTheLimit_areRead_oneByteMoreIsAnErrorNamingLineAndField)
{
    const QByteArray input = "abcd,\"ab\"\"c\"\nok,abcde\n";
    csv::Reader reader(input, 4);

    const auto first = reader.next();
    const int tooLongAfterFirst = reader.tooLongField();
    const auto second = reader.next();

    ASSERT_TRUE(first.ok()) << first.error().message.toStdString(); // "ab""c" holds four bytes: ab"c
    EXPECT_EQ((*first)->fields, fields({u"abcd", u"ab\"c"}));
    EXPECT_EQ(tooLongAfterFirst, 0);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(second.error().line, 2);
    EXPECT_EQ(second.error().message, u"line 2: field 2 is longer than 4 bytes"_s);
    EXPECT_EQ(reader.tooLongField(), 2);
}

TEST(Csv, reader_aQuotedFieldOverTheLimit_isNamedByTheLineItOpensOn)
{
    const QByteArray input = "h\n\"" + QByteArray(100, 'x') + "\n" + QByteArray(100, 'y') + "\"\n";
    csv::Reader reader(input, 150);

    ASSERT_TRUE(reader.next().ok());
    const auto tooLong = reader.next();

    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().message, u"line 2: field 1 is longer than 150 bytes"_s);
}

TEST(Csv, reader_invalidUtf8AnywhereInTheFile_isTheFirstAnswer)
{
    const QByteArray input = "a,b\nc,\xC0\xAF\n";
    csv::Reader reader(input);

    const auto first = reader.next();

    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().line, 2);
}
