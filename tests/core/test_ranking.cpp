// SPDX-License-Identifier: MIT
// Weighted sum over fixed-bound normalisation, checked against numbers worked out by
// hand for tests/data/three_by_three.json:
//
//   criteria: quota (benefit, linear, [0, 100]), price (cost, linear, [0, 10]), voice (benefit, boolean)
//   Alpha:  quota 50  -> 0.5,  price 2 -> 1 - 0.2 = 0.8, voice true  -> 1
//   Bravo:  quota 100 -> 1.0,  price 8 -> 1 - 0.8 = 0.2, voice false -> 0
//   Çeviri: quota 0   -> 0.0,  price 0 -> 1.0,           voice null  -> unknown (0, pessimistic)
//
//   weights quota=2, price=1, voice=1 -> 0.5, 0.25, 0.25
//   Alpha  = 0.5*0.5 + 0.25*0.8 + 0.25*1 = 0.25 + 0.20 + 0.25 = 0.70
//   Bravo  = 0.5*1.0 + 0.25*0.2 + 0.25*0 = 0.50 + 0.05 + 0.00 = 0.55
//   Çeviri = 0.5*0.0 + 0.25*1.0 + 0.25*0 = 0.25              (coverage 0.75)
//
//   weights price=1 only -> Çeviri 1.0, Alpha 0.8, Bravo 0.2
#include <clocale>

#include <gtest/gtest.h>

#include "core/catalog/loader.h"
#include "core/decision/normalisation.h"
#include "core/decision/ranking.h"
#include "core/util/text.h"

namespace {

ms::Catalog fixture()
{
    auto r = ms::loadCatalogFromFile(std::string(MODELSCOUT_TEST_DATA_DIR) + "/three_by_three.json");
    if (!r.ok())
        throw std::runtime_error(ms::formatDiagnostics(r.diagnostics));
    return *r.catalog;
}

ms::Ranking rank(const ms::Catalog& c, const ms::Weights& w)
{
    auto result = ms::rankWeightedSum(c, w);
    if (auto* e = std::get_if<ms::RankingError>(&result))
        throw std::runtime_error(e->message);
    return std::get<ms::Ranking>(result);
}

std::vector<std::string> names(const ms::Catalog& c, const ms::Ranking& r)
{
    std::vector<std::string> out;
    for (const auto& row : r.rows)
        out.push_back(c.alternatives[row.alternativeIndex].name);
    return out;
}

} // namespace

TEST(WeightedSum, MatchesTheHandWorkedScores)
{
    const ms::Catalog c = fixture();
    const ms::Ranking r = rank(c, {{"quota", 2}, {"price", 1}, {"voice", 1}});
    EXPECT_EQ(names(c, r), (std::vector<std::string>{"Alpha", "Bravo", "Çeviri Asistanı"}));
    ASSERT_EQ(r.rows.size(), 3u);
    EXPECT_NEAR(r.rows[0].score, 0.70, 1e-12);
    EXPECT_NEAR(r.rows[1].score, 0.55, 1e-12);
    EXPECT_NEAR(r.rows[2].score, 0.25, 1e-12);
    EXPECT_EQ(r.rows[0].rank, 1);
    EXPECT_EQ(r.rows[2].rank, 3);
    EXPECT_EQ(r.normalisedWeights, (std::vector<double>{0.5, 0.25, 0.25}));

    const auto& alpha = r.rows[0].contributions;
    ASSERT_EQ(alpha.size(), 3u);
    EXPECT_EQ(alpha[0].criterionId, "quota");
    EXPECT_NEAR(alpha[0].contribution, 0.25, 1e-12);
    EXPECT_NEAR(alpha[1].utility, 0.8, 1e-12);
    EXPECT_NEAR(alpha[1].contribution, 0.20, 1e-12);
    EXPECT_NEAR(alpha[2].contribution, 0.25, 1e-12);
    EXPECT_DOUBLE_EQ(r.rows[0].coverage, 1.0);

    const auto& ceviri = r.rows[2];
    EXPECT_TRUE(ceviri.contributions[2].missing);
    EXPECT_FALSE(ceviri.contributions[1].missing);
    EXPECT_DOUBLE_EQ(ceviri.contributions[2].contribution, 0.0);
    EXPECT_DOUBLE_EQ(ceviri.coverage, 0.75);
}

TEST(WeightedSum, DifferentWeightsGiveADifferentOrder)
{
    const ms::Catalog c = fixture();
    const ms::Ranking r = rank(c, {{"price", 1}});
    EXPECT_EQ(names(c, r), (std::vector<std::string>{"Çeviri Asistanı", "Alpha", "Bravo"}));
    EXPECT_NEAR(r.rows[0].score, 1.0, 1e-12);
    EXPECT_NEAR(r.rows[1].score, 0.8, 1e-12);
    EXPECT_NEAR(r.rows[2].score, 0.2, 1e-12);
}

