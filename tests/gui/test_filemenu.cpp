// SPDX-License-Identifier: MIT
// The main window's File menu (Export Report in every format, Print, Print Preview,
// Open Scenario, Open Recent), drag and drop of files, the SVG icons and the About box,
// headless (QT_QPA_PLATFORM=offscreen). PDFs are read back with poppler-utils.

#include <string>

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPageSize>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include "core/scenario/scenario.h"
#include "core/scenario/scenariojson.h"
#include "gui/dialogs/aboutdialog.h"
#include "gui/dialogs/exportdialog.h"
#include "gui/guisettings.h"
#include "gui/mainwindow.h"
#include "gui/recentfiles.h"
#include "gui/reportexport.h"
#include "guitestutil.h"
#include "../report/pdftools.h"

using ms::gui::AboutDialog;
using ms::gui::ExportDialog;
using ms::gui::MainWindow;
using ms::gui::RecentFiles;
using ms::gui::ReportExportOptions;
using ms::gui::ReportFormat;
using namespace guitest;

namespace {

const QString Alpha = QStringLiteral("Alpha");
const QString Bravo = QStringLiteral("Bravo");
const QString Ceviri = QStringLiteral("Çeviri Asistanı");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(content), content.size());
}

/** Positions of `needles` in `text`, in order; fails when one is missing or out of order. */
void expectInOrder(const QString& text, const QStringList& needles)
{
    qsizetype from = 0;
    for (const QString& needle : needles) {
        const qsizetype at = text.indexOf(needle, from);
        ASSERT_GE(at, 0) << "missing after position " << from << ": " << needle.toStdString();
        from = at + needle.size();
    }
}

/** A drop of `urls` on `window`, as the platform sends it. */
bool dragEnter(QWidget* window, const QList<QUrl>& urls, const QString& text = {})
{
    QMimeData mime;
    if (!urls.isEmpty())
        mime.setUrls(urls);
    if (!text.isEmpty())
        mime.setText(text);
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    return enter.isAccepted();
}

/** A drag of `path` that enters `window` and is dropped there. (Qt delivers a drop to the
 *  widget that accepted the drag's enter event.) */
bool drop(QWidget* window, const QString& path)
{
    if (!dragEnter(window, {QUrl::fromLocalFile(path)}))
        return false;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDropEvent event(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &event);
    // The file is opened once the drop has finished (a queued call).
    QCoreApplication::processEvents();
    return event.isAccepted();
}

class FileMenuTest : public ::testing::Test, public RememberedStateReset
{
protected:
    FileMenuTest()
    {
        window.setInteractive(false);
    }

    QAction* action(const char* name) { return window.findChild<QAction*>(QLatin1String(name)); }

    /** Loads the three-by-three fixture: "Quota first" ranks Alpha, Bravo, Çeviri Asistanı. */
    void loadFixture()
    {
        ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
        ASSERT_EQ(names(window.rankingModel()), (QStringList{Alpha, Bravo, Ceviri}));
    }

    QTemporaryDir dir;
    MainWindow window;
};

// ---- Export Report -------------------------------------------------------------------

TEST_F(FileMenuTest, ExportsMarkdownWithTheRankedNamesInOrder)
{
    loadFixture();
    ReportExportOptions options;
    options.format = ReportFormat::Markdown;
    const QString path = dir.filePath(QStringLiteral("report.md"));
    ASSERT_EQ(window.exportReport(path, options), QString());
    const QString text = QString::fromUtf8(readAll(path));
    EXPECT_TRUE(text.startsWith(QStringLiteral("# ModelScout recommendation report\n"))) << text.left(80).toStdString();
    expectInOrder(text, {QStringLiteral("## Ranking"), QStringLiteral("| 1 | Alpha |"), QStringLiteral("| 2 | Bravo |"),
                         QStringLiteral("| 3 | Çeviri Asistanı |")});
    // Top N: the "in detail" section explains as many as asked.
    EXPECT_TRUE(text.contains(QStringLiteral("## The top 3 in detail"))) << text.toStdString();
    options.topN = 1;
    ASSERT_EQ(window.exportReport(path, options), QString());
    EXPECT_TRUE(QString::fromUtf8(readAll(path)).contains(QStringLiteral("## The top 1 in detail")));
}

