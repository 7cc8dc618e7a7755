// SPDX-License-Identifier: GPL-3.0-or-later
#include "utf8.h"

#include <QStringDecoder>

namespace rc::core {

QString fromUtf8KeepingBom(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

} // namespace rc::core
