// SPDX-License-Identifier: MIT
// Catalog importers on the three real public model lists (tests/data/real/README.md):
// exact values of named models, skipped records and their warnings, exact decimal
// price conversion, locale independence (case C04), big and string numbers (case C08),
// broken lists (case C20), and the round trip through catalogToJson and the loader.
#include <clocale>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/catalog/catalogjson.h"
#include "core/catalog/importers.h"
#include "core/catalog/loader.h"

namespace {

const std::string kData = MODELSCOUT_TEST_DATA_DIR;
const std::string kLiteLlm = kData + "/real/litellm_model_prices_2026-03.json";
const std::string kOpenRouter = kData + "/real/openrouter_models_2026-08-01.json";
const std::string kGpt4All = kData + "/real/gpt4all_models3.json";

std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const ms::Catalog& bundled()
{
    static const ms::Catalog catalog = [] {
        auto r = ms::loadCatalogFromFile(std::string(MODELSCOUT_BUNDLED_DATA_DIR) + "/catalog.json");
        if (!r.ok())
            throw std::runtime_error("bundled catalog: " + ms::formatDiagnostics(r.diagnostics));
        return *r.catalog;
    }();
    return catalog;
}

ms::ImportResult importFile(const std::string& path, ms::ImportFormat format, const std::string& asOf)
{
    return ms::importCatalog(slurp(path), format, path, asOf, bundled());
}

/** The imported results, computed once (the LiteLLM list has 2,583 records). */
const ms::ImportResult& liteLlm()
{
    static const ms::ImportResult r = importFile(kLiteLlm, ms::ImportFormat::LiteLlm, "2026-03");
    return r;
}
const ms::ImportResult& openRouter()
{
    static const ms::ImportResult r = importFile(kOpenRouter, ms::ImportFormat::OpenRouter, "2026-08-01");
    return r;
}
const ms::ImportResult& gpt4All()
{
    static const ms::ImportResult r = importFile(kGpt4All, ms::ImportFormat::Gpt4All, "2025-01");
    return r;
}

const ms::Detail* detail(const ms::Alternative& a, const std::string& key)
{
    for (const auto& d : a.details)
        if (d.key == key)
            return &d;
    return nullptr;
}

double detailNumber(const ms::Alternative& a, const std::string& key)
{
    const ms::Detail* d = detail(a, key);
    if (!d || d->fact.value.kind != ms::FactValue::Kind::Number)
        return std::numeric_limits<double>::quiet_NaN();
    return d->fact.value.number;
}

std::string detailText(const ms::Alternative& a, const std::string& key)
{
    const ms::Detail* d = detail(a, key);
    return d && d->fact.value.kind == ms::FactValue::Kind::Text ? d->fact.value.text : std::string("<none>");
}

std::vector<std::string> warningsContaining(const ms::ImportResult& r, const std::string& part)
{
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics)
        if (d.toString().find(part) != std::string::npos)
            out.push_back(d.toString());
    return out;
}

std::size_t countWarnings(const ms::ImportResult& r)
{
    std::size_t n = 0;
    for (const auto& d : r.diagnostics)
        n += d.severity == ms::Severity::Warning;
    return n;
}

/** Every fact and detail cites the one "import" source with the file's date. */
void expectProvenance(const ms::Catalog& c, const std::string& asOf)
{
    ASSERT_EQ(c.sources.size(), 1u);
    EXPECT_EQ(c.sources[0].id, "import");
    EXPECT_EQ(c.sources[0].date, asOf);
    EXPECT_EQ(c.asOf, asOf);
    static const std::regex idRe("^[a-z0-9._-]{1,64}$");
    std::set<std::string> ids;
    for (const auto& a : c.alternatives) {
        EXPECT_TRUE(std::regex_match(a.id, idRe)) << a.id;
        EXPECT_TRUE(ids.insert(a.id).second) << "duplicate id " << a.id;
        for (const auto& [id, f] : a.facts) {
            EXPECT_EQ(f.source, "import") << a.id << " " << id;
            EXPECT_EQ(f.asOf, asOf) << a.id << " " << id;
        }
        for (const auto& d : a.details) {
            EXPECT_EQ(d.fact.source, "import") << a.id << " " << d.key;
            EXPECT_EQ(d.fact.asOf, asOf) << a.id << " " << d.key;
        }
    }
}

/** The catalog written by catalogToJson loads with no diagnostic at all and writes back
 *  byte for byte the same. */
void expectRoundTrip(const ms::Catalog& c)
{
    const std::string json = ms::catalogToJson(c);
    const auto reloaded = ms::loadCatalogFromText(json, "imported.json");
    ASSERT_TRUE(reloaded.ok()) << ms::formatDiagnostics(reloaded.diagnostics);
    EXPECT_TRUE(reloaded.diagnostics.empty()) << ms::formatDiagnostics(reloaded.diagnostics);
    EXPECT_EQ(reloaded.catalog->alternatives.size(), c.alternatives.size());
    EXPECT_EQ(ms::catalogToJson(*reloaded.catalog), json);
}

bool isKnown(const ms::Alternative& a, const char* criterion)
{
    const ms::Fact* f = a.fact(criterion);
    return f && f->value.isKnown();
}

/** Restores the C locale however a test ends. */
struct LocaleGuard {
    ~LocaleGuard() { std::setlocale(LC_ALL, "C"); }
};

} // namespace

// ---------------------------------------------------------------------------
// The decimal shift
// ---------------------------------------------------------------------------

