// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace rc::ui {

// PRODUCT.md section 8: a note holds at most core::maxNoteCharacters characters. Both note fields
// stop there: typing at the limit adds nothing, and a paste keeps only what fits. Near the limit a
// counter says how much is used; at the limit it says the note is full.

// The session summary's note: a few lines of text, with the counter under them on the right.
class NoteEdit : public QWidget
{
    Q_OBJECT

public:
    explicit NoteEdit(QWidget* parent = nullptr);

    QString text() const;
    void clear();
    void setPlaceholderText(const QString& text);

private:
    void keepWithinLimit(int position, int added);
    void updateCounter();

    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_counter = nullptr;
    bool m_cutting = false;
    int m_changeStart = 0;
    int m_changeAdded = 0;
};

// History's note cell: one line, the counter inside the field at its right end.
class NoteLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit NoteLineEdit(QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateCounter();
    void placeCounter();

    QLabel* m_counter = nullptr;
};

enum class CounterLength
{
    Full,  // "9,500 of 10,000 characters", "... the note is full"
    Short, // "9,500/10,000", inside a table cell
};

// What the counter shows for a note of `characters` characters: nothing while far from the limit.
QString noteCounterText(qsizetype characters, CounterLength length = CounterLength::Full);

} // namespace rc::ui
