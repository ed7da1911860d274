// SPDX-License-Identifier: MIT
// The PDF of a Report (writeReportPdf), read back with poppler-utils: the summary page and
// the evidence in order, the scenario line and the sources; fonts embedded and subset (C16);
// Turkish letters and the lira sign exact (C18); rows never split and headers repeated
// (C17); page counts that grow with the catalog; charts drawn as vectors (no images).
#include "report/pdfreport.h"

#include <cstdint>
#include <filesystem>
#include <iostream>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "core/catalog/catalog.h"
#include "core/catalog/diagnostic.h"
#include "core/catalog/loader.h"
#include "core/report/report.h"
#include "pdftools.h"

namespace {

namespace fs = std::filesystem;
using ms::test::flat;
using ms::test::pdfText;
using ms::test::ToolResult;

const fs::path kTestData { MODELSCOUT_TEST_DATA_DIR };

std::string show(const QString& text)
{
    return text.toStdString();
}

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

ms::Report reportOf(const ms::Catalog& catalog, const ms::Scenario& scenario, const std::string& language = "en",
    std::size_t samples = 2000)
{
    ms::ReportOptions options;
    options.language = language;
    options.generatedAt = "2026-11-29T10:00:00Z";
    options.appVersion = "0.1.0";
    options.sensitivitySamples = samples;
    auto result = ms::buildReport(catalog, scenario, options);
    if (const auto* error = std::get_if<ms::RankingError>(&result)) {
        ADD_FAILURE() << "buildReport failed: " << error->message;
        return {};
    }
    return std::get<ms::Report>(std::move(result));
}

ms::Catalog threeByThree()
{
    const ms::CatalogLoadResult loaded = ms::loadCatalogFromFile(kTestData / "three_by_three.json");
    EXPECT_TRUE(loaded.ok()) << ms::formatDiagnostics(loaded.diagnostics);
    return loaded.ok() ? *loaded.catalog : ms::Catalog {};
}

ms::Scenario quotaFirst()
{
    ms::Scenario s;
    s.weights = { { "quota", 2.0 }, { "price", 1.0 }, { "voice", 1.0 } };
    return s;
}

ms::Fact fact(ms::FactValue value, const std::string& source, const std::string& note = {})
{
    ms::Fact f;
    f.value = std::move(value);
    f.source = source;
    f.asOf = "2026-06";
    f.estimate = !note.empty();
    f.note = note;
    return f;
}

/** A catalog shaped like the bundled one (eight criteria of every type, notes on some
 *  facts, a few unknown facts) with `count` alternatives whose facts follow a fixed
 *  pseudo-random sequence, so that every run draws the same report. `names` replaces the
 *  generated names when given. */
ms::Catalog generatedCatalog(int count, const std::vector<std::string>& names = {})
{
    ms::Catalog c;
    c.format = "modelscout-catalog";
    c.version = "gen.1";
    c.title = "Generated catalog of " + std::to_string(count) + " alternatives";
    c.asOf = "2026-06";
    c.sources = { { "vendor", "Vendor pages", "https://example.invalid/vendor", "2026-06" },
        { "guide", "LLM Modding 301", "https://example.invalid/guide", "2025-09" },
        { "editors", "Editors' estimate", "", "2026-06" } };
    auto numeric = [](const char* id, const char* en, const char* tr, ms::Direction d, const char* unit, double lo,
                       double hi, ms::Scale scale) {
        ms::Criterion k;
        k.id = id;
        k.label = { en, tr };
        k.type = ms::CriterionType::Numeric;
        k.direction = d;
        k.unit = unit;
        k.lower = lo;
        k.upper = hi;
        k.scale = scale;
        return k;
    };
    auto boolean = [](const char* id, const char* en, const char* tr, ms::Direction d) {
        ms::Criterion k;
        k.id = id;
        k.label = { en, tr };
        k.type = ms::CriterionType::Boolean;
        k.direction = d;
        return k;
    };
    c.criteria.push_back(numeric("free_quota", "Free quota", "Ücretsiz kota", ms::Direction::Benefit,
        "interactions/month", 0, 10000, ms::Scale::Log));
    c.criteria.back().allowUnlimited = true;
    c.criteria.push_back(numeric("player_steps", "Player setup steps", "Oyuncu kurulum adımı", ms::Direction::Cost,
        "steps", 0, 8, ms::Scale::Linear));
    c.criteria.push_back(
        boolean("credit_card", "Player needs a credit card", "Oyuncu kredi kartı gerektirir", ms::Direction::Cost));
    c.criteria.push_back(numeric("player_cost", "Cost to one player", "Oyuncu başına maliyet", ms::Direction::Cost,
        "USD/month", 0, 50, ms::Scale::Log));
    c.criteria.push_back(boolean("tts", "Text-to-speech voices", "Sesler", ms::Direction::Benefit));
    c.criteria.push_back(boolean("official_api", "Official API", "Resmî API", ms::Direction::Benefit));
    c.criteria.push_back(numeric("hardware_gb", "Player hardware (RAM/VRAM)", "Oyuncu donanımı", ms::Direction::Cost,
        "GB", 0, 48, ms::Scale::Linear));
    ms::Criterion availability;
    availability.id = "availability";
    availability.label = { "Availability", "Erişilebilirlik" };
    availability.type = ms::CriterionType::Ordinal;
    availability.levels = { "discontinued", "contact_only", "waitlist", "public" };
    c.criteria.push_back(availability);

    std::uint32_t state = 12345u;
    auto next = [&state](std::uint32_t range) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % range;
    };
    const char* kinds[] = { "local_model", "online_api", "character_service" };
    for (int i = 0; i < count; ++i) {
        ms::Alternative a;
        a.id = "alt" + std::to_string(i);
        a.name = names.empty() ? "Alternative " + std::to_string(1000 + i) : names.at(static_cast<std::size_t>(i));
        a.vendor = "Vendor " + std::to_string(i % 17);
        a.kind = kinds[i % 3];
        a.status = "public";
        const std::uint32_t quota = next(6);
        a.facts["free_quota"]
            = fact(quota == 5 ? ms::FactValue::unlimited() : ms::FactValue::ofNumber(static_cast<double>(quota * 1000)),
                "vendor");
        a.facts["player_steps"] = fact(ms::FactValue::ofNumber(static_cast<double>(1 + next(7))), "editors",
            "install the mod; create an account; paste the key into the settings");
        a.facts["credit_card"] = fact(ms::FactValue::ofBool(next(2) == 1), "vendor");
        a.facts["player_cost"] = fact(ms::FactValue::ofNumber(static_cast<double>(next(30))), "editors",
            "about 1,000 messages a month at the list price");
        if (next(4) != 0)
            a.facts["tts"] = fact(ms::FactValue::ofBool(next(2) == 1), "guide");
        else
            a.facts["tts"] = fact(ms::FactValue::unknown(), "guide");
        a.facts["official_api"] = fact(ms::FactValue::ofBool(next(3) != 0), "guide");
        a.facts["hardware_gb"] = fact(
            ms::FactValue::ofNumber(static_cast<double>(next(5) * 4)), "editors", "the quantised model in memory");
        a.facts["availability"] = fact(ms::FactValue::ofText(availability.levels[1 + next(3)]), "vendor");
        c.alternatives.push_back(std::move(a));
    }
    return c;
}

