// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/decision/ranking.h"

namespace ms {

/** Rank-order-centroid (ROC) weights from an importance ranking of n criteria
 *  (Barron, F. H. & Barrett, B. E. (1996), "Decision quality using ranked attribute
 *  weights", Management Science 42(11), 1515-1523):
 *
 *      w_k = (1/n) * sum_{i=k..n} 1/i      for the criterion at position k.
 *
 *  `positions[c]` is the 1-based position of criterion c (1 = most important); the result
 *  has one weight per criterion, in the same order, and sums to 1 (e.g. n = 4 gives
 *  25/48, 13/48, 7/48, 3/48).
 *
 *  Ranking format: standard competition ranking ("1224"), the form ms::Ranking uses for
 *  tied scores. m criteria tied after p criteria ranked above them all have position
 *  p + 1, and the next position used is p + m + 1. Dense ranking ("1223") is refused,
 *  because its positions no longer say how many criteria are more important.
 *
 *  Ties: m criteria tied over positions k..k+m-1 each get the mean of the ROC weights
 *  of those positions, (w_k + ... + w_{k+m-1}) / m, so the weights still sum to 1 and
 *  untied criteria keep their ROC weight. Example: {1, 2, 2, 4} gives
 *  25/48, (13/48 + 7/48)/2 = 10/48, 10/48, 3/48.
 *
 *  Errors (RankingError, 1-based criterion numbers): an empty list; a position below 1
 *  or above n; a position that does not equal 1 + the number of criteria ranked above
 *  it (gaps, dense ranking). */
std::variant<std::vector<double>, RankingError> rankOrderCentroidWeights(const std::vector<int>& positions);

/** Which table of random indices RI(n) turns a consistency index into a ratio. */
enum class RandomIndexTable {
    /** Saaty's classic table, n = 1..10: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45,
     *  1.49 (Saaty, T. L. (1980), The Analytic Hierarchy Process, McGraw-Hill; restated in
     *  Saaty (1990), "How to make a decision: the analytic hierarchy process", European
     *  Journal of Operational Research 48, 9-26). */
    Saaty1980,
    /** Donegan & Dodd's table, n = 1..10: 0, 0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519,
     *  1.3171, 1.3733, 1.4055 (Donegan, H. A. & Dodd, F. J. (1991), "A note on Saaty's
     *  random indexes", Mathematical and Computer Modelling 15(10), 135-137, as used by
     *  AHPy's default random_index='dd'). */
    DoneganDodd1991,
};

/** The random index RI(n) of `table` for 1 <= n <= 10; 0 for n <= 2, NaN outside 1..10. */
double randomIndex(std::size_t n, RandomIndexTable table = RandomIndexTable::Saaty1980);

/** The outcome of the analytic hierarchy process on one pairwise comparison matrix. */
struct AhpResult {
    std::vector<double> weights; ///< principal right eigenvector, one per criterion, sums to 1
    double lambdaMax = 0.0; ///< principal eigenvalue; >= n, and == n when consistent
    double consistencyIndex = 0.0; ///< CI = (lambdaMax - n) / (n - 1); 0 when n <= 2
    double randomIndex = 0.0; ///< RI(n) from the chosen table; 0 when n <= 2
    double consistencyRatio = 0.0; ///< CR = CI / RI; 0 when n <= 2
    bool acceptable = true; ///< CR <= 0.1 (Saaty's threshold)
    std::size_t worstRow = 0; ///< 0-based; with worstColumn, the most inconsistent pair (row < column)
    std::size_t worstColumn = 0; ///< 0-based; equal to worstRow only when n == 1
    std::string warning; ///< empty when acceptable; else names the pair to review (1-based)
};

/** Weights from a pairwise comparison matrix by the analytic hierarchy process
 *  (Saaty, T. L. (1980), The Analytic Hierarchy Process; Saaty (2008), "Decision making
 *  with the analytic hierarchy process", Int. J. Services Sciences 1(1), 83-98).
 *
 *  `pairwise` is n x n, row-major: pairwise[i][j] = a_ij says how many times criterion i
 *  matters more than criterion j (Saaty's 1..9 scale and reciprocals, though any positive
 *  ratio is accepted). Units: none (ratios).
 *
 *  - weights: the principal right eigenvector of A, found by power iteration from the
 *    row geometric means until no component moves by more than 1e-12 (at most 10 000
 *    steps; the Perron root of a positive matrix is simple and dominant, so it converges),
 *    normalised to sum 1.
 *  - lambdaMax = sum_i (A w)_i with sum_i w_i = 1.
 *  - CI = (lambdaMax - n) / (n - 1), clamped at 0 (lambdaMax >= n for every positive
 *    reciprocal matrix; a negative CI is rounding). CI, RI and CR are 0 for n <= 2: every
 *    1x1 and 2x2 reciprocal matrix is consistent.
 *  - CR = CI / RI(n), RI from `table` (see RandomIndexTable; Saaty's 1980 table by
 *    default), acceptable when CR <= 0.1.
 *  - The most inconsistent pair: the (i, j), i < j, with the largest
 *    |ln(a_ij * w_j / w_i)|, i.e. the judgement furthest from the ratio of the weights;
 *    among pairs within 1e-9 of the largest, the first in row-major order. For n = 3 all
 *    three pairs deviate equally (|ln(a_12 a_23 / a_13)| / 3), so (1, 2) is reported.
 *  - warning, when CR > 0.1: "consistency ratio 0.150 is above 0.10: the judgements are
 *    inconsistent; review the comparison of criterion 2 with criterion 5" (1-based; the
 *    caller maps numbers to names).
 *
 *  Errors (RankingError, rows and columns 1-based), checked in this order: an empty
 *  matrix; more than 10 criteria (the RI tables stop at 10); a row whose length is not n;
 *  an entry that is not finite or not > 0; a diagonal entry that is not 1 (within 1e-6);
 *  a pair with a_ji != 1/a_ij (relative tolerance 1e-6, |a_ij * a_ji - 1| <= 1e-6). */
std::variant<AhpResult, RankingError> analyticHierarchyProcess(
    const std::vector<std::vector<double>>& pairwise, RandomIndexTable table = RandomIndexTable::Saaty1980);

/** A pairwise comparison matrix read from JSON, with the criteria it compares. */
struct SaatyMatrix {
    std::vector<std::string> criteria; ///< one name per row; empty when the JSON gave none
    std::vector<std::vector<double>> pairwise; ///< row-major, as given (not yet validated)
};

/** Parses `{"criteria": ["a", "b", "c"], "pairwise": [[1, 3, "1/5"], ...]}`.
 *
 *  Each entry is a JSON number or a string "p" or "p/q" (spaces around p, q and '/'
 *  allowed), where p and q are decimal numbers read with std::from_chars ('.' as the
 *  separator under every locale). "criteria" is optional; when present it must be an
 *  array of distinct non-empty strings, one per row of "pairwise".
 *
 *  Only the syntax is checked here: pass `pairwise` to analyticHierarchyProcess for the
 *  shape, positivity and reciprocity checks. Errors (RankingError): text that is not JSON
 *  (with the byte offset), nesting deeper than 8, a missing or non-array "pairwise", a
 *  row that is not an array, an entry that is neither a number nor a fraction string
 *  (naming its 1-based row and column), q = 0, bad "criteria". Never throws. */
std::variant<SaatyMatrix, RankingError> parseSaatyMatrix(std::string_view jsonText);

} // namespace ms
