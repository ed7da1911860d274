// SPDX-License-Identifier: MIT
// The bundled catalog (data/catalog.json): it loads without a single diagnostic, holds
// the guide's 15 options with the guide's facts plus 14 notable options of 2025-2026
// taken from three public model lists (LiteLLM's price map, OpenRouter's listing,
// GPT4All's model list; shared/data/SOURCES.md) with exactly those lists' figures, and
// the guide's own profile reproduces the guide's conclusion (Inworld AI first) from
// facts and weights.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "core/catalog/importers.h"
#include "core/catalog/loader.h"
#include "core/decision/ranking.h"

namespace {

const ms::Catalog& bundled()
{
    static const ms::Catalog catalog = [] {
        auto r = ms::loadCatalogFromFile(std::string(MODELSCOUT_BUNDLED_DATA_DIR) + "/catalog.json");
        if (!r.ok() || !r.diagnostics.empty())
            throw std::runtime_error(ms::formatDiagnostics(r.diagnostics));
        return *r.catalog;
    }();
    return catalog;
}

/** The alternatives added in catalog_version 2026.11.1, with the id the importer gives the
 *  same record of the same public list (importers.h: prefix + the vendor's id). */
struct AddedOption {
    const char* id;
    const char* kind;
    ms::ImportFormat list;
    const char* importedId;
};
const std::vector<AddedOption> kAdded = {
    {"llama-3-8b-instruct", "local_model", ms::ImportFormat::Gpt4All, "gpt4all.meta-llama-3-8b-instruct.q4_0"},
    {"llama-3.2-3b-instruct", "local_model", ms::ImportFormat::Gpt4All, "gpt4all.llama-3.2-3b-instruct-q4_0"},
    {"llama-3.2-1b-instruct", "local_model", ms::ImportFormat::Gpt4All, "gpt4all.llama-3.2-1b-instruct-q4_0"},
    {"mistral-7b-instruct", "local_model", ms::ImportFormat::Gpt4All, "gpt4all.mistral-7b-instruct-v0.1.q4_0"},
    {"phi-3-mini-instruct", "local_model", ms::ImportFormat::Gpt4All, "gpt4all.phi-3-mini-4k-instruct.q4_0"},
    {"qwen2-1.5b-instruct", "local_model", ms::ImportFormat::Gpt4All, "gpt4all.qwen2-1_5b-instruct-q4_0"},
    {"openai-gpt-4o-mini", "online_api", ms::ImportFormat::LiteLlm, "litellm.gpt-4o-mini"},
    {"openai-gpt-5-mini", "online_api", ms::ImportFormat::LiteLlm, "litellm.gpt-5-mini"},
    {"anthropic-claude-haiku-4.5", "online_api", ms::ImportFormat::LiteLlm, "litellm.claude-haiku-4-5"},
    {"google-gemini-2.5-flash", "online_api", ms::ImportFormat::LiteLlm, "litellm.gemini-gemini-2.5-flash"},
    {"google-gemini-2.5-flash-lite", "online_api", ms::ImportFormat::LiteLlm, "litellm.gemini-gemini-2.5-flash-lite"},
    {"mistral-small-api", "online_api", ms::ImportFormat::LiteLlm, "litellm.mistral-mistral-small-latest"},
    {"deepseek-chat-api", "online_api", ms::ImportFormat::LiteLlm, "litellm.deepseek-deepseek-chat"},
    {"openrouter-llama-3.1-8b-instruct", "online_api", ms::ImportFormat::OpenRouter,
        "openrouter.meta-llama-llama-3.1-8b-instruct"},
};

} // namespace

TEST(BundledCatalog, LoadsWithoutDiagnostics)
{
    auto r = ms::loadCatalogFromFile(std::string(MODELSCOUT_BUNDLED_DATA_DIR) + "/catalog.json");
    ASSERT_TRUE(r.ok()) << ms::formatDiagnostics(r.diagnostics);
    EXPECT_TRUE(r.diagnostics.empty()) << ms::formatDiagnostics(r.diagnostics);
}