TEST(WeightedSum, ScalingAllWeightsChangesNothing)
{
    const ms::Catalog c = fixture();
    const ms::Ranking a = rank(c, {{"quota", 2}, {"price", 1}, {"voice", 1}});
    const ms::Ranking b = rank(c, {{"quota", 200}, {"price", 100}, {"voice", 100}});
    ASSERT_EQ(a.rows.size(), b.rows.size());
    for (std::size_t i = 0; i < a.rows.size(); ++i) {
        EXPECT_EQ(a.rows[i].alternativeIndex, b.rows[i].alternativeIndex);
        EXPECT_NEAR(a.rows[i].score, b.rows[i].score, 1e-12);
    }
}

TEST(WeightedSum, TiesShareARankAndAreReported)
{
    const ms::Catalog c = fixture();
    // Voice only: Alpha 1; Bravo (false) and Çeviri (unknown, pessimistic) both 0.
    const ms::Ranking r = rank(c, {{"voice", 1}});
    EXPECT_EQ(names(c, r), (std::vector<std::string>{"Alpha", "Bravo", "Çeviri Asistanı"}));
    EXPECT_EQ(r.rows[0].rank, 1);
    EXPECT_EQ(r.rows[1].rank, 2);
    EXPECT_EQ(r.rows[2].rank, 2);
    ASSERT_EQ(r.ties.size(), 1u);
    EXPECT_EQ(r.ties[0], (std::vector<std::size_t>{1, 2}));
}

TEST(WeightedSum, C05AllWeightsZeroIsAClearErrorNeverNaN)
{
    const ms::Catalog c = fixture();
    auto result = ms::rankWeightedSum(c, {{"quota", 0}, {"price", 0}, {"voice", 0}});
    ASSERT_TRUE(std::holds_alternative<ms::RankingError>(result));
    EXPECT_EQ(std::get<ms::RankingError>(result).message,
              "all weights are zero: give at least one criterion a weight above 0");
    result = ms::rankWeightedSum(c, {});
    ASSERT_TRUE(std::holds_alternative<ms::RankingError>(result));
}

TEST(WeightedSum, RejectsUnknownNegativeAndNonFiniteWeights)
{
    const ms::Catalog c = fixture();
    auto result = ms::rankWeightedSum(c, {{"speed", 1}});
    ASSERT_TRUE(std::holds_alternative<ms::RankingError>(result));
    EXPECT_EQ(std::get<ms::RankingError>(result).message, "\"speed\" is not a criterion of this catalog");
    result = ms::rankWeightedSum(c, {{"quota", -1}});
    ASSERT_TRUE(std::holds_alternative<ms::RankingError>(result));
    EXPECT_EQ(std::get<ms::RankingError>(result).message, "the weight of \"quota\" must be a finite number >= 0");
    result = ms::rankWeightedSum(c, {{"quota", std::numeric_limits<double>::quiet_NaN()}});
    ASSERT_TRUE(std::holds_alternative<ms::RankingError>(result));
}

TEST(WeightedSum, ExplainsStrongestAndWeakestCriteria)
{
    const ms::Catalog c = fixture();
    const ms::Ranking r = rank(c, {{"quota", 2}, {"price", 1}, {"voice", 1}});
    // Bravo: contributions quota 0.50, price 0.05, voice 0; lost shares quota 0, price 0.20, voice 0.25.
    const ms::Explanation e = ms::explain(r.rows[1], 2);
    EXPECT_EQ(e.strongest, (std::vector<std::size_t>{0, 1}));
    EXPECT_EQ(e.weakest, (std::vector<std::size_t>{2, 1}));
}

