// SPDX-License-Identifier: MIT
// Weight elicitation: rank-order-centroid (ROC) weights and the analytic hierarchy
// process (AHP), checked against the published worked examples in tests/data/mcda/.
//
// ROC ties, worked by hand for positions {1, 2, 2, 4} (n = 4):
//   w_1 = (1/4)(1 + 1/2 + 1/3 + 1/4) = (1/4)(25/12) = 25/48
//   w_2 = (1/4)(1/2 + 1/3 + 1/4)     = (1/4)(13/12) = 13/48
//   w_3 = (1/4)(1/3 + 1/4)           = (1/4)(7/12)  =  7/48
//   w_4 = (1/4)(1/4)                 = (1/4)(3/12)  =  3/48
//   criteria 2 and 3 tie over positions 2..3: each gets (13/48 + 7/48) / 2 = 10/48
//   -> 25/48, 10/48, 10/48, 3/48 (sum 48/48 = 1)
//
// AHP on 3x3 matrices, by hand: for n = 3 the principal eigenvector equals the row
// geometric means, and with c = (a12 * a23 / a13)^(1/3), lambdaMax = 1 + c + 1/c.
// Every pair then deviates by the same |ln c|, so the 3x3 cases cannot single out one
// pair; the tie rule reports criteria 1 and 2.
//   a12 = 2, a23 = 2, a13 = 3: c = (4/3)^(1/3), lambdaMax = 3.009203, CI = 0.004601,
//     CR = 0.004601 / 0.58 = 0.007933 -> acceptable; weights ∝ 6^(1/3), 1, 6^(-1/3)
//   a12 = 9, a23 = 9, a13 = 1/9 (a circulant matrix): c = 9, weights 1/3 each,
//     lambdaMax = 1 + 9 + 1/9 = 91/9, CI = (91/9 - 3) / 2 = 32/9, CR = (32/9) / 0.58 = 6.130
//
// AHP 4x4 with one judgement reversed, to find the worst pair: start from the
// consistent matrix of weights (8, 4, 2, 1) (a_ij = w_i / w_j) and set a14 = 1/8 instead
// of 8. In log2 units the judgements are l12 = 1, l13 = 2, l14 = -3, l23 = 1, l24 = 2,
// l34 = 1; the row means of l give log-weights (0, 0.5, -0.5, 0), and the residuals
// l_ij - (s_i - s_j) are 1.5, 1.5, -3, 0, 1.5, 1.5: pair (1, 4) stands out. With the
// eigenvector (recomputed independently by plain power iteration: lambdaMax 6.734648,
// CI 0.911549, CR 1.012832 with RI 0.90) the deviations |ln(a_ij w_j / w_i)| are 1.663
// for (1, 4) and at most 1.476 elsewhere.
#include <algorithm>
#include <charconv>
#include <clocale>
#include <cmath>
#include <fstream>
#include <limits>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/decision/elicitation.h"

namespace {

using nlohmann::json;
using Matrix = std::vector<std::vector<double>>;

json readFixture(const std::string& name)
{
    const std::string path = std::string(MODELSCOUT_TEST_DATA_DIR) + "/mcda/" + name;
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::stringstream text;
    text << in.rdbuf();
    return json::parse(text.str());
}

/** "11/18" -> 11.0 / 18.0, parsed locale-free. */
double fraction(const std::string& text)
{
    const std::size_t slash = text.find('/');
    long p = 0;
    long q = 0;
    std::from_chars(text.data(), text.data() + slash, p);
    std::from_chars(text.data() + slash + 1, text.data() + text.size(), q);
    return static_cast<double>(p) / static_cast<double>(q);
}

std::vector<double> roc(const std::vector<int>& positions)
{
    auto r = ms::rankOrderCentroidWeights(positions);
    if (auto* e = std::get_if<ms::RankingError>(&r))
        throw std::runtime_error(e->message);
    return std::get<std::vector<double>>(r);
}

std::string rocError(const std::vector<int>& positions)
{
    auto r = ms::rankOrderCentroidWeights(positions);
    if (auto* e = std::get_if<ms::RankingError>(&r))
        return e->message;
    return "(no error)";
}

ms::AhpResult ahp(const Matrix& m, ms::RandomIndexTable table = ms::RandomIndexTable::Saaty1980)
{
    auto r = ms::analyticHierarchyProcess(m, table);
    if (auto* e = std::get_if<ms::RankingError>(&r))
        throw std::runtime_error(e->message);
    return std::get<ms::AhpResult>(r);
}

std::string ahpError(const Matrix& m)
{
    auto r = ms::analyticHierarchyProcess(m);
    if (auto* e = std::get_if<ms::RankingError>(&r))
        return e->message;
    return "(no error)";
}

std::string parseError(std::string_view text)
{
    auto r = ms::parseSaatyMatrix(text);
    if (auto* e = std::get_if<ms::RankingError>(&r))
        return e->message;
    return "(no error)";
}

double sum(const std::vector<double>& v)
{
    return std::accumulate(v.begin(), v.end(), 0.0);
}

Matrix drinksMatrix(const json& fixture)
{
    return fixture.at("pairwise").get<Matrix>();
}

} // namespace

