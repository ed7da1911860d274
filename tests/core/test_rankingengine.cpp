// SPDX-License-Identifier: MIT
// The cached re-ranking (RankingEngine) against the reference rankAlternatives: on
// seeded random catalogs (numeric linear/log, benefit/cost, "unlimited", boolean and
// ordinal criteria; unknown facts; duplicated alternatives for ties and dominance;
// must-haves), for every method, normalisation and missing-fact policy, and for several
// weight vectors in a row on one prepared engine, every field of every row must be the
// same, bit for bit.
#include <random>

#include <gtest/gtest.h>

#include "core/decision/ranking.h"
#include "core/decision/rankingengine.h"

namespace {

int g_dominatedRows = 0; ///< rows compared that have a dominator (so the test covers dominance)
int g_tiedGroups = 0;    ///< tie groups compared

ms::Catalog randomCatalog(std::mt19937& rng, std::size_t n)
{
    ms::Catalog c;
    c.title = "random";
    auto numeric = [](std::string id, ms::Direction d, double lo, double hi, ms::Scale s, bool unlimited) {
        ms::Criterion cr;
        cr.id = std::move(id);
        cr.type = ms::CriterionType::Numeric;
        cr.direction = d;
        cr.lower = lo;
        cr.upper = hi;
        cr.scale = s;
        cr.allowUnlimited = unlimited;
        return cr;
    };
    c.criteria.push_back(numeric("quota", ms::Direction::Benefit, 0, 100, ms::Scale::Linear, true));
    c.criteria.push_back(numeric("price", ms::Direction::Cost, 1, 1000, ms::Scale::Log, false));
    c.criteria.push_back(numeric("latency", ms::Direction::Cost, 1, 50, ms::Scale::Linear, false));
    ms::Criterion voice;
    voice.id = "voice";
    voice.type = ms::CriterionType::Boolean;
    c.criteria.push_back(voice);
    ms::Criterion tier;
    tier.id = "tier";
    tier.type = ms::CriterionType::Ordinal;
    tier.levels = {"low", "mid", "high"};
    c.criteria.push_back(tier);
    c.sources.push_back({"s", "Source", "", "2026-11"});

    std::uniform_int_distribution<int> step(0, 5);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && unit(rng) < 0.1) { // an exact copy: ties and equal facts
            ms::Alternative copy = c.alternatives[std::uniform_int_distribution<std::size_t>(0, i - 1)(rng)];
            copy.id = "a" + std::to_string(i);
            c.alternatives.push_back(copy);
            continue;
        }
        ms::Alternative a;
        a.id = "a" + std::to_string(i);
        a.name = a.id;
        a.kind = "local_model";
        for (const ms::Criterion& cr : c.criteria) {
            const double roll = unit(rng);
            if (roll < 0.08)
                continue; // absent: unknown
            ms::Fact f;
            f.source = "s";
            f.asOf = "2026-11";
            if (roll < 0.14) {
                f.value = ms::FactValue::unknown();
            } else if (cr.id == "quota") {
                f.value = unit(rng) < 0.1 ? ms::FactValue::unlimited() : ms::FactValue::ofNumber(step(rng) * 20.0);
            } else if (cr.id == "price") {
                f.value = ms::FactValue::ofNumber(1.0 + step(rng) * step(rng) * 30.0);
            } else if (cr.id == "latency") {
                f.value = ms::FactValue::ofNumber(1.0 + step(rng) * 7.5);
            } else if (cr.id == "voice") {
                f.value = ms::FactValue::ofBool(unit(rng) < 0.5);
            } else {
                f.value = ms::FactValue::ofText(cr.levels[static_cast<std::size_t>(step(rng)) % 3]);
            }
            a.facts[cr.id] = f;
        }
        c.alternatives.push_back(a);
    }
    return c;
}

ms::Weights randomWeights(std::mt19937& rng, const ms::Catalog& c)
{
    std::uniform_int_distribution<int> w(0, 4);
    ms::Weights weights;
    for (const ms::Criterion& cr : c.criteria)
        weights[cr.id] = w(rng) * 0.5;
    if (std::all_of(weights.begin(), weights.end(), [](const auto& p) { return p.second == 0.0; }))
        weights["quota"] = 1.0;
    return weights;
}