TEST_F(FileMenuTest, ExportsTurkishIndependentlyOfTheWindowLanguage)
{
    loadFixture();
    ReportExportOptions options;
    options.format = ReportFormat::Markdown;
    options.language = QStringLiteral("tr");
    const QString path = dir.filePath(QStringLiteral("rapor.md"));
    ASSERT_EQ(window.exportReport(path, options), QString());
    const QString text = QString::fromUtf8(readAll(path));
    EXPECT_TRUE(text.startsWith(QStringLiteral("# ModelScout öneri raporu\n"))) << text.left(80).toStdString();
    expectInOrder(text, {QStringLiteral("| 1 | Alpha |"), QStringLiteral("| 2 | Bravo |"),
                         QStringLiteral("| 3 | Çeviri Asistanı |")});
}

TEST_F(FileMenuTest, ExportsCsvWithItsHeaderAndRowsInRankOrder)
{
    loadFixture();
    ReportExportOptions options;
    options.format = ReportFormat::Csv;
    const QString path = dir.filePath(QStringLiteral("ranking.csv"));
    ASSERT_EQ(window.exportReport(path, options), QString());
    const QStringList lines = QString::fromUtf8(readAll(path)).split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 4);
    EXPECT_EQ(lines[0], QStringLiteral("rank,tied,id,name,kind,vendor,score,score_low,score_high,coverage,dominated_by,"
                                       "contribution:quota,contribution:price,contribution:voice"));
    // Quota first (weights 2:1:1, fixed bounds): Alpha 0.5·0.5 + 0.25·0.8 + 0.25·1 = 70 points.
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("1,false,alpha,Alpha,character_service,,70.0000,"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("2,false,bravo,Bravo,"))) << lines[2].toStdString();
    EXPECT_TRUE(lines[3].startsWith(QStringLiteral("3,false,ceviri,Çeviri Asistanı,"))) << lines[3].toStdString();
}

TEST_F(FileMenuTest, ExportsJsonAndHtml)
{
    loadFixture();
    ReportExportOptions options;
    options.format = ReportFormat::Json;
    const QString json = dir.filePath(QStringLiteral("report.json"));
    ASSERT_EQ(window.exportReport(json, options), QString());
    const QJsonObject root = QJsonDocument::fromJson(readAll(json)).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("modelscout-report"));
    EXPECT_EQ(root.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    const QJsonArray ranking = root.value(QStringLiteral("ranking")).toArray();
    ASSERT_EQ(ranking.size(), 3);
    EXPECT_EQ(ranking[0].toObject().value(QStringLiteral("name")).toString(), Alpha);
    EXPECT_EQ(ranking[1].toObject().value(QStringLiteral("name")).toString(), Bravo);
    EXPECT_EQ(ranking[2].toObject().value(QStringLiteral("name")).toString(), Ceviri);
    EXPECT_DOUBLE_EQ(ranking[0].toObject().value(QStringLiteral("score")).toDouble(), 70.0);

    options.format = ReportFormat::Html;
    const QString html = dir.filePath(QStringLiteral("report.html"));
    ASSERT_EQ(window.exportReport(html, options), QString());
    const QString page = QString::fromUtf8(readAll(html));
    EXPECT_TRUE(page.startsWith(QStringLiteral("<!DOCTYPE html>"))) << page.left(40).toStdString();
    expectInOrder(page, {QStringLiteral(">Alpha<"), QStringLiteral(">Bravo<"), QStringLiteral(">Çeviri Asistanı<")});
}

