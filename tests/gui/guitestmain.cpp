// SPDX-License-Identifier: MIT
// The main() of the GUI test programs: offscreen unless a platform is set, QStandardPaths
// test mode, and a home of the process's own. The window remembers its settings and
// last scenario, which test mode keeps under $HOME/.qttest; CTest runs test processes
// in parallel, so each gets its own home and one test's saved state never meets another's.
#include <gtest/gtest.h>

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QTemporaryDir home;
    if (home.isValid())
        qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ModelScout"));
    QApplication::setApplicationName(QStringLiteral("ModelScout"));
    return RUN_ALL_TESTS();
}