TEST(ShiftDecimalText, MovesTheDecimalPointExactly)
{
    // The trap: a double times 1e6 is not the decimal value.
    volatile double twoE7 = 2e-07, threeThreeE6 = 3.3e-06, million = 1e6;
    EXPECT_EQ(twoE7 * million, 0.19999999999999998);
    EXPECT_EQ(threeThreeE6 * million, 3.3000000000000003);

    EXPECT_EQ(ms::shiftDecimalText("1.25e-05", 6), 12.5);
    EXPECT_EQ(ms::shiftDecimalText("2e-07", 6), 0.2);
    EXPECT_EQ(ms::shiftDecimalText("3.3e-06", 6), 3.3);
    EXPECT_EQ(ms::shiftDecimalText("8e-07", 6), 0.8);
    EXPECT_EQ(ms::shiftDecimalText("0.00000014", 6), 0.14);
    EXPECT_EQ(ms::shiftDecimalText("0.000000351", 6), 0.351);
    EXPECT_EQ(ms::shiftDecimalText("0.0000000028", 6), 0.0028);
    EXPECT_EQ(ms::shiftDecimalText("2.9999900000000002e-06", 6), 2.9999900000000002);
    EXPECT_EQ(ms::shiftDecimalText("0", 6), 0.0);
    EXPECT_EQ(ms::shiftDecimalText("0.0", 6), 0.0);
    EXPECT_EQ(ms::shiftDecimalText("-1", 6), -1000000.0);
    EXPECT_EQ(ms::shiftDecimalText("2000000.0", 0), 2000000.0);
    EXPECT_EQ(ms::shiftDecimalText("1E+2", 0), 100.0);
    EXPECT_EQ(ms::shiftDecimalText("7.5", 0), 7.5);
    EXPECT_EQ(ms::shiftDecimalText("43920000000", 0), 43920000000.0);
}

TEST(ShiftDecimalText, RefusesWhatIsNotAJsonNumber)
{
    for (const char* bad : { "", "-", "1.", ".5", "01", "1e", "1e+", "inf", "nan", "0x10", " 1", "1 ", "+1", "0,5",
             "1.234,5", "abc", "lots", "1e400", "-1e400" })
        EXPECT_EQ(ms::shiftDecimalText(bad, 6), std::nullopt) << '"' << bad << '"';
}

TEST(ImportFormat, FromString)
{
    EXPECT_EQ(ms::importFormatFromString("litellm"), ms::ImportFormat::LiteLlm);
    EXPECT_EQ(ms::importFormatFromString("openrouter"), ms::ImportFormat::OpenRouter);
    EXPECT_EQ(ms::importFormatFromString("gpt4all"), ms::ImportFormat::Gpt4All);
    EXPECT_EQ(ms::importFormatFromString("GPT4ALL"), std::nullopt);
    EXPECT_EQ(ms::importFormatFromString(""), std::nullopt);
}

// ---------------------------------------------------------------------------
// LiteLLM
// ---------------------------------------------------------------------------

TEST(LiteLlmImport, CountsAndTheSampleSpecWarning)
{
    const auto& r = liteLlm();
    ASSERT_TRUE(r.ok()) << ms::formatDiagnostics(r.diagnostics);
    // 2,583 records (2,582 keys and one repeated key): 1,824 hosted chat models.
    EXPECT_EQ(r.imported, 1824u);
    EXPECT_EQ(r.skipped, 759u);
    EXPECT_EQ(r.catalog->alternatives.size(), 1824u);
    ASSERT_FALSE(r.diagnostics.empty());
    EXPECT_EQ(r.diagnostics[0].toString(),
        kLiteLlm
            + ":2:5: warning: /sample_spec: \"sample_spec\" documents the file's fields and is not a model: skipped");
    // 759 = sample_spec 1 + other modes 610 + chat without both prices 118
    //       + self-hosted providers 29 + one repeated key.
    EXPECT_EQ(warningsContaining(r, "(a chat model needs both token prices): skipped").size(), 118u);
    EXPECT_EQ(warningsContaining(r, "runs models on the user's own machine or servers").size(), 29u);
    const auto others
        = warningsContaining(r, "610 records were not imported because they are not chat models (mode): ");
    ASSERT_EQ(others.size(), 1u);
    EXPECT_NE(others[0].find("\"embedding\" 106"), std::string::npos) << others[0];
    EXPECT_NE(others[0].find("\"image_generation\" 190"), std::string::npos) << others[0];
    EXPECT_NE(others[0].find("no mode 8"), std::string::npos) << others[0];
    const auto dup = warningsContaining(r, "duplicate model id");
    ASSERT_EQ(dup.size(), 1u);
    EXPECT_EQ(dup[0],
        kLiteLlm
            + ":14557:5: warning: /vertex_ai~1gemini-embedding-2-preview: duplicate model id "
              "\"vertex_ai/gemini-embedding-2-preview\": the first record is used, this one is skipped");
    EXPECT_EQ(countWarnings(r), 1u + 1u + 118u + 29u + 1u);
    EXPECT_FALSE(ms::hasErrors(r.diagnostics));
}

