// SPDX-License-Identifier: GPL-3.0-or-later
// PRODUCT.md section 8: both note fields stop at 10,000 characters, keep what was there when a paste
// does not fit, and show a counter near the limit.
#include "noteedit.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const QString runner = u"\U0001F3C3"_s; // one character, two UTF-16 units

// The counter's digits follow the locale; these tests read them in English.
const bool englishDigits = [] {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return true;
}();

class NoteEditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_note.resize(500, 200);
        m_note.show();
        m_edit = m_note.findChild<QPlainTextEdit*>(u"note"_s);
        m_counter = m_note.findChild<QLabel*>(u"noteCounter"_s);
        ASSERT_NE(m_edit, nullptr);
        ASSERT_NE(m_counter, nullptr);
    }

    void setText(const QString& text)
    {
        m_edit->setPlainText(text);
        m_edit->moveCursor(QTextCursor::End);
    }

    rc::ui::NoteEdit m_note;
    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_counter = nullptr;
};

TEST_F(NoteEditTest, farFromTheLimit_noCounter)
{
    QTest::keyClicks(m_edit, u"left calf tight"_s);

    EXPECT_EQ(m_note.text(), u"left calf tight"_s);
    EXPECT_FALSE(m_counter->isVisible());
}

TEST_F(NoteEditTest, nearTheLimit_theCounterSaysHowMuchIsUsed)
{
    setText(QString(8'999, u'a'));
    EXPECT_FALSE(m_counter->isVisible());

    QTest::keyClicks(m_edit, u"b"_s);

    EXPECT_TRUE(m_counter->isVisible());
    EXPECT_EQ(m_counter->text(), u"9,000 of 10,000 characters"_s);
}

TEST_F(NoteEditTest, atTheLimit_typingAddsNothing_andTheCounterSaysTheNoteIsFull)
{
    setText(QString(9'998, u'a'));

    QTest::keyClicks(m_edit, u"bcdef"_s);

    EXPECT_EQ(m_note.text(), QString(9'998, u'a') + u"bc"_s);
    EXPECT_EQ(m_counter->text(), u"10,000 of 10,000 characters: the note is full"_s);
    EXPECT_EQ(m_counter->property("role").toString(), u"caption-warn"_s);
}

TEST_F(NoteEditTest, aPasteThatDoesNotFit_keepsTheTextAroundIt_andOneUndoTakesItBack)
{
    const QString before = u"start "_s + QString(9'984, u'a');
    setText(before);
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(6);
    m_edit->setTextCursor(cursor);

    QGuiApplication::clipboard()->setText(u"0123456789ABCDEF"_s);

    QTest::keyClick(m_edit, Qt::Key_V, Qt::ControlModifier);

    EXPECT_EQ(m_note.text(), u"start 0123456789"_s + QString(9'984, u'a'));
    QTest::keyClick(m_edit, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_note.text(), before);
}

TEST_F(NoteEditTest, theLastCharacterThatFits_isAnEmojiWhole_neverHalfOfOne)
{
    setText(QString(9'999, u'a'));
    QGuiApplication::clipboard()->setText(runner + runner);

    m_edit->paste();

    EXPECT_EQ(m_note.text(), QString(9'999, u'a') + runner);
}

TEST_F(NoteEditTest, aPasteOverASelection_mayUseTheRoomTheSelectionFrees)
{
    setText(QString(10'000, u'a'));
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(0);
    cursor.setPosition(3, QTextCursor::KeepAnchor);
    m_edit->setTextCursor(cursor);
    QGuiApplication::clipboard()->setText(u"xyzw"_s);

    m_edit->paste();

    EXPECT_EQ(m_note.text(), u"xyz"_s + QString(9'997, u'a'));
}

TEST_F(NoteEditTest, anEditThatGoesAroundTheKeys_isCutToTheLimitToo)
{
    setText(QString(9'999, u'a'));

    m_edit->insertPlainText(u"bcd"_s); // as an input method commits text

    EXPECT_EQ(m_note.text(), QString(9'999, u'a') + u"b"_s);
}

TEST_F(NoteEditTest, clear_hidesTheCounter)
{
    setText(QString(9'500, u'a'));
    ASSERT_TRUE(m_counter->isVisible());

    m_note.clear();

    EXPECT_TRUE(m_note.text().isEmpty());
    EXPECT_FALSE(m_counter->isVisible());
}

TEST(NoteLineEdit, typingStopsAtTheLimit_andTheCounterShowsInsideTheField)
{
    rc::ui::NoteLineEdit edit;
    edit.resize(600, 40);
    edit.show();
    auto* counter = edit.findChild<QLabel*>(u"noteCounter"_s);
    ASSERT_NE(counter, nullptr);
    edit.setText(QString(9'998, u'a'));
    edit.end(false);

    QTest::keyClicks(&edit, u"bcdef"_s);

    EXPECT_EQ(edit.text(), QString(9'998, u'a') + u"bc"_s);
    EXPECT_TRUE(counter->isVisible());
    EXPECT_EQ(counter->text(), u"10,000/10,000"_s);
    EXPECT_EQ(counter->property("role").toString(), u"caption-warn"_s);
    EXPECT_LE(counter->geometry().right(), edit.width());
    EXPECT_GE(edit.textMargins().right(), counter->width()) << "the text stops short of the counter";
}

TEST(NoteLineEdit, aPasteThatDoesNotFit_isRefusedWhole_andTheNoteStaysAsItWas)
{
    rc::ui::NoteLineEdit edit;
    edit.setText(QString(9'990, u'a'));
    edit.end(false);

    edit.insert(QString(11, u'b'));

    EXPECT_EQ(edit.text(), QString(9'990, u'a'));
}

TEST(NoteCounterText, isEmptyBelowNineTenths_andCountsWithTheLocalesDigits)
{
    EXPECT_TRUE(rc::ui::noteCounterText(0).isEmpty());
    EXPECT_TRUE(rc::ui::noteCounterText(8'999).isEmpty());
    EXPECT_EQ(rc::ui::noteCounterText(9'999), u"9,999 of 10,000 characters"_s);
    EXPECT_EQ(rc::ui::noteCounterText(9'000, rc::ui::CounterLength::Short), u"9,000/10,000"_s);
}

} // namespace
