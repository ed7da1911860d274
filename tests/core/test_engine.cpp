// SPDX-License-Identifier: MIT
// The decision engine against published worked examples (tests/data/mcda/, turned into
// catalogs in data/examples/), its properties, constraints, missing facts, dominance,
// explanations and scenario files.
#include <cmath>
#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/catalog/loader.h"
#include "core/decision/constraints.h"
#include "core/decision/ranking.h"
#include "core/scenario/scenariojson.h"

namespace {

const std::string kData = MODELSCOUT_TEST_DATA_DIR;
const std::string kBundled = MODELSCOUT_BUNDLED_DATA_DIR;

ms::Catalog load(const std::string& path)
{
    auto r = ms::loadCatalogFromFile(path);
    if (!r.ok())
        throw std::runtime_error(ms::formatDiagnostics(r.diagnostics));
    return *r.catalog;
}

nlohmann::json published(const std::string& name)
{
    std::ifstream in(kData + "/mcda/" + name + ".json");
    return nlohmann::json::parse(in);
}

ms::Ranking rank(const ms::Catalog& c, const ms::Scenario& s)
{
    auto result = ms::rankAlternatives(c, s);
    if (auto* e = std::get_if<ms::RankingError>(&result))
        throw std::runtime_error(e->message);
    return std::get<ms::Ranking>(result);
}

/** Score of alternative `id` in `r`. */
double scoreOf(const ms::Catalog& c, const ms::Ranking& r, const std::string& id)
{
    for (const auto& row : r.rows)
        if (c.alternatives[row.alternativeIndex].id == id)
            return row.score;
    throw std::runtime_error("no row " + id);
}

std::vector<std::string> ids(const ms::Catalog& c, const ms::Ranking& r)
{
    std::vector<std::string> out;
    for (const auto& row : r.rows)
        out.push_back(c.alternatives[row.alternativeIndex].id);
    return out;
}

ms::Scenario profileScenario(const ms::Catalog& c, const std::string& id)
{
    const ms::Profile* p = c.profile(id);
    if (!p)
        throw std::runtime_error("no profile " + id);
    return p->scenario;
}

} // namespace

// --- Published examples ------------------------------------------------------------

TEST(PublishedExamples, WeightedSumTriantaphyllouScoresAndTie)
{
    const auto c = load(kBundled + "/examples/wsm-triantaphyllou.json");
    const auto expected = published("wsm_wikipedia_triantaphyllou");
    const auto r = rank(c, profileScenario(c, "published"));
    const auto& scores = expected["expected"]["scores"];
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_NEAR(scoreOf(c, r, "a" + std::to_string(i + 1)), scores[i].get<double>(), 1e-9);
    EXPECT_EQ(ids(c, r), (std::vector<std::string>{"a2", "a3", "a1"}));
    EXPECT_EQ(r.rows[0].rank, 1);
    EXPECT_EQ(r.rows[1].rank, 1); // A2 = A3, as the article ranks them
    EXPECT_EQ(r.rows[2].rank, 3);
    ASSERT_EQ(r.ties.size(), 1u);

    // The same data max-normalised: raw / 30 (every column maximum is 30).
    ms::Scenario s = profileScenario(c, "published");
    s.normalisation = ms::Normalisation::Max;
    const auto rm = rank(c, s);
    const auto& maxScores = expected["recomputed"]["scores_if_max_normalised"];
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_NEAR(scoreOf(c, rm, "a" + std::to_string(i + 1)), maxScores[i].get<double>(), 1e-6);
}