// ---------------------------------------------------------------------------
// ROC
// ---------------------------------------------------------------------------

TEST(Roc, MatchesBarronBarrettExactFractions)
{
    const json fixture = readFixture("roc_barron_barrett_1996.json");
    ASSERT_EQ(fixture.at("cases").size(), 3u);
    for (const json& c : fixture.at("cases")) {
        const std::size_t n = c.at("n").get<std::size_t>();
        const auto ranking = c.at("ranking").get<std::vector<std::string>>();
        const auto fractions = c.at("exact_fractions").get<std::vector<std::string>>();
        ASSERT_EQ(ranking.size(), n);
        ASSERT_EQ(fractions.size(), n);
        // ranking[k] is the criterion at position k + 1; give positions in criterion-id order.
        std::vector<std::string> ids = ranking;
        std::sort(ids.begin(), ids.end());
        std::vector<int> positions;
        for (const auto& id : ids)
            positions.push_back(static_cast<int>(std::find(ranking.begin(), ranking.end(), id) - ranking.begin()) + 1);

        const std::vector<double> w = roc(positions);
        ASSERT_EQ(w.size(), n);
        for (std::size_t i = 0; i < n; ++i) {
            const double expected = fraction(fractions[static_cast<std::size_t>(positions[i] - 1)]);
            EXPECT_NEAR(w[i], expected, 1e-12) << "n=" << n << " criterion " << ids[i];
            EXPECT_NEAR(w[i], c.at("expected_weights")[static_cast<std::size_t>(positions[i] - 1)].get<double>(), 1e-9);
        }
        EXPECT_NEAR(sum(w), 1.0, 1e-12) << "n=" << n;
    }
    // The published 2-dp worked example (n = 4: 0.52, 0.27, 0.15, 0.06).
    const auto published = fixture.at("cases")[1].at("published_2dp").get<std::vector<double>>();
    const std::vector<double> w4 = roc({ 1, 2, 3, 4 });
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(w4[i], published[i], 0.005);
}

TEST(Roc, FollowsThePositionsNotTheInputOrder)
{
    const std::vector<double> w = roc({ 3, 1, 2 });
    ASSERT_EQ(w.size(), 3u);
    EXPECT_NEAR(w[0], 2.0 / 18, 1e-12);
    EXPECT_NEAR(w[1], 11.0 / 18, 1e-12);
    EXPECT_NEAR(w[2], 5.0 / 18, 1e-12);
    EXPECT_EQ(roc({ 1 }), std::vector<double> { 1.0 });
}

