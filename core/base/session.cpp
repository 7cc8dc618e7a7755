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

qsizetype characterCount(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        count += c.isLowSurrogate() ? 0 : 1;
    }
    return count;
}

QString firstCharacters(const QString& text, qsizetype characters)
{
    qsizetype units = 0;
    for (qsizetype seen = 0; units < text.size(); ++units) {
        if (!text[units].isLowSurrogate() && seen++ == characters) {
            return text.first(units);
        }
    }
    return text;
}

} // namespace rc::core
