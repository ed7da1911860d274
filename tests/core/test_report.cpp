// SPDX-License-Identifier: MIT
// The report model and its text renderers: numbers worked by hand, stale facts, Turkish
// phrases and decimal commas, golden Markdown/CSV/JSON/HTML files, escaping (C19), CSV
// formula neutralisation and locale independence (C04).
#include "core/report/report.h"

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/catalog/diagnostic.h"
#include "core/catalog/loader.h"
#include "core/report/renderers.h"
#include "core/report/reporttext.h"

namespace {

namespace fs = std::filesystem;

const fs::path kData { MODELSCOUT_TEST_DATA_DIR };

ms::Catalog load(const fs::path& path)
{
    const ms::CatalogLoadResult loaded = ms::loadCatalogFromFile(path);
    EXPECT_TRUE(loaded.ok()) << ms::formatDiagnostics(loaded.diagnostics);
    return loaded.ok() ? *loaded.catalog : ms::Catalog {};
}

ms::Scenario quotaFirst()
{
    ms::Scenario s;
    s.weights = { { "quota", 2.0 }, { "price", 1.0 }, { "voice", 1.0 } };
    return s;
}

ms::Report build(const ms::Catalog& catalog, const ms::Scenario& scenario, ms::ReportOptions options = {})
{
    if (options.generatedAt.empty())
        options.generatedAt = "2026-11-29T10:00:00Z";
    auto result = ms::buildReport(catalog, scenario, options);
    if (const auto* error = std::get_if<ms::RankingError>(&result)) {
        ADD_FAILURE() << "buildReport failed: " << error->message;
        return {};
    }
    return std::get<ms::Report>(std::move(result));
}

std::string slurp(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/** Compares `actual` with the golden file byte for byte; MODELSCOUT_UPDATE_GOLDENS=1
 *  rewrites the file instead (see docs/report-format.md). */
void expectGolden(const std::string& actual, const fs::path& golden)
{
    if (std::getenv("MODELSCOUT_UPDATE_GOLDENS") != nullptr) {
        std::ofstream out(golden, std::ios::binary | std::ios::trunc);
        out << actual;
        ASSERT_TRUE(out.good()) << "cannot write " << golden;
        return;
    }
    ASSERT_TRUE(fs::exists(golden)) << golden << " is missing; run with MODELSCOUT_UPDATE_GOLDENS=1 to create it";
    const std::string expected = slurp(golden);
    if (expected == actual)
        return;
    // Name the first line that differs.
    std::istringstream a(actual);
    std::istringstream e(expected);
    std::string la;
    std::string le;
    int line = 1;
    while (true) {
        const bool moreA = static_cast<bool>(std::getline(a, la));
        const bool moreE = static_cast<bool>(std::getline(e, le));
        if (!moreA && !moreE)
            break;
        if (la != le || moreA != moreE) {
            ADD_FAILURE() << golden.filename() << " differs at line " << line << "\n  expected: " << le
                          << "\n  actual:   " << la;
            return;
        }
        ++line;
    }
    ADD_FAILURE() << golden.filename() << " differs (line ends or trailing bytes)";
}

// ---- The model, worked by hand -----------------------------------------------------------

// three_by_three.json, weights 2/1/1: Alpha 0.5*0.5 + 0.25*0.8 + 0.25*1 = 0.70,
// Bravo 0.5*1 + 0.25*0.2 + 0 = 0.55, Çeviri 0 + 0.25*1 + 0 (voice unknown, pessimistic) = 0.25.
TEST(Report, ThreeByThreeRecommendationAndNumbers)
{
    const ms::Catalog catalog = load(kData / "three_by_three.json");
    const ms::Report r = build(catalog, quotaFirst());

    EXPECT_EQ(r.title, "ModelScout recommendation report");
    EXPECT_EQ(r.generatedAtText, "2026-11-29 10:00 UTC");
    EXPECT_EQ(r.recommendation,
        "Alpha (Character service) ranks first with a score of 70.0 out of 100, 15.0 points "
        "ahead of the runner-up Bravo (55.0).");
    ASSERT_EQ(r.rows.size(), 3u);
    EXPECT_EQ(r.rows[0].name, "Alpha");
    EXPECT_EQ(r.rows[1].name, "Bravo");
    EXPECT_EQ(r.rows[2].name, "Çeviri Asistanı");
    EXPECT_NEAR(r.rows[0].score, 70.0, 1e-9);
    EXPECT_NEAR(r.rows[1].score, 55.0, 1e-9);
    EXPECT_NEAR(r.rows[2].score, 25.0, 1e-9);
    EXPECT_NEAR(r.rows[2].scoreLow, 25.0, 1e-9);
    EXPECT_NEAR(r.rows[2].scoreHigh, 50.0, 1e-9);
    EXPECT_NEAR(r.rows[2].coverage, 0.75, 1e-12);
    EXPECT_EQ(r.rows[2].vendor, "İstanbul sunucusu ₺0,02");
    ASSERT_TRUE(r.gap.has_value());
    EXPECT_NEAR(*r.gap, 15.0, 1e-9);
    EXPECT_EQ(r.leaderIds, std::vector<std::string> { "alpha" });

    // The scenario: weights as shares, largest first; the policy in words.
    ASSERT_EQ(r.scenario.weights.size(), 3u);
    EXPECT_EQ(r.scenario.weights[0].criterionId, "quota");
    EXPECT_NEAR(r.scenario.weights[0].weight, 0.5, 1e-12);
    EXPECT_EQ(r.scenario.method, "wsm");
    EXPECT_EQ(r.scenario.missingText, "unknown facts count as the worst value");
    EXPECT_EQ(r.scenario.profileLabel, "custom weights");

    // Contributions in points, in weight order, sum to the score (WSM).
    ASSERT_EQ(r.rows[0].contributions.size(), 3u);
    EXPECT_NEAR(r.rows[0].contributions[0] + r.rows[0].contributions[1] + r.rows[0].contributions[2], 70.0, 1e-9);

    // The top entries: strongest criteria with the facts behind them.
    ASSERT_EQ(r.top.size(), 3u);
    ASSERT_FALSE(r.top[0].strongest.empty());
    EXPECT_EQ(r.top[0].strongest[0].text, "Free quota: 50 messages/month (+25.0 of 50.0 points)");
    EXPECT_EQ(r.top[0].weakest[0].text, "Free quota: 50 messages/month (−25.0 of 50.0 points)");
    const auto& ceviriWeak = r.top[2].weakest;
    EXPECT_TRUE(std::any_of(ceviriWeak.begin(), ceviriWeak.end(), [](const ms::ReportReason& reason) {
        return reason.criterionId == "voice" && reason.valueText == "unknown" && reason.missing;
    }));

    // Every fact used: 3 ranked × 3 weighted criteria, with sources.
    ASSERT_EQ(r.facts.size(), 9u);
    EXPECT_EQ(r.facts[0].alternative, "Alpha");
    EXPECT_EQ(r.facts[0].criterion, "Free quota");
    EXPECT_EQ(r.facts[0].valueText, "50 messages/month");
    EXPECT_EQ(r.facts[0].source, "Test fixture");
    EXPECT_EQ(r.facts[0].asOf, "2026-11");

    // Sensitivity is in by default (WSM): intervals per weighted criterion and win chances.
    ASSERT_TRUE(r.sensitivity.has_value());
    EXPECT_EQ(r.sensitivity->stability.size(), 3u);
    EXPECT_EQ(r.sensitivity->samples, 10000u);
    double total = 0.0;
    for (const auto& w : r.sensitivity->winProbabilities)
        total += w.probability;
    EXPECT_NEAR(total, 1.0, 1e-9);

    // The method appendix: every criterion with its bounds, and the catalog's sources.
    ASSERT_EQ(r.method.criteria.size(), 3u);
    EXPECT_EQ(r.method.criteria[0].boundsText, "0 – 100 messages/month");
    EXPECT_EQ(r.method.criteria[2].boundsText, "no = 0, yes = 1");
    ASSERT_EQ(r.method.sources.size(), 1u);
    EXPECT_EQ(r.method.sources[0].title, "Test fixture");
}

TEST(Report, TurkishPhrasesAndDecimalCommas)
{
    const ms::Catalog catalog = load(kData / "three_by_three.json");
    ms::ReportOptions options;
    options.language = "tr";
    const ms::Report r = build(catalog, quotaFirst(), options);
    EXPECT_EQ(r.title, "ModelScout öneri raporu");
    EXPECT_EQ(r.recommendation,
        "Alpha (Karakter servisi) 100 üzerinden 70,0 puanla ilk sırada; ikinci sıradaki "
        "Bravo (55,0) seçeneğinin 15,0 puan önünde.");
    EXPECT_EQ(r.scenario.profileLabel, "özel ağırlıklar");
    EXPECT_EQ(r.scenario.missingText, "bilinmeyen veriler en kötü değer sayılır");
    EXPECT_EQ(r.scenario.weights[0].label, "Ücretsiz kota");
    EXPECT_EQ(r.top[0].strongest[0].text, "Ücretsiz kota: 50 messages/month (+25,0 / 50,0 puan)");

    const std::string md = ms::renderMarkdown(r);
    for (const char* number : { "70,0", "55,0", "25,0", "%50,0", "%75" })
        EXPECT_NE(md.find(number), std::string::npos) << number;
    EXPECT_EQ(md.find("70.0"), std::string::npos);
    EXPECT_NE(md.find("Çeviri Asistanı"), std::string::npos);
    EXPECT_NE(md.find("İstanbul sunucusu ₺0,02"), std::string::npos);
    // Turkish letters of the phrase table, written properly.
    for (const char* word : { "Öneri", "Sıralama", "Kapsam", "Duyarlılık", "Kullanılan veriler", "Yöntem eki" })
        EXPECT_NE(md.find(word), std::string::npos) << word;
    // CSV numbers stay locale-free whatever the report language.
    EXPECT_NE(ms::renderCsv(r).find(",70.0000,"), std::string::npos);
}

TEST(Report, NumberFormattingIsLocaleFreeAndLanguageAware)
{
    EXPECT_EQ(ms::formatNumber(70.0, 1, "en"), "70.0");
    EXPECT_EQ(ms::formatNumber(70.0, 1, "tr"), "70,0");
    EXPECT_EQ(ms::formatNumber(1234567.891, 2, "en"), "1,234,567.89");
    EXPECT_EQ(ms::formatNumber(1234567.891, 2, "tr"), "1.234.567,89");
    EXPECT_EQ(ms::formatNumber(-0.04, 1, "en"), "0.0");
    EXPECT_EQ(ms::formatNumber(-2.5, 1, "en"), "−2.5");
    EXPECT_EQ(ms::formatQuantity(5000, "en"), "5,000");
    EXPECT_EQ(ms::formatQuantity(5000, "tr"), "5.000");
    EXPECT_EQ(ms::formatQuantity(0.02, "tr"), "0,02");
    EXPECT_EQ(ms::formatQuantity(7.5, "en"), "7.5");
    EXPECT_EQ(ms::formatPercent(0.5, 1, "en"), "50.0%");
    EXPECT_EQ(ms::formatPercent(0.5, 1, "tr"), "%50,0");
    EXPECT_EQ(ms::formatUsd(3.2, "en"), "USD 3.20");
    EXPECT_EQ(ms::formatUsd(3.2, "tr"), "3,20 USD");
    // Catalog text put into a template is never searched for blanks again.
    EXPECT_EQ(ms::fillTemplate("{a} and {b}", { { "a", "{b}" }, { "b", "x" } }), "{b} and x");
}

TEST(Report, StaleFactsCountedAgainstTheInjectedDate)
{
    // Facts "YYYY-MM" count as lasting the whole month; dated ones from their day.
    EXPECT_TRUE(ms::isOlderThan12Months("2025-10", "2026-11-29"));
    EXPECT_FALSE(ms::isOlderThan12Months("2025-11", "2026-11-29"));
    EXPECT_TRUE(ms::isOlderThan12Months("2025-11-15", "2026-11-29"));
    EXPECT_FALSE(ms::isOlderThan12Months("2025-11-29", "2026-11-29"));
    EXPECT_FALSE(ms::isOlderThan12Months("2026-11", "2026-11-29"));
    EXPECT_FALSE(ms::isOlderThan12Months("not a date", "2026-11-29"));

    const ms::Catalog catalog = load(kData / "three_by_three.json");
    ms::ReportOptions options;
    options.includeSensitivity = false;
    // Eight dated, known facts of "2026-11" (Çeviri's voice is null: not counted).
    options.generatedAt = "2027-11-30";
    ms::Report r = build(catalog, quotaFirst(), options);
    EXPECT_EQ(r.factCount, 8u);
    EXPECT_EQ(r.staleFactCount, 0u);
    EXPECT_EQ(r.staleText, "All 8 facts are at most 12 months old on 2027-11-30.");
    options.generatedAt = "2027-12-01T09:30:00+02:00";
    r = build(catalog, quotaFirst(), options);
    EXPECT_EQ(r.staleFactCount, 8u);
    EXPECT_EQ(r.generatedAtText, "2027-12-01 07:30 UTC");
    EXPECT_EQ(r.staleText,
        "8 of 8 facts are older than 12 months on 2027-12-01: check current prices and terms "
        "before you decide.");
    EXPECT_TRUE(r.facts[0].stale);
    EXPECT_FALSE(r.sensitivity.has_value());

    // An offset can move the date across midnight.
    options.generatedAt = "2027-12-01T01:00:00+03:00";
    r = build(catalog, quotaFirst(), options);
    EXPECT_EQ(r.generatedAtText, "2027-11-30 22:00 UTC");
    EXPECT_EQ(r.staleFactCount, 0u);
}

TEST(Report, TiesNoneRankedAndAllWeightsZero)
{
    ms::Catalog catalog = load(kData / "three_by_three.json");
    // Alpha and a copy of it share first place.
    ms::Alternative copy = catalog.alternatives[0];
    copy.id = "alpha2";
    copy.name = "Alpha Twin";
    catalog.alternatives.push_back(copy);
    ms::Report r = build(catalog, quotaFirst());
    EXPECT_EQ(r.recommendation,
        "Alpha and Alpha Twin share first place with a score of 70.0 out of 100; the next, "
        "Bravo (55.0), is 15.0 points behind.");
    EXPECT_TRUE(r.rows[0].tied);
    EXPECT_TRUE(r.rows[1].tied);
    EXPECT_EQ(r.leaderIds.size(), 2u);

    // A constraint nobody passes: no recommendation, every alternative excluded with a reason.
    ms::Scenario strict = quotaFirst();
    strict.constraints.push_back({ "quota", ms::ConstraintOp::AtLeast, { ms::FactValue::ofNumber(1000) } });
    r = build(load(kData / "three_by_three.json"), strict);
    EXPECT_EQ(r.recommendation, "No alternative passes the constraints, so there is no recommendation.");
    ASSERT_EQ(r.excluded.size(), 3u);
    EXPECT_EQ(r.excluded[0].constraint, "quota >= 1000");
    EXPECT_EQ(r.excluded[0].reason, "quota >= 1000: it is 50");
    EXPECT_NE(ms::renderMarkdown(r).find("quota \\>= 1000: it is 50"), std::string::npos);

    // A Turkish report gives the reason in Turkish, with the criterion's Turkish name.
    ms::ReportOptions turkish;
    turkish.language = "tr";
    r = build(load(kData / "three_by_three.json"), strict, turkish);
    ASSERT_EQ(r.excluded.size(), 3u);
    EXPECT_EQ(r.excluded[0].constraint, "quota >= 1000");
    EXPECT_EQ(r.excluded[0].reason, "Ücretsiz kota ≥ 1.000: değeri 50");

    // C05: all weights zero is an error, never a NaN in a report.
    ms::Scenario zero;
    zero.weights = { { "quota", 0.0 }, { "price", 0.0 }, { "voice", 0.0 } };
    const auto result = ms::buildReport(load(kData / "three_by_three.json"), zero);
    EXPECT_TRUE(std::holds_alternative<ms::RankingError>(result));
}

// ---- Golden files ---------------------------------------------------------------------

struct Fixture {
    ms::Catalog catalog;
    ms::Scenario scenario;
};

Fixture goldenFixture()
{
    Fixture f;
    f.catalog = load(kData / "report" / "catalog.json");
    const ms::ScenarioLoadResult loaded = ms::loadScenarioFromFile(kData / "report" / "scenario.json", f.catalog);
    EXPECT_TRUE(loaded.ok()) << ms::formatDiagnostics(loaded.diagnostics);
    if (loaded.ok())
        f.scenario = *loaded.scenario;
    return f;
}

ms::Report goldenReport(const std::string& language)
{
    const Fixture f = goldenFixture();
    ms::ReportOptions options;
    options.language = language;
    options.generatedAt = "2026-11-29T10:00:00Z";
    options.appVersion = "0.1.0";
    return build(f.catalog, f.scenario, options);
}

TEST(ReportGolden, Markdown)
{
    expectGolden(ms::renderMarkdown(goldenReport("en")), kData / "report" / "expected.md");
}

TEST(ReportGolden, MarkdownTurkish)
{
    expectGolden(ms::renderMarkdown(goldenReport("tr")), kData / "report" / "expected.tr.md");
}

TEST(ReportGolden, Csv)
{
    expectGolden(ms::renderCsv(goldenReport("en")), kData / "report" / "expected.csv");
}

TEST(ReportGolden, Json)
{
    expectGolden(ms::renderJson(goldenReport("en")), kData / "report" / "expected.json");
}

TEST(ReportGolden, Html)
{
    expectGolden(ms::renderHtml(goldenReport("en")), kData / "report" / "expected.html");
}

TEST(ReportGolden, FixtureCoversExclusionDominanceUsageAndStaleFacts)
{
    const ms::Report r = goldenReport("en");
    EXPECT_EQ(r.rows.size(), 4u);
    ASSERT_EQ(r.excluded.size(), 1u);
    EXPECT_EQ(r.excluded[0].alternativeId, "eski");
    ASSERT_EQ(r.dominated.size(), 1u);
    EXPECT_EQ(r.dominated[0].alternativeId, "bulut");
    EXPECT_EQ(r.dominated[0].byId, "anka");
    ASSERT_FALSE(r.top.empty());
    ASSERT_TRUE(r.top[0].cost.has_value());
    EXPECT_EQ(r.top[0].cost->text,
        "Projected monthly cost: author USD 0.00, one player USD 0.00; the free tier "
        "covers this use.");
    EXPECT_GT(r.staleFactCount, 0u);
    EXPECT_LT(r.staleFactCount, r.factCount);
    ASSERT_TRUE(r.sensitivity.has_value());
    EXPECT_TRUE(r.sensitivity->runnerUp.has_value());
}

// The Turkish report's cost sentence and must-have reason are Turkish; the English ones stay.
TEST(ReportGolden, TurkishCostSentenceAndReason)
{
    const ms::Report en = goldenReport("en");
    const ms::Report tr = goldenReport("tr");
    ASSERT_FALSE(tr.top.empty());
    ASSERT_TRUE(tr.top[0].cost.has_value());
    ASSERT_TRUE(en.top[0].cost.has_value());
    EXPECT_EQ(tr.top[0].cost->detail, "Ücretsiz kota (ayda 3.000), bir oyuncunun hesabını ayda 3.000 mesaja kadar karşılar; "
        "bu senaryo 200 mesaj gerektirir, bu yüzden oyuncu hiçbir şey ödemez.");
    EXPECT_EQ(en.top[0].cost->detail, "The free tier of 3,000 a month covers a player with up to 3,000 messages a month; this "
        "scenario needs 200, so the player pays nothing.");
    ASSERT_EQ(tr.excluded.size(), 1u);
    EXPECT_EQ(tr.excluded[0].reason, "Erişilebilirlik = public veya waitlist: değeri discontinued");
    EXPECT_EQ(en.excluded[0].reason, "availability in public,waitlist: it is discontinued");
}

// ---- Locale independence (C04) --------------------------------------------------------

TEST(Report, SameBytesUnderTurkishAndGermanProcessLocales)
{
    const std::string md = ms::renderMarkdown(goldenReport("en"));
    const std::string json = ms::renderJson(goldenReport("en"));
    const std::string csv = ms::renderCsv(goldenReport("tr"));
    int tried = 0;
    for (const char* name : { "tr_TR.UTF-8", "de_DE.UTF-8" }) {
        if (std::setlocale(LC_ALL, name) == nullptr)
            continue;
        ++tried;
        EXPECT_EQ(ms::renderMarkdown(goldenReport("en")), md) << name;
        EXPECT_EQ(ms::renderJson(goldenReport("en")), json) << name;
        EXPECT_EQ(ms::renderCsv(goldenReport("tr")), csv) << name;
        std::setlocale(LC_ALL, "C");
    }
    ASSERT_EQ(tried, 2) << "tr_TR.UTF-8 and de_DE.UTF-8 must be installed (scripts/test.sh generates them)";
}

// ---- Escaping (C19) and CSV formulas --------------------------------------------------

ms::Report richReport()
{
    const ms::Catalog catalog = load(kData / "rich_text_catalog.json");
    ms::Scenario scenario;
    scenario.profile = "evil_profile";
    scenario.weights = { { "quality", 1.0 }, { "voice", 1.0 } };
    ms::ReportOptions options;
    options.sensitivitySamples = 200;
    return build(catalog, scenario, options);
}

TEST(ReportEscaping, HtmlPrintsCatalogMarkupLiterally)
{
    const std::string html = ms::renderHtml(richReport());
    // The markup arrives as text...
    EXPECT_NE(html.find("&lt;img src=&quot;file:///etc/hostname&quot;&gt; Evil &amp; Co"), std::string::npos);
    EXPECT_NE(html.find("Plain &lt;b&gt;bold?&lt;/b&gt; name"), std::string::npos);
    EXPECT_NE(html.find("Vendor &amp;amp; &lt;i&gt;Sons&lt;/i&gt;"), std::string::npos);
    EXPECT_NE(html.find("Quality &lt;b&gt;bold?&lt;/b&gt;"), std::string::npos);
    EXPECT_NE(html.find("&lt;a href=&quot;http://example.invalid&quot;&gt;Source link&lt;/a&gt; &amp; co"),
        std::string::npos);
    EXPECT_NE(html.find("&lt;b&gt;Bold&lt;/b&gt; profile &amp; co"), std::string::npos);
    EXPECT_NE(html.find("&lt;img src=&quot;file:///etc/hostname&quot;&gt; estimated &lt;b&gt;by us&lt;/b&gt;"),
        std::string::npos);
    // ...and nothing of it becomes markup: no image, link, script or external resource.
    for (const char* tag : { "<img", "<a ", "<a>", "<script", "<i>", "<u>", "<sup>", "href=\"", "src=\"", "<link",
             "url(", "<iframe", "<object" })
        EXPECT_EQ(html.find(tag), std::string::npos) << tag;
    EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
    // The only tags are the renderer's own.
    EXPECT_EQ(html.find("<b>bold?"), std::string::npos);
}

TEST(ReportEscaping, MarkdownPrintsCatalogMarkupLiterally)
{
    EXPECT_EQ(ms::escapeMarkdown("a|b *c* _d_ [e](f) <g> #h `i` ~j~ &amp; !k @l \\m"),
        "a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\#h \\`i\\` \\~j\\~ \\&amp; \\!k \\@l \\\\m");
    EXPECT_EQ(ms::escapeMarkdown("see https://example.invalid or www.example.invalid"),
        "see https\\://example.invalid or www\\.example.invalid");
    EXPECT_EQ(ms::escapeMarkdown("two\nlines\r\nhere"), "two lines here");

    const std::string md = ms::renderMarkdown(richReport());
    EXPECT_NE(md.find("\\<img src=\"file\\:///etc/hostname\"\\> Evil \\& Co"), std::string::npos) << md;
    EXPECT_NE(md.find("Plain \\<b\\>bold?\\</b\\> name"), std::string::npos);
    EXPECT_NE(md.find("Vendor \\&amp; \\<i\\>Sons\\</i\\>"), std::string::npos);
    EXPECT_NE(md.find("Rich \\<b\\>text\\</b\\> \\& \\[\\*\\] injection (case C19)"), std::string::npos);
    // No raw tag, link or autolink: every '<', '[', '&' of catalog text carries a backslash.
    for (std::size_t i = 0; i < md.size(); ++i) {
        if (md[i] == '<' || md[i] == '[' || md[i] == '&') {
            EXPECT_TRUE(i > 0 && md[i - 1] == '\\') << "unescaped " << md[i] << " at " << md.substr(i, 40);
        }
    }
    EXPECT_EQ(md.find("](http"), std::string::npos);
    for (std::size_t at = md.find("://"); at != std::string::npos; at = md.find("://", at + 1))
        EXPECT_EQ(md[at - 1], '\\') << "an autolink could start at " << md.substr(at - 8, 30);
    // Every table row keeps its columns: pipes in catalog text are escaped.
    std::istringstream lines(md);
    std::string line;
    std::size_t header = 0;
    while (std::getline(lines, line)) {
        if (line.rfind("| Rank |", 0) == 0) {
            header = 0;
            for (std::size_t i = 0; i < line.size(); ++i)
                if (line[i] == '|' && (i == 0 || line[i - 1] != '\\'))
                    ++header;
            continue;
        }
        if (header > 0 && line.rfind("| ", 0) == 0 && line.find("---") == std::string::npos) {
            std::size_t pipes = 0;
            for (std::size_t i = 0; i < line.size(); ++i)
                if (line[i] == '|' && (i == 0 || line[i - 1] != '\\'))
                    ++pipes;
            EXPECT_EQ(pipes, header) << line;
        } else {
            header = 0;
        }
    }
}

TEST(ReportCsv, FormulasAreNeutralisedAndFieldsQuoted)
{
    EXPECT_EQ(ms::csvField("=1+2"), "'=1+2");
    EXPECT_EQ(ms::csvField("+cmd"), "'+cmd");
    EXPECT_EQ(ms::csvField("-2+3"), "'-2+3");
    EXPECT_EQ(ms::csvField("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(ms::csvField("\tx"), "'\tx");
    EXPECT_EQ(ms::csvField("plain"), "plain");
    EXPECT_EQ(ms::csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(ms::csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(ms::csvField("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(ms::csvField("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    EXPECT_EQ(ms::csvField("-12.5000", true), "-12.5000"); // numbers the renderer writes stay numbers

    const std::string csv = ms::renderCsv(goldenReport("en"));
    EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"http://evil.invalid\"\",\"\"click\"\")\""), std::string::npos) << csv;
    EXPECT_NE(csv.find("\"'@vendor, -minus +plus\""), std::string::npos) << csv;
    // RFC 4180: CRLF after every record, one record per ranked alternative plus the header.
    std::size_t records = 0;
    for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2))
        ++records;
    EXPECT_EQ(records, 5u);
    EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");
    EXPECT_EQ(csv.rfind("rank,tied,id,name,kind,vendor,score,score_low,score_high,coverage,dominated_by,", 0), 0u);
}

TEST(ReportJson, ShapeOfTheModel)
{
    const auto j = nlohmann::json::parse(ms::renderJson(goldenReport("en")));
    EXPECT_EQ(j.at("format"), "modelscout-report");
    EXPECT_EQ(j.at("format_version"), 1);
    for (const char* key : { "language", "title", "generated_at", "app_version", "catalog", "scenario",
             "recommendation", "ranking", "top", "excluded", "dominated", "sensitivity", "facts", "method" })
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j.at("ranking").size(), 4u);
    EXPECT_EQ(j.at("ranking")[0].at("id"), "anka");
    EXPECT_TRUE(j.at("ranking")[0].at("score").is_number());
    EXPECT_EQ(j.at("recommendation").at("leaders"), nlohmann::json::array({ "anka" }));
    EXPECT_EQ(j.at("excluded")[0].at("reason"), "availability in public,waitlist: it is discontinued");
    EXPECT_EQ(j.at("facts")[0].at("value"), 3000);
    EXPECT_TRUE(j.at("scenario").at("usage").is_object());
    // Catalog text stays raw in JSON (escaping is for the renderers of markup).
    EXPECT_EQ(j.at("ranking")[2].at("name"), "=HYPERLINK(\"http://evil.invalid\",\"click\")");
}

} // namespace
