// SPDX-License-Identifier: GPL-3.0-or-later
// Widget tests need a QApplication; QStandardPaths test mode keeps them away from the user's data.
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // ctest sets this too, but the build runs each test binary once to list its tests, with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RecoveryCoachTests"));
    QApplication::setApplicationName(QStringLiteral("recovery-coach-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