ms::Scenario generatedScenario()
{
    ms::Scenario s;
    s.weights = { { "free_quota", 2 }, { "player_steps", 3 }, { "credit_card", 3 }, { "player_cost", 2 }, { "tts", 1 },
        { "official_api", 2 }, { "hardware_gb", 1.5 }, { "availability", 1 } };
    return s;
}

class ReportPdfTest : public ::testing::Test {
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

    [[nodiscard]] QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    /** Writes `report` and returns its pdftotext pages (form-feed separated). */
    QStringList writeAndRead(const ms::Report& report, const char* name, const ms::PdfOptions& options = {})
    {
        const QString pdf = path(name);
        const std::string error = ms::writeReportPdf(report, pdf.toStdString(), options);
        EXPECT_EQ(error, "");
        const ToolResult text = pdfText(pdf);
        EXPECT_TRUE(text.ok) << show(text.problem);
        QStringList pages = text.output.split(QLatin1Char('\f'));
        if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
            pages.removeLast();
        return pages;
    }

    QTemporaryDir m_dir;
};

// The summary page first: the recommendation, the scenario, the top of the table, the
// reasons and the charts; then the evidence with the full table in ranked order, the
// facts with their sources and the method appendix.
TEST_F(ReportPdfTest, SummaryPageThenEvidenceInRankedOrderWithScenarioAndSources)
{
    const ms::Report report = reportOf(threeByThree(), quotaFirst());
    const QStringList pages = writeAndRead(report, "three.pdf");
    ASSERT_GE(pages.size(), 2);
    const QString first = flat(pages.at(0));
    EXPECT_TRUE(first.contains(QStringLiteral("ModelScout recommendation report"))) << show(first);
    EXPECT_TRUE(first.contains(QStringLiteral("Alpha (Character service) ranks first with a score of 70.0 out of "
                                              "100, 15.0 points ahead of the runner-up Bravo (55.0).")))
        << show(first);
    EXPECT_TRUE(first.contains(QStringLiteral("Method weighted sum (WSM); fixed bounds from the catalog; unknown "
                                              "facts count as the worst value")))
        << show(first);
    EXPECT_TRUE(first.contains(QStringLiteral("Weights Free quota 50.0% · Price 25.0% · Voice 25.0%"))) << show(first);
    EXPECT_TRUE(first.contains(QStringLiteral("Ranking: top 3 of 3"))) << show(first);
    EXPECT_TRUE(first.contains(QStringLiteral("Why Alpha leads"))) << show(first);
    EXPECT_TRUE(first.contains(QStringLiteral("1. Free quota: 50 messages/month (+25.0 of 50.0 points)")))
        << show(first);
    EXPECT_TRUE(first.contains(QStringLiteral("Where the points come from (top five)"))) << show(first);
    EXPECT_TRUE(first.contains(QStringLiteral("Profile of the top three"))) << show(first);
    EXPECT_TRUE(first.contains(QStringLiteral("page 1 of %1").arg(pages.size()))) << show(first);

    // The evidence starts on page 2 with the full table, best first.
    const QString evidence = pages.mid(1).join(QLatin1Char('\f'));
    EXPECT_TRUE(flat(pages.at(1)).startsWith(QStringLiteral("ModelScout recommendation report · Three alternatives")))
        << show(pages.at(1));
    const qsizetype table = evidence.indexOf(QStringLiteral("Ranking"));
    ASSERT_GE(table, 0) << show(evidence);
    const qsizetype alpha = evidence.indexOf(QStringLiteral("Alpha"), table);
    const qsizetype bravo = evidence.indexOf(QStringLiteral("Bravo"), table);
    const qsizetype ceviri = evidence.indexOf(u8("Çeviri Asistanı"), table);
    ASSERT_GE(alpha, 0);
    EXPECT_LT(alpha, bravo);
    EXPECT_LT(bravo, ceviri);
    EXPECT_TRUE(evidence.contains(u8("25.0–50.0"))) << "the score interval of Çeviri";
    const QString flatEvidence = flat(evidence);
    for (const char* heading :
        { "The top 3 in detail", "Excluded alternatives", "Dominated alternatives", "Sensitivity", "Facts used",
            "Method appendix", "Criteria and normalisation bounds", "References", "Sources" })
        EXPECT_TRUE(flatEvidence.contains(QString::fromUtf8(heading))) << heading;
    // Sections in this order.
    EXPECT_LT(
        flatEvidence.indexOf(QStringLiteral("Facts used")), flatEvidence.indexOf(QStringLiteral("Method appendix")));
    // The sources: each fact names its source, and the appendix lists them.
    const qsizetype sources = flatEvidence.lastIndexOf(QStringLiteral("Sources"));
    EXPECT_TRUE(flatEvidence.indexOf(QStringLiteral("Test fixture"), sources) > sources) << show(flatEvidence);
    // A fact's row reads criterion, value with unit, source, date (in drawing order).
    const ToolResult raw = ms::test::pdfRawText(path("three.pdf"));
    ASSERT_TRUE(raw.ok) << show(raw.problem);
    EXPECT_TRUE(flat(raw.output).contains(QStringLiteral("Price 2 USD/month Test fixture 2026-11")))
        << show(flat(raw.output));
}