TEST(LiteLlmImport, NamedModelsHaveExactPricesAndContext)
{
    const auto& r = liteLlm();
    ASSERT_TRUE(r.ok());
    const ms::Catalog& c = *r.catalog;
    EXPECT_EQ(c.title, "LiteLLM model list: litellm_model_prices_2026-03.json");

    const ms::Alternative* gpt4o = c.alternative("litellm.gpt-4o");
    ASSERT_NE(gpt4o, nullptr);
    EXPECT_EQ(gpt4o->name, "gpt-4o");
    EXPECT_EQ(gpt4o->kind, "online_api");
    EXPECT_EQ(gpt4o->vendor, "openai");
    EXPECT_EQ(gpt4o->status, "public");
    EXPECT_EQ(detailNumber(*gpt4o, "price_input_usd_per_1m"), 2.5); // 2.5e-06 USD/token
    EXPECT_EQ(detailNumber(*gpt4o, "price_output_usd_per_1m"), 10.0); // 1e-05
    EXPECT_EQ(detailNumber(*gpt4o, "context_tokens"), 128000.0);
    EXPECT_EQ(detail(*gpt4o, "price_input_usd_per_1m")->fact.unit, "USD/1M tokens");
    EXPECT_EQ(detail(*gpt4o, "price_input_usd_per_1m")->fact.note,
        "input_cost_per_token 2.5e-06 USD per token, decimal point moved 6 places.");
    EXPECT_EQ(gpt4o->fact("official_api")->value.boolean, true);
    EXPECT_EQ(gpt4o->fact("offline")->value.boolean, false);
    EXPECT_EQ(gpt4o->fact("hardware_gb")->value.number, 0.0);
    EXPECT_EQ(gpt4o->fact("availability")->value.text, "public");
    ASSERT_NE(gpt4o->fact("credit_card"), nullptr);
    EXPECT_FALSE(isKnown(*gpt4o, "credit_card"));
    EXPECT_FALSE(isKnown(*gpt4o, "tts"));
    EXPECT_FALSE(isKnown(*gpt4o, "stt"));

    const ms::Alternative* opus = c.alternative("litellm.claude-opus-4-1");
    ASSERT_NE(opus, nullptr);
    EXPECT_EQ(opus->vendor, "anthropic");
    EXPECT_EQ(detailNumber(*opus, "price_input_usd_per_1m"), 15.0); // 1.5e-05
    EXPECT_EQ(detailNumber(*opus, "price_output_usd_per_1m"), 75.0); // 7.5e-05
    EXPECT_EQ(detailNumber(*opus, "context_tokens"), 200000.0);

    const ms::Alternative* haiku = c.alternative("litellm.claude-3-haiku-20240307");
    ASSERT_NE(haiku, nullptr);
    EXPECT_EQ(detailNumber(*haiku, "price_input_usd_per_1m"), 0.25); // 2.5e-07
    EXPECT_EQ(detailNumber(*haiku, "price_output_usd_per_1m"), 1.25); // 1.25e-06

    // 1.25e-05 -> 12.5 and 2e-07 -> 0.2 exactly (not 0.19999999999999998).
    const ms::Alternative* j2 = c.alternative("litellm.ai21.j2-mid-v1");
    ASSERT_NE(j2, nullptr);
    EXPECT_EQ(detailNumber(*j2, "price_input_usd_per_1m"), 12.5);
    EXPECT_EQ(detailNumber(*j2, "price_output_usd_per_1m"), 12.5);
    const ms::Alternative* jamba = c.alternative("litellm.ai21.jamba-1-5-mini-v1-0"); // ':' -> '-'
    ASSERT_NE(jamba, nullptr);
    EXPECT_EQ(jamba->name, "ai21.jamba-1-5-mini-v1:0");
    EXPECT_EQ(detailNumber(*jamba, "price_input_usd_per_1m"), 0.2);
    EXPECT_EQ(detailNumber(*jamba, "price_output_usd_per_1m"), 0.4);

    // max_tokens written as a float (2000000.0).
    const ms::Alternative* grok = c.alternative("litellm.xai-grok-4-fast-reasoning");
    ASSERT_NE(grok, nullptr);
    EXPECT_EQ(detailNumber(*grok, "context_tokens"), 2000000.0);

    // supports_audio_input true -> speech-to-text; no supports_audio_output -> unknown.
    const ms::Alternative* gemini = c.alternative("litellm.gemini-gemini-2.5-pro");
    ASSERT_NE(gemini, nullptr);
    ASSERT_TRUE(isKnown(*gemini, "stt"));
    EXPECT_TRUE(gemini->fact("stt")->value.boolean);
    EXPECT_FALSE(isKnown(*gemini, "tts"));
    EXPECT_EQ(detailNumber(*gemini, "price_input_usd_per_1m"), 1.25);

    // Self-hosted providers and chat models without prices are not alternatives.
    EXPECT_EQ(c.alternative("litellm.ollama-llama2"), nullptr);
    EXPECT_EQ(c.alternative("litellm.twelvelabs.pegasus-1-2-v1-0"), nullptr);
    EXPECT_EQ(warningsContaining(r,
                  "/twelvelabs.pegasus-1-2-v1:0: model \"twelvelabs.pegasus-1-2-v1:0\" has no "
                  "\"input_cost_per_token\" (a chat model needs both token prices): skipped")
                  .size(),
        1u);
    EXPECT_EQ(warningsContaining(r,
                  kLiteLlm
                      + ":23610:5: warning: /ollama~1llama2: model \"ollama/llama2\": provider "
                        "\"ollama\" runs models on the user's own machine")
                  .size(),
        1u);
}

TEST(LiteLlmImport, LongIdsAreCutWithAHashAndEveryFactCitesTheImport)
{
    const auto& r = liteLlm();
    ASSERT_TRUE(r.ok());
    std::size_t cut = 0;
    static const std::regex hashed("^.{55}-[0-9a-f]{8}$");
    for (const auto& a : r.catalog->alternatives)
        cut += a.id.size() == 64 && std::regex_match(a.id, hashed);
    EXPECT_GT(cut, 0u);
    expectProvenance(*r.catalog, "2026-03");
}

TEST(LiteLlmImport, ReloadsWithNoDiagnostics)
{
    const auto& r = liteLlm();
    ASSERT_TRUE(r.ok());
    expectRoundTrip(*r.catalog);
    // Criteria and profiles come from the template, so imported options rank beside ours.
    EXPECT_EQ(r.catalog->criteria.size(), bundled().criteria.size());
    EXPECT_NE(r.catalog->profile("guide"), nullptr);
}