TEST(BundledCatalog, HoldsTheGuidesFifteenOptionsAndTheAddedOnes)
{
    const ms::Catalog& c = bundled();
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"falcon", "local_model"},   {"llama", "local_model"},         {"mpt", "local_model"},
        {"gpt-j", "local_model"},    {"gpt-neo", "local_model"},       {"openai", "online_api"},
        {"mosaicml", "online_api"},  {"deepinfra", "online_api"},      {"replicate", "online_api"},
        {"inworld", "character_service"}, {"chatfai", "character_service"}, {"characterai", "character_service"},
        {"convai", "character_service"},  {"kamoto", "character_service"},  {"npcx", "character_service"},
    };
    for (const auto& [id, kind] : expected) {
        const ms::Alternative* a = c.alternative(id);
        ASSERT_NE(a, nullptr) << id;
        EXPECT_EQ(a->kind, kind) << id;
    }
    for (const auto& added : kAdded)
        EXPECT_NE(c.alternative(added.id), nullptr) << added.id;
    EXPECT_EQ(c.alternatives.size(), 29u); // the guide's 15 and the 14 options added in 2026.11.1
    for (const char* criterion : {"free_quota", "player_steps", "credit_card", "author_cost", "player_cost", "tts",
                                  "stt", "official_api", "offline", "availability"})
        EXPECT_NE(c.criterion(criterion), nullptr) << criterion;
}

TEST(BundledCatalog, RecordsTheGuidesFactsWithTheirSource)
{
    const ms::Catalog& c = bundled();
    auto fact = [&](const char* alt, const char* criterion) -> const ms::Fact& {
        const ms::Fact* f = c.alternative(alt)->fact(criterion);
        if (!f)
            throw std::runtime_error(std::string(alt) + "/" + criterion + " missing");
        return *f;
    };
    EXPECT_EQ(fact("inworld", "free_quota").value.number, 5000.0);
    EXPECT_EQ(fact("inworld", "free_quota").source, "guide-301");
    EXPECT_FALSE(fact("inworld", "credit_card").value.boolean);
    EXPECT_TRUE(fact("inworld", "tts").value.boolean);
    EXPECT_TRUE(fact("inworld", "stt").value.boolean);
    EXPECT_EQ(fact("convai", "free_quota").value.number, 3000.0); // 100 per day x 30
    EXPECT_EQ(fact("chatfai", "free_quota").value.number, 250.0);
    EXPECT_EQ(fact("characterai", "free_quota").value.kind, ms::FactValue::Kind::Unlimited);
    EXPECT_FALSE(fact("characterai", "official_api").value.boolean);
    EXPECT_FALSE(fact("kamoto", "official_api").value.boolean);
    EXPECT_EQ(fact("npcx", "availability").value.text, "contact_only");
    // Every known fact names a source the catalog lists, and a date.
    for (const auto& a : c.alternatives) {
        for (const auto& [id, f] : a.facts) {
            if (!f.value.isKnown())
                continue;
            EXPECT_NE(c.source(f.source), nullptr) << a.id << "/" << id;
            EXPECT_FALSE(f.asOf.empty()) << a.id << "/" << id;
            if (f.estimate) {
                EXPECT_FALSE(f.note.empty()) << a.id << "/" << id;
            }
        }
    }
}

TEST(BundledCatalog, TheGuidesProfileRanksInworldFirst)
{
    const ms::Catalog& c = bundled();
    const ms::Profile* guide = c.profile("guide");
    ASSERT_NE(guide, nullptr);
    auto result = ms::rankWeightedSum(c, guide->scenario.weights);
    ASSERT_TRUE(std::holds_alternative<ms::Ranking>(result));
    const auto& r = std::get<ms::Ranking>(result);
    EXPECT_EQ(c.alternatives[r.rows[0].alternativeIndex].id, "inworld");
    EXPECT_EQ(r.rows[0].rank, 1);
    EXPECT_GT(r.rows[0].score, r.rows[1].score);
}

TEST(BundledCatalog, TheOfflineProfileRanksALocalModelFirst)
{
    const ms::Catalog& c = bundled();
    const ms::Profile* offline = c.profile("offline");
    ASSERT_NE(offline, nullptr);
    auto result = ms::rankWeightedSum(c, offline->scenario.weights);
    ASSERT_TRUE(std::holds_alternative<ms::Ranking>(result));
    const auto& r = std::get<ms::Ranking>(result);
    EXPECT_EQ(c.alternatives[r.rows[0].alternativeIndex].kind, "local_model");
}