TEST(PublishedExamples, WeightedProductTriantaphyllou)
{
    const auto c = load(kBundled + "/examples/wpm-triantaphyllou.json");
    const auto expected = published("wpm_wikipedia_triantaphyllou");
    const auto r = rank(c, profileScenario(c, "published"));
    EXPECT_EQ(ids(c, r), (std::vector<std::string>{"a1", "a2", "a3"}));
    const auto& raw = expected["recomputed"]["scores_raw_product"];
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_NEAR(scoreOf(c, r, "a" + std::to_string(i + 1)), raw[i].get<double>(), 1e-6);
    // The article's pairwise ratios P(AK/AL), printed to 3 decimals.
    const auto& ratios = expected["expected"]["pairwise_ratios"];
    const double tol = expected["suggested_tolerance"]["pairwise_ratios"].get<double>();
    EXPECT_NEAR(scoreOf(c, r, "a1") / scoreOf(c, r, "a2"), ratios["A1/A2"].get<double>(), tol);
    EXPECT_NEAR(scoreOf(c, r, "a1") / scoreOf(c, r, "a3"), ratios["A1/A3"].get<double>(), tol);
    EXPECT_NEAR(scoreOf(c, r, "a2") / scoreOf(c, r, "a3"), ratios["A2/A3"].get<double>(), tol);

    // scikit-criteria's form: sum-normalised matrix, score = sum_j w_j log10 r_ij.
    ms::Scenario s = profileScenario(c, "published");
    s.normalisation = ms::Normalisation::Sum;
    const auto rs = rank(c, s);
    const auto& logScores = expected["expected"]["scores_log10_sum_normalised"];
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_NEAR(std::log10(scoreOf(c, rs, "a" + std::to_string(i + 1))), logScores[i].get<double>(), 1e-7);
}

TEST(PublishedExamples, TopsisTzengHuang2011)
{
    const auto c = load(kBundled + "/examples/topsis-tzeng-huang.json");
    const auto expected = published("topsis_tzeng_huang_2011");
    const auto r = rank(c, profileScenario(c, "published"));
    const auto& scores = expected["expected"]["scores"];
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(scoreOf(c, r, "a" + std::to_string(i + 1)), scores[i].get<double>(), 1e-4) << i;
    EXPECT_EQ(ids(c, r), (std::vector<std::string>{"a3", "a2", "a1", "a4"}));
}

// --- Properties on the bundled catalog ------------------------------------------------

class EngineProperties : public ::testing::TestWithParam<ms::Method> {};

TEST_P(EngineProperties, ScalingAllWeightsChangesNoRankAndNoScore)
{
    const auto c = load(kBundled + "/catalog.json");
    ms::Scenario s = profileScenario(c, "guide");
    s.method = GetParam();
    const auto a = rank(c, s);
    for (auto& [id, w] : s.weights)
        w *= 7.3;
    const auto b = rank(c, s);
    ASSERT_EQ(a.rows.size(), b.rows.size());
    for (std::size_t i = 0; i < a.rows.size(); ++i) {
        EXPECT_EQ(a.rows[i].alternativeIndex, b.rows[i].alternativeIndex);
        EXPECT_EQ(a.rows[i].rank, b.rows[i].rank);
        EXPECT_NEAR(a.rows[i].score, b.rows[i].score, 1e-12);
    }
}

TEST_P(EngineProperties, FixedBoundsNeverReorderTheOthersWhenOneIsRemovedOrAdded)
{
    const auto full = load(kBundled + "/catalog.json");
    for (const std::string profile : {"guide", "offline", "cheapest"}) {
        ms::Scenario s = profileScenario(full, profile);
        s.method = GetParam();
        const auto reference = ids(full, rank(full, s));
        for (std::size_t removed = 0; removed < full.alternatives.size(); ++removed) {
            ms::Catalog smaller = full;
            const std::string gone = smaller.alternatives[removed].id;
            smaller.alternatives.erase(smaller.alternatives.begin() + static_cast<std::ptrdiff_t>(removed));
            std::vector<std::string> expected;
            for (const auto& id : reference)
                if (id != gone)
                    expected.push_back(id);
            EXPECT_EQ(ids(smaller, rank(smaller, s)), expected) << profile << " without " << gone;
        }
        // Add an extreme newcomer: best on every criterion.
        ms::Catalog bigger = full;
        ms::Alternative star = bigger.alternatives.front();
        star.id = "star";
        for (const auto& cr : bigger.criteria) {
            ms::Fact f;
            f.source = "editors";
            f.asOf = "2026-11";
            if (cr.type == ms::CriterionType::Boolean)
                f.value = ms::FactValue::ofBool(cr.direction == ms::Direction::Benefit);
            else if (cr.type == ms::CriterionType::Ordinal)
                f.value = ms::FactValue::ofText(cr.levels.back());
            else
                f.value = ms::FactValue::ofNumber(cr.direction == ms::Direction::Benefit ? cr.upper : cr.lower);
            star.facts[cr.id] = f;
        }
        bigger.alternatives.push_back(star);
        auto withStar = ids(bigger, rank(bigger, s));
        EXPECT_EQ(withStar.front(), "star");
        withStar.erase(withStar.begin());
        EXPECT_EQ(withStar, reference) << profile;
    }
}