// C16: every font embedded as a subset; C18-adjacent: no boxes for missing glyphs.
TEST_F(ReportPdfTest, FontsEmbeddedAsSubsetsAndNoImages)
{
    const ms::Report report = reportOf(threeByThree(), quotaFirst());
    const QString pdf = path("fonts.pdf");
    ASSERT_EQ(ms::writeReportPdf(report, pdf.toStdString()), "");
    int fonts = 0;
    const QStringList problems = ms::test::fontProblems(pdf, &fonts);
    EXPECT_TRUE(problems.isEmpty()) << show(problems.join(QLatin1Char('\n')));
    EXPECT_GE(fonts, 1);
    // The bars and the radar are vector paths: pdfimages finds no image at all.
    QString problem;
    const QStringList images = ms::test::embeddedImages(pdf, &problem);
    EXPECT_TRUE(images.isEmpty()) << show(problem + images.join(QLatin1Char('\n')));
}

// C18: the Turkish report, with the case's own text as catalog text, extracts exactly.
TEST_F(ReportPdfTest, TurkishReportExtractsExactly)
{
    ms::Catalog catalog = threeByThree();
    catalog.alternatives[1].name = "Model Seçim Raporu — Önerilen: Inworld AI; İıŞşĞğÇçÖöÜü ₺0,02";
    catalog.alternatives[1].vendor = "Çeviri Asistanı · İstanbul sunucusu";
    const ms::Report report = reportOf(catalog, quotaFirst(), "tr");
    const QStringList pages = writeAndRead(report, "tr.pdf");
    const QString all = pages.join(QLatin1Char('\f'));
    const QString text = flat(all);
    EXPECT_TRUE(text.contains(u8("ModelScout öneri raporu"))) << show(text);
    EXPECT_TRUE(text.contains(u8("Model Seçim Raporu — Önerilen: Inworld AI; İıŞşĞğÇçÖöÜü ₺0,02"))) << show(text);
    EXPECT_TRUE(text.contains(u8("Çeviri Asistanı · İstanbul sunucusu"))) << show(text);
    EXPECT_TRUE(text.contains(u8("İstanbul sunucusu ₺0,02"))) << show(text);
    EXPECT_TRUE(text.contains(u8("Alpha (Karakter servisi) 100 üzerinden 70,0 puanla ilk sırada;"))) << show(text);
    for (const char* score : { "70,0", "55,0", "25,0", "%50,0", "25,0–50,0" })
        EXPECT_TRUE(text.contains(QString::fromUtf8(score))) << score;
    EXPECT_FALSE(text.contains(QStringLiteral("70.0"))) << show(text);
    for (const char* word : { "Senaryo", "Yöntem", "Ağırlıklar", "Kısıtlar", "Duyarlılık", "Kullanılan veriler",
             "Yöntem eki", "Kaynaklar", "sayfa 1 /" })
        EXPECT_TRUE(text.contains(QString::fromUtf8(word))) << word;
    EXPECT_FALSE(text.contains(QChar(0xFFFD))) << "a replacement character";
}

