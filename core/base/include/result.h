// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace rc::core {

// What went wrong, as the caller needs to tell it apart: a busy database is retried, a full disk is
// reported, a corrupt file is repaired, a newer schema is left alone.
enum class ErrorCode
{
    Busy,         // another process holds the write lock beyond the busy timeout
    Full,         // disk or quota full
    Corrupt,      // not a database, or fails quick_check
    ReadOnly,     // file or folder not writable
    NewerSchema,  // written by a newer Recovery Coach
    Duplicate,    // a session with the same start instant and routine is already stored
    InvalidInput, // bad user input: CSV row, command-line value, catalog field
    NotFound,     // no such session, technique, routine or file
    Io,           // any other I/O failure
    Other,
};

// An error a runner can act on: `message` is one line that says what is wrong and where.
struct Error
{
    ErrorCode code = ErrorCode::Other;
    QString message;
    int line = 0; // 1-based line in an input file, 0 when not about a file
};

// A value or the error that prevented it; the caller must look (nodiscard).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success or an error, for operations that return nothing.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, QString message, int line = 0)
{
    return Error{code, std::move(message), line};
}

} // namespace rc::core