TEST(LiteLlmImport, BadRecordsAreSkippedWithAWarningNamingTheKey)
{
    const std::string text = R"({
  "text-price": {"mode": "chat", "litellm_provider": "x", "input_cost_per_token": "0.001", "output_cost_per_token": 1e-06},
  "negative": {"mode": "chat", "litellm_provider": "x", "input_cost_per_token": -1e-06, "output_cost_per_token": 1e-06},
  "text-context": {"mode": "chat", "litellm_provider": "x", "input_cost_per_token": 0, "output_cost_per_token": 0,
                   "max_tokens": "lots"},
  "Good/Model": {"mode": "chat", "litellm_provider": "x", "input_cost_per_token": 0, "output_cost_per_token": 3e-07,
                 "max_input_tokens": 8192, "supports_audio_output": false}
})";
    const auto r = ms::importCatalog(text, ms::ImportFormat::LiteLlm, "t.json", "2026-03", bundled());
    ASSERT_TRUE(r.ok()) << ms::formatDiagnostics(r.diagnostics);
    EXPECT_EQ(r.imported, 1u);
    EXPECT_EQ(r.skipped, 3u);
    ASSERT_EQ(r.diagnostics.size(), 3u);
    EXPECT_EQ(r.diagnostics[0].toString(),
        "t.json:2:59: warning: /text-price/input_cost_per_token: model \"text-price\": \"input_cost_per_token\" "
        "should be a number of USD per token, found string \"0.001\": skipped");
    EXPECT_EQ(r.diagnostics[1].toString(),
        "t.json:3:57: warning: /negative/input_cost_per_token: model \"negative\": \"input_cost_per_token\" is "
        "negative (-1e-06); a price is >= 0: skipped");
    EXPECT_EQ(r.diagnostics[2].toString(),
        "t.json:5:20: warning: /text-context/max_tokens: model \"text-context\": \"max_tokens\" should be a "
        "number of tokens >= 0, found string \"lots\": skipped");
    const ms::Alternative& a = r.catalog->alternatives.at(0);
    EXPECT_EQ(a.id, "litellm.good-model"); // ASCII lower-casing, '/' -> '-'
    EXPECT_EQ(a.name, "Good/Model");
    EXPECT_EQ(detailNumber(a, "price_input_usd_per_1m"), 0.0);
    EXPECT_EQ(detailNumber(a, "price_output_usd_per_1m"), 0.3);
    EXPECT_EQ(detailNumber(a, "context_tokens"), 8192.0);
    ASSERT_TRUE(isKnown(a, "tts"));
    EXPECT_FALSE(a.fact("tts")->value.boolean);
}

// ---------------------------------------------------------------------------
// OpenRouter
// ---------------------------------------------------------------------------

TEST(OpenRouterImport, CountsAndRouters)
{
    const auto& r = openRouter();
    ASSERT_TRUE(r.ok()) << ms::formatDiagnostics(r.diagnostics);
    EXPECT_EQ(r.imported, 331u);
    EXPECT_EQ(r.skipped, 5u);
    ASSERT_EQ(r.diagnostics.size(), 5u);
    const auto routers
        = warningsContaining(r, "is a router (price \"-1\": it depends on the model the router picks): skipped");
    ASSERT_EQ(routers.size(), 5u);
    for (const char* id : { "openrouter/auto-beta", "openrouter/fusion", "openrouter/pareto-code",
             "openrouter/bodybuilder", "openrouter/auto" })
        EXPECT_EQ(warningsContaining(r, std::string("model \"") + id + "\" is a router").size(), 1u) << id;
    for (const auto& d : r.diagnostics)
        EXPECT_GT(d.line, 0) << d.toString();
    EXPECT_EQ(r.catalog->title, "OpenRouter model list: openrouter_models_2026-08-01.json");
    expectProvenance(*r.catalog, "2026-08-01");
}

TEST(OpenRouterImport, NamedModelsHaveExactPricesAndContext)
{
    const auto& r = openRouter();
    ASSERT_TRUE(r.ok());
    const ms::Catalog& c = *r.catalog;

    const ms::Alternative* gpt4o = c.alternative("openrouter.openai-gpt-4o");
    ASSERT_NE(gpt4o, nullptr);
    EXPECT_EQ(gpt4o->name, "OpenAI: GPT-4o");
    EXPECT_EQ(gpt4o->vendor, "openai");
    EXPECT_EQ(gpt4o->kind, "online_api");
    EXPECT_EQ(detailNumber(*gpt4o, "price_input_usd_per_1m"), 2.5); // "0.0000025"
    EXPECT_EQ(detailNumber(*gpt4o, "price_output_usd_per_1m"), 10.0); // "0.00001"
    EXPECT_EQ(detailNumber(*gpt4o, "context_tokens"), 128000.0);

    const ms::Alternative* small = c.alternative("openrouter.mistralai-mistral-small-3.1-24b-instruct");
    ASSERT_NE(small, nullptr);
    EXPECT_EQ(small->name, "Mistral: Mistral Small 3.1 24B");
    EXPECT_EQ(detailNumber(*small, "price_input_usd_per_1m"), 0.351); // "0.000000351"
    EXPECT_EQ(detailNumber(*small, "price_output_usd_per_1m"), 0.555); // "0.000000555"
    EXPECT_EQ(detailNumber(*small, "context_tokens"), 128000.0);

    const ms::Alternative* llama = c.alternative("openrouter.meta-llama-llama-3.2-1b-instruct");
    ASSERT_NE(llama, nullptr);
    EXPECT_EQ(llama->vendor, "meta-llama");
    EXPECT_EQ(detailNumber(*llama, "price_input_usd_per_1m"), 0.027); // "0.000000027"
    EXPECT_EQ(detailNumber(*llama, "price_output_usd_per_1m"), 0.201); // "0.000000201"
    EXPECT_EQ(detailNumber(*llama, "context_tokens"), 60000.0);

    // "0" for both prices: a free model, kept.
    const ms::Alternative* free = c.alternative("openrouter.openai-gpt-oss-20b-free");
    ASSERT_NE(free, nullptr);
    EXPECT_EQ(free->name, "OpenAI: gpt-oss-20b (free)");
    EXPECT_EQ(detailNumber(*free, "price_input_usd_per_1m"), 0.0);
    EXPECT_EQ(detailNumber(*free, "price_output_usd_per_1m"), 0.0);
    EXPECT_EQ(detailNumber(*free, "context_tokens"), 131072.0);

    // Audio among the output modalities: tts; otherwise unknown.
    const ms::Alternative* audio = c.alternative("openrouter.openai-gpt-audio");
    ASSERT_NE(audio, nullptr);
    ASSERT_TRUE(isKnown(*audio, "tts"));
    EXPECT_TRUE(audio->fact("tts")->value.boolean);
    EXPECT_FALSE(isKnown(*gpt4o, "tts"));

    // '~' in an id becomes '-'.
    EXPECT_NE(c.alternative("openrouter.-anthropic-claude-haiku-latest"), nullptr);
}

