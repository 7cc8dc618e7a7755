// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fixture every CLI test shares: runs the built recovery-coach binary with a temporary --db, no
// display, its own XDG folders and a fixed locale (so the default first day of the week is Monday).
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace rc::test {

struct ProcessResult
{
    int exitCode = -1; // -1 when the process crashed
    QByteArray out;
    QByteArray err;
};

class CliTestBase : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("sessions.sqlite"));
        m_configHome = m_dir.filePath(QStringLiteral("xdg-config"));
    }

    // `input` is written to standard input; `withDb` adds --db <temporary database>.
    ProcessResult run(QStringList arguments, const QByteArray& input = {}, bool withDb = true)
    {
        if (withDb) {
            arguments << QStringLiteral("--db") << m_db;
        }
        QString program = QString::fromUtf8(RC_BINARY);
        if (!m_runAs.isEmpty()) {
            arguments = m_runAs + QStringList{program} + arguments;
            program = QStringLiteral("setpriv");
        }
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(program, arguments);
        EXPECT_TRUE(process.waitForStarted(10000));
        if (!input.isNull()) {
            process.write(input);
        }
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(30000));
        ProcessResult result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // What the binary runs with: no display, no session bus but m_busAddress, its own XDG folders.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Commands must run without any display.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        if (!m_platform.isEmpty()) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), m_platform);
        }
        // Never the user's bus: a test that wants one starts its own (privatebus.h).
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   m_busAddress.isEmpty() ? QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus"))
                                          : m_busAddress);
        // Never the user's systemd either: `systemctl --user` finds its manager through XDG_RUNTIME_DIR, and
        // this one has none (settings reminders on then writes the autostart entry, in m_configHome).
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configHome);
        env.insert(QStringLiteral("LC_ALL"), m_locale);
        env.insert(QStringLiteral("LANG"), m_locale);
        return env;
    }

    // Beside the test's folder, not in it (tests list what a command left there); private as the
    // specification wants it, or Qt warns.
    QString runtimeDir() const
    {
        QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return m_runtime.path();
    }

    static QString fixture(const QString& name)
    {
        return QString::fromUtf8(RC_TEST_DATA_DIR) + QStringLiteral("/cli/") + name;
    }

    static QByteArray fileBytes(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }

    // An error is exactly one line on stderr, nothing on stdout, and a non-zero exit.
    static void expectOneLineError(const ProcessResult& r, const char* mustContain)
    {
        EXPECT_NE(r.exitCode, 0);
        EXPECT_TRUE(r.out.isEmpty()) << r.out.constData();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.constData();
        EXPECT_TRUE(r.err.endsWith('\n'));
        EXPECT_TRUE(r.err.contains(mustContain)) << r.err.constData();
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_runtime;
    QString m_db;
    QString m_configHome;
    QString m_locale = QStringLiteral("C.UTF-8");
    QStringList m_runAs;  // setpriv arguments: root ignores file permissions, so such tests run as nobody
    QString m_platform;   // QT_QPA_PLATFORM for the window's commands (--screenshot): "offscreen"
    QString m_busAddress; // DBUS_SESSION_BUS_ADDRESS; empty for none
};

} // namespace rc::test