namespace {

std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/** The three public lists (tests/data/real, copies of shared/data) imported once with the
 *  project's importers, dated as in the catalog's sources. */
const ms::Catalog& imported(ms::ImportFormat list)
{
    static const std::map<ms::ImportFormat, ms::Catalog> catalogs = [] {
        const std::string real = std::string(MODELSCOUT_TEST_DATA_DIR) + "/real/";
        const std::tuple<ms::ImportFormat, const char*, const char*> files[] = {
            {ms::ImportFormat::LiteLlm, "litellm_model_prices_2026-03.json", "2026-03-15"},
            {ms::ImportFormat::OpenRouter, "openrouter_models_2026-08-01.json", "2026-08-01"},
            {ms::ImportFormat::Gpt4All, "gpt4all_models3.json", "2025-01"},
        };
        std::map<ms::ImportFormat, ms::Catalog> out;
        for (const auto& [format, file, date] : files) {
            auto r = ms::importCatalog(slurp(real + file), format, file, date, bundled());
            if (!r.ok())
                throw std::runtime_error(std::string("import failed: ") + file);
            out.emplace(format, std::move(*r.catalog));
        }
        return out;
    }();
    return catalogs.at(list);
}

const ms::Fact& detailFact(const ms::Alternative& a, const std::string& key)
{
    for (const auto& d : a.details)
        if (d.key == key)
            return d.fact;
    throw std::runtime_error(a.id + ": no detail " + key);
}

} // namespace

// Prices, context windows, file sizes and RAM are exactly the public lists' figures: the
// same records run through the project's importers (exact decimal shift of USD per token
// to USD per 1M tokens, importers.h) give the same numbers, and a few are checked by hand.
TEST(BundledCatalog, AddedOptionsCarryTheModelListsExactFigures)
{
    const ms::Catalog& c = bundled();
    for (const auto& added : kAdded) {
        SCOPED_TRACE(added.id);
        const ms::Alternative* a = c.alternative(added.id);
        ASSERT_NE(a, nullptr);
        EXPECT_EQ(a->kind, added.kind);
        const ms::Alternative* source = imported(added.list).alternative(added.importedId);
        ASSERT_NE(source, nullptr) << added.importedId;
        if (std::string(added.kind) == "online_api") {
            for (const char* key : {"price_input_usd_per_1m", "price_output_usd_per_1m"})
                EXPECT_EQ(detailFact(*a, key).value.number, detailFact(*source, key).value.number) << key;
            EXPECT_EQ(detailFact(*a, "context_length").value.number, detailFact(*source, "context_tokens").value.number);
            EXPECT_EQ(a->fact("stt")->value.kind == ms::FactValue::Kind::Boolean,
                      a->fact("tts")->value.kind == ms::FactValue::Kind::Boolean);
        } else {
            EXPECT_EQ(detailFact(*a, "filesize").value.number, detailFact(*source, "filesize").value.number);
            EXPECT_EQ(detailFact(*a, "ram_required_gb").value.number, source->fact("hardware_gb")->value.number);
            EXPECT_EQ(detailFact(*a, "download_url").value.text, detailFact(*source, "download_url").value.text);
        }
    }
    // By hand: LiteLLM's "input_cost_per_token": 1.5e-07 and "output_cost_per_token": 6e-07
    // for gpt-4o-mini are 0.15 and 0.6 USD per 1M tokens, never 0.15000000000000002.
    const ms::Alternative& mini = *c.alternative("openai-gpt-4o-mini");
    EXPECT_EQ(detailFact(mini, "price_input_usd_per_1m").value.number, *ms::shiftDecimalText("1.5e-07", 6));
    EXPECT_EQ(detailFact(mini, "price_input_usd_per_1m").value.number, 0.15);
    EXPECT_EQ(detailFact(mini, "price_output_usd_per_1m").value.number, 0.6);
    EXPECT_EQ(detailFact(mini, "context_length").value.number, 128000.0);
    EXPECT_EQ(detailFact(mini, "price_input_usd_per_1m").source, "litellm-prices-2026-03");
    EXPECT_EQ(detailFact(mini, "price_input_usd_per_1m").asOf, "2026-03");
    const ms::Alternative& haiku = *c.alternative("anthropic-claude-haiku-4.5");
    EXPECT_EQ(detailFact(haiku, "price_input_usd_per_1m").value.number, 1.0);  // 1e-06
    EXPECT_EQ(detailFact(haiku, "price_output_usd_per_1m").value.number, 5.0); // 5e-06
    EXPECT_EQ(detailFact(*c.alternative("deepseek-chat-api"), "price_input_usd_per_1m").value.number,
              *ms::shiftDecimalText("2.8e-07", 6));
    // OpenRouter's decimal strings: "0.00000005" and "0.00000008" USD per token.
    const ms::Alternative& router = *c.alternative("openrouter-llama-3.1-8b-instruct");
    EXPECT_EQ(detailFact(router, "price_input_usd_per_1m").value.number, 0.05);
    EXPECT_EQ(detailFact(router, "price_output_usd_per_1m").value.number, 0.08);
    EXPECT_EQ(detailFact(router, "price_input_usd_per_1m").source, "openrouter-models-2026-08");
    // GPT4All: "filesize": "4661724384" (beyond 32 bits), "ramrequired": "8".
    const ms::Alternative& llama3 = *c.alternative("llama-3-8b-instruct");
    EXPECT_EQ(detailFact(llama3, "filesize").value.number, 4661724384.0);
    EXPECT_EQ(detailFact(llama3, "ram_required_gb").value.number, 8.0);
    EXPECT_EQ(detailFact(llama3, "parameters").value.number, 8.0);
    EXPECT_EQ(detailFact(llama3, "filesize").source, "gpt4all-models3");
    EXPECT_EQ(detailFact(*c.alternative("qwen2-1.5b-instruct"), "context_length").value.number, 32768.0);
    // Shipping the weights with a mod: from the licence texts.
    EXPECT_TRUE(detailFact(llama3, "licence_allows_shipping").value.boolean);
    EXPECT_EQ(detailFact(llama3, "licence_allows_shipping").source, "llama3-license");
    EXPECT_EQ(detailFact(*c.alternative("qwen2-1.5b-instruct"), "licence_allows_shipping").source, "apache-2.0");
    EXPECT_EQ(detailFact(*c.alternative("phi-3-mini-instruct"), "licence_allows_shipping").source, "mit-license");
}