TEST(OpenRouterImport, NamesAndDescriptionsAreKeptByteForByte)
{
    const auto& r = openRouter();
    ASSERT_TRUE(r.ok());
    const auto file = nlohmann::json::parse(slurp(kOpenRouter));
    std::size_t compared = 0;
    std::size_t nonAscii = 0;
    std::size_t index = 0;
    for (const auto& m : file.at("data")) {
        if (m.at("pricing").at("prompt") == "-1")
            continue;
        const ms::Alternative& a = r.catalog->alternatives.at(index++);
        EXPECT_EQ(a.name, m.at("name").get<std::string>());
        const std::string description = m.at("description").get<std::string>();
        EXPECT_EQ(detailText(a, "description"), description) << a.id;
        nonAscii += std::any_of(
            description.begin(), description.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; });
        ++compared;
    }
    EXPECT_EQ(compared, 331u);
    EXPECT_GT(nonAscii, 0u);
}

TEST(OpenRouterImport, ReloadsWithNoDiagnostics)
{
    const auto& r = openRouter();
    ASSERT_TRUE(r.ok());
    expectRoundTrip(*r.catalog);
}

TEST(OpenRouterImport, C04SameOutputUnderTurkishAndGermanLocales)
{
    const std::string text = slurp(kOpenRouter);
    const std::string liteText = slurp(kLiteLlm);
    auto run = [&](const std::string& t, ms::ImportFormat f, const std::string& label) {
        const auto r = ms::importCatalog(t, f, label, "2026-08-01", bundled());
        return r.ok() ? ms::catalogToJson(*r.catalog) : std::string("failed: ") + ms::formatDiagnostics(r.diagnostics);
    };
    LocaleGuard guard;
    ASSERT_NE(std::setlocale(LC_ALL, "C"), nullptr);
    const std::string inC = run(text, ms::ImportFormat::OpenRouter, "or.json");
    const std::string liteInC = run(liteText, ms::ImportFormat::LiteLlm, "lite.json");
    ASSERT_EQ(inC.rfind("failed", 0), std::string::npos) << inC;
    for (const char* locale : { "tr_TR.UTF-8", "de_DE.UTF-8" }) {
        ASSERT_NE(std::setlocale(LC_ALL, locale), nullptr)
            << locale << " is not installed (scripts/test.sh installs it)";
        // The trap is live: a locale-aware parser reads a paid price as free.
        EXPECT_EQ(std::strtod("0.00000014", nullptr), 0.0) << locale;
        EXPECT_EQ(run(text, ms::ImportFormat::OpenRouter, "or.json"), inC) << locale;
        // nlohmann's lexer puts the locale's decimal comma into LiteLLM's number text.
        EXPECT_EQ(run(liteText, ms::ImportFormat::LiteLlm, "lite.json"), liteInC) << locale;
    }
    std::setlocale(LC_ALL, "C");
    const auto r = ms::importCatalog(text, ms::ImportFormat::OpenRouter, "or.json", "2026-08-01", bundled());
    ASSERT_TRUE(r.ok());
    std::size_t paid = 0;
    for (const auto& a : r.catalog->alternatives)
        paid += detailNumber(a, "price_input_usd_per_1m") > 0 || detailNumber(a, "price_output_usd_per_1m") > 0;
    EXPECT_EQ(paid, 314u);
}

