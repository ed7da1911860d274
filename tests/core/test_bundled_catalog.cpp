// SPDX-License-Identifier: MIT
// The bundled catalog (data/catalog.json): it loads without a single diagnostic, holds
// the guide's 15 options with the guide's facts, and the guide's own profile
// reproduces the guide's conclusion (Inworld AI first) from facts and weights.
#include <gtest/gtest.h>

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

} // namespace

TEST(BundledCatalog, LoadsWithoutDiagnostics)
{
    auto r = ms::loadCatalogFromFile(std::string(MODELSCOUT_BUNDLED_DATA_DIR) + "/catalog.json");
    ASSERT_TRUE(r.ok()) << ms::formatDiagnostics(r.diagnostics);
    EXPECT_TRUE(r.diagnostics.empty()) << ms::formatDiagnostics(r.diagnostics);
}

TEST(BundledCatalog, HoldsTheGuidesFifteenOptions)
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
    EXPECT_EQ(c.alternatives.size(), 15u);
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
