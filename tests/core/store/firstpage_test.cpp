// SPDX-License-Identifier: GPL-3.0-or-later
// A database whose first page another process is writing this very moment is a few bytes long: it is
// waited for, not called damaged (found by cli.ConcurrentCreateCli under load).
#include "sessionstore.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <thread>

using namespace Qt::StringLiterals;
using rc::core::ErrorCode;
using rc::core::SessionStore;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST(FirstPage, aDatabaseSeenHalfWritten_isOpenedOnceItsFirstPageIsWhole)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString made = folder.filePath(u"made.sqlite"_s);
    ASSERT_TRUE(SessionStore::open(made).ok());
    const QByteArray whole = readAll(made);
    ASSERT_GE(whole.size(), 4096);
    const QString path = folder.filePath(u"sessions.sqlite"_s);
    QFile writing(path);
    ASSERT_TRUE(writing.open(QIODevice::WriteOnly));
    ASSERT_EQ(writing.write(whole.first(20)), 20); // "SQLite format 3" and a little more
    ASSERT_TRUE(writing.flush());

    std::thread writer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        writing.write(whole.sliced(20));
        writing.close();
    });
    const auto store = SessionStore::open(path);
    writer.join();

    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    EXPECT_EQ(*(*store)->count(), 0);
}

TEST(FirstPage, aFileThatStaysShort_isDamaged_andLeftByteForByte)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(u"sessions.sqlite"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write("SQLite format 3\0short", 21), 21);
    file.close();

    const auto store = SessionStore::open(path);

    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(store.error().message.contains(u"too short"_s)) << store.error().message.toStdString();
    EXPECT_EQ(readAll(path), QByteArray("SQLite format 3\0short", 21));
}

} // namespace
