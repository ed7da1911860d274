// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/decision/decisionmatrix.h"
#include "core/scenario/scenario.h"

namespace ms {

/** What one criterion adds to one alternative's score. */
struct Contribution {
    std::string criterionId;
    double weight = 0.0;        ///< normalised weight, sums to 1 over the criteria
    double utility = 0.0;       ///< normalised value r_ij under the missing-fact policy
    double contribution = 0.0;  ///< weight * utility; for WSM the criterion's exact share of the score
    bool missing = false;       ///< the fact is unknown (null or absent)
};

/** One ranked (not excluded) alternative. */
struct RankedAlternative {
    std::size_t alternativeIndex = 0;       ///< index into Catalog::alternatives
    int rank = 0;                           ///< 1-based; tied scores share a rank (1, 2, 2, 4)
    double score = 0.0;                     ///< the score the ranking uses (per the missing-fact policy)
    double scoreLow = 0.0;                  ///< every unknown fact at its worst bound
    double scoreHigh = 0.0;                 ///< every unknown fact at its best bound
    std::vector<Contribution> contributions;///< one per catalog criterion, in catalog order
    double coverage = 1.0;                  ///< share of the weight whose fact is known, [0, 1]
    std::optional<std::size_t> dominatedBy; ///< catalog index of an alternative that Pareto-dominates it
};

/** An alternative a constraint filtered out, and why. */
struct Exclusion {
    std::size_t alternativeIndex = 0;
    std::size_t constraintIndex = 0;  ///< index into Ranking::constraints (the first one it fails)
    std::string reason;               ///< e.g. "free_quota >= 1000: it is 250"
};

/** The result of ranking a catalog under a scenario: rows best first, the exclusions,
 *  and the settings used (shown in every output). */
struct Ranking {
    std::vector<RankedAlternative> rows;     ///< sorted by score, best first; ties keep catalog order
    std::vector<double> normalisedWeights;   ///< one per catalog criterion, sum 1
    std::vector<std::vector<std::size_t>> ties; ///< groups of row positions with equal scores
    std::vector<Exclusion> excluded;         ///< in catalog order
    std::vector<Constraint> constraints;
    Method method = Method::WeightedSum;
    Normalisation normalisation = Normalisation::FixedBounds;
    MissingPolicy missing = MissingPolicy::Pessimistic;
};

/** Parses "id=w,id=w" (weights as plain decimal numbers, '.' as separator, locale-free).
 *  Returns the weights, or an error naming the first bad item. */
std::variant<Weights, RankingError> parseWeights(std::string_view text);

/** Equal weight 1 for every criterion of `catalog`. */
Weights equalWeights(const Catalog& catalog);

/** Weights as a vector in catalog criterion order, normalised to sum 1.
 *  Errors: a weight naming no criterion, a negative or non-finite weight, or all
 *  weights zero (case C05) — never a NaN. */
std::variant<std::vector<double>, RankingError> normaliseWeights(const Catalog& catalog, const Weights& weights);

/** Ranks the alternatives of `catalog` under `scenario`:
 *  1. constraints filter alternatives out (an unknown fact fails a constraint);
 *  2. the rest form a decision matrix normalised as the scenario says, once with
 *     unknown facts at their worst bound and once at their best;
 *  3. the method aggregates both into [scoreLow, scoreHigh]; the policy picks the score
 *     (pessimistic: low, optimistic: high, midpoint: their mean);
 *  4. Pareto dominance over the weighted criteria marks dominated alternatives.
 *  A usage scenario, if any, is not applied here (see usagecost.h).
 *  Errors: bad weights (see normaliseWeights), a constraint on an unknown criterion,
 *  a normalisation or method that cannot take the values (see decisionmatrix.h). */
std::variant<Ranking, RankingError> rankAlternatives(const Catalog& catalog, const Scenario& scenario);

/** rankAlternatives with the default scenario (WSM, fixed bounds, pessimistic) and `weights`. */
std::variant<Ranking, RankingError> rankWeightedSum(const Catalog& catalog, const Weights& weights);

/** Step 4 of rankAlternatives on its own: marks the rows (best first, as in
 *  Ranking::rows) that another row Pareto-dominates over the criteria with a weight
 *  above 0 in `weights` (one per catalog criterion), naming the best-ranked
 *  non-dominated dominator. Unknown facts span their criterion's whole range. */
void markParetoDominance(const Catalog& catalog, const std::vector<double>& weights, std::vector<RankedAlternative>& rows);

/** Strongest and weakest criteria of one ranked alternative, for explanations. */
struct Explanation {
    std::vector<std::size_t> strongest; ///< criterion indices, largest contribution first (weight > 0)
    std::vector<std::size_t> weakest;   ///< criterion indices, largest lost share w*(1-u) first (weight > 0, loss > 0)
};

/** The `count` strongest and weakest criteria of `row`. */
Explanation explain(const RankedAlternative& row, std::size_t count = 2);

/** One criterion's part in the gap between two alternatives. */
struct Difference {
    std::size_t criterionIndex = 0;
    double delta = 0.0; ///< contribution of A minus contribution of B (score points / 100)
};

/** "Why A ranks above B": the criteria where A's contribution exceeds B's, largest
 *  difference first, then those where B leads (negative deltas), smallest last. For WSM
 *  the deltas sum to the score difference exactly. */
std::vector<Difference> whyAbove(const RankedAlternative& a, const RankedAlternative& b);

} // namespace ms
