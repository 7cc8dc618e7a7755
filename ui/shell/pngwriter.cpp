// SPDX-License-Identifier: GPL-3.0-or-later
#include "pngwriter.h"

#include <QImage>
#include <QThreadPool>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <latch>
#include <thread>
#include <vector>

namespace rc::ui {

namespace {

// Rows a band gets at least: below that a band costs more than it saves.
constexpr int minimumBandRows = 64;
constexpr int maximumBands = 8;
// Rows converted and deflated at a time: a buffer that stays in the cache.
constexpr int chunkRows = 16;

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
    const auto* bytes = reinterpret_cast<const Bytef*>(out.constData() + start);
    appendUint32(out, static_cast<std::uint32_t>(::crc32(0L, bytes, static_cast<uInt>(size + 4))));
}

// Marks the upper halves of the vector registers clean (vzeroupper) on CPUs with AVX. zlib is built for
// plain x86-64 (SSE); when AVX code ran before on the thread and left those halves dirty, as Qt's raster
// painting and image conversions do, some CPUs (AMD Zen 5 here) run every SSE instruction after it at
// about half speed: the screenshot's PNG took twice as long after the window was painted as before.
void clearUpperVectorState()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    static const bool avx = __builtin_cpu_supports("avx");
    if (avx) {
        asm volatile("vzeroupper");
    }
#endif
}

// Rows `first`..`first + count` of `image` as an image of their own, sharing its pixels (no copy).
QImage rowsOf(const QImage& image, int first, int count)
{
    QImage rows(image.constScanLine(first), image.width(), count, image.bytesPerLine(), image.format());
    if (image.colorCount() > 0) {
        rows.setColorTable(image.colorTable()); // copies the rows (only indexed images have a table)
    }
    return rows;
}

// Rows of the image deflated on their own. A band ends on a byte boundary (a sync flush), so the bands'
// outputs put side by side are one deflate stream; the last band ends the stream.
struct Band
{
    QImage rows;
    QImage::Format pngFormat = QImage::Format_RGB888;
    bool last = false;
    QByteArray deflated;
    uLong adler = 0;
    uLong rawSize = 0;
    bool ok = false;

    void encode()
    {
        const qsizetype rowBytes = qsizetype(rows.width()) * (pngFormat == QImage::Format_RGB888 ? 3 : 4);
        rawSize = uLong(rows.height()) * uLong(rowBytes + 1);
        z_stream stream{};
        // Raw deflate (encodePng writes the zlib header and checksum once for all bands), level 1.
        if (deflateInit2(&stream, 1, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
            return;
        }
        deflated.resize(qsizetype(deflateBound(&stream, rawSize)) + 16);
        stream.next_out = reinterpret_cast<Bytef*>(deflated.data());
        stream.avail_out = static_cast<uInt>(deflated.size());
        adler = adler32(0L, nullptr, 0);

        QByteArray raw(qsizetype(chunkRows) * (rowBytes + 1), Qt::Uninitialized);
        bool deflating = true;
        for (int first = 0; first < rows.height() && deflating; first += chunkRows) {
            const int count = std::min(chunkRows, rows.height() - first);
            // The PNG byte order R, G, B (, A), alpha not premultiplied.
            const QImage converted = rowsOf(rows, first, count).convertToFormat(pngFormat);
            // Filter type 0 (None) on every row: a screenshot of flat panels compresses well without
            // the filter search that costs most of libpng's time.
            char* out = raw.data();
            for (int y = 0; y < count; ++y) {
                *out++ = 0;
                std::memcpy(out, converted.constScanLine(y), std::size_t(rowBytes));
                out += rowBytes;
            }
            const auto length = static_cast<uInt>(out - raw.data());
            clearUpperVectorState(); // after Qt's conversion, before zlib
            adler = adler32(adler, reinterpret_cast<const Bytef*>(raw.constData()), length);
            stream.next_in = reinterpret_cast<Bytef*>(raw.data());
            stream.avail_in = length;
            const bool lastChunk = first + count >= rows.height();
            const int flush = !lastChunk ? Z_NO_FLUSH : last ? Z_FINISH : Z_SYNC_FLUSH;
            const int result = deflate(&stream, flush);
            deflating = stream.avail_in == 0 && (flush == Z_FINISH ? result == Z_STREAM_END : result == Z_OK);
        }
        ok = deflating;
        deflated.resize(qsizetype(stream.total_out));
        deflateEnd(&stream);
    }
};

} // namespace

QByteArray encodePng(const QImage& image, int bands)
{
    if (image.isNull()) {
        return {};
    }
    const int width = image.width();
    const int height = image.height();
    const bool alpha = image.hasAlphaChannel();
    const int cores = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    const int count =
        bands > 0 ? std::min(bands, height) : std::clamp(height / minimumBandRows, 1, std::min(cores, maximumBands));

    std::vector<Band> parts(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const int first = height * i / count;
        Band& band = parts.at(std::size_t(i));
        band.rows = rowsOf(image, first, height * (i + 1) / count - first);
        band.pngFormat = alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888;
        band.last = i == count - 1;
    }
    // Every band but the last on the global pool (its threads are there already, warm), the last one
    // here: this thread would only wait.
    std::latch pooled(static_cast<std::ptrdiff_t>(parts.size() - 1));
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
        QThreadPool::globalInstance()->start([&band = parts.at(i), &pooled] {
            band.encode();
            pooled.count_down();
        });
    }
    parts.back().encode();
    pooled.wait();

    QByteArray idat;
    idat.append(char(0x78)); // zlib header: deflate, 32 KiB window,
    idat.append(char(0x01)); // fastest compression (31 divides 0x7801)
    uLong adler = adler32(0L, nullptr, 0);
    for (const Band& band : parts) {
        if (!band.ok) {
            return {};
        }
        idat.append(band.deflated);
        adler = adler32_combine(adler, band.adler, static_cast<z_off_t>(band.rawSize));
    }
    appendUint32(idat, static_cast<std::uint32_t>(adler));

    QByteArray png;
    png.reserve(idat.size() + 128);
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

    appendChunk(png, "IDAT", idat.constData(), idat.size());
    appendChunk(png, "IEND", nullptr, 0);
    return png;
}

} // namespace rc::ui
