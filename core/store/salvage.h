// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading what is still readable out of a damaged session database, internal to repair.

#include "recordrows.h"
#include "session.h"

#include <QString>

#include <vector>

namespace rc::core {

struct Salvage
{
    std::vector<Session> sessions; // readable and valid, with their ids, in id order
    int unreadable = 0;            // sessions known to exist (from a table or index scan) that could not be read
    int withoutSteps = 0;          // recovered sessions whose step details could not be read
    RecordRows record;             // the settings and pauses that could be read and are valid
};

// Reads sessions and their steps, settings and pauses row by row from `path`, skipping rows that fail. SQLite may write to
// the file (to replay its WAL or a hot journal), so pass a scratch copy, never the damaged original.
// A file SQLite cannot open salvages nothing.
Salvage salvageSessions(const QString& path);

} // namespace rc::core