TEST_P(EngineProperties, ImprovingABenefitCriterionNeverLowersTheRank)
{
    const auto c = load(kBundled + "/catalog.json");
    ms::Scenario s = profileScenario(c, "guide");
    s.method = GetParam();
    const auto before = rank(c, s);
    for (std::size_t i = 0; i < c.alternatives.size(); ++i) {
        int rankBefore = 0;
        for (const auto& row : before.rows)
            if (row.alternativeIndex == i)
                rankBefore = row.rank;
        for (const auto& cr : c.criteria) {
            if (cr.direction != ms::Direction::Benefit)
                continue;
            ms::Catalog better = c;
            ms::Fact& f = better.alternatives[i].facts[cr.id];
            f.source = "editors";
            f.asOf = "2026-11";
            if (cr.type == ms::CriterionType::Boolean)
                f.value = ms::FactValue::ofBool(true);
            else if (cr.type == ms::CriterionType::Ordinal)
                f.value = ms::FactValue::ofText(cr.levels.back());
            else
                f.value = ms::FactValue::ofNumber(cr.upper);
            const auto after = rank(better, s);
            for (const auto& row : after.rows) {
                if (row.alternativeIndex == i) {
                    EXPECT_LE(row.rank, rankBefore) << c.alternatives[i].id << " improved on " << cr.id;
                }
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(AllMethods, EngineProperties,
                         ::testing::Values(ms::Method::WeightedSum, ms::Method::WeightedProduct, ms::Method::Topsis),
                         [](const auto& info) { return ms::toString(info.param); });

TEST(Engine, TheGuideProfileRanksInworldFirstUnderEveryMethod)
{
    const auto c = load(kBundled + "/catalog.json");
    for (const auto method : {ms::Method::WeightedSum, ms::Method::WeightedProduct, ms::Method::Topsis}) {
        ms::Scenario s = profileScenario(c, "guide");
        s.method = method;
        EXPECT_EQ(ids(c, rank(c, s)).front(), "inworld") << ms::toString(method);
    }
}

// --- Missing facts --------------------------------------------------------------------

TEST(Engine, UnknownFactsGiveAnIntervalAndThePolicyPicksTheScore)
{
    const auto c = load(kData + "/three_by_three.json");
    ms::Scenario s;
    s.weights = {{"quota", 2}, {"price", 1}, {"voice", 1}};
    // Çeviri: quota 0, price 1, voice unknown -> 0.25 (voice false) .. 0.50 (voice true).
    for (const auto& [policy, expected] : std::vector<std::pair<ms::MissingPolicy, double>>{
             {ms::MissingPolicy::Pessimistic, 0.25}, {ms::MissingPolicy::Optimistic, 0.50}, {ms::MissingPolicy::Midpoint, 0.375}}) {
        s.missing = policy;
        const auto r = rank(c, s);
        EXPECT_EQ(r.missing, policy);
        const auto& row = r.rows.back();
        EXPECT_EQ(c.alternatives[row.alternativeIndex].id, "ceviri");
        EXPECT_NEAR(row.scoreLow, 0.25, 1e-12);
        EXPECT_NEAR(row.scoreHigh, 0.50, 1e-12);
        EXPECT_NEAR(row.score, expected, 1e-12) << ms::toString(policy);
        EXPECT_DOUBLE_EQ(row.coverage, 0.75);
        // Known facts have no interval.
        EXPECT_EQ(r.rows.front().scoreLow, r.rows.front().scoreHigh);
    }
}

// --- Constraints ------------------------------------------------------------------------

TEST(Constraints, ParseEveryOperatorAndTypedValues)
{
    const auto c = load(kBundled + "/catalog.json");
    for (const auto& [text, canonical] : std::vector<std::pair<std::string, std::string>>{
             {"official_api==true", "official_api == true"},
             {" free_quota >= 1000 ", "free_quota >= 1000"},
             {"player_cost<=2.5", "player_cost <= 2.5"},
             {"credit_card != true", "credit_card != true"},
             {"availability in public,waitlist", "availability in public,waitlist"},
             {"free_quota>=unlimited", "free_quota >= unlimited"}}) {
        auto parsed = ms::parseConstraint(text, c);
        ASSERT_TRUE(std::holds_alternative<ms::Constraint>(parsed)) << text << ": " << std::get<ms::RankingError>(parsed).message;
        EXPECT_EQ(std::get<ms::Constraint>(parsed).toString(), canonical);
    }
    const std::vector<std::pair<std::string, std::string>> bad = {
        {"official_api", "constraint \"official_api\" needs an operator: ==, !=, <=, >= or in (e.g. free_quota>=1000)"},
        {"speed>=3", "constraint \"speed>=3\": \"speed\" is not a criterion of this catalog (criteria: free_quota, player_steps, credit_card, author_cost, player_cost, tts, stt, emotions, lip_sync, official_api, offline, hardware_gb, availability)"},
        {"tts>=true", "constraint \"tts>=true\": criterion \"tts\" is true or false; use == or !="},
        {"tts==maybe", "constraint \"tts==maybe\": criterion \"tts\" is true or false, not \"maybe\""},
        {"free_quota>=1,000", "constraint \"free_quota>=1,000\": criterion \"free_quota\" takes a number or \"unlimited\" ('.' as the decimal separator), not \"1,000\""},
        {"availability in public,soon", "constraint \"availability in public,soon\": criterion \"availability\" takes one of discontinued, contact_only, waitlist, public, not \"soon\""},
    };
    for (const auto& [text, message] : bad) {
        auto parsed = ms::parseConstraint(text, c);
        ASSERT_TRUE(std::holds_alternative<ms::RankingError>(parsed)) << text;
        EXPECT_EQ(std::get<ms::RankingError>(parsed).message, message);
    }
}

TEST(Constraints, ExcludeWithTheReasonAndUnknownFails)
{
    const auto c = load(kBundled + "/catalog.json");
    ms::Scenario s = profileScenario(c, "guide");
    for (const char* text : {"official_api==true", "free_quota>=1000", "credit_card==false"})
        s.constraints.push_back(std::get<ms::Constraint>(ms::parseConstraint(text, c)));
    const auto r = rank(c, s);
    // Convai's credit-card requirement is unknown: it cannot be shown to pass.
    EXPECT_EQ(ids(c, r), (std::vector<std::string>{"inworld"}));
    std::map<std::string, std::string> reasons;
    for (const auto& e : r.excluded)
        reasons[c.alternatives[e.alternativeIndex].id] = e.reason;
    EXPECT_EQ(reasons.size(), 28u); // every other alternative of the 29
    EXPECT_EQ(reasons["characterai"], "official_api == true: it is false");
    EXPECT_EQ(reasons["openai"], "free_quota >= 1000: unknown");
    EXPECT_EQ(reasons["chatfai"], "official_api == true: unknown");
    EXPECT_EQ(reasons["convai"], "credit_card == false: unknown");
    EXPECT_EQ(reasons["falcon"], "official_api == true: it is false");
}

TEST(Constraints, UnlimitedPassesAtLeastAndFailsAtMost)
{
    const auto c = load(kBundled + "/catalog.json");
    const ms::Criterion& quota = *c.criterion("free_quota");
    const ms::Fact* unlimited = c.alternative("characterai")->fact("free_quota");
    ASSERT_NE(unlimited, nullptr);
    auto atLeast = std::get<ms::Constraint>(ms::parseConstraint("free_quota>=1000000", c));
    auto atMost = std::get<ms::Constraint>(ms::parseConstraint("free_quota<=1000000", c));
    EXPECT_EQ(ms::violation(atLeast, quota, unlimited), std::nullopt);
    EXPECT_EQ(ms::violation(atMost, quota, unlimited), std::optional<std::string>("free_quota <= 1000000: it is unlimited"));
    auto ordinal = std::get<ms::Constraint>(ms::parseConstraint("availability>=waitlist", c));
    EXPECT_EQ(ms::violation(ordinal, *c.criterion("availability"), c.alternative("npcx")->fact("availability")),
              std::optional<std::string>("availability >= waitlist: it is contact_only"));
}

// Turkish reasons name the criterion by its Turkish label; English stays the engine's text.
TEST(Constraints, TurkishViolationNamesTheCriterion)
{
    const auto c = load(kBundled + "/catalog.json");
    const ms::Criterion& quota = *c.criterion("free_quota");
    auto factOf = [](ms::FactValue value) {
        ms::Fact f;
        f.value = std::move(value);
        return f;
    };
    auto atLeast = std::get<ms::Constraint>(ms::parseConstraint("free_quota>=1500.5", c));
    const ms::Fact thousand = factOf(ms::FactValue::ofNumber(1000));
    EXPECT_EQ(ms::violation(atLeast, quota, &thousand, "tr"),
              std::optional<std::string>("Ücretsiz kota ≥ 1.500,5: değeri 1.000"));
    EXPECT_EQ(ms::violation(atLeast, quota, &thousand, "en"),
              std::optional<std::string>("free_quota >= 1500.5: it is 1000"));
    EXPECT_EQ(ms::violation(atLeast, quota, nullptr, "tr"), std::optional<std::string>("Ücretsiz kota ≥ 1.500,5: bilinmiyor"));
    auto official = std::get<ms::Constraint>(ms::parseConstraint("official_api==true", c));
    const ms::Fact no = factOf(ms::FactValue::ofBool(false));
    EXPECT_EQ(ms::violation(official, *c.criterion("official_api"), &no, "tr"),
              std::optional<std::string>("Resmî API = evet: değeri hayır"));
    auto in = std::get<ms::Constraint>(ms::parseConstraint("availability in public,waitlist,contact_only", c));
    const ms::Fact gone = factOf(ms::FactValue::ofText("discontinued"));
    EXPECT_EQ(ms::violation(in, *c.criterion("availability"), &gone, "tr"),
              std::optional<std::string>("Erişilebilirlik = public, waitlist veya contact_only: değeri discontinued"));
    auto notUnlimited = std::get<ms::Constraint>(ms::parseConstraint("free_quota<=1000", c));
    const ms::Fact unlimited = factOf(ms::FactValue::unlimited());
    EXPECT_EQ(ms::violation(notUnlimited, quota, &unlimited, "tr"),
              std::optional<std::string>("Ücretsiz kota ≤ 1.000: değeri sınırsız"));
    // Passing stays passing in every language.
    EXPECT_EQ(ms::violation(notUnlimited, quota, &thousand, "tr"), std::nullopt);
}

// --- Dominance and explanations ---------------------------------------------------------

TEST(Engine, ParetoDominanceNamesADominator)
{
    const auto c = load(kBundled + "/examples/topsis-tzeng-huang.json");
    // A3 = (8, 8, 6) is at least as good as A1 = (5, 8, 4) and A4 = (7, 4, 6) everywhere, better somewhere;
    // A2 = (7, 6, 8) beats A3 on C3, so nobody dominates A2 or A3.
    const auto r = rank(c, profileScenario(c, "published"));
    std::map<std::string, std::string> by;
    for (const auto& row : r.rows)
        by[c.alternatives[row.alternativeIndex].id] = row.dominatedBy ? c.alternatives[*row.dominatedBy].id : "-";
    EXPECT_EQ(by, (std::map<std::string, std::string>{{"a1", "a3"}, {"a2", "-"}, {"a3", "-"}, {"a4", "a3"}}));
}

TEST(Engine, UnknownFactsBlockDominance)
{
    auto c = load(kData + "/three_by_three.json");
    // Make Bravo worse than Alpha everywhere, but with its voice unknown: it might have voice.
    c.alternatives[1].facts["quota"].value = ms::FactValue::ofNumber(10);
    c.alternatives[1].facts["voice"].value = ms::FactValue::unknown();
    ms::Scenario s;
    s.weights = {{"quota", 1}, {"price", 1}, {"voice", 1}};
    auto r = rank(c, s);
    for (const auto& row : r.rows)
        EXPECT_FALSE(row.dominatedBy.has_value()) << c.alternatives[row.alternativeIndex].id;
    c.alternatives[1].facts["voice"].value = ms::FactValue::ofBool(false);
    r = rank(c, s);
    for (const auto& row : r.rows)
        if (c.alternatives[row.alternativeIndex].id == "bravo") {
            ASSERT_TRUE(row.dominatedBy.has_value());
            EXPECT_EQ(c.alternatives[*row.dominatedBy].id, "alpha");
        }
}

TEST(Engine, WhyAboveListsTheDifferencesLargestFirstAndTheyAddUp)
{
    const auto c = load(kData + "/three_by_three.json");
    ms::Scenario s;
    s.weights = {{"quota", 2}, {"price", 1}, {"voice", 1}};
    const auto r = rank(c, s);
    // Alpha 0.25/0.20/0.25, Bravo 0.50/0.05/0: voice +0.25, price +0.15, quota -0.25.
    const auto why = ms::whyAbove(r.rows[0], r.rows[1]);
    ASSERT_EQ(why.size(), 3u);
    EXPECT_EQ(c.criteria[why[0].criterionIndex].id, "voice");
    EXPECT_NEAR(why[0].delta, 0.25, 1e-12);
    EXPECT_EQ(c.criteria[why[1].criterionIndex].id, "price");
    EXPECT_NEAR(why[1].delta, 0.15, 1e-12);
    EXPECT_EQ(c.criteria[why[2].criterionIndex].id, "quota");
    EXPECT_NEAR(why[2].delta, -0.25, 1e-12);
    EXPECT_NEAR(why[0].delta + why[1].delta + why[2].delta, r.rows[0].score - r.rows[1].score, 1e-12);
}

// --- Scenario files ----------------------------------------------------------------------

TEST(ScenarioFiles, RoundTripExactly)
{
    const auto c = load(kBundled + "/catalog.json");
    ms::Scenario s;
    s.profile = "guide";
    s.method = ms::Method::Topsis;
    s.normalisation = ms::Normalisation::MinMax;
    s.missing = ms::MissingPolicy::Midpoint;
    s.weights = {{"free_quota", 0.1}, {"tts", 1.0 / 3.0}, {"player_steps", 2.5e-7}, {"credit_card", 3}};
    for (const char* text : {"official_api==true", "free_quota>=0.3", "availability in public,waitlist", "hardware_gb<=7.5"})
        s.constraints.push_back(std::get<ms::Constraint>(ms::parseConstraint(text, c)));
    s.usage = ms::UsageScenario{1234, 7.5, 0.1, 512, 64.25, ms::Payer::Author};
    const std::string json = ms::scenarioToJson(s);
    const auto loaded = ms::loadScenarioFromText(json, "s.json", c);
    ASSERT_TRUE(loaded.ok()) << ms::formatDiagnostics(loaded.diagnostics);
    EXPECT_TRUE(loaded.diagnostics.empty());
    EXPECT_TRUE(*loaded.scenario == s);
    EXPECT_EQ(loaded.scenario->weights.at("tts"), 1.0 / 3.0); // bit for bit
    EXPECT_EQ(ms::scenarioToJson(*loaded.scenario), json);
}

TEST(ScenarioFiles, BadScenariosGiveExactDiagnostics)
{
    const auto c = load(kBundled + "/catalog.json");
    const auto r = ms::loadScenarioFromText(R"({
  "format": "modelscout-scenario", "format_version": 1,
  "method": "electre",
  "weights": {"tts": 0, "stt": 0},
  "constraints": ["tts>=true", 5],
  "usage": {"payer": "publisher", "monthly_active_players": -3}
})", "bad.json", c);
    EXPECT_FALSE(r.ok());
    std::vector<std::string> messages;
    for (const auto& d : r.diagnostics)
        messages.push_back(d.toString());
    const std::vector<std::string> expected = {
        "bad.json:4:3: error: /weights: all weights are zero: give at least one criterion a weight above 0",
        "bad.json:3:3: error: /method: expected \"wsm\", \"wpm\" or \"topsis\", found string \"electre\"",
        "bad.json:5:19: error: /constraints/0: constraint \"tts>=true\": criterion \"tts\" is true or false; use == or !=",
        "bad.json:5:32: error: /constraints/1: expected a constraint such as \"free_quota >= 1000\", found number 5",
        "bad.json:6:35: error: /usage/monthly_active_players: expected a number >= 0, found -3",
        "bad.json:6:13: error: /usage/payer: expected \"author\" or \"player\", found string \"publisher\"",
    };
    EXPECT_EQ(messages, expected);
}

TEST(Engine, DominanceMatchesABruteForceOracleOnARandomCatalog)
{
    // 400 alternatives with random facts (a fifth unknown) on the bundled criteria; the
    // sort-filter-skyline result must mark exactly the rows some other row dominates, and
    // the named dominator must dominate.
    ms::Catalog c = load(kBundled + "/catalog.json");
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const ms::Alternative seed = c.alternatives.front();
    c.alternatives.clear();
    for (int i = 0; i < 400; ++i) {
        ms::Alternative a = seed;
        a.id = "r" + std::to_string(i);
        a.facts.clear();
        for (const auto& cr : c.criteria) {
            ms::Fact f;
            if (unit(rng) < 0.2) {
                a.facts[cr.id] = f; // unknown
                continue;
            }
            if (cr.type == ms::CriterionType::Boolean)
                f.value = ms::FactValue::ofBool(unit(rng) < 0.5);
            else if (cr.type == ms::CriterionType::Ordinal)
                f.value = ms::FactValue::ofText(cr.levels[static_cast<std::size_t>(unit(rng) * cr.levels.size()) % cr.levels.size()]);
            else
                f.value = ms::FactValue::ofNumber(std::round(cr.lower + unit(rng) * (cr.upper - cr.lower) / 4)); // ties happen
            a.facts[cr.id] = f;
        }
        c.alternatives.push_back(a);
    }
    ms::Scenario s;
    s.weights = {{"free_quota", 1}, {"player_steps", 1}, {"credit_card", 1}, {"tts", 1}, {"availability", 1}};
    const auto r = rank(c, s);
    auto oriented = [&](const ms::Alternative& a, const ms::Criterion& cr, bool best) {
        const ms::Fact* f = a.fact(cr.id);
        const auto x = f ? ms::rawValue(cr, f->value) : std::nullopt;
        if (!x)
            return best ? std::numeric_limits<double>::infinity() : -std::numeric_limits<double>::infinity();
        return cr.direction == ms::Direction::Cost ? -*x : *x;
    };
    auto dominates = [&](const ms::Alternative& a, const ms::Alternative& b) {
        bool strictly = false;
        for (const auto& [id, w] : s.weights) {
            const ms::Criterion& cr = *c.criterion(id);
            const double aw = oriented(a, cr, false), bb = oriented(b, cr, true);
            if (!(aw >= bb))
                return false;
            strictly = strictly || aw > bb;
        }
        return strictly;
    };
    int dominatedCount = 0;
    for (const auto& row : r.rows) {
        const ms::Alternative& b = c.alternatives[row.alternativeIndex];
        bool expected = false;
        for (const auto& a : c.alternatives)
            expected = expected || (&a != &b && dominates(a, b));
        EXPECT_EQ(row.dominatedBy.has_value(), expected) << b.id;
        if (row.dominatedBy) {
            EXPECT_TRUE(dominates(c.alternatives[*row.dominatedBy], b)) << b.id;
            ++dominatedCount;
        }
    }
    EXPECT_GT(dominatedCount, 10); // the oracle is exercised, not vacuous
}
