// SPDX-License-Identifier: GPL-3.0-or-later
// A note's length as its writer counts it, and a note cut to the limit without breaking a letter.
#include "session.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using rc::core::characterCount;
using rc::core::firstCharacters;

namespace {

const QString runner = u"\U0001F3C3"_s; // one character, two UTF-16 units

TEST(NoteLength, characterCount_countsAnEmojiAsOne)
{
    EXPECT_EQ(characterCount(u""_s), 0);
    EXPECT_EQ(characterCount(u"calf"_s), 4);
    EXPECT_EQ(characterCount(QString(u"ok "_s + runner + runner)), 5);
    EXPECT_EQ(characterCount(u"Wade \u00FC"_s), 6);
}

TEST(NoteLength, firstCharacters_cutsAfterThatManyCharacters)
{
    EXPECT_EQ(firstCharacters(u"soreness"_s, 4), u"sore"_s);
    EXPECT_EQ(firstCharacters(QString(u"ab"_s + runner + u"cd"_s), 3), u"ab"_s + runner);
    EXPECT_EQ(firstCharacters(QString(runner + runner + runner), 2), runner + runner);
    EXPECT_EQ(firstCharacters(u"x"_s, 0), u""_s);
}

TEST(NoteLength, firstCharacters_ofATextNoLonger_isTheText)
{
    EXPECT_EQ(firstCharacters(u"calf"_s, 4), u"calf"_s);
    EXPECT_EQ(firstCharacters(u"calf"_s, 10), u"calf"_s);
    EXPECT_EQ(firstCharacters(QString(u"a"_s + runner), 2), QString(u"a"_s + runner));
    EXPECT_EQ(firstCharacters(QString(), 3), QString());
}

} // namespace
