// SPDX-License-Identifier: MIT
// The main window's File menu beyond Open Catalog and Export PDF (Open Scenario, Open
// Recent, Export Report, Print Preview, Print), drag and drop of files, the action icons
// and Help › About.
#include <algorithm>
#include <filesystem>
#include <string>

#include <QAction>
#include <QCursor>
#include <QDir>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

#include "core/catalog/diagnostic.h"
#include "core/catalog/loader.h"
#include "core/decision/ranking.h"
#include "core/log/log.h"
#include "core/report/reporttext.h"
#include "gui/dialogs/aboutdialog.h"
#include "gui/dialogs/exportdialog.h"
#include "gui/guisettings.h"
#include "gui/mainwindow.h"
#include "gui/recentfiles.h"
#include "gui/reportexport.h"
#include "gui/scenariocontroller.h"
#include "gui/textutil.h"
#include "report/pdfreport.h"

#include "ui_mainwindow.h"

/** Registers resources/modelscout.qrc (icons, licence): the GUI is a static library, so
 *  its resources must be initialised by name, from the global namespace. */
static void initGuiResources()
{
    Q_INIT_RESOURCE(modelscout);
}

namespace ms::gui {

namespace {

constexpr int MaxDiagnosticsShown = 12;
/** How much of a file is read to tell a catalog from a scenario or overrides. */
constexpr qint64 SniffBytes = 64 * 1024;

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

/** A message box whose text is shown literally, whatever it contains. */
void plainMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                  const QString& details = {})
{
    QMessageBox box(icon, title, QString(), QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setText(text);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

/** The ModelScout file format `path` declares: the first `"format": "modelscout-…"` in
 *  its first 64 KiB ("modelscout-catalog", "modelscout-scenario", "modelscout-overrides"),
 *  or empty. Only a hint for which loader to use: the loaders check the whole file. */
QString declaredFormat(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString head = QString::fromUtf8(file.read(SniffBytes));
    static const QRegularExpression format(
        QStringLiteral(R"re("format"\s*:\s*"(modelscout-(?:catalog|scenario|overrides))")re"));
    const QRegularExpressionMatch match = format.match(head);
    return match.hasMatch() ? match.captured(1) : QString();
}

/** The first local file of a drag, or empty. */
QString draggedFile(const QMimeData* mime)
{
    if (mime == nullptr || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

/** The diagnostics for a message box: the first few, and how many more there are. */
QString shownDiagnostics(const std::vector<ms::Diagnostic>& diagnostics)
{
    QStringList lines;
    for (const ms::Diagnostic& diagnostic : diagnostics) {
        if (lines.size() < MaxDiagnosticsShown)
            lines << qs(diagnostic.toString());
    }
    if (diagnostics.size() > static_cast<std::size_t>(MaxDiagnosticsShown))
        lines << QCoreApplication::translate("ms::gui::MainWindow", "… and %1 more (see details)")
                     .arg(diagnostics.size() - MaxDiagnosticsShown);
    return lines.join(QLatin1Char('\n'));
}

/** The wait cursor while it lives. */
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

/** A printer set up for the report: the remembered paper, portrait, the whole sheet as
 *  the painter's page (the report draws its own margins). */
void preparePrinter(QPrinter& printer, const ReportExportOptions& options)
{
    printer.setPageSize(QPageSize(options.paper == ms::PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setDocName(QCoreApplication::translate("ms::gui::MainWindow", "ModelScout report"));
    printer.setCreator(QStringLiteral("ModelScout ") + QCoreApplication::applicationVersion());
}

ms::ReportPaintOptions pagesOf(const QPrinter& printer)
{
    ms::ReportPaintOptions options;
    if (printer.printRange() == QPrinter::PageRange) {
        options.fromPage = printer.fromPage();
        options.toPage = printer.toPage();
    }
    return options;
}

/** Lets a file dragged over any child of the window that takes drops itself (the filter
 *  field, spin boxes) open like a drop on the window, instead of pasting its URL as text.
 *  An application event filter: it sees drag events before the child does. */
class FileDropFilter : public QObject
{
public:
    explicit FileDropFilter(MainWindow* window)
        : QObject(window)
        , m_window(window)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const QEvent::Type type = event->type();
        if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
            return false;
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget == nullptr || widget == m_window || widget->window() != m_window)
            return false; // the window's own handlers take it
        auto* drop = static_cast<QDropEvent*>(event);
        const QString path = draggedFile(drop->mimeData());
        if (path.isEmpty())
            return false;
        drop->acceptProposedAction();
        if (type == QEvent::Drop) {
            MainWindow* window = m_window;
            QTimer::singleShot(0, window, [window, path] { window->openFile(path); });
        }
        return true;
    }

private:
    MainWindow* m_window;
};

/** Sets `icon` on the action named `name` under `window` unless it has one already. */
void setIconOf(QWidget* window, const char* name, const char* icon)
{
    if (auto* action = window->findChild<QAction*>(QLatin1String(name)); action != nullptr && action->icon().isNull())
        action->setIcon(QIcon(QLatin1String(icon)));
}

} // namespace

void MainWindow::setupFileMenu()
{
    initGuiResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/modelscout.svg")));
    setAcceptDrops(true);
    new FileDropFilter(this);
    m_recentFiles = new RecentFiles(this);

    QMenu* file = m_ui->menuFile;
    // Entries go after the ones they belong with, so that others' entries keep their place.
    auto after = [file](QAction* anchor) -> QAction* {
        const QList<QAction*> actions = file->actions();
        const qsizetype index = actions.indexOf(anchor);
        return index >= 0 && index + 1 < actions.size() ? actions.at(index + 1) : nullptr;
    };

    auto* openScenario = new QAction(QIcon(QStringLiteral(":/icons/open-scenario.svg")), tr("Open &Scenario…"), this);
    openScenario->setObjectName(QStringLiteral("actionOpenScenario"));
    openScenario->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openScenario->setToolTip(tr("Rank with the weights, must-haves and usage of a scenario file (Ctrl+Shift+O)"));
    openScenario->setStatusTip(tr("Rank with the weights, must-haves and usage of a scenario file"));
    connect(openScenario, &QAction::triggered, this, &MainWindow::openScenarioDialog);

    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_recentMenu->setToolTipsVisible(true);
    m_recentMenu->menuAction()->setObjectName(QStringLiteral("actionOpenRecent"));
    m_recentMenu->menuAction()->setStatusTip(tr("Open a catalog or scenario file opened before"));

    QAction* beforeExport = after(m_ui->actionOpenCatalog);
    file->insertAction(beforeExport, openScenario);
    file->insertMenu(beforeExport, m_recentMenu);
    file->insertSeparator(beforeExport);

    m_exportReportAction = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("Expor&t Report…"), this);
    m_exportReportAction->setObjectName(QStringLiteral("actionExportReport"));
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportReportAction->setToolTip(
        tr("Export the report as PDF, HTML, Markdown, CSV or JSON, in English or Turkish (Ctrl+Shift+E)"));
    m_exportReportAction->setStatusTip(tr("Export the report as PDF, HTML, Markdown, CSV or JSON"));
    connect(m_exportReportAction, &QAction::triggered, this, &MainWindow::exportReportDialog);

    m_printPreviewAction =
        new QAction(QIcon(QStringLiteral(":/icons/print-preview.svg")), tr("Print Pre&view…"), this);
    m_printPreviewAction->setObjectName(QStringLiteral("actionPrintPreview"));
    m_printPreviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_printPreviewAction->setToolTip(tr("See the report's pages as they will be printed (Ctrl+Shift+P)"));
    m_printPreviewAction->setStatusTip(tr("See the report's pages as they will be printed"));
    connect(m_printPreviewAction, &QAction::triggered, this, &MainWindow::printPreviewDialog);

    m_printAction = new QAction(QIcon(QStringLiteral(":/icons/print.svg")), tr("&Print…"), this);
    m_printAction->setObjectName(QStringLiteral("actionPrint"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setToolTip(tr("Print the report: the same pages as the PDF (Ctrl+P)"));
    m_printAction->setStatusTip(tr("Print the report: the same pages as the PDF"));
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printDialog);

    QAction* afterExport = after(m_ui->actionExportPdf);
    file->insertAction(afterExport, m_exportReportAction);
    file->insertSeparator(afterExport);
    file->insertAction(afterExport, m_printPreviewAction);
    file->insertAction(afterExport, m_printAction);

    // Icons of the menus' other entries (SVG: sharp at any device pixel ratio).
    setIconOf(this, "actionOpenCatalog", ":/icons/open.svg");
    setIconOf(this, "actionExportPdf", ":/icons/export-pdf.svg");
    setIconOf(this, "actionQuit", ":/icons/quit.svg");
    setIconOf(this, "actionAbout", ":/icons/about.svg");
    setIconOf(this, "actionCompareSelected", ":/icons/compare.svg");
    setIconOf(this, "actionSensitivity", ":/icons/sensitivity.svg");
    m_ui->actionExportPdf->setStatusTip(m_ui->actionExportPdf->toolTip());
    m_ui->actionOpenCatalog->setStatusTip(m_ui->actionOpenCatalog->toolTip());

    auto updateActions = [this] {
        const bool report = m_catalog != nullptr && m_hasRanking;
        m_exportReportAction->setEnabled(report);
        m_printAction->setEnabled(report);
        m_printPreviewAction->setEnabled(report);
    };
    updateActions();
    connect(this, &MainWindow::rankingChanged, this, updateActions);

    // Every catalog loaded heads the recent files (scenarios are added in openScenarioFile).
    connect(this, &MainWindow::catalogLoaded, m_recentFiles, &RecentFiles::add);
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { m_recentFiles->fillMenu(m_recentMenu); });
    connect(m_recentFiles, &RecentFiles::changed, this, [this] { m_recentFiles->fillMenu(m_recentMenu); });
    connect(m_recentFiles, &RecentFiles::openRequested, this, [this](const QString& path) {
        if (!QFileInfo(path).isFile()) {
            m_recentFiles->remove(path);
            reportOpenFailure(path, tr("File not found"),
                              tr("%1\nno longer exists, so it was removed from the recent files.")
                                  .arg(QDir::toNativeSeparators(path)));
            return;
        }
        openFile(path);
    });
    m_recentFiles->fillMenu(m_recentMenu);
}

void MainWindow::reportOpenFailure(const QString& path, const QString& title, const QString& text,
                                   const QString& details)
{
    ms::log::warning("could not open " + path.toStdString() + ": " + text.toStdString());
    Q_EMIT openFileFailed(path, details.isEmpty() ? text : text + QLatin1Char('\n') + details);
    if (m_interactive)
        plainMessage(this, QMessageBox::Warning, title, text, details);
}

bool MainWindow::openFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        reportOpenFailure(path, tr("File not opened"),
                          tr("%1\nis not a file that can be opened.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const QString format = declaredFormat(path);
    if (format == QLatin1String("modelscout-scenario"))
        return openScenarioFile(path);
    if (format == QLatin1String("modelscout-overrides")) {
        reportOpenFailure(
            path, tr("Overrides not opened"),
            tr("%1\nholds your own figures (a file of overrides), not a catalog or a scenario.\n\n"
               "ModelScout applies the overrides.json in its data folder on top of the catalog; change it with "
               "“modelscout-cli catalog override ALTERNATIVE CRITERION VALUE”. The current catalog stays in use.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // A catalog, or something else: the catalog loader says what is wrong with it.
    QString message;
    const QMetaObject::Connection failure =
        connect(this, &MainWindow::catalogLoadFailed, this,
                [&message](const QString&, const QString& diagnostics) { message = diagnostics; });
    const bool loaded = loadCatalog(path);
    disconnect(failure);
    if (!loaded)
        Q_EMIT openFileFailed(path, message);
    return loaded;
}

bool MainWindow::openScenarioFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!m_catalog) {
        reportOpenFailure(path, tr("Scenario not opened"),
                          tr("%1\nis a scenario. Open a catalog first: a scenario's weights and must-haves "
                             "refer to a catalog's criteria.")
                              .arg(shown));
        return false;
    }
    const ms::ScenarioLoadResult result = ms::loadScenarioFromFile(fsPath(path), *m_catalog);
    if (!result.ok()) {
        QString text = tr("Could not open the scenario\n%1\n\nThe current scenario stays in use.").arg(shown);
        const QString diagnostics = shownDiagnostics(result.diagnostics);
        if (!diagnostics.isEmpty())
            text += QStringLiteral("\n\n") + diagnostics;
        reportOpenFailure(path, tr("Scenario not opened"), text, qs(ms::formatDiagnostics(result.diagnostics)).trimmed());
        return false;
    }
    for (const ms::Diagnostic& diagnostic : result.diagnostics)
        ms::log::warning(diagnostic.toString());
    // As if the user had set every control: the window's scenarioChanged, then one re-rank.
    m_scenarioController->setScenario(*result.scenario);
    Q_EMIT scenarioChanged();
    rerank();
    m_recentFiles->add(path);
    statusBar()->showMessage(tr("Scenario %1 applied").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

void MainWindow::openScenarioDialog()
{
    if (!m_catalog) {
        plainMessage(this, QMessageBox::Information, tr("Open Scenario"),
                     tr("Open a catalog first: a scenario's weights and must-haves refer to a catalog's criteria."));
        return;
    }
    QString start = QFileInfo(settings::lastCatalogPath.value()).absolutePath();
    const QStringList recent = RecentFiles::files();
    for (const QString& path : recent) {
        if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && declaredFormat(path) == QLatin1String("modelscout-scenario")) {
            start = QFileInfo(path).absolutePath();
            break;
        }
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), start,
                                                      tr("Scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        openScenarioFile(path);
}

// ---- Report --------------------------------------------------------------------------

std::optional<ms::Report> MainWindow::currentReport(const QString& language, int topN, QString* error) const
{
    auto fail = [error](const QString& message) {
        if (error != nullptr)
            *error = message;
        return std::optional<ms::Report>();
    };
    if (!m_catalog)
        return fail(tr("No catalog is loaded."));
    if (!m_hasRanking)
        return fail(tr("There is no ranking to export: every weight is zero."));
    const ms::Scenario& scenario = m_scenarioController->scenario();
    ms::ReportOptions options;
    options.language = language == QLatin1String("tr") ? "tr" : "en";
    options.topN = static_cast<std::size_t>(std::clamp(topN, 1, MaxReportTopN));
    options.appVersion = QCoreApplication::applicationVersion().toStdString();
    // The scenario's name in the report's language: the profile's own label when the
    // scenario is a profile's (the report's default), else "equal weights" or "custom weights".
    if (scenario.profile.empty() && scenario.weights == ms::equalWeights(*m_catalog))
        options.scenarioLabel = ms::reportTexts(options.language).equalWeights;
    return ms::buildReport(*rankedCatalog(), scenario, ranking(), options);
}

QString MainWindow::exportReport(const QString& path, const ReportExportOptions& options)
{
    QString error;
    const std::optional<ms::Report> report = currentReport(options.language, options.topN, &error);
    if (!report)
        return error;
    return writeReportFile(*report, path, options);
}

QString MainWindow::printReport(QPrinter* printer, const ReportExportOptions& options)
{
    if (printer == nullptr)
        return tr("No printer was given.");
    QString error;
    const std::optional<ms::Report> report = currentReport(options.language, options.topN, &error);
    if (!report)
        return error;
    return qs(ms::printReport(*report, *printer, pagesOf(*printer)));
}

void MainWindow::exportReportDialog()
{
    ExportDialog dialog(rememberedExportOptions(defaultReportLanguage()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportExportOptions options = dialog.options();
    rememberExportOptions(options);

    QString folder = settings::reportFolder.value();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        const QString last = settings::lastReportPath.value();
        folder = last.isEmpty() ? QDir::homePath() : QFileInfo(last).absolutePath();
    }
    const QString suffix = reportSuffix(options.format);
    QFileDialog files(this, tr("Export Report"), QDir(folder).filePath(QStringLiteral("modelscout-report.") + suffix),
                      reportFileFilter(options.format));
    files.setObjectName(QStringLiteral("exportFileDialog"));
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.setFileMode(QFileDialog::AnyFile);
    files.setDefaultSuffix(suffix); // "report" becomes "report.md", and overwriting is confirmed
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return;
    const QString path = files.selectedFiles().constFirst();

    QString error;
    {
        statusBar()->showMessage(options.format == ReportFormat::Pdf ? tr("Writing the PDF report…")
                                                                     : tr("Writing the report…"));
        statusBar()->repaint();
        const BusyCursor busy;
        error = exportReport(path, options);
    }
    statusBar()->clearMessage();
    if (!error.isEmpty()) {
        plainMessage(this, QMessageBox::Warning, tr("Report not written"),
                     tr("Could not write the report\n%1\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    settings::reportFolder.setValue(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::printDialog()
{
    const ReportExportOptions options = rememberedExportOptions(defaultReportLanguage());
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, options);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Report"));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    {
        statusBar()->showMessage(tr("Printing the report…"));
        statusBar()->repaint();
        const BusyCursor busy;
        error = printReport(&printer, options);
    }
    statusBar()->clearMessage();
    if (!error.isEmpty()) {
        plainMessage(this, QMessageBox::Warning, tr("Report not printed"), tr("Could not print the report.\n\n%1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Report sent to %1").arg(printer.outputFileName().isEmpty()
                                                             ? printer.printerName()
                                                             : QDir::toNativeSeparators(printer.outputFileName())),
                             8000);
}

void MainWindow::printPreviewDialog()
{
    const ReportExportOptions options = rememberedExportOptions(defaultReportLanguage());
    QString error;
    std::optional<ms::Report> report;
    {
        const BusyCursor busy;
        report = currentReport(options.language, options.topN, &error);
    }
    if (!report) {
        plainMessage(this, QMessageBox::Information, tr("Print Preview"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, options);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    preview.setWindowTitle(tr("Print Preview"));
    // The report is made once; the preview repaints it whenever the paper or zoom changes.
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter* target) {
        const std::string problem = ms::printReport(*report, *target, pagesOf(*target));
        if (!problem.empty())
            ms::log::warning("print preview: " + problem);
    });
    preview.resize(std::min(width(), 1000), std::max(height() - 40, 600));
    preview.exec();
}

// ---- Drag and drop ---------------------------------------------------------------------

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!draggedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (!draggedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = draggedFile(event->mimeData());
    if (path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    // Open after the drop has finished, so that a message box never blocks the drag source.
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
}

// ---- Help ------------------------------------------------------------------------------

void MainWindow::showAbout()
{
    AboutDialog dialog(m_catalog.get(), this);
    dialog.exec();
}

} // namespace ms::gui
