// SPDX-License-Identifier: MIT
#include "core/decision/decisionmatrix.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/decision/normalisation.h"
#include "core/util/text.h"

namespace ms {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/** WPM floor for values normalised onto [0, 1]: a zero would make the product 0 whatever
 *  the other criteria say. */
constexpr double kProductFloor = 0.01;

/** The raw value an unknown fact takes: the worst or best end of the criterion. */
double fillValue(const Criterion& c, MissingFill fill)
{
    const bool wantHigh = (fill == MissingFill::Best) == (c.direction == Direction::Benefit);
    switch (c.type) {
    case CriterionType::Numeric:
        return wantHigh ? c.upper : c.lower;
    case CriterionType::Boolean:
        return wantHigh ? 1.0 : 0.0;
    case CriterionType::Ordinal:
        return wantHigh ? static_cast<double>(c.levels.size()) : 1.0;
    }
    return 0.0;
}

std::string criterionName(const Criterion& c) { return "\"" + c.id + "\""; }

} // namespace

std::optional<double> rawValue(const Criterion& criterion, const FactValue& value)
{
    switch (criterion.type) {
    case CriterionType::Numeric:
        if (value.kind == FactValue::Kind::Number && std::isfinite(value.number))
            return value.number;
        if (value.kind == FactValue::Kind::Unlimited && criterion.allowUnlimited)
            return kInfinity;
        return std::nullopt;
    case CriterionType::Boolean:
        if (value.kind == FactValue::Kind::Boolean)
            return value.boolean ? 1.0 : 0.0;
        return std::nullopt;
    case CriterionType::Ordinal: {
        if (value.kind != FactValue::Kind::Text)
            return std::nullopt;
        const auto it = std::find(criterion.levels.begin(), criterion.levels.end(), value.text);
        if (it == criterion.levels.end())
            return std::nullopt;
        return static_cast<double>(it - criterion.levels.begin()) + 1.0;
    }
    }
    return std::nullopt;
}

std::variant<DecisionMatrix, RankingError> buildDecisionMatrix(const Catalog& catalog,
                                                               const std::vector<std::size_t>& rows,
                                                               Normalisation normalisation, MissingFill fill)
{
    DecisionMatrix m;
    m.rows = rows;
    m.columns = catalog.criteria.size();
    m.values.assign(rows.size() * m.columns, 0.0);
    m.missing.assign(rows.size() * m.columns, 0);
    m.benefit.assign(m.columns, 1);
    m.absoluteScale = normalisation == Normalisation::FixedBounds;

    std::vector<double> column(rows.size());
    for (std::size_t j = 0; j < m.columns; ++j) {
        const Criterion& c = catalog.criteria[j];
        const bool cost = c.direction == Direction::Cost;

        if (normalisation == Normalisation::FixedBounds) {
            for (std::size_t i = 0; i < rows.size(); ++i) {
                const Fact* f = catalog.alternatives[rows[i]].fact(c.id);
                auto u = f ? normaliseFixedBounds(c, f->value) : std::nullopt;
                if (!u) {
                    m.missing[i * m.columns + j] = 1;
                    u = fill == MissingFill::Best ? 1.0 : 0.0;
                }
                m.values[i * m.columns + j] = *u;
            }
            continue;
        }

        // Raw values; unknown cells take the fill bound; "unlimited" the column's ceiling.
        double largestKnown = -kInfinity;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const Fact* f = catalog.alternatives[rows[i]].fact(c.id);
            auto x = f ? rawValue(c, f->value) : std::nullopt;
            if (!x) {
                m.missing[i * m.columns + j] = 1;
                x = fillValue(c, fill);
            }
            column[i] = *x;
            if (std::isfinite(*x))
                largestKnown = std::max(largestKnown, *x);
        }
        const double ceiling = std::max(c.type == CriterionType::Numeric ? c.upper : largestKnown, largestKnown);
        for (double& x : column) {
            if (std::isinf(x))
                x = ceiling;
        }

        const auto [lo, hi] = std::minmax_element(column.begin(), column.end());
        const double min = rows.empty() ? 0.0 : *lo;
        const double max = rows.empty() ? 0.0 : *hi;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const double x = column[i];
            double r = x;
            switch (normalisation) {
            case Normalisation::FixedBounds:
                break; // handled above
            case Normalisation::MinMax:
                r = max > min ? (cost ? (max - x) / (max - min) : (x - min) / (max - min)) : 1.0;
                break;
            case Normalisation::Max:
                // cost: 1 - x/max, which stays defined when the best value is 0
                r = max > 0 ? (cost ? 1.0 - x / max : x / max) : 1.0;
                break;
            case Normalisation::Sum: {
                if (cost) {
                    double sumInverse = 0.0;
                    for (const double y : column) {
                        if (!(y > 0))
                            return RankingError{"sum normalisation of the cost criterion " + criterionName(c)
                                                + " needs values above 0 (it uses 1/x); choose fixed bounds or min-max"};
                        sumInverse += 1.0 / y;
                    }
                    r = (1.0 / x) / sumInverse;
                } else {
                    double sum = 0.0;
                    for (const double y : column)
                        sum += y;
                    r = sum > 0 ? x / sum : 1.0 / static_cast<double>(rows.size());
                }
                break;
            }
            case Normalisation::Vector: {
                double sumSquares = 0.0;
                for (const double y : column)
                    sumSquares += y * y;
                r = sumSquares > 0 ? x / std::sqrt(sumSquares) : 0.0;
                m.benefit[j] = cost ? 0 : 1;
                break;
            }
            case Normalisation::None:
                m.benefit[j] = cost ? 0 : 1;
                break;
            }
            m.values[i * m.columns + j] = r;
        }
    }
    return m;
}

