// SPDX-License-Identifier: GPL-3.0-or-later
// The screenshot PNG encoder: lossless, RGB or RGBA, readable by any PNG reader (here Qt's).
#include "pngwriter.h"

#include <QImage>
#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace {

using rc::ui::encodePng;

QImage noisy(QImage::Format format, int width, int height)
{
    QImage image(width, height, format);
    QRandomGenerator random(42);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const quint32 value = random.generate();
            // Flat runs as on a window, and noise as on text edges and pictures.
            image.setPixel(x, y,
                           x < width / 2 ? qRgb(0x1B, 0x21, 0x29)
                                         : value | (format == QImage::Format_RGB32 ? 0xFF000000U : 0));
        }
    }
    return image;
}

TEST(PngWriter, opaqueImage_decodesToTheSamePixels_asRgb)
{
    const QImage image = noisy(QImage::Format_RGB32, 37, 23);

    const QByteArray png = encodePng(image);

    ASSERT_TRUE(png.startsWith("\x89PNG\r\n\x1a\n"));
    EXPECT_EQ(png.at(25), char(2)); // IHDR colour type: RGB
    const QImage decoded = QImage::fromData(png, "PNG");
    ASSERT_FALSE(decoded.isNull());
    EXPECT_FALSE(decoded.hasAlphaChannel());
    EXPECT_EQ(decoded.convertToFormat(QImage::Format_RGB32), image);
}

TEST(PngWriter, imageWithAlpha_keepsItsAlpha)
{
    const QImage image = noisy(QImage::Format_ARGB32, 16, 9);

    const QByteArray png = encodePng(image);

    EXPECT_EQ(png.at(25), char(6)); // IHDR colour type: RGBA
    const QImage decoded = QImage::fromData(png, "PNG");
    ASSERT_FALSE(decoded.isNull());
    EXPECT_EQ(decoded.convertToFormat(QImage::Format_ARGB32), image);
}

TEST(PngWriter, bandsDeflatedApart_makeOneStream_withTheSamePixels)
{
    // Rows of different lengths per band (101 rows in 1, 3 and 7 bands, one row each at the most), a
    // band boundary inside the flat half and inside the noise, and an indexed image the bands convert.
    const QImage image = noisy(QImage::Format_RGB32, 97, 101);
    for (const int bands : {1, 3, 7, 101, 500}) {
        const QImage decoded = QImage::fromData(encodePng(image, bands), "PNG");
        ASSERT_FALSE(decoded.isNull()) << bands << " bands";
        EXPECT_EQ(decoded.convertToFormat(QImage::Format_RGB32), image) << bands << " bands";
    }
    const QImage indexed = image.convertToFormat(QImage::Format_Indexed8);
    const QImage decoded = QImage::fromData(encodePng(indexed, 4), "PNG");
    EXPECT_EQ(decoded.convertToFormat(QImage::Format_RGB32), indexed.convertToFormat(QImage::Format_RGB32));
}

TEST(PngWriter, keepsTheResolution_andRefusesANullImage)
{
    QImage image = noisy(QImage::Format_RGB32, 4, 4);
    image.setDotsPerMeterX(5669); // 144 dpi
    image.setDotsPerMeterY(5669);

    const QImage decoded = QImage::fromData(encodePng(image), "PNG");

    EXPECT_EQ(decoded.dotsPerMeterX(), 5669);
    EXPECT_EQ(decoded.dotsPerMeterY(), 5669);
    EXPECT_TRUE(encodePng(QImage()).isEmpty());
}

} // namespace