// The criteria of the added options are filled the way the guide's options fill them: the
// player cost of an API is the guide's scenario (1,000 interactions of 1,500 prompt + 150
// reply tokens a month) at the recorded prices, an estimate; a local model's hardware is
// its 4-bit file plus about 2 GB, as for the guide's local models; no free tier without a
// source. Worked by hand from the prices above (USD per 1M tokens):
//   gpt-4o-mini 1.5 x 0.15 + 0.15 x 0.6 = 0.315;  gpt-5-mini 1.5 x 0.25 + 0.15 x 2 = 0.675
//   claude-haiku-4.5 1.5 x 1 + 0.15 x 5 = 2.25;   gemini-2.5-flash 1.5 x 0.3 + 0.15 x 2.5 = 0.825
//   gemini-2.5-flash-lite 1.5 x 0.1 + 0.15 x 0.4 = 0.21;  mistral-small 1.5 x 0.06 + 0.15 x 0.18 = 0.117
//   deepseek-chat 1.5 x 0.28 + 0.15 x 0.42 = 0.483;  llama-3.1-8b (OpenRouter) 1.5 x 0.05 + 0.15 x 0.08 = 0.087
//   Llama 3 8B: 4.66 GB + 2 -> 7; Llama 3.2 3B: 1.92 + 2 -> 4; Llama 3.2 1B: 0.77 + 2 -> 3;
//   Mistral 7B: 4.11 + 2 -> 6; Phi-3 mini: 2.18 + 2 -> 4; Qwen2 1.5B: 0.94 + 2 -> 3.
TEST(BundledCatalog, AddedOptionsFillTheCriteriaLikeTheGuidesOptions)
{
    const ms::Catalog& c = bundled();
    const std::map<std::string, double> playerCost = {
        {"openai-gpt-4o-mini", 0.315}, {"openai-gpt-5-mini", 0.675}, {"anthropic-claude-haiku-4.5", 2.25},
        {"google-gemini-2.5-flash", 0.825}, {"google-gemini-2.5-flash-lite", 0.21}, {"mistral-small-api", 0.117},
        {"deepseek-chat-api", 0.483}, {"openrouter-llama-3.1-8b-instruct", 0.087},
    };
    for (const auto& [id, cost] : playerCost) {
        SCOPED_TRACE(id);
        const ms::Alternative& a = *c.alternative(id);
        const ms::Fact& f = *a.fact("player_cost");
        EXPECT_NEAR(f.value.number, cost, 1e-12);
        EXPECT_NEAR(f.value.number,
                    1.5 * detailFact(a, "price_input_usd_per_1m").value.number
                        + 0.15 * detailFact(a, "price_output_usd_per_1m").value.number,
                    1e-12);
        EXPECT_TRUE(f.estimate);
        EXPECT_EQ(a.fact("author_cost")->value.number, 0.0);
        EXPECT_FALSE(a.fact("free_quota")->value.isKnown());
        EXPECT_TRUE(a.fact("official_api")->value.boolean);
        EXPECT_FALSE(a.fact("offline")->value.boolean);
        EXPECT_EQ(a.fact("hardware_gb")->value.number, 0.0);
    }
    const std::map<std::string, double> hardware = {
        {"llama-3-8b-instruct", 7}, {"llama-3.2-3b-instruct", 4}, {"llama-3.2-1b-instruct", 3},
        {"mistral-7b-instruct", 6}, {"phi-3-mini-instruct", 4}, {"qwen2-1.5b-instruct", 3},
    };
    for (const auto& [id, gb] : hardware) {
        SCOPED_TRACE(id);
        const ms::Alternative& a = *c.alternative(id);
        EXPECT_EQ(a.fact("hardware_gb")->value.number, gb);
        EXPECT_TRUE(a.fact("hardware_gb")->estimate);
        EXPECT_EQ(std::lround(detailFact(a, "filesize").value.number / 1e9 + 2), std::lround(gb));
        EXPECT_EQ(a.fact("free_quota")->value.kind, ms::FactValue::Kind::Unlimited);
        EXPECT_TRUE(a.fact("offline")->value.boolean);
        EXPECT_FALSE(a.fact("official_api")->value.boolean);
        EXPECT_TRUE(detailFact(a, "self_hosted").value.boolean);
    }
    // Voice only where a price map lists the vendor's speech models.
    EXPECT_TRUE(c.alternative("openai-gpt-4o-mini")->fact("tts")->value.boolean);
    EXPECT_TRUE(c.alternative("google-gemini-2.5-flash")->fact("stt")->value.boolean);
    EXPECT_FALSE(c.alternative("anthropic-claude-haiku-4.5")->fact("tts")->value.isKnown());
}