TEST_F(FileMenuTest, ExportsPdfOnLetterPaperWithTheRankedNamesInOrder)
{
    loadFixture();
    ReportExportOptions options;
    options.format = ReportFormat::Pdf;
    options.paper = ms::PaperSize::Letter;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_EQ(window.exportReport(path, options), QString());
    EXPECT_TRUE(readAll(path).startsWith("%PDF-"));
    EXPECT_EQ(ms::test::pdfInfo(path, QStringLiteral("Page size")).left(16), QStringLiteral("612 x 792 pts (l"));
    const ms::test::ToolResult text = ms::test::pdfRawText(path);
    ASSERT_TRUE(text.ok) << text.problem.toStdString();
    const QString ranking = text.output.mid(text.output.indexOf(QStringLiteral("Ranking")));
    expectInOrder(ranking, {QStringLiteral("Alpha"), QStringLiteral("Bravo"), Ceviri});
}

TEST_F(FileMenuTest, ExportFailureSaysWhyAndLeavesNoFile)
{
    loadFixture();
    // A folder that cannot hold files: its "parent" is a regular file (root ignores modes).
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    writeFile(blocker, "x");
    for (const ReportFormat format : ms::gui::AllReportFormats) {
        ReportExportOptions options;
        options.format = format;
        const QString path = blocker + QStringLiteral("/report.") + ms::gui::reportSuffix(format);
        const QString error = window.exportReport(path, options);
        EXPECT_FALSE(error.isEmpty()) << ms::gui::reportSuffix(format).toStdString();
        EXPECT_TRUE(error.contains(QStringLiteral("not-a-folder/report."))) << error.toStdString();
        EXPECT_FALSE(QFileInfo::exists(path));
    }
    EXPECT_EQ(readAll(blocker), QByteArray("x"));
}

TEST_F(FileMenuTest, NoReportWithoutARanking)
{
    ReportExportOptions options;
    EXPECT_EQ(window.exportReport(dir.filePath(QStringLiteral("none.md")), options), QStringLiteral("No catalog is loaded."));
    EXPECT_FALSE(action("actionExportReport")->isEnabled());
    EXPECT_FALSE(action("actionPrint")->isEnabled());
    EXPECT_FALSE(action("actionPrintPreview")->isEnabled());
    loadFixture();
    EXPECT_TRUE(action("actionExportReport")->isEnabled());
    EXPECT_TRUE(action("actionPrint")->isEnabled());
    ms::Scenario zero = window.scenario();
    for (auto& [id, weight] : zero.weights)
        weight = 0.0;
    window.setScenario(zero);
    EXPECT_EQ(window.exportReport(dir.filePath(QStringLiteral("none.md")), options),
              QStringLiteral("There is no ranking to export: every weight is zero."));
    EXPECT_FALSE(action("actionExportReport")->isEnabled());
    EXPECT_FALSE(action("actionPrint")->isEnabled());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none.md"))));
}

TEST(ReportExportTest, SuffixFollowsTheFormat)
{
    using ms::gui::withReportSuffix;
    EXPECT_EQ(withReportSuffix(QStringLiteral("/tmp/r"), ReportFormat::Pdf), QStringLiteral("/tmp/r.pdf"));
    EXPECT_EQ(withReportSuffix(QStringLiteral("/tmp/r.PDF"), ReportFormat::Pdf), QStringLiteral("/tmp/r.PDF"));
    EXPECT_EQ(withReportSuffix(QStringLiteral("/tmp/r.pdf"), ReportFormat::Markdown), QStringLiteral("/tmp/r.pdf.md"));
    EXPECT_EQ(withReportSuffix(QStringLiteral("/tmp/r.markdown"), ReportFormat::Markdown), QStringLiteral("/tmp/r.markdown"));
    EXPECT_EQ(withReportSuffix(QStringLiteral("/tmp/r.htm"), ReportFormat::Html), QStringLiteral("/tmp/r.htm"));
    EXPECT_EQ(ms::gui::reportFileFilter(ReportFormat::Csv), QStringLiteral("CSV files (*.csv)"));
    EXPECT_EQ(ms::gui::reportFormatFromKey(QStringLiteral("md")), ReportFormat::Markdown);
    EXPECT_FALSE(ms::gui::reportFormatFromKey(QStringLiteral("docx")).has_value());
}

