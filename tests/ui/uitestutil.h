// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pieces every window and page test needs: the built-in catalogue, one fixed "today", a readable session
// builder and a fixture with a fresh store. Kept here so a change to how tests set up a store (or to the
// catalogue's loading) is made once, not in each test file.

#include "catalog.h"
#include "session.h"
#include "sessionstore.h"

#include <QDate>
#include <QDateTime>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>
#include <QTime>

#include <gtest/gtest.h>

#include <memory>
#include <utility>

namespace rc::test {

// Loaded once per test program: parsing the catalogue for every test would only slow the suite down,
// and a broken catalogue should fail the first test that uses it, not crash the program.
inline const core::Catalog& catalog()
{
    static const core::Catalog builtIn = [] {
        auto result = core::Catalog::builtIn();
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        return result.ok() ? std::move(result).value() : core::Catalog{};
    }();
    return builtIn;
}

// Wednesday 25 November 2026: mid-week, so the week (Monday start) runs 23-29 November and a
// Sunday-start week (22-28) differs from it. Each test's clock picks the time of day.
inline const QDate wednesday(2026, 11, 25);

// A Runner's recovery session (planned 9 minutes) started at 07:15 +01:00 on `date`.
inline core::Session session(const QDate& date, bool completed = true, int workedSeconds = 540,
                             const QString& notes = {})
{
    core::Session s;
    s.startedAt = QDateTime(date, QTime(7, 15), Qt::OffsetFromUTC, 3600);
    s.localDate = date;
    s.routine = QStringLiteral("runners-recovery");
    s.plannedSeconds = 540;
    s.workedSeconds = workedSeconds;
    s.completed = completed;
    s.notes = notes;
    return s;
}

// A store in a temporary folder of its own, and settings cleared, so no test sees another's data or
// preferences.
class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        openStore();
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("sessions.sqlite")); }

    // Closes the store first, so a test can reopen the same file and see what was really written.
    void openStore()
    {
        m_store.reset();
        auto store = core::SessionStore::open(dbPath());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(store).value();
    }

    // The new session's id, or 0 (with a test failure) when the store refused it.
    qint64 add(const core::Session& s)
    {
        const auto id = m_store->add(s);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<core::SessionStore> m_store;
};

} // namespace rc::test
