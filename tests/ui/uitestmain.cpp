// SPDX-License-Identifier: GPL-3.0-or-later
// Widget tests need a QApplication. QStandardPaths test mode keeps them away from the user's data, and
// a home folder of their own per process keeps tests that ctest runs in parallel from sharing (and
// racing on) one settings file. The app's modules (charts, audio) are taken from the build. The user's
// session bus is out of reach: a test that needs D-Bus starts its own (privatebus.h).
#include "modules.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // ctest sets this too, but the build runs each test binary once to list its tests, with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QTemporaryDir home;
    if (!home.isValid()) {
        return 1;
    }
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(home.filePath(QStringLiteral("no-bus"))));
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_DATA_HOME");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RecoveryCoachTests"));
    QApplication::setApplicationName(QStringLiteral("recovery-coach-tests"));
    rc::ui::setModuleDirectory(QStringLiteral(RC_MODULE_DIR));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