TEST(Roc, TiesShareTheMeanOfTheirPositions)
{
    // Worked by hand at the top of this file.
    const std::vector<double> w = roc({ 1, 2, 2, 4 });
    ASSERT_EQ(w.size(), 4u);
    EXPECT_NEAR(w[0], 25.0 / 48, 1e-12);
    EXPECT_NEAR(w[1], 10.0 / 48, 1e-12);
    EXPECT_NEAR(w[2], 10.0 / 48, 1e-12);
    EXPECT_NEAR(w[3], 3.0 / 48, 1e-12);
    EXPECT_NEAR(sum(w), 1.0, 1e-12);

    // n = 3: 11/18, 5/18, 2/18; the first two tied -> (11 + 5) / 36 = 8/18 each.
    const std::vector<double> front = roc({ 1, 1, 3 });
    EXPECT_NEAR(front[0], 8.0 / 18, 1e-12);
    EXPECT_NEAR(front[1], 8.0 / 18, 1e-12);
    EXPECT_NEAR(front[2], 2.0 / 18, 1e-12);

    // Everything tied -> equal weights.
    for (double x : roc({ 1, 1, 1, 1, 1 }))
        EXPECT_NEAR(x, 0.2, 1e-12);
}

TEST(Roc, RefusesInconsistentPositionsWithClearMessages)
{
    EXPECT_EQ(rocError({}), "no criteria to weight: give each criterion a position (1 = most important)");
    EXPECT_EQ(rocError({ 1, 0 }), "criterion 2 has position 0: positions start at 1 (1 = most important)");
    EXPECT_EQ(rocError({ -1 }), "criterion 1 has position -1: positions start at 1 (1 = most important)");
    EXPECT_EQ(rocError({ 1, 5, 2, 3 }), "criterion 2 has position 5, but there are only 4 criteria");
    EXPECT_EQ(rocError({ 2 }), "criterion 1 has position 2, but there is only 1 criterion");
    // Dense ranking ("1223") is refused: the last criterion has three above it.
    EXPECT_EQ(rocError({ 1, 2, 2, 3 }),
        "criterion 4 has position 3, but 3 criteria are ranked above it: write ties in standard "
        "competition ranking (1, 2, 2, 4), so its position is 4");
    // A gap.
    EXPECT_EQ(rocError({ 1, 3, 3, 4 }),
        "criterion 2 has position 3, but 1 criterion is ranked above it: write ties in standard "
        "competition ranking (1, 2, 2, 4), so its position is 2");
    EXPECT_EQ(rocError({ 2, 2 }),
        "criterion 1 has position 2, but no criterion is ranked above it: write ties in standard "
        "competition ranking (1, 2, 2, 4), so its position is 1");
    EXPECT_EQ(rocError({ 1, 1, 2 }),
        "criterion 3 has position 2, but 2 criteria are ranked above it: write ties in standard "
        "competition ranking (1, 2, 2, 4), so its position is 3");
}

// ---------------------------------------------------------------------------
// AHP
// ---------------------------------------------------------------------------

TEST(Ahp, ReproducesSaatyDrinks)
{
    const json fixture = readFixture("ahp_saaty2008_drinks.json");
    const json& expected = fixture.at("expected");
    const ms::AhpResult r = ahp(drinksMatrix(fixture));

    const auto w4 = expected.at("weights_4dp").get<std::vector<double>>();
    const auto w3 = expected.at("weights").get<std::vector<double>>();
    ASSERT_EQ(r.weights.size(), 7u);
    for (std::size_t i = 0; i < 7; ++i) {
        EXPECT_NEAR(r.weights[i], w4[i], 1e-4) << "AHPy 4 dp, drink " << i;
        EXPECT_NEAR(r.weights[i], w3[i], 5e-4) << "Saaty 2008 3 dp, drink " << i;
    }
    EXPECT_NEAR(sum(r.weights), 1.0, 1e-12);
    EXPECT_NEAR(r.lambdaMax, expected.at("lambda_max").get<double>(), 1e-5); // 7.176629
    EXPECT_NEAR(r.consistencyIndex, expected.at("CI").get<double>(), 1e-5); // 0.029438
    EXPECT_DOUBLE_EQ(r.randomIndex, expected.at("random_index").get<double>()); // 1.32
    EXPECT_NEAR(r.consistencyRatio, fixture.at("recomputed").at("CR_RI_1.32").get<double>(), 2e-6); // 0.022302
    EXPECT_NEAR(r.consistencyRatio, expected.at("consistency_ratio").get<double>(), 5e-4); // 0.022
    EXPECT_TRUE(r.acceptable);
    EXPECT_EQ(r.warning, "");

    // water > soda > coffee > milk > beer > tea > wine
    const auto names = fixture.at("alternatives").get<std::vector<std::string>>();
    std::vector<std::size_t> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return r.weights[a] > r.weights[b]; });
    std::vector<std::string> ranking;
    for (std::size_t i : order)
        ranking.push_back(names[i]);
    EXPECT_EQ(ranking, expected.at("ranking").get<std::vector<std::string>>());
}

