// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "session.h"

#include <QByteArray>
#include <QFile>

#include <vector>

namespace rc::core {

// The session CSV of PRODUCT.md section 4:
// started_at,local_date,routine,planned_seconds,worked_seconds,completed,soreness_before,soreness_after,notes

// Every session, in the order given (callers pass oldest first), header row first, UTF-8, CRLF. A text
// field (routine, notes) that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or
// carriage return, after any quotes) is written with a leading ', which parseSessionsCsv() takes off
// again: an export imported again is exactly what was stored (PRODUCT.md section 8).
QByteArray exportSessionsCsv(const std::vector<Session>& sessions);

// Parses and validates every row; the first bad row is an error (InvalidInput, with Error::line) naming
// the line, the column and what is wrong ("line 7: soreness_after is \"11\"; expected empty or a whole
// number 0-10"). started_at becomes Qt::OffsetFromUTC with the file's offset, in whole seconds (Qt
// reports an offset of 0 as Qt::UTC). Notes over 10,000 characters are refused, and a field far longer
// than any note is refused before it is read whole. Rows are read one at a time: beside the file, only
// the sessions are held. Steps are empty. Nothing is stored here.
Result<std::vector<Session>> parseSessionsCsv(QByteArrayView utf8);
// The same for an open file, mapped into memory rather than copied when it is a regular file (a pipe
// or standard input is read whole).
Result<std::vector<Session>> parseSessionsCsv(QFile& file);

} // namespace rc::core
