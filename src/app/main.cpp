// SPDX-License-Identifier: MIT
// The ModelScout desktop app: parses the command line and opens the main window.

#include <filesystem>

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>
#include <QPixmap>
#include <QTimer>
#include <QToolBox>

#include "core/catalog/loader.h"
#include "gui/mainwindow.h"

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ModelScout"));
    QApplication::setApplicationName(QStringLiteral("ModelScout"));
    QApplication::setApplicationVersion(QStringLiteral(MODELSCOUT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Choose the AI behind your mod's characters."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("catalog"),
                                 QApplication::translate("main", "Catalog file to open (default: the bundled catalog)."),
                                 QStringLiteral("[catalog]"));
    // For the README and CI smoke runs: render the window after loading, save it, exit.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a screenshot of the window to <file> and exit."),
                                        QStringLiteral("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    // For screenshots of the other pages of the left panel and of a given scenario.
    QCommandLineOption pageOption(QStringLiteral("page"),
                                  QApplication::translate("main", "Open page <n> of the left panel (0 weights, 1 must-haves, "
                                                                  "2 usage, 3 advanced)."),
                                  QStringLiteral("n"));
    pageOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(pageOption);
    QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                      QApplication::translate("main", "Rank with the scenario file <file>."),
                                      QStringLiteral("file"));
    scenarioOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(scenarioOption);
    parser.process(app);

    const QString screenshot = parser.value(screenshotOption);
    const QStringList positional = parser.positionalArguments();

    QString path;
    if (!positional.isEmpty()) {
        path = positional.first();
    } else {
        const std::filesystem::path bundled = ms::bundledCatalogPath();
        if (!bundled.empty())
            path = QFile::decodeName(bundled.string().c_str());
    }

    ms::gui::MainWindow window;
    if (!screenshot.isEmpty()) {
        window.setInteractive(false);
        window.resetLayout();
    }
    window.show();

    bool loaded = false;
    if (path.isEmpty()) {
        if (screenshot.isEmpty()) {
            QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "No catalog"),
                            QApplication::translate("main", "The bundled catalog was not found. "
                                                            "Open a catalog with File › Open Catalog…"),
                            QMessageBox::Ok, &window);
            box.setTextFormat(Qt::PlainText);
            box.exec();
        }
    } else {
        loaded = window.loadCatalog(path);
    }
    if (loaded && parser.isSet(scenarioOption)) {
        const ms::ScenarioLoadResult scenario =
            ms::loadScenarioFromFile(QFile::encodeName(parser.value(scenarioOption)).toStdString(), *window.catalog());
        if (scenario.ok())
            window.setScenario(*scenario.scenario);
        else
            loaded = false;
    }
    if (parser.isSet(pageOption)) {
        if (auto* pages = window.findChild<QToolBox*>(QStringLiteral("scenarioToolBox")))
            pages->setCurrentIndex(parser.value(pageOption).toInt());
    }

    if (!screenshot.isEmpty()) {
        // Let the window lay itself out and paint once before it is grabbed.
        QTimer::singleShot(250, &window, [&window, &app, screenshot, loaded] {
            const bool saved = window.grab().save(screenshot);
            app.exit(saved && loaded ? 0 : 1);
        });
    }
    return app.exec();
}