TEST(Normalisation, FixedBoundsLinearLogBooleanOrdinalUnlimited)
{
    ms::Criterion log;
    log.type = ms::CriterionType::Numeric;
    log.lower = 0;
    log.upper = 9999;
    log.scale = ms::Scale::Log;
    log.allowUnlimited = true;
    // log10(1 + 99) / log10(1 + 9999) = 2 / 4
    EXPECT_NEAR(*ms::normaliseFixedBounds(log, ms::FactValue::ofNumber(99)), 0.5, 1e-12);
    EXPECT_DOUBLE_EQ(*ms::normaliseFixedBounds(log, ms::FactValue::ofNumber(1e9)), 1.0); // clamped
    EXPECT_DOUBLE_EQ(*ms::normaliseFixedBounds(log, ms::FactValue::unlimited()), 1.0);
    EXPECT_FALSE(ms::normaliseFixedBounds(log, ms::FactValue::unknown()).has_value());

    ms::Criterion cost;
    cost.type = ms::CriterionType::Numeric;
    cost.direction = ms::Direction::Cost;
    cost.lower = 0;
    cost.upper = 8;
    EXPECT_DOUBLE_EQ(*ms::normaliseFixedBounds(cost, ms::FactValue::ofNumber(2)), 0.75);
    EXPECT_DOUBLE_EQ(*ms::normaliseFixedBounds(cost, ms::FactValue::ofNumber(-3)), 1.0);
    EXPECT_FALSE(ms::normaliseFixedBounds(cost, ms::FactValue::unlimited()).has_value());

    ms::Criterion card;
    card.type = ms::CriterionType::Boolean;
    card.direction = ms::Direction::Cost;
    EXPECT_DOUBLE_EQ(*ms::normaliseFixedBounds(card, ms::FactValue::ofBool(true)), 0.0);
    EXPECT_DOUBLE_EQ(*ms::normaliseFixedBounds(card, ms::FactValue::ofBool(false)), 1.0);

    ms::Criterion availability;
    availability.type = ms::CriterionType::Ordinal;
    availability.levels = {"discontinued", "contact_only", "waitlist", "public"};
    EXPECT_NEAR(*ms::normaliseFixedBounds(availability, ms::FactValue::ofText("waitlist")), 2.0 / 3.0, 1e-12);
    EXPECT_FALSE(ms::normaliseFixedBounds(availability, ms::FactValue::ofText("soon")).has_value());
}

TEST(Weights, ParsesIdEqualsNumberLists)
{
    auto parsed = ms::parseWeights("tts=3, credit_card=0.5,free_quota=1e1");
    ASSERT_TRUE(std::holds_alternative<ms::Weights>(parsed));
    const auto& w = std::get<ms::Weights>(parsed);
    EXPECT_EQ(w.size(), 3u);
    EXPECT_EQ(w.at("tts"), 3.0);
    EXPECT_EQ(w.at("credit_card"), 0.5);
    EXPECT_EQ(w.at("free_quota"), 10.0);

    parsed = ms::parseWeights("tts=0,5");
    ASSERT_TRUE(std::holds_alternative<ms::RankingError>(parsed));
    EXPECT_EQ(std::get<ms::RankingError>(parsed).message, "weight \"5\" is not of the form id=number");
    parsed = ms::parseWeights("tts=abc");
    ASSERT_TRUE(std::holds_alternative<ms::RankingError>(parsed));
    EXPECT_EQ(std::get<ms::RankingError>(parsed).message,
              "weight \"tts=abc\" is not of the form id=number (use '.' as the decimal separator)");
}

TEST(Weights, C04ParsingAndFormattingIgnoreTheProcessLocale)
{
    // Under tr_TR and de_DE the C library's decimal separator is ','; from_chars and
    // to_chars must not care. scripts/test.sh generates both locales.
    const char* previous = std::setlocale(LC_ALL, nullptr);
    const std::string saved = previous ? previous : "C";
    for (const char* locale : {"tr_TR.UTF-8", "de_DE.UTF-8"}) {
        ASSERT_NE(std::setlocale(LC_ALL, locale), nullptr)
            << locale << " is not installed: run scripts/test.sh, which generates it";
        ASSERT_EQ(std::string(std::localeconv()->decimal_point), ",") << locale;
        auto parsed = ms::parseWeights("a=0.5");
        ASSERT_TRUE(std::holds_alternative<ms::Weights>(parsed)) << locale;
        EXPECT_EQ(std::get<ms::Weights>(parsed).at("a"), 0.5) << locale;
        EXPECT_EQ(ms::formatFixed(0.75, 2), "0.75") << locale;
        EXPECT_EQ(ms::formatFixed(70.0, 1), "70.0") << locale;
    }
    std::setlocale(LC_ALL, saved.c_str());
}

TEST(Text, FormatsAndFitsUtf8)
{
    EXPECT_EQ(ms::formatFixed(-0.00001, 1), "0.0");
    EXPECT_EQ(ms::formatFixed(std::numeric_limits<double>::infinity(), 1), "n/a");
    EXPECT_EQ(ms::displayWidth("Çeviri Asistanı"), 15u);
    EXPECT_EQ(ms::fitToWidth("Çeviri Asistanı", 17), "Çeviri Asistanı  ");
    EXPECT_EQ(ms::fitToWidth("Çeviri Asistanı", 8), "Çeviri …");
    EXPECT_EQ(ms::asciiLower("INWORLD-İ"), "inworld-İ");
}
