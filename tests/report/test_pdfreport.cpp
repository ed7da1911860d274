// SPDX-License-Identifier: MIT
// The PDF report, read back with poppler-utils: text order and exact letters (C18),
// embedded fonts (C16), literal catalog text (C19), rows never split (C17).
#include "report/pdfreport.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include <QByteArray>
#include <QGuiApplication>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "core/catalog/catalog.h"
#include "core/catalog/diagnostic.h"
#include "core/catalog/loader.h"
#include "core/decision/ranking.h"
#include "pdftools.h"

namespace {

namespace fs = std::filesystem;

const fs::path kTestData{MODELSCOUT_TEST_DATA_DIR};

using ms::test::runTool;
using ms::test::ToolResult;

/** pdftotext -layout of `pdf`, as UTF-8. */
ToolResult pdfText(const QString& pdf)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                    QStringLiteral("-")});
}

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

std::string show(const QString& text)
{
    return text.toStdString();
}

ms::Ranking rankOrDie(const ms::Catalog& catalog, const ms::Weights& weights)
{
    auto result = ms::rankWeightedSum(catalog, weights);
    if (const auto* error = std::get_if<ms::RankingError>(&result)) {
        ADD_FAILURE() << "ranking failed: " << error->message;
        return {};
    }
    return std::get<ms::Ranking>(std::move(result));
}

class PdfReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid()) << "cannot create a temporary directory";
        // To look at the PDFs: MODELSCOUT_KEEP_TEST_OUTPUT=1 keeps them and prints where.
        if (!qEnvironmentVariableIsEmpty("MODELSCOUT_KEEP_TEST_OUTPUT")) {
            m_dir.setAutoRemove(false);
            std::cout << "PDFs kept in " << m_dir.path().toStdString() << std::endl;
        }
    }

    [[nodiscard]] QString pdfPath(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    static ms::Catalog threeByThree()
    {
        const ms::CatalogLoadResult loaded = ms::loadCatalogFromFile(kTestData / "three_by_three.json");
        EXPECT_TRUE(loaded.ok()) << ms::formatDiagnostics(loaded.diagnostics);
        return loaded.ok() ? *loaded.catalog : ms::Catalog{};
    }

    static ms::Weights quotaFirst() { return {{"quota", 2.0}, {"price", 1.0}, {"voice", 1.0}}; }

    QTemporaryDir m_dir;
};

/** A catalog of `count` alternatives over one numeric criterion; alternative i scores
 *  (count - i) / count, so the ranking keeps catalog order. */
ms::Catalog syntheticCatalog(int count, const std::vector<std::string>& names)
{
    ms::Catalog catalog;
    catalog.format = "modelscout-catalog";
    catalog.version = "test.2";
    catalog.title = "Synthetic catalog";
    catalog.asOf = "2026-11";
    catalog.sources.push_back({"fixture", "Fixture <a href=\"http://example.invalid\">link</a>", "", "2026-11"});
    ms::Criterion quality;
    quality.id = "quality";
    quality.label = {"Quality <b>bold?</b>", "Kalite"};
    quality.type = ms::CriterionType::Numeric;
    quality.direction = ms::Direction::Benefit;
    quality.unit = "points";
    quality.lower = 0.0;
    quality.upper = static_cast<double>(count);
    catalog.criteria.push_back(quality);
    for (int i = 0; i < count; ++i) {
        ms::Alternative a;
        a.id = "alt" + std::to_string(i);
        a.name = names.at(static_cast<std::size_t>(i));
        a.kind = "online_api";
        a.status = "public";
        ms::Fact fact;
        fact.value = ms::FactValue::ofNumber(static_cast<double>(count - i));
        fact.source = "fixture";
        fact.asOf = "2026-11";
        a.facts.emplace("quality", fact);
        catalog.alternatives.push_back(a);
    }
    return catalog;
}