TEST(Ahp, DrinksWithTheDoneganDoddRandomIndex)
{
    const json fixture = readFixture("ahp_saaty2008_drinks.json");
    const json& expected = fixture.at("expected");
    const ms::AhpResult r = ahp(drinksMatrix(fixture), ms::RandomIndexTable::DoneganDodd1991);
    EXPECT_DOUBLE_EQ(r.randomIndex, expected.at("random_index_dd").get<double>()); // 1.2519
    EXPECT_NEAR(r.consistencyRatio, expected.at("consistency_ratio_dd").get<double>(), 5e-5); // 0.0235
    EXPECT_NEAR(r.consistencyRatio, fixture.at("recomputed").at("CR_RI_DD_1.2519").get<double>(), 2e-6);
    EXPECT_TRUE(r.acceptable);
}

TEST(Ahp, RandomIndexTables)
{
    const std::vector<double> saaty = { 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 };
    const std::vector<double> dd = { 0, 0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055 };
    for (std::size_t n = 1; n <= 10; ++n) {
        EXPECT_DOUBLE_EQ(ms::randomIndex(n), saaty[n - 1]) << n;
        EXPECT_DOUBLE_EQ(ms::randomIndex(n, ms::RandomIndexTable::DoneganDodd1991), dd[n - 1]) << n;
    }
    EXPECT_TRUE(std::isnan(ms::randomIndex(0)));
    EXPECT_TRUE(std::isnan(ms::randomIndex(11)));
}

TEST(Ahp, SlightlyInconsistent3x3MatchesTheClosedForm)
{
    const ms::AhpResult r = ahp({ { 1, 2, 3 }, { 0.5, 1, 2 }, { 1.0 / 3, 0.5, 1 } });
    const double c = std::cbrt(4.0 / 3.0);
    EXPECT_NEAR(r.lambdaMax, 1 + c + 1 / c, 1e-10); // 3.009203
    EXPECT_NEAR(r.consistencyIndex, (1 + c + 1 / c - 3) / 2, 1e-10); // 0.004601
    EXPECT_NEAR(r.consistencyRatio, (1 + c + 1 / c - 3) / 2 / 0.58, 1e-10); // 0.007933
    const double g = std::cbrt(6.0);
    const double total = g + 1 + 1 / g;
    EXPECT_NEAR(r.weights[0], g / total, 1e-10);
    EXPECT_NEAR(r.weights[1], 1 / total, 1e-10);
    EXPECT_NEAR(r.weights[2], 1 / g / total, 1e-10);
    EXPECT_TRUE(r.acceptable);
    EXPECT_EQ(r.warning, "");
}

TEST(Ahp, Inconsistent3x3IsFlagged)
{
    // a12 = 9, a23 = 9, a13 = 1/9: worked by hand at the top of this file.
    const ms::AhpResult r = ahp({ { 1, 9, 1.0 / 9 }, { 1.0 / 9, 1, 9 }, { 9, 1.0 / 9, 1 } });
    for (double w : r.weights)
        EXPECT_NEAR(w, 1.0 / 3, 1e-12);
    EXPECT_NEAR(r.lambdaMax, 91.0 / 9, 1e-10);
    EXPECT_NEAR(r.consistencyIndex, 32.0 / 9, 1e-10);
    EXPECT_NEAR(r.consistencyRatio, 32.0 / 9 / 0.58, 1e-10); // 6.130
    EXPECT_GT(r.consistencyRatio, 0.1);
    EXPECT_FALSE(r.acceptable);
    // All three pairs deviate by ln 9: the first pair wins the tie.
    EXPECT_EQ(r.worstRow, 0u);
    EXPECT_EQ(r.worstColumn, 1u);
    EXPECT_EQ(r.warning,
        "consistency ratio 6.130 is above 0.10: the judgements are inconsistent; "
        "review the comparison of criterion 1 with criterion 2");
}