// C17: 120 rows whose names wrap over three lines: no row of any table is split across a
// page break (both ends of each name are on the same page), and every page that holds
// rows of a table holds its header.
TEST_F(ReportPdfTest, RowsNeverSplitAndHeadersRepeatWith120ThreeLineRows)
{
    constexpr int kRows = 120;
    std::vector<std::string> names;
    for (int i = 0; i < kRows; ++i) {
        const std::string tag = std::to_string(1000 + i);
        names.push_back("B" + tag
            + " first words of a deliberately long alternative name that wraps over three "
              "lines of its table cell in the ranking table E"
            + tag);
    }
    ms::Catalog catalog = generatedCatalog(kRows, names);
    for (ms::Alternative& a : catalog.alternatives)
        a.kind = "online_api"; // "Online model API" appears only in the ranked tables
    const ms::Report report = reportOf(catalog, generatedScenario(), "en", 500);
    const QStringList pages = writeAndRead(report, "long.pdf");
    ASSERT_GE(pages.size(), 10);

    // A row of a ranked table starts with its rank and the name ("  12  B1011 first..."),
    // unlike the detail entries ("12. B1011") and the other tables.
    const QRegularExpression rankedRow(QStringLiteral("(^|\\n)\\s*\\d+=?\\s+B1\\d\\d\\d "));
    const QRegularExpression elidedLabel(QStringLiteral("B1\\d\\d\\d[^\\n\u2026]*\u2026"));
    int rankedPages = 0;
    int factPages = 0;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        // Chart labels are shortened with an ellipsis on purpose: leave those labels out.
        QString page = pages.at(p);
        page.remove(elidedLabel);
        for (int i = 0; i < kRows; ++i) {
            const QString tag = QString::number(1000 + i);
            EXPECT_EQ(page.count(QStringLiteral("B") + tag), page.count(QStringLiteral("E") + tag))
                << "a row of alternative " << i << " is split at the end of page " << p + 1;
        }
        if (page.contains(rankedRow)) {
            ++rankedPages;
            EXPECT_TRUE(page.contains(QStringLiteral("Coverage"))) << "no ranked-table header on page " << p + 1;
        }
        if (page.contains(QStringLiteral("quantised"))) { // a note in the facts table
            ++factPages;
            EXPECT_TRUE(page.contains(QStringLiteral("As of"))) << "no facts-table header on page " << p + 1;
        }
    }
    EXPECT_GE(rankedPages, 3);
    EXPECT_GE(factPages, 10);
    // A group (alternative) that continues on a new page is named again there.
    EXPECT_TRUE(pages.join(QString()).contains(QStringLiteral("(continued)")));
}