void expectSameRow(const ms::RankedAlternative& want, const ms::RankedAlternative& got, const std::string& where)
{
    EXPECT_EQ(got.alternativeIndex, want.alternativeIndex) << where;
    EXPECT_EQ(got.rank, want.rank) << where;
    EXPECT_EQ(got.score, want.score) << where;
    EXPECT_EQ(got.scoreLow, want.scoreLow) << where;
    EXPECT_EQ(got.scoreHigh, want.scoreHigh) << where;
    EXPECT_EQ(got.coverage, want.coverage) << where;
    EXPECT_EQ(got.dominatedBy, want.dominatedBy) << where;
    EXPECT_EQ(got.contributions.size(), want.contributions.size()) << where;
    for (std::size_t j = 0; j < want.contributions.size() && j < got.contributions.size(); ++j) {
        EXPECT_EQ(got.contributions[j].criterionId, want.contributions[j].criterionId) << where;
        EXPECT_EQ(got.contributions[j].weight, want.contributions[j].weight) << where;
        EXPECT_EQ(got.contributions[j].utility, want.contributions[j].utility) << where;
        EXPECT_EQ(got.contributions[j].contribution, want.contributions[j].contribution) << where;
        EXPECT_EQ(got.contributions[j].missing, want.contributions[j].missing) << where;
    }
}

/** Ranks with the engine (prepared once) and with the reference, for `rounds` weight
 *  vectors; returns how many rounds were compared (not errors). */
int compareOnCatalog(const ms::Catalog& catalog, ms::Scenario scenario, std::mt19937& rng, int rounds)
{
    ms::RankingEngine engine;
    const auto prepared = engine.prepare(catalog, scenario);
    int compared = 0;
    for (int round = 0; round < rounds; ++round) {
        scenario.weights = randomWeights(rng, catalog);
        const auto reference = ms::rankAlternatives(catalog, scenario);
        const std::string where = ms::toString(scenario.method) + "/" + ms::toString(scenario.normalisation) + "/"
            + ms::toString(scenario.missing) + " round " + std::to_string(round);
        if (const auto* error = std::get_if<ms::RankingError>(&reference)) {
            // The same message, from prepare or from rank.
            const auto mine = prepared ? prepared : engine.rank(scenario.weights);
            EXPECT_TRUE(mine.has_value()) << where;
            if (mine) {
                EXPECT_EQ(mine->message, error->message) << where;
            }
            continue;
        }
        EXPECT_FALSE(prepared.has_value()) << where;
        EXPECT_TRUE(engine.isPreparedFor(catalog, scenario));
        const auto error = engine.rank(scenario.weights);
        EXPECT_FALSE(error.has_value()) << where << ": " << (error ? error->message : "");
        if (error)
            continue;
        const ms::Ranking& want = std::get<ms::Ranking>(reference);
        EXPECT_EQ(engine.size(), want.rows.size()) << where;
        EXPECT_EQ(engine.normalisedWeights(), want.normalisedWeights) << where;
        EXPECT_EQ(engine.ties(), want.ties) << where;
        EXPECT_EQ(engine.excluded().size(), want.excluded.size()) << where;
        // Lazily, position by position (dominators asked in reverse order on purpose).
        for (std::size_t p = want.rows.size(); p-- > 0;)
            expectSameRow(want.rows[p], engine.row(p), where + " position " + std::to_string(p));
        for (std::size_t p = 0; p < want.rows.size(); ++p) {
            EXPECT_EQ(engine.positionOf(want.rows[p].alternativeIndex), p) << where;
            EXPECT_EQ(engine.rankAt(p), want.rows[p].rank) << where;
            EXPECT_EQ(engine.scoreAt(p), want.rows[p].score) << where;
        }
        // And whole.
        const ms::Ranking whole = engine.toRanking();
        EXPECT_EQ(whole.ties, want.ties) << where;
        EXPECT_EQ(whole.rows.size(), want.rows.size()) << where;
        for (std::size_t p = 0; p < want.rows.size() && p < whole.rows.size(); ++p)
            expectSameRow(want.rows[p], whole.rows[p], where + " whole, position " + std::to_string(p));
        for (std::size_t e = 0; e < want.excluded.size(); ++e) {
            EXPECT_EQ(whole.excluded[e].alternativeIndex, want.excluded[e].alternativeIndex) << where;
            EXPECT_EQ(whole.excluded[e].reason, want.excluded[e].reason) << where;
        }
        for (const ms::RankedAlternative& row : want.rows)
            g_dominatedRows += row.dominatedBy ? 1 : 0;
        g_tiedGroups += static_cast<int>(want.ties.size());
        ++compared;
    }
    return compared;
}

} // namespace

