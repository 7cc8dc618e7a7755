// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteedit.h"

#include "session.h"
#include "theme.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>
#include <QValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

using core::characterCount;
using core::maxNoteCharacters;

// The counter appears once a note has used nine tenths of its room.
constexpr qsizetype counterFrom = maxNoteCharacters - maxNoteCharacters / 10;

void showCounter(QLabel* counter, qsizetype characters, CounterLength length)
{
    const QString text = noteCounterText(characters, length);
    counter->setText(text);
    counter->setVisible(!text.isEmpty());
    setRole(counter, characters >= maxNoteCharacters ? "caption-warn" : "caption");
}

// Refuses an edit that would make the one-line note longer than the limit: the field stops there.
class NoteLengthValidator : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString& input, int&) const override
    {
        return characterCount(input) > maxNoteCharacters ? Invalid : Acceptable;
    }
};

// Typing and pasting stop at the limit before the text changes, so undo and redo see only what was
// really typed or pasted.
class LimitedPlainTextEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        // A shortcut (Ctrl+Z, Ctrl+V) is not typing, whatever text the platform gives it.
        const bool shortcut = event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
        const QString typed = event->text();
        const bool inserts = !shortcut && !typed.isEmpty() && (typed.front().isPrint() || typed.front() == u'\r');
        if (inserts && room() < characterCount(typed)) {
            event->accept(); // full: the key adds nothing
            return;
        }
        QPlainTextEdit::keyPressEvent(event);
    }

    void insertFromMimeData(const QMimeData* source) override
    {
        if (source->hasText() && characterCount(source->text()) > room()) {
            QMimeData fits;
            fits.setText(core::firstCharacters(source->text(), qMax<qsizetype>(0, room())));
            QPlainTextEdit::insertFromMimeData(&fits);
            return;
        }
        QPlainTextEdit::insertFromMimeData(source);
    }

private:
    // How many characters fit where the cursor is: what a typed or pasted text replaces is freed first.
    qsizetype room() const
    {
        return maxNoteCharacters - characterCount(toPlainText()) + characterCount(textCursor().selectedText());
    }
};

} // namespace

QString noteCounterText(qsizetype characters, CounterLength length)
{
    if (characters < counterFrom) {
        return {};
    }
    const QLocale locale;
    if (length == CounterLength::Short) {
        return NoteEdit::tr("%1/%2").arg(locale.toString(qMin(characters, maxNoteCharacters)),
                                         locale.toString(maxNoteCharacters));
    }
    if (characters >= maxNoteCharacters) {
        return NoteEdit::tr("%1 of %1 characters: the note is full").arg(locale.toString(maxNoteCharacters));
    }
    return NoteEdit::tr("%1 of %2 characters").arg(locale.toString(characters), locale.toString(maxNoteCharacters));
}

NoteEdit::NoteEdit(QWidget* parent) : QWidget(parent)
{
    m_edit = new LimitedPlainTextEdit(this);
    m_edit->setObjectName(u"note"_s);
    m_edit->setTabChangesFocus(true);
    m_edit->setMaximumHeight(140); // a few lines: a note, not a diary page
    m_edit->setAccessibleName(tr("Note"));
    setFocusProxy(m_edit);
    m_counter = new QLabel(this);
    m_counter->setObjectName(u"noteCounter"_s);
    m_counter->setAlignment(Qt::AlignRight);
    m_counter->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_counter);

    // Anything else that makes the note too long (an input method, a drop) is cut after the change.
    // Where the change was is known during it; the document may be edited only once it is over.
    connect(m_edit->document(), &QTextDocument::contentsChange, this, [this](int position, int, int added) {
        m_changeStart = position;
        m_changeAdded = added;
    });
    connect(m_edit->document(), &QTextDocument::contentsChanged, this,
            [this] { keepWithinLimit(m_changeStart, m_changeAdded); });
}

QString NoteEdit::text() const
{
    return m_edit->toPlainText();
}

void NoteEdit::clear()
{
    m_edit->clear();
}

void NoteEdit::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void NoteEdit::keepWithinLimit(int position, int added)
{
    if (m_cutting) {
        return;
    }
    QTextDocument* document = m_edit->document();
    const QString text = document->toPlainText();
    const qsizetype over = characterCount(text) - maxNoteCharacters;
    if (over > 0) {
        // Take the excess off the end of what was just typed or pasted, so the text that was there
        // stays whole. A change reported larger than the document (Qt does at times) is cut to it.
        const qsizetype end = qMin<qsizetype>(position + added, text.size());
        const qsizetype start = qMax<qsizetype>(0, qMin<qsizetype>(position, end));
        const QString inserted = text.sliced(start, end - start);
        const qsizetype keep = qMax<qsizetype>(0, characterCount(inserted) - over);
        qsizetype cutFrom = start + core::firstCharacters(inserted, keep).size();
        qsizetype cutTo = end;
        if (characterCount(inserted) < over) { // not where Qt said: cut the end of the note instead
            cutFrom = core::firstCharacters(text, maxNoteCharacters).size();
            cutTo = text.size();
        }
        m_cutting = true;
        QTextCursor cursor(document);
        cursor.joinPreviousEditBlock(); // one undo takes back the paste and its cut together
        cursor.setPosition(int(cutFrom));
        cursor.setPosition(int(cutTo), QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.endEditBlock();
        m_cutting = false;
        m_edit->setTextCursor(cursor);
    }
    updateCounter();
}

void NoteEdit::updateCounter()
{
    showCounter(m_counter, characterCount(m_edit->toPlainText()), CounterLength::Full);
}

NoteLineEdit::NoteLineEdit(QWidget* parent) : QLineEdit(parent)
{
    setObjectName(u"noteEditor"_s);
    setValidator(new NoteLengthValidator(this));
    m_counter = new QLabel(this);
    m_counter->setObjectName(u"noteCounter"_s);
    m_counter->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_counter->hide();
    connect(this, &QLineEdit::textChanged, this, &NoteLineEdit::updateCounter);
}

void NoteLineEdit::resizeEvent(QResizeEvent* event)
{
    QLineEdit::resizeEvent(event);
    placeCounter();
}

void NoteLineEdit::placeCounter()
{
    const QSize size = m_counter->sizeHint();
    m_counter->setGeometry(width() - size.width() - 6, (height() - size.height()) / 2, size.width(), size.height());
}

void NoteLineEdit::updateCounter()
{
    showCounter(m_counter, characterCount(text()), CounterLength::Short);
    // The text stops short of the counter rather than running under it.
    setTextMargins(0, 0, m_counter->isVisible() ? m_counter->sizeHint().width() + 12 : 0, 0);
    placeCounter();
}

} // namespace rc::ui
