// SPDX-License-Identifier: MIT
// The ModelScout desktop app: parses the command line and opens the main window.

#include <cstdio>
#include <filesystem>

#include <QAction>
#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QPixmap>
#include <QTimer>
#include <QToolBox>

#include "core/catalog/loader.h"
#include "gui/language.h"
#include "gui/mainwindow.h"

namespace {

/** --measure-startup: on the window's first paint, waits for the event loop to be idle
 *  (the window is interactive), prints the milliseconds since main() began and exits. */
class StartupProbe : public QObject
{
public:
    StartupProbe(const QElapsedTimer& clock, QApplication& app) : m_clock(clock), m_app(app) {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, &m_app, [this] {
                std::printf("startup: %lld ms from main() to the first paint, event loop idle\n",
                            static_cast<long long>(m_clock.elapsed()));
                std::fflush(stdout);
                m_app.exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
    QApplication& m_app;
    bool m_painted = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ModelScout"));
    QApplication::setApplicationName(QStringLiteral("ModelScout"));
    QApplication::setApplicationVersion(QStringLiteral(MODELSCOUT_VERSION));
    // The language before any string: --lang (below) may still override it.
    ms::gui::applyLanguage(ms::gui::languagePreference());

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
    // For screenshots in a given language without touching the stored preference.
    QCommandLineOption langOption(QStringLiteral("lang"),
                                  QApplication::translate("main", "Show the window in <language>: system, en or tr."),
                                  QStringLiteral("language"));
    langOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(langOption);
    // For the README screenshots of the analysis windows.
    QCommandLineOption viewOption(QStringLiteral("view"),
                                  QApplication::translate("main", "Open the <view> window too and grab it instead of "
                                                                  "the main window: compare or sensitivity."),
                                  QStringLiteral("view"));
    viewOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(viewOption);
    // For bench/measure_startup.sh (docs/performance.md): print the start-up time and exit.
    QCommandLineOption measureStartupOption(QStringLiteral("measure-startup"),
                                            QStringLiteral("Print the milliseconds to the first paint and exit."));
    measureStartupOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(measureStartupOption);
    parser.process(app);

    if (parser.isSet(langOption)) {
        const QString lang = parser.value(langOption);
        if (lang == QLatin1String("tr"))
            ms::gui::applyLanguage(ms::gui::LanguagePreference::Turkish);
        else if (lang == QLatin1String("en"))
            ms::gui::applyLanguage(ms::gui::LanguagePreference::English);
        else
            ms::gui::applyLanguage(ms::gui::LanguagePreference::System);
    }
    const QString view = parser.value(viewOption);
    if (!view.isEmpty() && view != QLatin1String("compare") && view != QLatin1String("sensitivity")) {
        qCritical("--view takes compare or sensitivity, not %s", qPrintable(view));
        return 2;
    }

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

    // The host makes the window again in the new language when Settings › Language changes.
    ms::gui::WindowHost host;
    ms::gui::MainWindow& window = *host.window();
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

    QWidget* shown = &window;
    if (!view.isEmpty()) {
        const QString action = view == QLatin1String("compare") ? QStringLiteral("actionCompareSelected")
                                                                 : QStringLiteral("actionSensitivity");
        const QString dialogName = view == QLatin1String("compare") ? QStringLiteral("compareDialog")
                                                                     : QStringLiteral("sensitivityDialog");
        if (auto* trigger = window.findChild<QAction*>(action); trigger != nullptr && trigger->isEnabled())
            trigger->trigger();
        shown = window.findChild<QDialog*>(dialogName);
        if (shown == nullptr)
            loaded = false;
    }

    if (!screenshot.isEmpty()) {
        // Let the windows lay themselves out and paint once before one is grabbed.
        QTimer::singleShot(400, &window, [shown, &window, &app, screenshot, loaded] {
            const bool saved = (shown != nullptr ? shown : &window)->grab().save(screenshot);
            app.exit(saved && loaded ? 0 : 1);
        });
    }
    StartupProbe probe(sinceStart, app);
    if (parser.isSet(measureStartupOption))
        window.installEventFilter(&probe);
    return app.exec();
}