// Every fact and detail of an added option has a value or an explicit null, a listed and
// dated source, an as_of, and a note when it is an estimate; every criterion is present.
TEST(BundledCatalog, EveryAddedFactHasASourceAndADate)
{
    const ms::Catalog& c = bundled();
    std::set<std::string> used;
    for (const auto& added : kAdded) {
        SCOPED_TRACE(added.id);
        const ms::Alternative& a = *c.alternative(added.id);
        EXPECT_EQ(a.facts.size(), c.criteria.size());
        EXPECT_FALSE(a.summary.en.empty());
        EXPECT_FALSE(a.summary.tr.empty());
        auto check = [&](const std::string& what, const ms::Fact& f) {
            if (!f.value.isKnown()) {
                EXPECT_FALSE(f.note.empty()) << what << ": an unknown fact says why";
                return;
            }
            const ms::Source* s = c.source(f.source);
            ASSERT_NE(s, nullptr) << what;
            EXPECT_FALSE(s->date.empty()) << what;
            EXPECT_EQ(f.asOf.size(), 7u) << what << " " << f.asOf; // YYYY-MM, like the rest of the catalog
            if (f.estimate) {
                EXPECT_EQ(f.source, "editors") << what;
                EXPECT_FALSE(f.note.empty()) << what;
            } else {
                EXPECT_NE(f.source, "editors") << what << ": only estimates cite the editors";
            }
            used.insert(f.source);
        };
        for (const auto& [id, f] : a.facts)
            check(id, f);
        for (const auto& d : a.details)
            check("detail " + d.key, d.fact);
    }
    EXPECT_EQ(used, (std::set<std::string>{"editors", "litellm-prices-2026-03", "openrouter-models-2026-08",
                                           "gpt4all-models3", "llama3-license", "llama3.2-license",
                                           "mistral-7b-announcement", "apache-2.0", "mit-license"}));
    EXPECT_EQ(c.source("litellm-prices-2026-03")->date, "2026-03-15");
    EXPECT_EQ(c.source("openrouter-models-2026-08")->date, "2026-08-01");
    EXPECT_EQ(c.version, "2026.11.1");
}
