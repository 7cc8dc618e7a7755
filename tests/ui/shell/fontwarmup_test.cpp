// SPDX-License-Identifier: GPL-3.0-or-later
// The font warm-up of the start: it may be left at any point without hanging the exit.
#include "fontwarmup.h"

#include <QFont>
#include <QFontDatabase>
#include <QStringList>

#include <gtest/gtest.h>

namespace {

TEST(FontWarmUp, readyApplication_fillsQtsFontDatabase_andWaitsForItsThread)
{
    rc::ui::FontWarmUp warmUp;
    warmUp.applicationReady(QFont(QStringLiteral("DejaVu Sans"), 14));
    warmUp.wait();
    warmUp.wait(); // again: nothing left to wait for

    EXPECT_FALSE(QFontDatabase::families().isEmpty());
}

TEST(FontWarmUp, leftBeforeTheApplicationIsReady_stopsAfterFontconfig)
{
    // An early error exit (bad arguments, no display) never calls applicationReady(): the destructor
    // must neither wait forever nor touch Qt's font database.
    {
        const rc::ui::FontWarmUp warmUp;
    }
    rc::ui::FontWarmUp waited;
    waited.wait();
    SUCCEED();
}

} // namespace
