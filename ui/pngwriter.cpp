// SPDX-License-Identifier: GPL-3.0-or-later
#include "pngwriter.h"

#include <QImage>
#include <QtEndian>

#include <array>
#include <cstdint>
#include <cstring>

namespace rc::ui {

namespace {

// CRC-32 as the PNG specification defines it (ISO 3309, the same as zlib's).
std::uint32_t crc32(const char* data, qsizetype size, std::uint32_t crc = 0)
{
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> entries{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1U) != 0 ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            }
            entries.at(n) = c;
        }
        return entries;
    }();
    crc = ~crc;
    for (qsizetype i = 0; i < size; ++i) {
        crc = table.at((crc ^ static_cast<std::uint8_t>(data[i])) & 0xFFU) ^ (crc >> 8);
    }
    return ~crc;
}

void appendUint32(QByteArray& out, std::uint32_t value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray& out, const char* type, const char* data, qsizetype size)
{
    appendUint32(out, static_cast<std::uint32_t>(size));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data, size);
    appendUint32(out, crc32(out.constData() + start, size + 4));
}

} // namespace

QByteArray encodePng(const QImage& image)
{
    if (image.isNull()) {
        return {};
    }
    const bool alpha = image.hasAlphaChannel();
    // Byte order R, G, B (, A) is exactly a PNG row; alpha not premultiplied, as PNG stores it.
    const QImage rows = image.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    const int width = rows.width();
    const int height = rows.height();
    const qsizetype rowBytes = static_cast<qsizetype>(width) * (alpha ? 4 : 3);

    // Filter type 0 (None) on every row: a screenshot of flat panels compresses well without the
    // filter search that costs most of libpng's time.
    QByteArray raw(static_cast<qsizetype>(height) * (rowBytes + 1), Qt::Uninitialized);
    char* out = raw.data();
    for (int y = 0; y < height; ++y) {
        *out++ = 0;
        std::memcpy(out, rows.constScanLine(y), static_cast<std::size_t>(rowBytes));
        out += rowBytes;
    }
    // qCompress is a zlib stream after a 4-byte length of Qt's own: IDAT takes the stream.
    const QByteArray compressed = qCompress(raw, 1);

    QByteArray png;
    png.reserve(compressed.size() + 128);
    png.append("\x89PNG\r\n\x1a\n", 8);

    QByteArray header;
    appendUint32(header, static_cast<std::uint32_t>(width));
    appendUint32(header, static_cast<std::uint32_t>(height));
    header.append(char(8));             // bits per sample
    header.append(char(alpha ? 6 : 2)); // colour type: RGBA or RGB
    header.append(3, char(0));          // deflate, adaptive filtering, no interlace
    appendChunk(png, "IHDR", header.constData(), header.size());

    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        QByteArray physical;
        appendUint32(physical, static_cast<std::uint32_t>(image.dotsPerMeterX()));
        appendUint32(physical, static_cast<std::uint32_t>(image.dotsPerMeterY()));
        physical.append(char(1)); // the unit is the metre
        appendChunk(png, "pHYs", physical.constData(), physical.size());
    }

    appendChunk(png, "IDAT", compressed.constData() + 4, compressed.size() - 4);
    appendChunk(png, "IEND", nullptr, 0);
    return png;
}

} // namespace rc::ui