TEST(OpenRouterImport, BadPricesAreSkippedWithAWarning)
{
    const std::string text = R"({"data": [
  {"id": "a/comma", "name": "Comma", "pricing": {"prompt": "0,5", "completion": "0.000001"}},
  {"id": "a/negative", "name": "Negative", "pricing": {"prompt": "-0.000001", "completion": "0"}},
  {"id": "a/none", "name": "None"},
  {"id": "A/Ok", "name": "İyi Model", "pricing": {"prompt": "0.000001", "completion": "0.000002"}, "context_length": "big"}
]})";
    const auto r = ms::importCatalog(text, ms::ImportFormat::OpenRouter, "t.json", "2026-08", bundled());
    ASSERT_TRUE(r.ok()) << ms::formatDiagnostics(r.diagnostics);
    EXPECT_EQ(r.imported, 1u);
    EXPECT_EQ(r.skipped, 3u);
    ASSERT_EQ(r.diagnostics.size(), 4u);
    EXPECT_EQ(r.diagnostics[0].toString(),
        "t.json:2:50: warning: /data/0/pricing/prompt: model \"a/comma\": pricing.prompt should be a decimal "
        "number of USD per token, found \"0,5\": skipped");
    EXPECT_EQ(r.diagnostics[1].toString(),
        "t.json:3:56: warning: /data/1/pricing/prompt: model \"a/negative\": pricing.prompt is negative "
        "(\"-0.000001\"); a price is >= 0: skipped");
    EXPECT_EQ(r.diagnostics[2].toString(),
        "t.json:4:3: warning: /data/2: model \"a/none\" has no \"pricing\" object: skipped");
    EXPECT_EQ(r.diagnostics[3].toString(),
        "t.json:5:100: warning: /data/3/context_length: model \"A/Ok\": \"context_length\" should be a number of "
        "tokens >= 0, found string \"big\": left unknown");
    const ms::Alternative& a = r.catalog->alternatives.at(0);
    EXPECT_EQ(a.id, "openrouter.a-ok");
    EXPECT_EQ(a.name, "İyi Model");
    EXPECT_EQ(a.vendor, "A");
    EXPECT_EQ(detailNumber(a, "price_output_usd_per_1m"), 2.0);
    ASSERT_NE(detail(a, "context_tokens"), nullptr);
    EXPECT_FALSE(detail(a, "context_tokens")->fact.value.isKnown());
}

// ---------------------------------------------------------------------------
// GPT4All
// ---------------------------------------------------------------------------

TEST(Gpt4AllImport, CountsAndEmbeddingModels)
{
    const auto& r = gpt4All();
    ASSERT_TRUE(r.ok()) << ms::formatDiagnostics(r.diagnostics);
    EXPECT_EQ(r.imported, 28u);
    EXPECT_EQ(r.skipped, 4u);
    ASSERT_EQ(r.diagnostics.size(), 4u);
    EXPECT_EQ(
        warningsContaining(r, "is an embedding model (\"embeddingModel\"), not a chat model: skipped").size(), 4u);
    EXPECT_EQ(warningsContaining(r, "model \"Nomic Embed Text v1.5\" is an embedding model").size(), 1u);
    EXPECT_EQ(r.catalog->title, "GPT4All model list: gpt4all_models3.json");
    expectProvenance(*r.catalog, "2025-01");
}

TEST(Gpt4AllImport, C08FileSizesAreExact64BitValues)
{
    const auto& r = gpt4All();
    ASSERT_TRUE(r.ok());
    const ms::Catalog& c = *r.catalog;

    const ms::Alternative* starcoder = c.alternative("gpt4all.starcoder-newbpe-q4_0");
    ASSERT_NE(starcoder, nullptr);
    EXPECT_EQ(starcoder->name, "Starcoder");
    EXPECT_EQ(starcoder->kind, "local_model");
    const double size = detailNumber(*starcoder, "filesize");
    EXPECT_EQ(static_cast<std::uint64_t>(size), std::uint64_t { 8987411904 });
    EXPECT_GT(size, static_cast<double>(std::numeric_limits<std::uint32_t>::max()));
    EXPECT_EQ(detail(*starcoder, "filesize")->fact.unit, "bytes");
    EXPECT_EQ(detailNumber(*starcoder, "ram_required_gb"), 4.0);
    EXPECT_EQ(starcoder->fact("hardware_gb")->value.number, 4.0);
    EXPECT_EQ(detailText(*starcoder, "parameters"), "7 billion");
    EXPECT_EQ(detailText(*starcoder, "filename"), "starcoder-newbpe-q4_0.gguf");

    const ms::Alternative* qwen14 = c.alternative("gpt4all.deepseek-r1-distill-qwen-14b-q4_0");
    ASSERT_NE(qwen14, nullptr);
    EXPECT_EQ(qwen14->name, "DeepSeek-R1-Distill-Qwen-14B");
    EXPECT_EQ(static_cast<std::uint64_t>(detailNumber(*qwen14, "filesize")), std::uint64_t { 8544267680 });
    EXPECT_EQ(detailNumber(*qwen14, "ram_required_gb"), 16.0);
    EXPECT_EQ(detailText(*qwen14, "parameters"), "14 billion");
    EXPECT_EQ(detailText(*qwen14, "quant"), "q4_0");
    EXPECT_EQ(detailText(*qwen14, "type"), "deepseek");

    // Written as an integer, not "8987411904.0" or a 32-bit wrap.
    const std::string json = ms::catalogToJson(c);
    EXPECT_NE(json.find("\"value\": 8987411904,"), std::string::npos);
}

TEST(Gpt4AllImport, FactsDescriptionAndDuplicateNames)
{
    const auto& r = gpt4All();
    ASSERT_TRUE(r.ok());
    const ms::Catalog& c = *r.catalog;
    const ms::Alternative* reasoner = c.alternative("gpt4all.qwen2.5-coder-7b-instruct-q4_0");
    ASSERT_NE(reasoner, nullptr);
    EXPECT_EQ(reasoner->name, "Reasoner v1");
    // Untrusted HTML, stored as given (never rendered).
    EXPECT_EQ(detailText(*reasoner, "description")
                  .rfind("<ul><li>Based on <a "
                         "href=\"https://huggingface.co/Qwen/Qwen2.5-Coder-7B-Instruct\">Qwen2.5-Coder 7B</a></li>",
                      0),
        0u);
    EXPECT_EQ(reasoner->fact("offline")->value.boolean, true);
    EXPECT_EQ(reasoner->fact("official_api")->value.boolean, false);
    EXPECT_EQ(reasoner->fact("official_api")->note, "run locally; no vendor API");
    EXPECT_EQ(reasoner->fact("free_quota")->value.kind, ms::FactValue::Kind::Unlimited);
    for (const char* cost : { "author_cost", "player_cost" }) {
        const ms::Fact* f = reasoner->fact(cost);
        ASSERT_NE(f, nullptr);
        EXPECT_EQ(f->value.number, 0.0);
        EXPECT_TRUE(f->estimate);
        EXPECT_EQ(f->note, "runs on the player's machine: no per-use cost");
    }
    ASSERT_NE(reasoner->fact("player_steps"), nullptr);
    EXPECT_FALSE(isKnown(*reasoner, "player_steps"));
    EXPECT_EQ(reasoner->fact("availability")->value.text, "public");
    EXPECT_EQ(reasoner->fact("hardware_gb")->value.number, 8.0);
    ASSERT_NE(detail(*reasoner, "self_hosted"), nullptr);
    EXPECT_TRUE(detail(*reasoner, "self_hosted")->fact.value.boolean);
    // Two models named "MPT Chat": their file names tell them apart.
    EXPECT_NE(c.alternative("gpt4all.mpt-7b-chat-newbpe-q4_0"), nullptr);
    EXPECT_NE(c.alternative("gpt4all.mpt-7b-chat.gguf4.q4_0"), nullptr);
    EXPECT_EQ(detailText(*c.alternative("gpt4all.mpt-7b-chat-newbpe-q4_0"), "removed_in"), "2.7.3");
}