TEST_F(FileMenuTest, ExportDialogShowsAndRemembersItsChoices)
{
    // Nothing stored: PDF, A4, top 5, the language given as the GUI's.
    ReportExportOptions remembered = ms::gui::rememberedExportOptions(QStringLiteral("tr"));
    EXPECT_EQ(remembered.format, ReportFormat::Pdf);
    EXPECT_EQ(remembered.language, QStringLiteral("tr"));
    EXPECT_EQ(remembered.paper, ms::PaperSize::A4);
    EXPECT_EQ(remembered.topN, 5);

    ExportDialog dialog(remembered);
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("formatBox"));
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageBox"));
    auto* paper = dialog.findChild<QComboBox*>(QStringLiteral("paperBox"));
    auto* topN = dialog.findChild<QSpinBox*>(QStringLiteral("topNSpin"));
    ASSERT_TRUE(format && language && paper && topN);
    EXPECT_EQ(format->count(), 5);
    EXPECT_EQ(language->currentText(), QStringLiteral("Türkçe"));
    EXPECT_TRUE(paper->isEnabled());
    EXPECT_FALSE(format->accessibleName().isEmpty());
    format->setCurrentIndex(format->findData(QStringLiteral("csv")));
    EXPECT_FALSE(paper->isEnabled()); // CSV has no pages
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    paper->setCurrentIndex(paper->findData(QStringLiteral("letter")));
    topN->setValue(12);
    const ReportExportOptions chosen = dialog.options();
    EXPECT_EQ(chosen.format, ReportFormat::Csv);
    EXPECT_EQ(chosen.language, QStringLiteral("en"));
    EXPECT_EQ(chosen.paper, ms::PaperSize::Letter);
    EXPECT_EQ(chosen.topN, 12);

    ms::gui::rememberExportOptions(chosen);
    remembered = ms::gui::rememberedExportOptions(QStringLiteral("tr"));
    EXPECT_EQ(remembered.format, ReportFormat::Csv);
    EXPECT_EQ(remembered.language, QStringLiteral("en")); // the stored choice, not the GUI's
    EXPECT_EQ(remembered.paper, ms::PaperSize::Letter);
    EXPECT_EQ(remembered.topN, 12);
    EXPECT_EQ(ms::gui::settings::reportFormat.value(), QStringLiteral("csv"));

    // A stored value out of range falls back to the default.
    ms::gui::settings::reportTopN.setValue(0);
    ms::gui::settings::reportFormat.setValue(QStringLiteral("docx"));
    remembered = ms::gui::rememberedExportOptions(QStringLiteral("en"));
    EXPECT_EQ(remembered.topN, 5);
    EXPECT_EQ(remembered.format, ReportFormat::Pdf);
}

// ---- Print and Print Preview -----------------------------------------------------------

TEST_F(FileMenuTest, PrintsTheSamePagesAsThePdf)
{
    loadFixture();
    ReportExportOptions options;
    const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
    ASSERT_EQ(window.exportReport(exported, options), QString());

    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    ASSERT_EQ(window.printReport(&printer, options), QString());

    EXPECT_GE(ms::test::pageCount(exported), 2);
    EXPECT_EQ(ms::test::pageCount(printed), ms::test::pageCount(exported));
    // A4; QPrinter writes the media box in whole points (595 x 842).
    EXPECT_TRUE(ms::test::pdfInfo(printed, QStringLiteral("Page size")).endsWith(QStringLiteral("(A4)")))
        << ms::test::pdfInfo(printed, QStringLiteral("Page size")).toStdString();
    const ms::test::ToolResult text = ms::test::pdfText(printed);
    ASSERT_TRUE(text.ok) << text.problem.toStdString();
    const ms::test::ToolResult reference = ms::test::pdfText(exported);
    ASSERT_TRUE(reference.ok) << reference.problem.toStdString();
    // Same words on the same pages (the PDF file's text is only compacted afterwards).
    const QStringList pages = text.output.split(QLatin1Char('\f'));
    const QStringList referencePages = reference.output.split(QLatin1Char('\f'));
    ASSERT_EQ(pages.size(), referencePages.size());
    for (qsizetype i = 0; i < pages.size(); ++i)
        EXPECT_EQ(ms::test::flat(pages[i]), ms::test::flat(referencePages[i])) << "page " << i + 1;
    const QString ranking = text.output.mid(text.output.indexOf(QStringLiteral("Ranking")));
    expectInOrder(ranking, {QStringLiteral("Alpha"), QStringLiteral("Bravo"), Ceviri});
}