// (1) Order, scores and Turkish letters and the lira sign, exactly (C18).
TEST_F(PdfReportTest, ThreeByThreeListsRankedNamesScoresAndExactTurkishText)
{
    const ms::Catalog catalog = threeByThree();
    ASSERT_EQ(catalog.alternatives.size(), 3u);
    const ms::Ranking ranking = rankOrDie(catalog, quotaFirst());
    ASSERT_EQ(ranking.rows.size(), 3u);

    const QString pdf = pdfPath("three.pdf");
    ms::PdfReportOptions options;
    options.profileLabel = "Quota first";
    options.generatedAt = "2026-11-29T10:00:00Z";
    options.appVersion = "0.1.0";
    const std::string error = ms::writePdfReport(catalog, ranking, quotaFirst(), pdf.toStdString(), options);
    ASSERT_EQ(error, "");

    const ToolResult text = pdfText(pdf);
    ASSERT_TRUE(text.ok) << show(text.problem);
    const QString& t = text.output;

    EXPECT_TRUE(t.contains(QStringLiteral("ModelScout recommendation report"))) << show(t);
    EXPECT_TRUE(t.contains(QStringLiteral("2026-11-29 10:00 UTC"))) << show(t);

    // The ranked table lists the names best first.
    const qsizetype table = t.indexOf(QStringLiteral("Ranking"));
    ASSERT_GE(table, 0) << show(t);
    const qsizetype alpha = t.indexOf(QStringLiteral("Alpha"), table);
    const qsizetype bravo = t.indexOf(QStringLiteral("Bravo"), table);
    const qsizetype ceviri = t.indexOf(u8("Çeviri Asistanı"), table);
    ASSERT_GE(alpha, 0) << show(t);
    EXPECT_LT(alpha, bravo) << show(t);
    EXPECT_LT(bravo, ceviri) << show(t);

    for (const char* score : {"70.0", "55.0", "25.0"})
        EXPECT_TRUE(t.contains(QString::fromUtf8(score))) << "missing score " << score << "\n" << show(t);

    // C18: no boxes, no look-alikes.
    EXPECT_TRUE(t.contains(u8("Çeviri Asistanı"))) << show(t);
    EXPECT_TRUE(t.contains(u8("İstanbul sunucusu ₺0,02"))) << show(t);
}

// (2) C16: every font is embedded as a subset, even headless.
TEST_F(PdfReportTest, EveryFontIsEmbeddedAsSubset)
{
    const ms::Catalog catalog = threeByThree();
    const ms::Ranking ranking = rankOrDie(catalog, quotaFirst());
    const QString pdf = pdfPath("fonts.pdf");
    ASSERT_EQ(ms::writePdfReport(catalog, ranking, quotaFirst(), pdf.toStdString()), "");

    const ToolResult fonts = runTool(QStringLiteral("pdffonts"), {pdf});
    ASSERT_TRUE(fonts.ok) << show(fonts.problem);

    // name type encoding emb sub uni object ID: read the flags from the right, since
    // names and types may contain spaces.
    const QStringList lines = fonts.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int fontRows = 0;
    for (const QString& line : lines) {
        if (line.startsWith(QStringLiteral("name ")) || line.startsWith(QStringLiteral("----")))
            continue;
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 6) << "unexpected pdffonts row: " << show(line);
        const qsizetype n = cols.size();
        EXPECT_EQ(cols.at(n - 5), QStringLiteral("yes")) << "font not embedded: " << show(line);
        EXPECT_EQ(cols.at(n - 4), QStringLiteral("yes")) << "font not subset: " << show(line);
        ++fontRows;
    }
    EXPECT_GE(fontRows, 1) << show(fonts.output);
    EXPECT_TRUE(fonts.output.contains(QStringLiteral("DejaVuSans"))) << show(fonts.output);
}