TEST(Gpt4AllImport, ReloadsWithNoDiagnostics)
{
    const auto& r = gpt4All();
    ASSERT_TRUE(r.ok());
    expectRoundTrip(*r.catalog);
}

TEST(Gpt4AllImport, C08ANonNumericFieldIsInvalidAndTheRestImports)
{
    const std::string text = R"([
  {"name": "Lots", "filename": "lots.gguf", "filesize": "43920000000", "ramrequired": "lots", "parameters": "7 billion"},
  {"name": "Half", "filename": "half.gguf", "filesize": "3785248281", "ramrequired": "7.5", "quant": 4},
  {"name": "Big", "filename": "big.gguf", "filesize": "-1", "ramrequired": 7.5},
  {"filename": "ggml-old.bin", "filesize": "3785248281"}
])";
    const auto r = ms::importCatalog(text, ms::ImportFormat::Gpt4All, "t.json", "2023-07", bundled());
    ASSERT_TRUE(r.ok()) << ms::formatDiagnostics(r.diagnostics);
    EXPECT_EQ(r.imported, 4u);
    EXPECT_EQ(r.skipped, 0u);
    ASSERT_EQ(r.diagnostics.size(), 3u);
    EXPECT_EQ(r.diagnostics[0].toString(),
        "t.json:2:72: warning: /0/ramrequired: model \"Lots\": \"ramrequired\" should be a number of GB, found "
        "string \"lots\": left unknown");
    EXPECT_EQ(r.diagnostics[1].toString(),
        "t.json:3:93: warning: /1/quant: model \"Half\": \"quant\" should be text, found number 4: left unknown");
    EXPECT_EQ(r.diagnostics[2].toString(),
        "t.json:4:43: warning: /2/filesize: model \"Big\": \"filesize\" should be a whole number of bytes, found "
        "string \"-1\": left unknown");
    const auto& alts = r.catalog->alternatives;
    EXPECT_EQ(static_cast<std::uint64_t>(detailNumber(alts[0], "filesize")), std::uint64_t { 43920000000 });
    EXPECT_FALSE(isKnown(alts[0], "hardware_gb"));
    EXPECT_FALSE(detail(alts[0], "ram_required_gb")->fact.value.isKnown());
    EXPECT_EQ(detailText(alts[0], "parameters"), "7 billion");
    EXPECT_TRUE(alts[0].fact("offline")->value.boolean);
    EXPECT_EQ(static_cast<std::uint64_t>(detailNumber(alts[1], "filesize")), std::uint64_t { 3785248281 });
    EXPECT_EQ(alts[1].fact("hardware_gb")->value.number, 7.5); // never 7
    EXPECT_FALSE(detail(alts[1], "quant")->fact.value.isKnown());
    EXPECT_FALSE(detail(alts[2], "filesize")->fact.value.isKnown());
    EXPECT_EQ(alts[2].fact("hardware_gb")->value.number, 7.5);
    EXPECT_EQ(alts[3].name, "ggml-old.bin");
    EXPECT_EQ(alts[3].id, "gpt4all.ggml-old");
    expectRoundTrip(*r.catalog);
}

struct BrokenList {
    const char* name;
    const char* expected;
};

class C20BrokenGpt4AllLists : public ::testing::TestWithParam<BrokenList> { };

TEST_P(C20BrokenGpt4AllLists, AreRefusedWithLineAndColumn)
{
    const std::string path = kData + "/invalid/" + GetParam().name;
    const auto r = importFile(path, ms::ImportFormat::Gpt4All, "2023-07");
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.imported, 0u);
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].toString(), path + GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Gpt4AllHistory, C20BrokenGpt4AllLists,
    ::testing::Values(
        BrokenList { "gpt4all_2023-07-27_trailing_comma.json",
            ":293:3: error: syntax error while parsing object key - unexpected '}'; expected string literal" },
        BrokenList { "gpt4all_2023-06-26_raw_newline_in_string.json",
            ":13:21: error: syntax error while parsing value - invalid string: control character "
            "U+000A (LF) must be escaped to \\u000A or \\n; last read: '\"<U+000A>'" },
        BrokenList { "gpt4all_2023-06-16_bad_token.json",
            ":17:161: error: syntax error while parsing object key - unexpected ','; expected string literal" }));

// ---------------------------------------------------------------------------
// Shapes, dates, ids
// ---------------------------------------------------------------------------

