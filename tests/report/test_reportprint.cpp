// SPDX-License-Identifier: MIT
// Printing a Report (printReport / paintReport): the pages painted on a QPrinter or any
// paged device are the PDF's pages (same breaks, same text), whatever the device's
// resolution and margins; page ranges; paper sizes. Printed to PDF files and read back
// with poppler-utils.
#include "report/pdfreport.h"

#include <filesystem>
#include <string>
#include <variant>

#include <gtest/gtest.h>

#include <QFile>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "core/catalog/diagnostic.h"
#include "core/catalog/loader.h"
#include "core/report/report.h"
#include "pdftools.h"

namespace {

namespace fs = std::filesystem;
using ms::test::flat;

const fs::path kTestData{MODELSCOUT_TEST_DATA_DIR};

/** The report fixture (tests/data/report): five alternatives, Turkish text, a usage. */
ms::Report fixtureReport()
{
    const ms::CatalogLoadResult catalog = ms::loadCatalogFromFile(kTestData / "report" / "catalog.json");
    EXPECT_TRUE(catalog.ok()) << ms::formatDiagnostics(catalog.diagnostics);
    if (!catalog.ok())
        return {};
    const ms::ScenarioLoadResult scenario =
        ms::loadScenarioFromFile(kTestData / "report" / "scenario.json", *catalog.catalog);
    EXPECT_TRUE(scenario.ok()) << ms::formatDiagnostics(scenario.diagnostics);
    if (!scenario.ok())
        return {};
    ms::ReportOptions options;
    options.generatedAt = "2026-11-29T10:00:00Z";
    options.appVersion = "0.1.0";
    options.sensitivitySamples = 2000;
    auto built = ms::buildReport(*catalog.catalog, *scenario.scenario, options);
    if (const auto* error = std::get_if<ms::RankingError>(&built)) {
        ADD_FAILURE() << error->message;
        return {};
    }
    return std::get<ms::Report>(std::move(built));
}

/** pdftotext of `pdf`, one flattened string per page. */
QStringList pagesOf(const QString& pdf)
{
    const ms::test::ToolResult text = ms::test::pdfText(pdf);
    EXPECT_TRUE(text.ok) << text.problem.toStdString();
    QStringList pages;
    for (const QString& page : text.output.split(QLatin1Char('\f'), Qt::SkipEmptyParts)) {
        if (!flat(page).isEmpty())
            pages << flat(page);
    }
    return pages;
}

class ReportPrintTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    /** The pages of the PDF file writeReportPdf makes of `report`. */
    QStringList pdfPages(const ms::Report& report, ms::PaperSize paper = ms::PaperSize::A4)
    {
        const QString path = dir.filePath(QStringLiteral("reference.pdf"));
        ms::PdfOptions options;
        options.paper = paper;
        EXPECT_EQ(ms::writeReportPdf(report, path.toStdString(), options), "");
        return pagesOf(path);
    }

    QTemporaryDir dir;
};

TEST_F(ReportPrintTest, PrinterGetsThePdfsPagesWithTheRankedNamesInOrder)
{
    const ms::Report report = fixtureReport();
    const QStringList reference = pdfPages(report);
    ASSERT_GE(reference.size(), 3);

    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    ASSERT_EQ(ms::printReport(report, printer), "");

    // A4; QPrinter writes the media box in whole points (595 x 842).
    EXPECT_TRUE(ms::test::pdfInfo(printed, QStringLiteral("Page size")).endsWith(QStringLiteral("(A4)")))
        << ms::test::pdfInfo(printed, QStringLiteral("Page size")).toStdString();
    const QStringList pages = pagesOf(printed);
    ASSERT_EQ(pages.size(), reference.size());
    for (qsizetype i = 0; i < pages.size(); ++i)
        EXPECT_EQ(pages[i], reference[i]) << "page " << i + 1;

    // The ranked table on the summary page, in rank order.
    const QString summary = pages[0];
    const qsizetype first = summary.indexOf(QString::fromUtf8("Anka Sohbet (İstanbul) ₺"), summary.indexOf(QStringLiteral("Ranking")));
    const qsizetype second = summary.indexOf(QStringLiteral("Yerel Model 7B"), first);
    const qsizetype fourth = summary.indexOf(QStringLiteral("Bulut API"), second);
    EXPECT_GE(first, 0) << summary.toStdString();
    EXPECT_GT(second, first);
    EXPECT_GT(fourth, second);
}

// The layout is measured at 720 dpi whatever the device: a 96-dpi printer with margins
// (not full page) and a 300-dpi PDF writer with margins break pages where the PDF does.
TEST_F(ReportPrintTest, ResolutionAndMarginsDoNotMoveThePageBreaks)
{
    const ms::Report report = fixtureReport();
    const QStringList reference = pdfPages(report);
    ASSERT_GE(reference.size(), 3);

    const QString screen = dir.filePath(QStringLiteral("screen.pdf"));
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(screen);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 25, 20, 25),
                                      QPageLayout::Millimeter));
    printer.setFullPage(false);
    ASSERT_EQ(ms::printReport(report, printer), "");
    EXPECT_EQ(pagesOf(screen), reference);

    const QString writer300 = dir.filePath(QStringLiteral("writer300.pdf"));
    {
        QPdfWriter writer(writer300);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(10, 10, 10, 10),
                                         QPageLayout::Millimeter));
        QPainter painter(&writer);
        EXPECT_EQ(ms::paintReport(report, painter, writer), static_cast<int>(reference.size()));
    }
    EXPECT_EQ(pagesOf(writer300), reference);
}

TEST_F(ReportPrintTest, LetterPaperOnAPrinterMatchesTheLetterPdf)
{
    const ms::Report report = fixtureReport();
    const QStringList reference = pdfPages(report, ms::PaperSize::Letter);
    const QString printed = dir.filePath(QStringLiteral("letter.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setFullPage(true);
    ASSERT_EQ(ms::printReport(report, printer), "");
    EXPECT_EQ(ms::test::pdfInfo(printed, QStringLiteral("Page size")).left(16), QStringLiteral("612 x 792 pts (l"));
    EXPECT_EQ(pagesOf(printed), reference);
}

TEST_F(ReportPrintTest, PrintsThePageRangeAskedFor)
{
    const ms::Report report = fixtureReport();
    const QStringList reference = pdfPages(report);
    ASSERT_GE(reference.size(), 3);
    const QString printed = dir.filePath(QStringLiteral("range.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    printer.setFullPage(true);
    ms::ReportPaintOptions options;
    options.fromPage = 2;
    options.toPage = 3;
    ASSERT_EQ(ms::printReport(report, printer, options), "");
    EXPECT_EQ(pagesOf(printed), reference.mid(1, 2));
    const QString pages = QString::number(reference.size());
    EXPECT_TRUE(reference[1].contains(QStringLiteral("page 2 of ") + pages)) << reference[1].toStdString();
}

TEST_F(ReportPrintTest, UnwritablePrinterOutputIsAnError)
{
    const ms::Report report = fixtureReport();
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(blocker + QStringLiteral("/out.pdf")); // a file is not a folder
    const std::string error = ms::printReport(report, printer);
    EXPECT_EQ(error.rfind("cannot print the report: ", 0), 0u) << error;
}

} // namespace

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
