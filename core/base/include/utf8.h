// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace rc::core {

// UTF-8 to QString keeping a leading U+FEFF: QString::fromUtf8 drops it, which would silently change a
// note or CSV field that starts with one (found by csv_fuzz).
QString fromUtf8KeepingBom(QByteArrayView bytes);

} // namespace rc::core
