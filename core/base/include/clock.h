// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <chrono>

namespace rc::core {

using Millis = std::chrono::milliseconds;

// The only way code reads time (KeePassXC's Clock, but injected, never global).
// now(): the wall clock, local time with its UTC offset, for recording when a session happened.
// monotonic(): a steady clock for timing; never jumps with system clock changes.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    virtual Millis monotonic() const = 0;

    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    Millis monotonic() const override;
};

// A clock that only moves when told to: tests, screenshots and benchmarks.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now = {}, Millis monotonic = Millis{0})
        : m_now(std::move(now)), m_monotonic(monotonic)
    {
    }

    QDateTime now() const override { return m_now; }
    Millis monotonic() const override { return m_monotonic; }

    void setNow(const QDateTime& now) { m_now = now; }
    // Moves both clocks forward together.
    void advance(Millis by)
    {
        m_monotonic += by;
        m_now = m_now.addMSecs(by.count());
    }

private:
    QDateTime m_now;
    Millis m_monotonic;
};

} // namespace rc::core