TEST(Ahp, NamesTheReversedJudgement)
{
    // Consistent with weights (8, 4, 2, 1) except a14 = 1/8 instead of 8: see the top of this file.
    const ms::AhpResult r = ahp({ { 1, 2, 4, 1.0 / 8 }, { 0.5, 1, 2, 4 }, { 0.25, 0.5, 1, 2 }, { 8, 0.25, 0.5, 1 } });
    EXPECT_NEAR(r.lambdaMax, 6.734648, 1e-6);
    EXPECT_NEAR(r.consistencyIndex, 0.911549, 1e-6);
    EXPECT_NEAR(r.consistencyRatio, 1.012832, 1e-6);
    EXPECT_FALSE(r.acceptable);
    EXPECT_EQ(r.worstRow, 0u);
    EXPECT_EQ(r.worstColumn, 3u);
    EXPECT_EQ(r.warning,
        "consistency ratio 1.013 is above 0.10: the judgements are inconsistent; "
        "review the comparison of criterion 1 with criterion 4");
}

TEST(Ahp, ConsistentMatricesHaveZeroRatio)
{
    // 2x2, a12 = 3: weights 3/4, 1/4; every 2x2 reciprocal matrix is consistent.
    const ms::AhpResult two = ahp({ { 1, 3 }, { 1.0 / 3, 1 } });
    ASSERT_EQ(two.weights.size(), 2u);
    EXPECT_NEAR(two.weights[0], 0.75, 1e-12);
    EXPECT_NEAR(two.weights[1], 0.25, 1e-12);
    EXPECT_NEAR(two.lambdaMax, 2.0, 1e-12);
    EXPECT_EQ(two.consistencyIndex, 0.0);
    EXPECT_EQ(two.randomIndex, 0.0);
    EXPECT_EQ(two.consistencyRatio, 0.0);
    EXPECT_TRUE(two.acceptable);
    EXPECT_EQ(two.warning, "");
    EXPECT_EQ(two.worstRow, 0u);
    EXPECT_EQ(two.worstColumn, 1u);

    const ms::AhpResult one = ahp({ { 1 } });
    EXPECT_EQ(one.weights, std::vector<double> { 1.0 });
    EXPECT_EQ(one.consistencyRatio, 0.0);
    EXPECT_TRUE(one.acceptable);

    // A consistent 4x4 from weights (8, 4, 2, 1): those weights, lambdaMax = n, CR = 0.
    const ms::AhpResult four = ahp({ { 1, 2, 4, 8 }, { 0.5, 1, 2, 4 }, { 0.25, 0.5, 1, 2 }, { 0.125, 0.25, 0.5, 1 } });
    const std::vector<double> expected = { 8.0 / 15, 4.0 / 15, 2.0 / 15, 1.0 / 15 };
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(four.weights[i], expected[i], 1e-12);
    EXPECT_NEAR(four.lambdaMax, 4.0, 1e-12);
    EXPECT_NEAR(four.consistencyRatio, 0.0, 1e-12);
    EXPECT_GE(four.consistencyIndex, 0.0);
    EXPECT_TRUE(four.acceptable);
}