// Page counts grow with the catalog and stay what they are (the layout is deterministic).
TEST_F(ReportPdfTest, PageCountsFor5And50And120Alternatives)
{
    std::vector<int> counts;
    for (const int n : { 5, 50, 120 }) {
        const ms::Report report = reportOf(generatedCatalog(n), generatedScenario(), "en", 1000);
        const QString pdf = path(("gen" + std::to_string(n) + ".pdf").c_str());
        ASSERT_EQ(ms::writeReportPdf(report, pdf.toStdString()), "");
        counts.push_back(ms::test::pageCount(pdf));
        std::cout << n << " alternatives: " << counts.back() << " pages" << std::endl;
    }
    EXPECT_EQ(counts[0], 5);
    EXPECT_EQ(counts[1], 18);
    EXPECT_EQ(counts[2], 39);
    EXPECT_GT(counts[2], counts[1]);
    EXPECT_GT(counts[1], counts[0]);
}

TEST_F(ReportPdfTest, LetterPaperAndChartsOff)
{
    const ms::Report report = reportOf(threeByThree(), quotaFirst());
    ms::PdfOptions letter;
    letter.paper = ms::PaperSize::Letter;
    const QString pdf = path("letter.pdf");
    ASSERT_EQ(ms::writeReportPdf(report, pdf.toStdString(), letter), "");
    EXPECT_EQ(ms::test::pdfInfo(pdf, QStringLiteral("Page size")), QStringLiteral("612 x 792 pts (letter)"));
    const QString a4 = path("a4.pdf");
    ASSERT_EQ(ms::writeReportPdf(report, a4.toStdString()), "");
    EXPECT_EQ(ms::test::pdfInfo(a4, QStringLiteral("Page size")), QStringLiteral("595 x 842 pts (A4)"));

    ms::PdfOptions plain;
    plain.charts = false;
    const QStringList pages = writeAndRead(report, "nocharts.pdf", plain);
    const QString text = flat(pages.join(QLatin1Char('\f')));
    EXPECT_FALSE(text.contains(QStringLiteral("Where the points come from")));
    EXPECT_FALSE(text.contains(QStringLiteral("Profile of the top three")));
    EXPECT_TRUE(text.contains(QStringLiteral("Why Alpha leads")));
}

