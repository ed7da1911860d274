// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/decision/decisionmatrix.h"
#include "core/scenario/scenario.h"

namespace ms {

/** The stability intervals of one criterion's weight (WSM only).
 *
 *  The weight w_k of criterion k is moved to t in [0, 1] and the other weights are
 *  rescaled proportionally so that they still sum to 1:
 *
 *      w_j(t) = w_j (1 - t) / (1 - w_k)                    (j != k)
 *
 *  When the other weights are all zero (w_k = 1) proportional rescaling is undefined;
 *  then 1 - t is spread equally over the other criteria, w_j(t) = (1 - t) / (n - 1), and
 *  `equalSpread` is true. With a single criterion t cannot move: both intervals are [1, 1].
 *
 *  Under WSM each score is linear in t, S_i(t) = t a_ik + (1 - t) R_ik, where a are the
 *  signed utilities of the missing-fact policy (worst fill, best fill or their mean for
 *  midpoint; a cost column under vector/none normalisation enters with a minus sign, as in
 *  aggregate) and R_ik = sum_{j != k} w_j(0) a_ij. Each condition "A scores at least B"
 *  is then one linear inequality in t, solved exactly (no sampling); an interval is the
 *  intersection of their solution sets, which is convex.
 *
 *  Tie rule: an alternative that ties the leader still counts as first ("stays first or
 *  tied"); the endpoints are therefore the weights at which a tie occurs. Scores within
 *  1e-12, the tie tolerance of rankAlternatives, are tied: the current order is the one
 *  rankAlternatives gives (ties in catalog order), and two alternatives tied at the current
 *  weight do not make an interval collapse because of summation rounding. Both intervals
 *  are in normalised weight units, lie in [0, 1] and always contain `weight` (a rounding
 *  error of the order of 1e-16 cannot push the current weight out).
 *
 *  Source: weight stability intervals with proportional rescaling, Mareschal, B. (1988),
 *  "Weight stability intervals in multicriteria decision aid", European Journal of
 *  Operational Research 33(1), 54-64; Wolters, W. T. M. & Mareschal, B. (1995), "Novel
 *  types of sensitivity analysis for additive MCDM methods", EJOR 81(2), 281-290. */
struct StabilityInterval {
    std::size_t criterionIndex = 0; ///< index into Catalog::criteria
    double weight = 0.0;            ///< current normalised weight w_k
    double lowTop = 0.0;            ///< the current first stays first (or tied) for t in [lowTop, highTop]
    double highTop = 1.0;
    double lowTopThree = 0.0;       ///< 1st >= 2nd >= 3rd >= every other for t in [lowTopThree, highTopThree]
    double highTopThree = 1.0;      ///< (with two alternatives ranked: 1st >= 2nd)
    bool equalSpread = false;       ///< w_k = 1: the other criteria share 1 - t equally
};

/** The smallest change of one weight that makes the current runner-up first (WSM only).
 *  Over every criterion k the weight t (moved as in StabilityInterval) closest to w_k at
 *  which the runner-up scores at least as much as every other alternative (a tie counts
 *  as first), solved exactly from the same linear inequalities; the criterion with the
 *  smallest |t - w_k| is reported, the lowest criterion index on a tie. When the runner-up
 *  already ties for first the change is 0 (criterion 0). Units: normalised weight.
 *  Source: the single-weight criticality measure of Triantaphyllou, E. & Sánchez, A.
 *  (1997), "A sensitivity analysis approach for some deterministic multi-criteria
 *  decision-making methods", Decision Sciences 28(1), 151-194, here with the other weights
 *  rescaled proportionally so that the weights still sum to 1. */
struct RunnerUpChange {
    std::size_t alternativeIndex = 0; ///< the current runner-up, index into Catalog::alternatives
    std::size_t criterionIndex = 0;   ///< the criterion whose weight moves
    double weight = 0.0;              ///< its current normalised weight w_k
    double newWeight = 0.0;           ///< t: the normalised weight at which the runner-up is first (or tied)
    double change = 0.0;              ///< |t - w_k|
    bool equalSpread = false;         ///< w_k = 1: the other criteria share 1 - t equally
};

/** The share of sampled weight vectors in which one alternative is first. */
struct WinProbability {
    std::size_t alternativeIndex = 0; ///< index into Catalog::alternatives
    double probability = 0.0;         ///< in [0, 1]; the shares of all ranked alternatives sum to 1
};

/** Settings of the Monte Carlo part of analyseSensitivity. */
struct SensitivityOptions {
    std::size_t samples = 10000;     ///< weight vectors drawn; 0 skips the win probabilities
    std::uint64_t seed = 20231001;   ///< seed of std::mt19937_64: same seed, same result
};

/** Everything analyseSensitivity found. Alternatives and criteria are catalog indices. */
struct SensitivityReport {
    Method method = Method::WeightedSum;
    std::vector<std::size_t> topThree;          ///< current 1st, 2nd, 3rd (fewer when fewer are ranked)
    std::vector<StabilityInterval> stability;   ///< one per criterion, catalog order; empty unless WSM with >= 2 ranked
    std::optional<RunnerUpChange> runnerUp;     ///< nullopt: not WSM, < 2 ranked, or no single weight change can do it
    std::vector<WinProbability> winProbabilities; ///< one per ranked alternative, catalog order
    std::size_t samples = 0;                    ///< weight vectors drawn
    std::uint64_t seed = 0;                     ///< the seed used
    std::string note;                           ///< what was not computed and why; empty when everything was
};

/** Sensitivity of the ranking of `catalog` under `scenario` to the weights, on the
 *  alternatives that pass the scenario's constraints:
 *
 *  1. stability intervals of each criterion's weight for the first choice and for the
 *     order of the top three (StabilityInterval; WSM only, closed form);
 *  2. the smallest single weight change that makes the runner-up first (RunnerUpChange;
 *     WSM only, closed form);
 *  3. win probabilities for every method: `options.samples` weight vectors drawn uniformly
 *     on the simplex over ALL criteria of the catalog (Dirichlet(1, ..., 1)), each ranked
 *     with the scenario's method, normalisation and missing-fact policy on the decision
 *     matrices built once (worst and best fill); an alternative's share is the fraction of
 *     samples in which it is first, a tie (scores within 1e-12 of the best) being split
 *     equally among the tied. This is the first-rank acceptability index of SMAA
 *     (Lahdelma, R., Hokkanen, J. & Salminen, P. (1998), "SMAA - Stochastic multiobjective
 *     acceptability analysis", EJOR 106(1), 137-143; Butler, J., Jia, J. & Dyer, J.
 *     (1997), "Simulation techniques for the sensitivity analysis of multi-criteria
 *     decision models", EJOR 103(3), 531-546).
 *
 *  Sampling, exactly (so that a test can reproduce it): one std::mt19937_64 seeded with
 *  `options.seed`; per sample and per criterion in catalog order one draw x, turned into
 *  u = ((x >> 11) + 1) * 2^-53 in (0, 1] and e_j = -ln(u), an Exp(1) variate; the weights
 *  are w_j = e_j / sum e (equal weights if every e_j is 0, a chance of 2^(-53 m)).
 *  Normalised independent Exp(1) = Gamma(1) variates are Dirichlet(1, ..., 1), i.e.
 *  uniform on the simplex (Rubinstein, R. Y. & Kroese, D. P. (2017), Simulation and the
 *  Monte Carlo Method, 3rd ed., Wiley; Devroye, L. (1986), Non-Uniform Random Variate
 *  Generation, Springer). Cost: samples x one or two calls of aggregate.
 *
 *  The current order, the constraints, the tie rule of the current ranking (ties keep
 *  catalog order) and the weight normalisation are those of rankAlternatives. With fewer
 *  than 2 alternatives ranked there is nothing to compare: the report has no intervals and
 *  no runner-up, a note says why, and a single alternative wins with probability 1.
 *  If aggregate fails on a sampled weight vector (WPM on a raw value <= 0 in a column the
 *  scenario weights at 0), the win probabilities are left empty and the note says why.
 *
 *  Errors (RankingError): whatever rankAlternatives reports for the scenario (bad weights,
 *  a constraint on an unknown criterion, a normalisation or method that cannot take the
 *  values). Never throws. */
std::variant<SensitivityReport, RankingError> analyseSensitivity(const Catalog& catalog, const Scenario& scenario,
                                                                 const SensitivityOptions& options = {});

} // namespace ms
