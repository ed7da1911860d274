// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/catalog/catalog.h"

namespace ms {

/** Why a computation could not be done (a message for the user). */
struct RankingError {
    std::string message;
};

/** Which end of an unknown fact's range fills its cell. */
enum class MissingFill { Worst, Best };

/** A normalised decision matrix: one row per ranked alternative, one column per catalog
 *  criterion, r_ij >= 0. Where `benefit[j]` is true a larger r_ij is better; it is false
 *  only for cost criteria under the direction-free normalisations (vector, none), whose
 *  direction the aggregation applies. */
struct DecisionMatrix {
    std::vector<std::size_t> rows;   ///< catalog alternative index of each row
    std::size_t columns = 0;         ///< = catalog criteria count
    std::vector<double> values;      ///< row-major r_ij
    std::vector<char> missing;       ///< row-major: the fact was unknown and filled
    std::vector<char> benefit;       ///< per column
    bool absoluteScale = false;      ///< fixed bounds: 0 and 1 are the worst and best possible values

    [[nodiscard]] double at(std::size_t i, std::size_t j) const { return values[i * columns + j]; }
    [[nodiscard]] bool isMissing(std::size_t i, std::size_t j) const { return missing[i * columns + j] != 0; }
};

/** The raw numeric value of `value` for `criterion` (number; "unlimited" = +infinity;
 *  boolean 1/0; ordinal level index + 1), or nullopt when unknown or ill-typed. */
std::optional<double> rawValue(const Criterion& criterion, const FactValue& value);

/** Builds the normalised matrix of the catalog alternatives `rows` under `normalisation`
 *  (formulas in docs/decision-method.md; fixed bounds: normaliseFixedBounds). Unknown facts
 *  take the criterion's worst or best bound (`fill`) before normalising. "unlimited" is
 *  the larger of the upper bound and the largest known value for raw-value methods.
 *  Errors: a cost criterion with a value <= 0 under sum normalisation (1/x). */
std::variant<DecisionMatrix, RankingError> buildDecisionMatrix(const Catalog& catalog,
                                                               const std::vector<std::size_t>& rows,
                                                               Normalisation normalisation, MissingFill fill);

/** One score per row of `matrix` with normalised `weights` (one per column, sum 1).
 *  - WSM: S_i = sum_benefit w_j r_ij - sum_cost w_j r_ij (cost terms only for vector/none);
 *  - WPM: P_i = prod_j r_ij^(+-w_j); values from [0,1] normalisations are floored at 0.01 so
 *    that one zero does not veto (a documented choice), raw values must be positive;
 *  - TOPSIS: v_ij = w_j r_ij; ideal and anti-ideal per column by direction (the best and
 *    worst v among the rows; on an absolute scale the best and worst possible, w_j and 0,
 *    so that no other alternative can move them: no rank reversal); closeness
 *    D-/(D+ + D-) with Euclidean distances (Hwang & Yoon 1981); 0.5 when D+ = D- = 0.
 *  Errors: WPM on a raw value <= 0. */
std::variant<std::vector<double>, RankingError> aggregate(const DecisionMatrix& matrix,
                                                          const std::vector<double>& weights, Method method);

/** Building blocks of `aggregate`, shared with the cached re-ranking (rankingengine.h)
 *  so that both give the same scores bit for bit. */
/** Whether every column is a benefit column and every r_ij lies in [0, 1] (WPM then
 *  floors values at 0.01 instead of rejecting values <= 0). */
bool isUnitInterval(const DecisionMatrix& matrix);
/** ln r for WPM: of max(r, 0.01) when `unitInterval`, else of r (which must be > 0). */
double productLogOf(double r, bool unitInterval);
/** One WPM term: +-w_j * ln r_ij (minus for a cost column under vector/none). */
double productTerm(char benefit, double weight, double logValue);
/** One WSM score: sum_j (+-1) w_j r_j over the `benefit.size()` values of `row`, in
 *  column order from 0. */
double weightedSumRow(const double* row, const std::vector<char>& benefit, const std::vector<double>& weights);
/** WSM scores: S_i = sum_j (+-1) w_j r_ij, summed in column order from 0. */
std::vector<double> weightedSumScores(const DecisionMatrix& matrix, const std::vector<double>& weights);
/** TOPSIS closeness per row, as described at `aggregate`. */
std::vector<double> topsisScores(const DecisionMatrix& matrix, const std::vector<double>& weights);

} // namespace ms
