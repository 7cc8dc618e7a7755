// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

namespace rc::core {

QString sideName(Side side)
{
    switch (side) {
    case Side::Left:
        return QStringLiteral("left");
    case Side::Right:
        return QStringLiteral("right");
    case Side::Both:
        break;
    }
    return QStringLiteral("both");
}

std::optional<Side> sideFromName(const QString& name)
{
    for (Side side : {Side::Left, Side::Right, Side::Both}) {
        if (name == sideName(side)) {
            return side;
        }
    }
    return std::nullopt;
}

} // namespace rc::core