TEST(Ahp, RefusesBadMatricesWithClearMessages)
{
    EXPECT_EQ(ahpError({}), "the pairwise comparison matrix is empty: compare at least one criterion");
    EXPECT_EQ(ahpError(Matrix(11, std::vector<double>(11, 1.0))),
        "the pairwise comparison matrix has 11 rows, but at most 10 criteria are supported "
        "(the random index tables stop at 10)");
    EXPECT_EQ(ahpError({ { 1, 2 }, { 0.5 } }),
        "row 2 of the pairwise comparison matrix has 1 entry, but there are 2 rows: the matrix must be square");
    EXPECT_EQ(ahpError({ { 1, 2, 3 }, { 0.5, 1, 2 } }),
        "row 1 of the pairwise comparison matrix has 3 entries, but there are 2 rows: the matrix must be square");
    EXPECT_EQ(ahpError({ { 1, -1 }, { -1, 1 } }),
        "entry (row 1, column 2) of the pairwise comparison matrix is -1: every comparison must be a finite number > "
        "0");
    EXPECT_EQ(ahpError({ { 1, 2 }, { 0, 1 } }),
        "entry (row 2, column 1) of the pairwise comparison matrix is 0: every comparison must be a finite number > 0");
    EXPECT_EQ(ahpError({ { 1, std::numeric_limits<double>::infinity() }, { 0.5, 1 } }),
        "entry (row 1, column 2) of the pairwise comparison matrix is inf: every comparison must be a finite number > "
        "0");
    EXPECT_EQ(ahpError({ { 1, 2 }, { std::numeric_limits<double>::quiet_NaN(), 1 } }),
        "entry (row 2, column 1) of the pairwise comparison matrix is nan: every comparison must be a finite number > "
        "0");
    EXPECT_EQ(ahpError({ { 1, 2 }, { 0.5, 2 } }),
        "entry (row 2, column 2) of the pairwise comparison matrix is 2: a criterion compared with itself must be 1");
    EXPECT_EQ(ahpError({ { 1, 3 }, { 2, 1 } }),
        "entries (row 1, column 2) = 3 and (row 2, column 1) = 2 of the pairwise comparison matrix are not "
        "reciprocal: their product must be 1, e.g. (row 2, column 1) = 1/3 = 0.333333");
    EXPECT_EQ(ahpError({ { 1, 3, 1 }, { 1.0 / 3, 1, 1 }, { 1, 0.9, 1 } }),
        "entries (row 2, column 3) = 1 and (row 3, column 2) = 0.9 of the pairwise comparison matrix are not "
        "reciprocal: their product must be 1, e.g. (row 3, column 2) = 1/1 = 1");
}

TEST(Ahp, ReciprocityToleranceIsOneInAMillion)
{
    // 3 * 0.3333333 = 0.9999999: within 1e-6. 3 * 0.3333 = 0.9999: not.
    EXPECT_EQ(ahpError({ { 1, 3 }, { 0.3333333, 1 } }), "(no error)");
    EXPECT_NE(ahpError({ { 1, 3 }, { 0.3333, 1 } }), "(no error)");
}

// ---------------------------------------------------------------------------
// The JSON form
// ---------------------------------------------------------------------------

TEST(Elicitation, ParsesSaatyScaleTextToTheSameMatrix)
{
    const json fixture = readFixture("ahp_saaty2008_drinks.json");
    const json doc
        = { { "criteria", fixture.at("alternatives") }, { "pairwise", fixture.at("pairwise_saaty_scale_text") } };
    auto parsed = ms::parseSaatyMatrix(doc.dump());
    ASSERT_TRUE(std::holds_alternative<ms::SaatyMatrix>(parsed)) << std::get<ms::RankingError>(parsed).message;
    const ms::SaatyMatrix& m = std::get<ms::SaatyMatrix>(parsed);
    EXPECT_EQ(m.criteria, fixture.at("alternatives").get<std::vector<std::string>>());
    const Matrix numeric = drinksMatrix(fixture);
    ASSERT_EQ(m.pairwise.size(), numeric.size());
    for (std::size_t i = 0; i < numeric.size(); ++i)
        for (std::size_t j = 0; j < numeric.size(); ++j)
            EXPECT_NEAR(m.pairwise[i][j], numeric[i][j], 1e-15) << i << "," << j;
    const ms::AhpResult r = ahp(m.pairwise);
    EXPECT_NEAR(r.consistencyRatio, 0.022302, 2e-6);
}

