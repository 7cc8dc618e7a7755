// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the CSV import path: the RFC 4180 reader and the session CSV on top of it.
// Any input may be rejected; what must never happen is a crash, a sanitizer report, or an accepted
// file that does not survive export and re-import unchanged (the import/export contract of PRODUCT.md).
#include "csv.h"
#include "sessioncsv.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

using namespace rc::core;

// The detail is printed with control bytes escaped: the inputs are full of NULs and bare CRs.
[[noreturn]] void fail(const char* what, const QByteArray& detail = {})
{
    std::fprintf(stderr, "csv_fuzz: %s\n", what);
    for (char c : detail) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '\n' || (byte >= 0x20 && byte < 0x7F && byte != '\\')) {
            std::fputc(byte, stderr);
        } else {
            std::fprintf(stderr, "\\x%02X", byte);
        }
    }
    std::fputc('\n', stderr);
    std::abort();
}

// Session::operator== compares startedAt as an instant only; the offset is part of the exported
// text too, so it must survive the round trip as well.
bool sameSessions(const std::vector<Session>& a, const std::vector<Session>& b)
{
    if (a != b) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].startedAt.offsetFromUtc() != b[i].startedAt.offsetFromUtc()) {
            return false;
        }
    }
    return true;
}

void checkSessionRoundTrip(const QByteArray& input)
{
    const auto sessions = parseSessionsCsv(input);
    if (!sessions) {
        if (sessions.error().message.isEmpty()) {
            fail("parseSessionsCsv rejected the input without a message");
        }
        return;
    }
    const QByteArray exported = exportSessionsCsv(*sessions);
    const auto reparsed = parseSessionsCsv(exported);
    if (!reparsed) {
        fail("an accepted file no longer parses after export", reparsed.error().message.toUtf8() + "\n" + exported);
    }
    if (!sameSessions(*sessions, *reparsed)) {
        fail("export then import changed the sessions", exported);
    }
    // Export of an export is byte-identical: nothing drifts on repeated backups.
    if (exportSessionsCsv(*reparsed) != exported) {
        fail("a second export differs from the first", exported);
    }
}

void checkRecordRoundTrip(const QByteArray& input)
{
    const auto records = csv::parse(input);
    if (!records) {
        return;
    }
    // A leading U+FEFF would be taken for the byte-order mark the reader skips, so the writer's output
    // is read back behind a mark of its own, as a file saved with one would be.
    QString text(QChar(0xFEFF));
    for (const csv::Record& record : *records) {
        text += csv::formatRecord(record.fields);
    }
    const auto reparsed = csv::parse(text.toUtf8());
    if (!reparsed) {
        fail("formatted records no longer parse", reparsed.error().message.toUtf8());
    }
    if (reparsed->size() != records->size()) {
        fail("formatted records parse to a different number of records", text.toUtf8());
    }
    for (std::size_t i = 0; i < records->size(); ++i) {
        if ((*records)[i].fields != (*reparsed)[i].fields) {
            fail("formatted records parse to different fields", text.toUtf8());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    checkSessionRoundTrip(input);
    checkRecordRoundTrip(input);
    return 0;
}
