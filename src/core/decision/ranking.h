// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "core/catalog/catalog.h"

namespace ms {

/** Raw weights by criterion id: any non-negative scale, normalised to sum 1 before use.
 *  Criteria not named get weight 0. */
using Weights = std::map<std::string, double>;

/** What one criterion adds to one alternative's score. */
struct Contribution {
    std::string criterionId;
    double weight = 0.0;        ///< normalised weight, sums to 1 over the criteria
    double utility = 0.0;       ///< normalised value in [0, 1]; 0 when missing (pessimistic)
    double contribution = 0.0;  ///< weight * utility: this criterion's share of the score
    bool missing = false;       ///< the fact is unknown (null or absent)
};

/** One row of a ranking. */
struct RankedAlternative {
    std::size_t alternativeIndex = 0;       ///< index into Catalog::alternatives
    int rank = 0;                           ///< 1-based; tied scores share a rank (1, 2, 2, 4)
    double score = 0.0;                     ///< weighted sum in [0, 1]
    std::vector<Contribution> contributions;///< one per catalog criterion, in catalog order
    double coverage = 1.0;                  ///< share of weight whose fact is known, [0, 1]
};

/** The result of ranking a catalog: rows best first, and the weights used. */
struct Ranking {
    std::vector<RankedAlternative> rows;     ///< sorted by score, best first; ties keep catalog order
    std::vector<double> normalisedWeights;   ///< one per catalog criterion
    std::vector<std::vector<std::size_t>> ties; ///< groups of row positions with equal scores
};

/** Why ranking could not be done. */
struct RankingError {
    std::string message;
};

/** Parses "id=w,id=w" (weights as plain decimal numbers, '.' as separator, locale-free).
 *  Returns the weights, or an error naming the first bad item. */
std::variant<Weights, RankingError> parseWeights(std::string_view text);

/** Equal weight 1 for every criterion of `catalog`. */
Weights equalWeights(const Catalog& catalog);

/** Ranks every alternative of `catalog` by the weighted sum model (WSM) over fixed-bound
 *  normalisation: score_i = sum_j w_j * u_ij with w normalised to sum 1
 *  (Fishburn 1967; Triantaphyllou 2000, "Multi-Criteria Decision Making Methods", ch. 2).
 *  Unknown facts count as utility 0 (pessimistic) and lower `coverage`.
 *  Errors: a weight that names no criterion, a negative or non-finite weight, or all
 *  weights zero (case C05) — never a NaN score. */
std::variant<Ranking, RankingError> rankWeightedSum(const Catalog& catalog, const Weights& weights);

/** Strongest and weakest criteria of one ranked alternative, for explanations. */
struct Explanation {
    std::vector<std::size_t> strongest; ///< criterion indices, largest contribution first (weight > 0)
    std::vector<std::size_t> weakest;   ///< criterion indices, largest lost share w*(1-u) first (weight > 0, loss > 0)
};

/** The `count` strongest and weakest criteria of `row`. */
Explanation explain(const RankedAlternative& row, std::size_t count = 2);

} // namespace ms