bool isUnitInterval(const DecisionMatrix& m)
{
    return std::all_of(m.benefit.begin(), m.benefit.end(), [](char b) { return b != 0; })
        && std::all_of(m.values.begin(), m.values.end(), [](double v) { return v >= 0.0 && v <= 1.0; });
}

double productLogOf(double r, bool unitInterval)
{
    return std::log(unitInterval ? std::max(r, kProductFloor) : r);
}

double productTerm(char benefit, double weight, double logValue)
{
    return (benefit ? 1.0 : -1.0) * weight * logValue;
}

double weightedSumRow(const double* row, const std::vector<char>& benefit, const std::vector<double>& w)
{
    double s = 0.0;
    for (std::size_t j = 0; j < benefit.size(); ++j)
        s += (benefit[j] ? 1.0 : -1.0) * w[j] * row[j];
    return s;
}

std::vector<double> weightedSumScores(const DecisionMatrix& m, const std::vector<double>& w)
{
    const std::size_t n = m.rows.size();
    std::vector<double> scores(n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        scores[i] = weightedSumRow(m.values.data() + i * m.columns, m.benefit, w);
    return scores;
}

std::vector<double> topsisScores(const DecisionMatrix& m, const std::vector<double>& w)
{
    const std::size_t n = m.rows.size();
    std::vector<double> scores(n, 0.0);
    std::vector<double> ideal(m.columns), antiIdeal(m.columns);
    for (std::size_t j = 0; j < m.columns; ++j) {
        double lo = kInfinity, hi = -kInfinity;
        for (std::size_t i = 0; i < n; ++i) {
            lo = std::min(lo, w[j] * m.at(i, j));
            hi = std::max(hi, w[j] * m.at(i, j));
        }
        ideal[j] = m.absoluteScale ? w[j] : m.benefit[j] ? hi : lo;
        antiIdeal[j] = m.absoluteScale ? 0.0 : m.benefit[j] ? lo : hi;
    }
    for (std::size_t i = 0; i < n; ++i) {
        double dPlus = 0.0, dMinus = 0.0;
        for (std::size_t j = 0; j < m.columns; ++j) {
            const double v = w[j] * m.at(i, j);
            dPlus += (v - ideal[j]) * (v - ideal[j]);
            dMinus += (v - antiIdeal[j]) * (v - antiIdeal[j]);
        }
        dPlus = std::sqrt(dPlus);
        dMinus = std::sqrt(dMinus);
        scores[i] = (dPlus + dMinus) > 0 ? dMinus / (dPlus + dMinus) : 0.5;
    }
    return scores;
}

std::variant<std::vector<double>, RankingError> aggregate(const DecisionMatrix& m, const std::vector<double>& w,
                                                          Method method)
{
    const std::size_t n = m.rows.size();
    switch (method) {
    case Method::WeightedSum:
        return weightedSumScores(m, w);
    case Method::WeightedProduct: {
        std::vector<double> scores(n, 0.0);
        const bool unitInterval = isUnitInterval(m);
        for (std::size_t i = 0; i < n; ++i) {
            double logSum = 0.0;
            for (std::size_t j = 0; j < m.columns; ++j) {
                if (w[j] == 0.0)
                    continue;
                const double r = m.at(i, j);
                if (!unitInterval && !(r > 0)) {
                    return RankingError{"the weighted product needs values above 0, and criterion "
                                        + std::to_string(j + 1) + " has " + formatFixed(r, 6)
                                        + "; choose fixed-bound or min-max normalisation"};
                }
                logSum += productTerm(m.benefit[j], w[j], productLogOf(r, unitInterval));
            }
            scores[i] = std::exp(logSum);
        }
        return scores;
    }
    case Method::Topsis:
        return topsisScores(m, w);
    }
    return std::vector<double>(n, 0.0);
}

} // namespace ms