TEST(Elicitation, ParsesNumbersAndFractionsUnderAnyLocale)
{
    const char* previous = std::setlocale(LC_ALL, nullptr);
    const std::string saved = previous ? previous : "C";
    for (const char* locale : { "C", "tr_TR.UTF-8", "de_DE.UTF-8" }) {
        ASSERT_NE(std::setlocale(LC_ALL, locale), nullptr)
            << locale << " is not installed: run scripts/test.sh, which generates it";
        auto parsed
            = ms::parseSaatyMatrix(R"({"pairwise": [[1, 2.5, " 1 / 5 "], ["0.4", 1, "1/0.5"], [5, "0.5", "1"]]})");
        ASSERT_TRUE(std::holds_alternative<ms::SaatyMatrix>(parsed))
            << locale << ": " << std::get<ms::RankingError>(parsed).message;
        const ms::SaatyMatrix& m = std::get<ms::SaatyMatrix>(parsed);
        EXPECT_TRUE(m.criteria.empty());
        EXPECT_EQ(m.pairwise, (Matrix { { 1, 2.5, 0.2 }, { 0.4, 1, 2 }, { 5, 0.5, 1 } })) << locale;
        // The warning's figure is written with '.' too.
        const ms::AhpResult r = ahp({ { 1, 9, 1.0 / 9 }, { 1.0 / 9, 1, 9 }, { 9, 1.0 / 9, 1 } });
        EXPECT_EQ(r.warning.substr(0, 24), "consistency ratio 6.130 ") << locale;
    }
    std::setlocale(LC_ALL, saved.c_str());
}

TEST(Elicitation, RefusesBadJsonWithClearMessages)
{
    EXPECT_EQ(parseError("{"), "the pairwise comparison text is not valid JSON (error near byte 2)");
    EXPECT_EQ(parseError("[1]"), "the pairwise comparison JSON must be an object with a \"pairwise\" array");
    EXPECT_EQ(parseError(R"({"criteria": ["a"]})"), "the pairwise comparison JSON has no \"pairwise\" array");
    EXPECT_EQ(parseError(R"({"pairwise": [[1], 2]})"), "row 2 of \"pairwise\" is 2, not an array");
    EXPECT_EQ(parseError(R"({"pairwise": [[1, true]]})"),
        "entry (row 1, column 2) of \"pairwise\" is true: give a number or a fraction such as \"1/5\"");
    EXPECT_EQ(parseError(R"({"pairwise": [[1, "1,5"]]})"),
        "entry (row 1, column 2) of \"pairwise\" is \"1,5\": give a number or a fraction p/q such as \"1/5\" "
        "('.' as the decimal separator)");
    EXPECT_EQ(parseError(R"({"pairwise": [[1, "1/2/3"]]})"),
        "entry (row 1, column 2) of \"pairwise\" is \"1/2/3\": give a number or a fraction p/q such as \"1/5\" "
        "('.' as the decimal separator)");
    EXPECT_EQ(parseError(R"({"pairwise": [[1, "inf"]]})"),
        "entry (row 1, column 2) of \"pairwise\" is \"inf\": give a number or a fraction p/q such as \"1/5\" "
        "('.' as the decimal separator)");
    EXPECT_EQ(parseError(R"({"pairwise": [[1, "1/0"]]})"),
        "entry (row 1, column 2) of \"pairwise\" is \"1/0\": division by zero");
    EXPECT_EQ(parseError(R"({"criteria": ["a"], "pairwise": [[1, 2], [0.5, 1]]})"),
        "\"criteria\" has 1 name, but \"pairwise\" has 2 rows");
    EXPECT_EQ(parseError(R"({"criteria": ["a", "a"], "pairwise": [[1, 2], [0.5, 1]]})"),
        "criterion \"a\" is named twice in \"criteria\"");
    EXPECT_EQ(parseError(R"({"criteria": ["a", ""], "pairwise": [[1, 2], [0.5, 1]]})"),
        "criterion 2 of \"criteria\" is \"\": give a non-empty name");
    EXPECT_EQ(parseError(R"({"criteria": "a", "pairwise": [[1]]})"), "\"criteria\" must be an array of names");
    EXPECT_EQ(parseError(std::string(1000, '[') + std::string(1000, ']')),
        "the pairwise comparison JSON is nested deeper than 8 levels");
}