/** The decoded content streams of `pdf` (Flate streams that are not fonts or images). */
std::vector<QByteArray> contentStreams(const QByteArray& pdf)
{
    std::vector<QByteArray> streams;
    qsizetype at = 0;
    while ((at = pdf.indexOf("stream\n", at)) >= 0) {
        const qsizetype dictStart = pdf.lastIndexOf("obj", at);
        const QByteArray dict = pdf.mid(dictStart, at - dictStart);
        const qsizetype dataStart = at + 7;
        const qsizetype dataEnd = pdf.indexOf("endstream", dataStart);
        at = dataEnd < 0 ? pdf.size() : dataEnd;
        if (dataEnd < 0 || !dict.contains("/FlateDecode") || dict.contains("/Length1") || dict.contains("/Subtype"))
            continue;
        QByteArray framed("\x00\x10\x00\x00", 4); // qUncompress: a size hint first
        framed += pdf.mid(dataStart, dataEnd - dataStart);
        const QByteArray decoded = qUncompress(framed);
        if (!decoded.isEmpty())
            streams.push_back(decoded);
    }
    return streams;
}

// Every stroked line is at least 0.5 pt wide, and the text is written compactly (one TJ
// array per line of text, not one Td/Tj pair per glyph).
TEST_F(ReportPdfTest, LinesAtLeastHalfAPointAndTextRunsCompact)
{
    const ms::Report report = reportOf(generatedCatalog(50), generatedScenario(), "en", 1000);
    const QString pdf = path("lines.pdf");
    ASSERT_EQ(ms::writeReportPdf(report, pdf.toStdString()), "");
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const std::vector<QByteArray> streams = contentStreams(file.readAll());
    ASSERT_FALSE(streams.empty());
    const QRegularExpression strings(QStringLiteral(R"(\((?:\\.|[^\\)])*\))"));
    const QRegularExpression lineWidth(QStringLiteral(R"((?:^|\s)(-?[\d.]+) w\b)"));
    const QRegularExpression matrix(
        QStringLiteral(R"((-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) cm)"));
    int widths = 0;
    int runs = 0;
    for (const QByteArray& stream : streams) {
        QString text = QString::fromLatin1(stream);
        text.remove(strings); // glyph codes are binary
        // Qt draws in device units of 1/720 inch under one page matrix of 0.1.
        for (auto it = matrix.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            EXPECT_EQ(m.captured(1), QStringLiteral("0.1")) << "an unexpected transformation: " << show(m.captured(0));
        }
        for (auto it = lineWidth.globalMatch(text); it.hasNext();) {
            const double units = it.next().captured(1).toDouble();
            EXPECT_GE(units * 0.1, 0.5 - 1e-9) << "a line of " << units * 0.1 << " pt";
            ++widths;
        }
        runs += static_cast<int>(text.count(QStringLiteral("] TJ")));
        EXPECT_FALSE(text.contains(QStringLiteral("> Tj"))) << "a glyph positioned on its own";
    }
    EXPECT_GT(widths, 10);
    EXPECT_GT(runs, 100);
}

// C19 through the new entry point: markup in catalog text prints literally.
TEST_F(ReportPdfTest, RichTextCatalogPrintsLiterally)
{
    const ms::CatalogLoadResult loaded = ms::loadCatalogFromFile(kTestData / "rich_text_catalog.json");
    ASSERT_TRUE(loaded.ok()) << ms::formatDiagnostics(loaded.diagnostics);
    ms::Scenario scenario;
    scenario.profile = "evil_profile";
    scenario.weights = { { "quality", 1.0 }, { "voice", 1.0 } };
    const ms::Report report = reportOf(*loaded.catalog, scenario, "en", 200);
    const QString pdf = path("rich.pdf");
    const QStringList pages = writeAndRead(report, "rich.pdf");
    const ToolResult raw = ms::test::pdfRawText(pdf);
    ASSERT_TRUE(raw.ok) << show(raw.problem);
    // Compared without white space: a long cell may wrap inside "file:///etc/hostname".
    QString text = raw.output;
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const char* literal : { R"(<img src="file:///etc/hostname"> Evil & Co)", "Plain <b>bold?</b> name",
             "Vendor &amp; <i>Sons</i>", "Quality <b>bold?</b>", "<b>Bold</b> profile & co",
             R"(<a href="http://example.invalid">Source link</a> & co)", "javascript:alert(1)",
             R"(<img src="file:///etc/hostname"> estimated <b>by us</b>)" })
        EXPECT_TRUE(text.contains(QString::fromUtf8(literal).remove(QLatin1Char(' ')))) << literal << "\n"
                                                                                        << show(text);
    EXPECT_TRUE(ms::test::embeddedImages(pdf).isEmpty());
}

} // namespace