// (3) C19: catalog text that looks like markup prints literally; nothing is loaded.
TEST_F(PdfReportTest, MarkupInCatalogTextPrintsLiterally)
{
    const std::string evil = R"(<img src="file:///etc/hostname"> Evil & Co)";
    ms::Catalog catalog = syntheticCatalog(2, {evil, "Plain <b>bold?</b> name"});
    catalog.alternatives[0].vendor = "Vendor &amp; <i>Sons</i>";
    const ms::Weights weights{{"quality", 1.0}};
    const ms::Ranking ranking = rankOrDie(catalog, weights);
    const QString pdf = pdfPath("rich.pdf");
    ASSERT_EQ(ms::writePdfReport(catalog, ranking, weights, pdf.toStdString()), "");

    const ToolResult text = pdfText(pdf);
    ASSERT_TRUE(text.ok) << show(text.problem);
    const QString& t = text.output;
    EXPECT_TRUE(t.contains(QString::fromStdString(evil))) << show(t);
    EXPECT_TRUE(t.contains(QStringLiteral("Plain <b>bold?</b> name"))) << show(t);
    EXPECT_TRUE(t.contains(QStringLiteral("Vendor &amp; <i>Sons</i>"))) << show(t);
    EXPECT_TRUE(t.contains(QStringLiteral("Quality <b>bold?</b>"))) << show(t);
    EXPECT_TRUE(t.contains(QStringLiteral(R"(Fixture <a href="http://example.invalid">link</a>)"))) << show(t);

    // No image was loaded from the file: URL.
    const ToolResult images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    ASSERT_TRUE(images.ok) << show(images.problem);
    const QStringList rows = images.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_LE(rows.size(), 2) << "the report holds images:\n" << show(images.output);
}

// (4) The Turkish report: Turkish title and the decimal comma.
TEST_F(PdfReportTest, TurkishReportUsesTurkishTitleAndDecimalComma)
{
    const ms::Catalog catalog = threeByThree();
    const ms::Ranking ranking = rankOrDie(catalog, quotaFirst());
    const QString pdf = pdfPath("tr.pdf");
    ms::PdfReportOptions options;
    options.lang = "tr";
    options.profileLabel = "Önce kota";
    ASSERT_EQ(ms::writePdfReport(catalog, ranking, quotaFirst(), pdf.toStdString(), options), "");

    const ToolResult text = pdfText(pdf);
    ASSERT_TRUE(text.ok) << show(text.problem);
    const QString& t = text.output;
    EXPECT_TRUE(t.contains(u8("ModelScout öneri raporu"))) << show(t);
    for (const char* score : {"70,0", "55,0", "25,0"})
        EXPECT_TRUE(t.contains(QString::fromUtf8(score))) << "missing score " << score << "\n" << show(t);
    EXPECT_FALSE(t.contains(QStringLiteral("70.0"))) << show(t);
    EXPECT_TRUE(t.contains(u8("Ücretsiz kota"))) << show(t); // Turkish criterion labels
    EXPECT_TRUE(t.contains(u8("%50,0"))) << show(t);        // quota weight 2 of 4
}

// (5) C17: 120 rows of three lines each: no row is split by a page break, and every
// page that holds rows of the table also holds its header.
TEST_F(PdfReportTest, TableRowsNeverSplitAcrossPagesAndHeaderRepeats)
{
    constexpr int kRows = 120;
    std::vector<std::string> names;
    for (int i = 0; i < kRows; ++i) {
        const std::string tag = std::to_string(1000 + i);
        names.push_back("B" + tag + " first words of a deliberately long alternative name that wraps "
                        "over three lines of its table cell in the ranking table E" + tag);
    }
    const ms::Catalog catalog = syntheticCatalog(kRows, names);
    const ms::Weights weights{{"quality", 1.0}};
    const ms::Ranking ranking = rankOrDie(catalog, weights);
    const QString pdf = pdfPath("long.pdf");
    ASSERT_EQ(ms::writePdfReport(catalog, ranking, weights, pdf.toStdString()), "");

    const ToolResult text = pdfText(pdf);
    ASSERT_TRUE(text.ok) << show(text.problem);
    const QStringList pages = text.output.split(QLatin1Char('\f'));
    ASSERT_GE(pages.size(), 3) << "expected several pages";

    auto pageOf = [&](const QString& needle) {
        for (qsizetype p = 0; p < pages.size(); ++p)
            if (pages.at(p).contains(needle))
                return p;
        return qsizetype(-1);
    };
    // Rows past the third appear only in the table (the top three are also explained
    // further down), so their pages must show the table header.
    std::set<qsizetype> pagesWithRows;
    for (int i = 0; i < kRows; ++i) {
        const QString tag = QString::number(1000 + i);
        const qsizetype begin = pageOf(QStringLiteral("B") + tag);
        const qsizetype end = pageOf(QStringLiteral("E") + tag);
        ASSERT_GE(begin, 0) << "row " << i << " missing";
        EXPECT_EQ(begin, end) << "row " << i << " split across pages " << begin + 1 << " and " << end + 1;
        if (i >= 3)
            pagesWithRows.insert(begin);
    }
    EXPECT_GE(pagesWithRows.size(), 2u);
    for (qsizetype p : pagesWithRows)
        EXPECT_TRUE(pages.at(p).contains(QStringLiteral("Coverage"))) << "no table header on page " << p + 1;
}

// A catalog without alternatives still gives a report, saying there is nothing to recommend.
TEST_F(PdfReportTest, EmptyRankingStillWritesReport)
{
    const ms::Catalog catalog = syntheticCatalog(0, {});
    ms::Ranking ranking;
    ranking.normalisedWeights = {1.0};
    const QString pdf = pdfPath("empty.pdf");
    ASSERT_EQ(ms::writePdfReport(catalog, ranking, {{"quality", 1.0}}, pdf.toStdString()), "");

    const ToolResult text = pdfText(pdf);
    ASSERT_TRUE(text.ok) << show(text.problem);
    EXPECT_TRUE(text.output.contains(QStringLiteral("no alternatives to rank"))) << show(text.output);
    EXPECT_TRUE(text.output.contains(QStringLiteral("Synthetic catalog"))) << show(text.output);
}

// A path that cannot be written gives a message naming it, and no exception.
TEST_F(PdfReportTest, UnwritablePathGivesMessageNamingIt)
{
    const ms::Catalog catalog = threeByThree();
    const ms::Ranking ranking = rankOrDie(catalog, quotaFirst());
    const std::string path = (fs::path(m_dir.path().toStdString()) / "no-such-dir" / "out.pdf").string();
    const std::string error = ms::writePdfReport(catalog, ranking, quotaFirst(), path);
    EXPECT_NE(error.find(path), std::string::npos) << error;
    EXPECT_FALSE(fs::exists(path));
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