TEST_F(FileMenuTest, PrintsOnlyThePagesAskedFor)
{
    loadFixture();
    ReportExportOptions options;
    const QString all = dir.filePath(QStringLiteral("all.pdf"));
    ASSERT_EQ(window.exportReport(all, options), QString());
    ASSERT_GE(ms::test::pageCount(all), 2);

    const QString second = dir.filePath(QStringLiteral("second.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(second);
    printer.setFullPage(true);
    printer.setPrintRange(QPrinter::PageRange);
    printer.setFromTo(2, 2);
    ASSERT_EQ(window.printReport(&printer, options), QString());
    EXPECT_EQ(ms::test::pageCount(second), 1);
    const ms::test::ToolResult text = ms::test::pdfText(second);
    ASSERT_TRUE(text.ok) << text.problem.toStdString();
    EXPECT_TRUE(text.output.contains(QStringLiteral("page 2 of"))) << text.output.toStdString();
}

TEST_F(FileMenuTest, PrintPreviewShowsEveryPage)
{
    loadFixture();
    ReportExportOptions options;
    const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
    ASSERT_EQ(window.exportReport(exported, options), QString());
    const int expected = ms::test::pageCount(exported);
    ASSERT_GE(expected, 2);

    int shownPages = -1;
    QTimer::singleShot(0, &window, [&] {
        auto* preview = window.findChild<QPrintPreviewDialog*>(QStringLiteral("printPreviewDialog"));
        if (preview == nullptr)
            return;
        if (auto* widget = preview->findChild<QPrintPreviewWidget*>())
            shownPages = widget->pageCount();
        preview->reject();
    });
    action("actionPrintPreview")->trigger();
    EXPECT_EQ(shownPages, expected);
}

// ---- Open Recent -----------------------------------------------------------------------

TEST_F(FileMenuTest, RecentFilesRoundTripThroughSettings)
{
    RecentFiles recent;
    for (int i = 0; i < 10; ++i)
        recent.add(dir.filePath(QStringLiteral("file%1.json").arg(i)));
    QStringList expected;
    for (int i = 9; i >= 2; --i)
        expected << dir.filePath(QStringLiteral("file%1.json").arg(i));
    EXPECT_EQ(RecentFiles::files(), expected); // newest first, at most 8
    EXPECT_EQ(ms::gui::settings::recentFiles.value(), expected);

    recent.add(dir.filePath(QStringLiteral("sub/../file5.json"))); // the same file again moves up
    EXPECT_EQ(RecentFiles::files().first(), dir.filePath(QStringLiteral("file5.json")));
    EXPECT_EQ(RecentFiles::files().size(), 8);
    EXPECT_EQ(RecentFiles::files().count(dir.filePath(QStringLiteral("file5.json"))), 1);

    recent.remove(dir.filePath(QStringLiteral("file5.json")));
    EXPECT_EQ(RecentFiles::files().size(), 7);
    recent.clear();
    EXPECT_TRUE(RecentFiles::files().isEmpty());
}

TEST_F(FileMenuTest, OpenRecentListsCatalogsGreysMissingFilesAndClears)
{
    const QString copy = dir.filePath(QStringLiteral("copy & paste.json"));
    ASSERT_TRUE(QFile::copy(testData("three_by_three.json"), copy));
    ASSERT_TRUE(window.loadCatalog(copy));
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    EXPECT_EQ(RecentFiles::files(),
              (QStringList{QFileInfo(testData("three_by_three.json")).absoluteFilePath(), copy}));

    ASSERT_TRUE(QFile::remove(copy));
    auto* menu = window.findChild<QMenu*>(QStringLiteral("menuRecent"));
    ASSERT_NE(menu, nullptr);
    window.recentFiles()->fillMenu(menu); // what aboutToShow does
    const QList<QAction*> entries = menu->actions();
    ASSERT_EQ(entries.size(), 4); // two files, a separator, Clear List
    EXPECT_EQ(entries[0]->text(), QStringLiteral("&1 three_by_three.json"));
    EXPECT_TRUE(entries[0]->isEnabled());
    EXPECT_EQ(entries[1]->text(), QStringLiteral("&2 copy && paste.json (missing)"));
    EXPECT_FALSE(entries[1]->isEnabled());
    EXPECT_TRUE(entries[2]->isSeparator());

    // An entry whose file went away after the menu was shown is removed, with a message.
    QSignalSpy failed(&window, &MainWindow::openFileFailed);
    Q_EMIT window.recentFiles()->openRequested(copy);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed[0][1].toString().contains(QStringLiteral("no longer exists"))) << failed[0][1].toString().toStdString();
    EXPECT_EQ(RecentFiles::files(), QStringList{QFileInfo(testData("three_by_three.json")).absoluteFilePath()});

    window.recentFiles()->fillMenu(menu);
    ASSERT_EQ(menu->actions().size(), 3); // one file, a separator, Clear List
    QAction* clearList = menu->actions().constLast();
    EXPECT_EQ(clearList->objectName(), QStringLiteral("actionClearRecent"));
    EXPECT_TRUE(clearList->isEnabled());
    clearList->trigger();
    QCoreApplication::processEvents();
    EXPECT_TRUE(RecentFiles::files().isEmpty());
    EXPECT_FALSE(menu->isEnabled());
}

// ---- Open by content, drag and drop ------------------------------------------------------

TEST_F(FileMenuTest, DroppedCatalogIsLoaded)
{
    EXPECT_TRUE(dragEnter(&window, {QUrl::fromLocalFile(testData("three_by_three.json"))}));
    EXPECT_FALSE(dragEnter(&window, {}, QStringLiteral("just text")));
    EXPECT_FALSE(dragEnter(&window, {QUrl(QStringLiteral("https://example.invalid/catalog.json"))}));

    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    EXPECT_TRUE(drop(&window, testData("three_by_three.json")));
    ASSERT_EQ(loaded.size(), 1);
    EXPECT_EQ(window.catalogPath(), testData("three_by_three.json"));
    EXPECT_EQ(names(window.rankingModel()), (QStringList{Alpha, Bravo, Ceviri}));
    EXPECT_EQ(RecentFiles::files().value(0), QFileInfo(testData("three_by_three.json")).absoluteFilePath());
}

// A file dropped on the filter field opens like a drop on the window; its URL is not
// pasted into the field.
TEST_F(FileMenuTest, FileDroppedOnTheFilterFieldIsOpenedNotPasted)
{
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    ASSERT_NE(filter, nullptr);
    ASSERT_TRUE(filter->acceptDrops());
    const QUrl url = QUrl::fromLocalFile(testData("three_by_three.json"));
    QMimeData mime;
    mime.setUrls({url});
    mime.setText(url.toString());
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(filter, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent dropped(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(filter, &dropped);
    QCoreApplication::processEvents();
    EXPECT_EQ(filter->text(), QString());
    EXPECT_EQ(window.catalogPath(), testData("three_by_three.json"));

    // Plain text still drops into the field as text.
    QMimeData text;
    text.setText(QStringLiteral("alpha"));
    QDragEnterEvent textEnter(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(filter, &textEnter);
    QDropEvent textDrop(QPointF(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(filter, &textDrop);
    EXPECT_EQ(filter->text(), QStringLiteral("alpha"));
}

TEST_F(FileMenuTest, DroppedScenarioIsAppliedAndRemembered)
{
    loadFixture();
    ms::Scenario priceOnly = window.scenario();
    priceOnly.profile.clear();
    priceOnly.weights = {{"quota", 0.0}, {"price", 1.0}, {"voice", 0.0}};
    const QString path = dir.filePath(QStringLiteral("cheapest.scenario.json"));
    writeFile(path, QByteArray::fromStdString(ms::scenarioToJson(priceOnly)));

    QSignalSpy changed(&window, &MainWindow::scenarioChanged);
    EXPECT_TRUE(drop(&window, path));
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(window.scenario().weights.at("price"), 1.0);
    EXPECT_EQ(window.scenario().weights.at("quota"), 0.0);
    // Price only (cost, bounds 0..10): Çeviri 0 USD first, then Alpha 2, Bravo 8.
    EXPECT_EQ(names(window.rankingModel()), (QStringList{Ceviri, Alpha, Bravo}));
    EXPECT_EQ(window.catalogPath(), testData("three_by_three.json")); // still the same catalog
    EXPECT_EQ(RecentFiles::files().value(0), path);
}

TEST_F(FileMenuTest, DroppedOverridesFileIsExplainedNotOpened)
{
    loadFixture();
    const QString path = dir.filePath(QStringLiteral("overrides.json"));
    writeFile(path, R"({"format": "modelscout-overrides", "format_version": 1, "overrides": []})");
    QSignalSpy failed(&window, &MainWindow::openFileFailed);
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    EXPECT_TRUE(drop(&window, path));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed[0][0].toString(), path);
    EXPECT_TRUE(failed[0][1].toString().contains(QStringLiteral("file of overrides"))) << failed[0][1].toString().toStdString();
    EXPECT_TRUE(failed[0][1].toString().contains(QStringLiteral("The current catalog stays in use.")));
    EXPECT_EQ(loaded.size(), 0);
    EXPECT_EQ(window.catalogPath(), testData("three_by_three.json"));
    EXPECT_TRUE(RecentFiles::files().value(0) != path);
}

TEST_F(FileMenuTest, BadDroppedFilesKeepTheCurrentCatalogAndSayWhy)
{
    loadFixture();
    // Not JSON at all: the catalog loader's line:column diagnostic.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    writeFile(broken, "{\n  \"format\": \"modelscout-catalog\",\n  \"title\": \n}\n");
    QSignalSpy catalogFailed(&window, &MainWindow::catalogLoadFailed);
    QSignalSpy failed(&window, &MainWindow::openFileFailed);
    EXPECT_TRUE(drop(&window, broken));
    ASSERT_EQ(catalogFailed.size(), 1);
    ASSERT_EQ(failed.size(), 1);
    const QString message = failed[0][1].toString();
    EXPECT_EQ(message, catalogFailed[0][1].toString());
    EXPECT_TRUE(message.startsWith(broken + QStringLiteral(":4:"))) << message.toStdString();
    EXPECT_EQ(window.catalogPath(), testData("three_by_three.json"));
    EXPECT_EQ(names(window.rankingModel()), (QStringList{Alpha, Bravo, Ceviri}));

    // A scenario naming a criterion the catalog does not have: the scenario loader's
    // JSON pointer, and the scenario in use stays.
    const QString scenario = dir.filePath(QStringLiteral("bad.scenario.json"));
    writeFile(scenario, R"({"format": "modelscout-scenario", "format_version": 1, "weights": {"speed": 1}})");
    const ms::Scenario before = window.scenario();
    EXPECT_TRUE(drop(&window, scenario));
    ASSERT_EQ(failed.size(), 2);
    EXPECT_TRUE(failed[1][1].toString().contains(QStringLiteral("/weights/speed"))) << failed[1][1].toString().toStdString();
    EXPECT_TRUE(failed[1][1].toString().contains(QStringLiteral("The current scenario stays in use.")));
    EXPECT_TRUE(window.scenario() == before);
    EXPECT_EQ(names(window.rankingModel()), (QStringList{Alpha, Bravo, Ceviri}));
    EXPECT_FALSE(RecentFiles::files().contains(broken));
    EXPECT_FALSE(RecentFiles::files().contains(scenario));
}

TEST_F(FileMenuTest, ScenarioNeedsACatalogFirst)
{
    ms::Scenario scenario;
    scenario.weights = {{"price", 1.0}};
    const QString path = dir.filePath(QStringLiteral("s.json"));
    writeFile(path, QByteArray::fromStdString(ms::scenarioToJson(scenario)));
    QSignalSpy failed(&window, &MainWindow::openFileFailed);
    EXPECT_FALSE(window.openFile(path));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed[0][1].toString().contains(QStringLiteral("Open a catalog first"))) << failed[0][1].toString().toStdString();
    EXPECT_EQ(window.catalog(), nullptr);
}

// ---- Icons, shortcuts, About -------------------------------------------------------------

TEST_F(FileMenuTest, ActionsHaveScalableIconsAndShortcuts)
{
    // The SVG icon engine draws the icons at any device pixel ratio.
    const QPixmap sharp = QIcon(QStringLiteral(":/icons/print.svg")).pixmap(QSize(16, 16), 3.0);
    ASSERT_FALSE(sharp.isNull());
    EXPECT_EQ(sharp.size(), QSize(48, 48));
    EXPECT_FALSE(window.windowIcon().isNull());
    for (const char* name : {"actionOpenCatalog", "actionOpenScenario", "actionExportPdf", "actionExportReport",
                             "actionPrint", "actionPrintPreview", "actionQuit", "actionAbout"}) {
        QAction* found = action(name);
        ASSERT_NE(found, nullptr) << name;
        EXPECT_FALSE(found->icon().isNull()) << name;
        EXPECT_FALSE(found->icon().pixmap(QSize(32, 32)).isNull()) << name;
    }
    EXPECT_EQ(action("actionExportPdf")->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    EXPECT_EQ(action("actionExportReport")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    EXPECT_EQ(action("actionPrint")->shortcut(), QKeySequence(QKeySequence::Print));
    EXPECT_EQ(action("actionPrintPreview")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    EXPECT_EQ(action("actionOpenScenario")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
}

TEST_F(FileMenuTest, AboutBoxNamesSourcesAndLicencesAsPlainText)
{
    ASSERT_TRUE(window.loadCatalog(testData("rich_text_catalog.json")));
    AboutDialog about(window.catalog());
    const QString catalog = about.catalogText();
    EXPECT_TRUE(catalog.contains(QStringLiteral("Catalog: ") + QString::fromStdString(window.catalog()->title)))
        << catalog.toStdString();
    // The source's title and URL exactly as the catalog has them: shown, never interpreted.
    EXPECT_TRUE(catalog.contains(QStringLiteral("• <a href=\"http://example.invalid\">Source link</a> & co (2026-11)")))
        << catalog.toStdString();
    EXPECT_TRUE(catalog.contains(QStringLiteral("\n  javascript:alert(1)"))) << catalog.toStdString();
    for (QLabel* label : about.findChildren<QLabel*>()) {
        if (!label->text().isEmpty()) {
            EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->text().toStdString();
        }
    }

    const QString licences = about.licenceText();
    EXPECT_TRUE(licences.startsWith(QStringLiteral("MIT License"))) << licences.left(40).toStdString();
    for (const char* part : {"GNU LGPL version 3", "Qt Charts 6 — GNU GPL version 3", "nlohmann/json) — MIT licence",
                             "spdlog — MIT licence", "CLI11 (command line only) — BSD 3-clause licence",
                             "libcurl — the curl licence", "not shipped with it"})
        EXPECT_TRUE(licences.contains(QString::fromUtf8(part))) << part;
    EXPECT_NE(about.findChild<QPushButton*>(QStringLiteral("aboutQtButton")), nullptr);

    AboutDialog empty(nullptr);
    EXPECT_EQ(empty.catalogText(), QStringLiteral("No catalog is loaded."));
}

} // namespace

// main() is in guitestmain.cpp.
