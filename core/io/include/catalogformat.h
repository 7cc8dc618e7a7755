// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QString>

namespace rc::core {

// `recovery-coach techniques --json`: {techniques: [...], routines: [...]}, indented, snake_case keys.
QByteArray catalogToJson(const Catalog& catalog);

// `recovery-coach techniques`: every card and routine as plain text for a terminal, the disclaimer once
// at the end.
QString catalogToText(const Catalog& catalog);

} // namespace rc::core