TEST(RankingEngine, SameRankingAsTheReferenceForEveryMethodNormalisationAndPolicy)
{
    std::mt19937 rng(20261129);
    int compared = 0;
    for (int catalogRound = 0; catalogRound < 4; ++catalogRound) {
        const ms::Catalog catalog = randomCatalog(rng, 40 + 30 * static_cast<std::size_t>(catalogRound));
        for (const ms::Method method : {ms::Method::WeightedSum, ms::Method::WeightedProduct, ms::Method::Topsis}) {
            for (const ms::Normalisation normalisation :
                 {ms::Normalisation::FixedBounds, ms::Normalisation::MinMax, ms::Normalisation::Max,
                  ms::Normalisation::Sum, ms::Normalisation::Vector, ms::Normalisation::None}) {
                for (const ms::MissingPolicy policy :
                     {ms::MissingPolicy::Pessimistic, ms::MissingPolicy::Optimistic, ms::MissingPolicy::Midpoint}) {
                    ms::Scenario scenario;
                    scenario.method = method;
                    scenario.normalisation = normalisation;
                    scenario.missing = policy;
                    compared += compareOnCatalog(catalog, scenario, rng, 4);
                }
            }
        }
    }
    // Most combinations rank (WPM on raw values with a 0 does not, by design).
    EXPECT_GT(compared, 600);
    EXPECT_GT(g_dominatedRows, 1000);
    EXPECT_GT(g_tiedGroups, 100);
}

TEST(RankingEngine, SameExclusionsAndRankingWithMustHaves)
{
    std::mt19937 rng(7);
    const ms::Catalog catalog = randomCatalog(rng, 150);
    ms::Scenario scenario;
    ms::Constraint voice;
    voice.criterionId = "voice";
    voice.op = ms::ConstraintOp::Equal;
    voice.values = {ms::FactValue::ofBool(true)};
    ms::Constraint quota;
    quota.criterionId = "quota";
    quota.op = ms::ConstraintOp::AtLeast;
    quota.values = {ms::FactValue::ofNumber(20)};
    scenario.constraints = {voice, quota};
    for (const ms::Normalisation normalisation : {ms::Normalisation::FixedBounds, ms::Normalisation::MinMax})
    {
        scenario.normalisation = normalisation;
        EXPECT_EQ(compareOnCatalog(catalog, scenario, rng, 3), 3);
    }
    ms::RankingEngine engine;
    ASSERT_FALSE(engine.prepare(catalog, scenario));
    ASSERT_FALSE(engine.rank(ms::equalWeights(catalog)));
    EXPECT_GT(engine.excluded().size(), 0u);
    EXPECT_EQ(engine.size() + engine.excluded().size(), catalog.alternatives.size());
    // An excluded alternative has no position.
    EXPECT_FALSE(engine.positionOf(engine.excluded().front().alternativeIndex).has_value());
}

TEST(RankingEngine, ReportsTheReferenceErrors)
{
    std::mt19937 rng(3);
    const ms::Catalog catalog = randomCatalog(rng, 20);
    ms::Scenario scenario;
    ms::Constraint unknown;
    unknown.criterionId = "nope";
    unknown.values = {ms::FactValue::ofBool(true)};
    scenario.constraints = {unknown};
    ms::RankingEngine engine;
    const auto error = engine.prepare(catalog, scenario);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->message, "constraint \"nope == true\": \"nope\" is not a criterion of this catalog");
    EXPECT_FALSE(engine.isPreparedFor(catalog, scenario));

    scenario.constraints.clear();
    ASSERT_FALSE(engine.prepare(catalog, scenario));
    const auto zero = engine.rank({{"quota", 0.0}});
    ASSERT_TRUE(zero.has_value());
    EXPECT_EQ(zero->message, "all weights are zero: give at least one criterion a weight above 0");
    EXPECT_EQ(engine.size(), 0u);
    EXPECT_FALSE(engine.hasRanking());
}