TEST(Import, WrongShapeOrDateIsAnErrorAndNoCatalog)
{
    auto r = ms::importCatalog(R"({"data": []})", ms::ImportFormat::Gpt4All, "t.json", "2026-08", bundled());
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].toString(),
        "t.json: error: expected a top-level array of models (GPT4All's models3.json), found an object");
    r = ms::importCatalog(R"([])", ms::ImportFormat::OpenRouter, "t.json", "2026-08", bundled());
    EXPECT_FALSE(r.ok());
    r = ms::importCatalog(R"([])", ms::ImportFormat::LiteLlm, "t.json", "2026-08", bundled());
    EXPECT_FALSE(r.ok());
    r = ms::importCatalog(R"([])", ms::ImportFormat::Gpt4All, "t.json", "2026-13", bundled());
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].toString(),
        "t.json: error: the model list's date \"2026-13\" is not a date YYYY-MM or YYYY-MM-DD");
    // An empty list is a valid, empty catalog.
    r = ms::importCatalog(R"([])", ms::ImportFormat::Gpt4All, "t.json", "2026-08", bundled());
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.catalog->alternatives.empty());
    expectRoundTrip(*r.catalog);
}

TEST(Import, C01IdsAreAsciiFoldedUniqueAndAtMost64Characters)
{
    LocaleGuard guard;
    ASSERT_NE(std::setlocale(LC_ALL, "tr_TR.UTF-8"), nullptr);
    const std::string longName(100, 'X');
    const std::string text = R"({"data": [
  {"id": "OpenAI/GPT-INWORLD", "pricing": {"prompt": "0", "completion": "0"}},
  {"id": "openai/gpt-inworld", "pricing": {"prompt": "0", "completion": "0"}},
  {"id": "İstanbul/Çeviri ASİSTAN", "pricing": {"prompt": "0", "completion": "0"}},
  {"id": ")"
        + longName + R"(", "pricing": {"prompt": "0", "completion": "0"}},
  {"id": ")"
        + longName + R"(", "pricing": {"prompt": "0", "completion": "0"}}
]})";
    const auto r = ms::importCatalog(text, ms::ImportFormat::OpenRouter, "t.json", "2026-08", bundled());
    ASSERT_TRUE(r.ok()) << ms::formatDiagnostics(r.diagnostics);
    const auto& a = r.catalog->alternatives;
    ASSERT_EQ(a.size(), 5u);
    EXPECT_EQ(a[0].id, "openrouter.openai-gpt-inworld");
    EXPECT_EQ(a[1].id, "openrouter.openai-gpt-inworld-2");
    EXPECT_EQ(a[2].id, "openrouter.-stanbul--eviri-as-stan"); // one '-' per non-ASCII character
    EXPECT_EQ(a[2].name, "İstanbul/Çeviri ASİSTAN");
    EXPECT_EQ(a[3].id.size(), 64u);
    EXPECT_EQ(a[3].id.substr(0, 56), "openrouter." + std::string(44, 'x') + "-");
    EXPECT_EQ(a[4].id.size(), 64u);
    EXPECT_NE(a[3].id, a[4].id);
    EXPECT_EQ(a[4].id.substr(62), "-2");
    expectRoundTrip(*r.catalog);
}

TEST(CatalogJson, TheBundledCatalogRoundTrips)
{
    const std::string json = ms::catalogToJson(bundled());
    const auto reloaded = ms::loadCatalogFromText(json, "bundled-again.json");
    ASSERT_TRUE(reloaded.ok()) << ms::formatDiagnostics(reloaded.diagnostics);
    EXPECT_TRUE(reloaded.diagnostics.empty()) << ms::formatDiagnostics(reloaded.diagnostics);
    const ms::Catalog& c = *reloaded.catalog;
    EXPECT_EQ(c.alternatives.size(), bundled().alternatives.size());
    EXPECT_EQ(c.profiles.size(), bundled().profiles.size());
    for (std::size_t i = 0; i < c.profiles.size(); ++i)
        EXPECT_EQ(c.profiles[i].scenario, bundled().profiles[i].scenario) << c.profiles[i].id;
    EXPECT_EQ(ms::catalogToJson(c), json);
}

TEST(CatalogJson, NumbersAreWrittenExactly)
{
    ms::Catalog c = bundled();
    c.alternatives.resize(1);
    ms::Alternative& a = c.alternatives[0];
    a.details.clear();
    const double values[]
        = { 0.1, 1.0 / 3.0, 12.5, 8987411904.0, 9007199254740993.0, 1e300, 5e-324, -0.0, 0.19999999999999998 };
    for (double v : values) {
        ms::Detail d;
        d.key = "n";
        d.label.en = "n";
        d.fact.value = ms::FactValue::ofNumber(v);
        d.fact.source = c.sources[0].id;
        d.fact.asOf = "2023-10";
        a.details.push_back(d);
    }
    LocaleGuard guard;
    ASSERT_NE(std::setlocale(LC_ALL, "de_DE.UTF-8"), nullptr);
    const std::string json = ms::catalogToJson(c);
    std::setlocale(LC_ALL, "C");
    const auto reloaded = ms::loadCatalogFromText(json, "numbers.json");
    ASSERT_TRUE(reloaded.ok()) << ms::formatDiagnostics(reloaded.diagnostics);
    const auto& details = reloaded.catalog->alternatives.at(0).details;
    ASSERT_EQ(details.size(), std::size(values));
    for (std::size_t i = 0; i < details.size(); ++i) {
        EXPECT_EQ(details[i].fact.value.number, values[i]) << i;
        EXPECT_EQ(std::signbit(details[i].fact.value.number), std::signbit(values[i])) << i;
    }
    EXPECT_NE(json.find("\"value\": 8987411904,"), std::string::npos);
    EXPECT_NE(json.find("\"value\": 0.1,"), std::string::npos);
}
