// SPDX-License-Identifier: MIT
#include "core/decision/rankingengine.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>

#include "core/decision/constraints.h"

namespace ms {

namespace {

/** The reference's tie tolerance (ranking.cpp). */
constexpr double kTieTolerance = 1e-12;
constexpr double kInf = std::numeric_limits<double>::infinity();

double pickScore(MissingPolicy policy, double low, double high)
{
    switch (policy) {
    case MissingPolicy::Pessimistic: return low;
    case MissingPolicy::Optimistic: return high;
    case MissingPolicy::Midpoint: return 0.5 * (low + high);
    }
    return low;
}

double policyShare(MissingPolicy policy)
{
    return policy == MissingPolicy::Pessimistic ? 0.0 : policy == MissingPolicy::Optimistic ? 1.0 : 0.5;
}

/** A key whose unsigned order is the descending order of `score` (finite or infinite,
 *  not NaN); -0 and +0 get the same key, as `a > b` sees them. */
std::uint64_t descendingKey(double score)
{
    score += 0.0; // -0 -> +0
    std::uint64_t bits = 0;
    std::memcpy(&bits, &score, sizeof bits);
    bits = (bits >> 63) != 0 ? ~bits : bits | (std::uint64_t{1} << 63); // ascending order
    return ~bits;
}

/** Stable LSD radix sort of `order` (values index `keys`) by ascending key, 16 bits a
 *  pass, skipping the passes in which every key has the same digit. */
void radixSort(std::vector<std::uint32_t>& order, const std::vector<std::uint64_t>& keys)
{
    const std::size_t n = order.size();
    std::vector<std::uint32_t> buffer(n);
    std::vector<std::uint32_t> count(1u << 16);
    for (int shift = 0; shift < 64; shift += 16) {
        std::fill(count.begin(), count.end(), 0u);
        for (const std::uint32_t r : order)
            ++count[(keys[r] >> shift) & 0xFFFFu];
        if (n > 0 && count[(keys[order[0]] >> shift) & 0xFFFFu] == n)
            continue; // one digit for all
        std::uint32_t sum = 0;
        for (std::uint32_t& c : count) {
            const std::uint32_t here = c;
            c = sum;
            sum += here;
        }
        for (const std::uint32_t r : order)
            buffer[count[(keys[r] >> shift) & 0xFFFFu]++] = r;
        order.swap(buffer);
    }
}

} // namespace

std::optional<RankingError> RankingEngine::prepare(const Catalog& catalog, const Scenario& scenario)
{
    m_prepared = false;
    m_ranked = false;
    m_catalog = &catalog;
    m_scenario = scenario;
    m_scenario.weights.clear();
    m_scenario.profile.clear();
    m_scenario.usage.reset();
    m_included.clear();
    m_excluded.clear();
    m_logsValid = false;
    m_logsWorst.clear();
    m_logsBest.clear();
    m_domValid = false;

    // 1. Constraints, exactly as rankAlternatives applies them.
    std::vector<const Criterion*> constrained;
    for (const Constraint& c : scenario.constraints) {
        const Criterion* criterion = catalog.criterion(c.criterionId);
        if (!criterion)
            return RankingError{"constraint \"" + c.toString() + "\": \"" + c.criterionId + "\" is not a criterion of this catalog"};
        constrained.push_back(criterion);
    }
    for (std::size_t i = 0; i < catalog.alternatives.size(); ++i) {
        const Alternative& alt = catalog.alternatives[i];
        bool excluded = false;
        for (std::size_t k = 0; k < scenario.constraints.size() && !excluded; ++k) {
            if (auto reason = violation(scenario.constraints[k], *constrained[k], alt.fact(constrained[k]->id))) {
                m_excluded.push_back({i, k, std::move(*reason)});
                excluded = true;
            }
        }
        if (!excluded)
            m_included.push_back(i);
    }

    // 2. The two normalised matrices (weight-independent).
    auto worst = buildDecisionMatrix(catalog, m_included, scenario.normalisation, MissingFill::Worst);
    if (auto* e = std::get_if<RankingError>(&worst))
        return *e;
    auto best = buildDecisionMatrix(catalog, m_included, scenario.normalisation, MissingFill::Best);
    if (auto* e = std::get_if<RankingError>(&best))
        return *e;
    m_worst = std::get<DecisionMatrix>(std::move(worst));
    m_best = std::get<DecisionMatrix>(std::move(best));
    m_anyMissing = std::any_of(m_worst.missing.begin(), m_worst.missing.end(), [](char c) { return c != 0; });
    if (scenario.method == Method::WeightedProduct)
        computeLogs();
    m_prepared = true;
    return std::nullopt;
}

void RankingEngine::computeLogs()
{
    // Cached only when no value can make the product fail (the reference's error then
    // comes from `aggregate` itself, see rank()).
    auto fill = [](const DecisionMatrix& m, std::vector<double>& logs) {
        const bool unit = isUnitInterval(m);
        if (!unit && std::any_of(m.values.begin(), m.values.end(), [](double v) { return !(v > 0); }))
            return false;
        logs.resize(m.values.size());
        for (std::size_t k = 0; k < m.values.size(); ++k)
            logs[k] = productLogOf(m.values[k], unit);
        return true;
    };
    m_logsValid = fill(m_worst, m_logsWorst) && (!m_anyMissing || fill(m_best, m_logsBest));
}

bool RankingEngine::isPreparedFor(const Catalog& catalog, const Scenario& scenario) const
{
    return m_prepared && m_catalog == &catalog && m_scenario.method == scenario.method
        && m_scenario.normalisation == scenario.normalisation && m_scenario.missing == scenario.missing
        && m_scenario.constraints == scenario.constraints;
}

std::optional<RankingError> RankingEngine::rank(const Weights& weights)
{
    m_ranked = false;
    if (!m_prepared)
        return RankingError{"the ranking engine is not prepared"};
    auto normalised = normaliseWeights(*m_catalog, weights);
    if (auto* e = std::get_if<RankingError>(&normalised))
        return *e;
    std::vector<double> w = std::get<std::vector<double>>(std::move(normalised));

    // Scores: the same functions as `aggregate`, over the cached matrices.
    const std::size_t n = m_included.size();
    m_weights = std::move(w);
    // Row-wise methods (WSM; WPM over cached logarithms) score each row on its own, so
    // the fill the policy does not pick is computed only for the rows asked for.
    const bool rowWise = m_scenario.method == Method::WeightedSum
        || (m_scenario.method == Method::WeightedProduct && m_logsValid);
    m_lazySide = LazyNone;
    if (rowWise && m_anyMissing && m_scenario.missing != MissingPolicy::Midpoint)
        m_lazySide = m_scenario.missing == MissingPolicy::Pessimistic ? LazyHigh : LazyLow;
    auto scoresOf = [&](bool worst) -> std::variant<std::vector<double>, RankingError> {
        if (!rowWise)
            return aggregate(worst ? m_worst : m_best, m_weights, m_scenario.method);
        std::vector<double> scores(n);
        for (std::size_t i = 0; i < n; ++i)
            scores[i] = rowScore(worst, i);
        return scores;
    };
    m_low.clear();
    m_high.clear();
    if (m_lazySide != LazyLow) {
        auto low = scoresOf(true);
        if (auto* e = std::get_if<RankingError>(&low))
            return *e;
        m_low = std::get<std::vector<double>>(std::move(low));
    }
    if (m_anyMissing && m_lazySide != LazyHigh) {
        auto high = scoresOf(false);
        if (auto* e = std::get_if<RankingError>(&high))
            return *e;
        m_high = std::get<std::vector<double>>(std::move(high));
    }
    m_score.resize(n);
    bool allNumbers = true;
    for (std::size_t r = 0; r < n; ++r) {
        // Without unknown facts the two fills are one matrix: low == high.
        m_score[r] = m_lazySide == LazyHigh ? m_low[r]
                   : m_lazySide == LazyLow  ? m_high[r]
                   : pickScore(m_scenario.missing, m_low[r], m_anyMissing ? m_high[r] : m_low[r]);
        allNumbers = allNumbers && !std::isnan(m_score[r]);
    }

    // Order: by score, best first, ties in catalog order (= included order) — what the
    // reference's stable_sort gives.
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), 0u);
    if (allNumbers) {
        std::vector<std::uint64_t> keys(n);
        for (std::size_t r = 0; r < n; ++r)
            keys[r] = descendingKey(m_score[r]);
        radixSort(m_order, keys);
    } else {
        std::stable_sort(m_order.begin(), m_order.end(),
                         [this](std::uint32_t a, std::uint32_t b) { return m_score[a] > m_score[b]; });
    }
    // Scores within the tolerance: one rank, catalog order (as ranking.cpp).
    for (std::size_t start = 0; start < n;) {
        std::size_t end = start + 1;
        while (end < n && std::abs(m_score[m_order[end]] - m_score[m_order[end - 1]]) <= kTieTolerance)
            ++end;
        if (end - start > 1)
            std::sort(m_order.begin() + static_cast<std::ptrdiff_t>(start), m_order.begin() + static_cast<std::ptrdiff_t>(end));
        start = end;
    }
    m_rank.assign(n, 0);
    m_ties.clear();
    for (std::size_t r = 0; r < n; ++r) {
        if (r > 0 && std::abs(m_score[m_order[r]] - m_score[m_order[r - 1]]) <= kTieTolerance) {
            m_rank[r] = m_rank[r - 1];
            if (m_ties.empty() || m_ties.back().back() != r - 1)
                m_ties.push_back({r - 1});
            m_ties.back().push_back(r);
        } else {
            m_rank[r] = static_cast<int>(r) + 1;
        }
    }
    m_positionOfRow.resize(n);
    for (std::size_t p = 0; p < n; ++p)
        m_positionOfRow[m_order[p]] = static_cast<std::uint32_t>(p);

    // Dominance: the dominated set depends only on which criteria are weighted.
    std::vector<char> mask(m_weights.size());
    for (std::size_t j = 0; j < m_weights.size(); ++j)
        mask[j] = m_weights[j] > 0 ? 1 : 0;
    if (!m_domValid || mask != m_domMask) {
        m_domMask = mask;
        m_domValid = false;
    }
    m_dominator.assign(n, -2);
    m_ranked = true;
    return std::nullopt;
}

std::optional<std::size_t> RankingEngine::positionOf(std::size_t alternativeIndex) const
{
    if (!m_ranked)
        return std::nullopt;
    const auto it = std::lower_bound(m_included.begin(), m_included.end(), alternativeIndex);
    if (it == m_included.end() || *it != alternativeIndex)
        return std::nullopt;
    return m_positionOfRow[static_cast<std::size_t>(it - m_included.begin())];
}

double RankingEngine::rowScore(bool worst, std::size_t r) const
{
    const DecisionMatrix& m = worst ? m_worst : m_best;
    if (m_scenario.method == Method::WeightedSum)
        return weightedSumRow(m.values.data() + r * m.columns, m.benefit, m_weights);
    // WPM over the cached logarithms: aggregate's sum, term by term.
    const double* logs = (worst ? m_logsWorst : m_logsBest).data() + r * m.columns;
    double logSum = 0.0;
    for (std::size_t j = 0; j < m.columns; ++j) {
        if (m_weights[j] == 0.0)
            continue;
        logSum += productTerm(m.benefit[j], m_weights[j], logs[j]);
    }
    return std::exp(logSum);
}

double RankingEngine::lowOf(std::size_t r) const
{
    return m_lazySide == LazyLow ? rowScore(true, r) : m_low[r];
}

double RankingEngine::highOf(std::size_t r) const
{
    if (!m_anyMissing)
        return lowOf(r);
    return m_lazySide == LazyHigh ? rowScore(false, r) : m_high[r];
}

double RankingEngine::scoreLowAt(std::size_t pos) const
{
    const std::uint32_t r = m_order[pos];
    return std::min(lowOf(r), highOf(r));
}

double RankingEngine::scoreHighAt(std::size_t pos) const
{
    const std::uint32_t r = m_order[pos];
    return std::max(lowOf(r), highOf(r));
}

double RankingEngine::coverageAt(std::size_t pos) const
{
    const std::size_t r = m_order[pos];
    double known = 0.0;
    for (std::size_t j = 0; j < m_worst.columns; ++j) {
        if (!m_worst.isMissing(r, j))
            known += m_weights[j];
    }
    return known;
}

RankedAlternative RankingEngine::summaryRow(std::size_t pos) const
{
    RankedAlternative row;
    const std::uint32_t r = m_order[pos];
    row.alternativeIndex = m_included[r];
    row.rank = m_rank[pos];
    row.score = m_score[r];
    const double low = lowOf(r), high = highOf(r);
    row.scoreLow = std::min(low, high);
    row.scoreHigh = std::max(low, high);
    row.coverage = coverageAt(pos);
    return row;
}

void RankingEngine::fillContributions(std::size_t pos, RankedAlternative& row) const
{
    // As rankAlternatives: the utility under the policy, signed by the column's direction.
    const std::size_t r = m_order[pos];
    const double t = policyShare(m_scenario.missing);
    row.contributions.clear();
    row.contributions.reserve(m_worst.columns);
    for (std::size_t j = 0; j < m_worst.columns; ++j) {
        Contribution c;
        c.criterionId = m_catalog->criteria[j].id;
        c.weight = m_weights[j];
        c.missing = m_worst.isMissing(r, j);
        c.utility = (1.0 - t) * m_worst.at(r, j) + t * m_best.at(r, j);
        c.contribution = (m_worst.benefit[j] ? 1.0 : -1.0) * c.weight * c.utility;
        row.contributions.push_back(std::move(c));
    }
}

double RankingEngine::contributionAt(std::size_t pos, std::size_t j) const
{
    const std::size_t r = m_order[pos];
    const double t = policyShare(m_scenario.missing);
    const double utility = (1.0 - t) * m_worst.at(r, j) + t * m_best.at(r, j);
    return (m_worst.benefit[j] ? 1.0 : -1.0) * m_weights[j] * utility;
}

RankedAlternative RankingEngine::row(std::size_t pos) const
{
    RankedAlternative row = summaryRow(pos);
    fillContributions(pos, row);
    row.dominatedBy = dominatedBy(pos);
    return row;
}

void RankingEngine::prepareDominance() const
{
    if (m_domValid)
        return;
    const std::size_t n = m_included.size();
    m_domUsed.clear();
    for (std::size_t j = 0; j < m_domMask.size(); ++j)
        if (m_domMask[j])
            m_domUsed.push_back(j);
    const std::size_t k = m_domUsed.size();
    m_spanWorst.assign(n * k, 0.0);
    m_spanBest.assign(n * k, 0.0);
    // Oriented spans as in ranking.cpp: higher is better; an unknown fact spans everything.
    for (std::size_t c = 0; c < k; ++c) {
        const Criterion& criterion = m_catalog->criteria[m_domUsed[c]];
        for (std::size_t r = 0; r < n; ++r) {
            const Fact* fact = m_catalog->alternatives[m_included[r]].fact(criterion.id);
            const auto x = fact ? rawValue(criterion, fact->value) : std::nullopt;
            double worst = -kInf, best = kInf;
            if (x) {
                worst = best = criterion.direction == Direction::Cost ? -*x : *x;
            }
            m_spanWorst[r * k + c] = worst;
            m_spanBest[r * k + c] = best;
        }
    }
    m_dominated.assign(n, -1);
    m_domValid = true;
}

bool RankingEngine::dominates(std::size_t a, std::size_t b) const
{
    const std::size_t k = m_domUsed.size();
    const double* aw = m_spanWorst.data() + a * k;
    const double* bb = m_spanBest.data() + b * k;
    bool strictly = false;
    for (std::size_t c = 0; c < k; ++c) {
        if (!(aw[c] >= bb[c]))
            return false;
        strictly = strictly || aw[c] > bb[c];
    }
    return strictly;
}

bool RankingEngine::isDominated(std::size_t r) const
{
    prepareDominance();
    if (m_dominated[r] >= 0)
        return m_dominated[r] == 1;
    const std::size_t n = m_included.size();
    bool dominated = false;
    if (n >= 2 && !m_domUsed.empty()) {
        // Any dominator will do; in rank order they tend to come first.
        for (std::size_t p = 0; p < n && !dominated; ++p)
            dominated = m_order[p] != r && dominates(m_order[p], r);
    }
    m_dominated[r] = dominated ? 1 : 0;
    return dominated;
}

std::optional<std::size_t> RankingEngine::dominatedBy(std::size_t pos) const
{
    if (!m_ranked || pos >= m_order.size())
        return std::nullopt;
    if (m_dominator[pos] == -2) {
        // The reference's sort-filter skyline names, of the non-dominated alternatives
        // that dominate this one, the best-ranked: every dominator precedes it in the
        // skyline's order, and its front holds the non-dominated ones in rank order.
        const std::size_t b = m_order[pos];
        std::int64_t found = -1;
        if (isDominated(b)) {
            for (std::size_t p = 0; p < m_order.size(); ++p) {
                const std::size_t a = m_order[p];
                if (a != b && dominates(a, b) && !isDominated(a)) {
                    found = static_cast<std::int64_t>(m_included[a]);
                    break;
                }
            }
        }
        m_dominator[pos] = found;
    }
    if (m_dominator[pos] < 0)
        return std::nullopt;
    return static_cast<std::size_t>(m_dominator[pos]);
}

Ranking RankingEngine::toRanking() const
{
    Ranking ranking;
    if (!m_ranked)
        return ranking;
    ranking.normalisedWeights = m_weights;
    ranking.ties = m_ties;
    ranking.excluded = m_excluded;
    ranking.constraints = m_scenario.constraints;
    ranking.method = m_scenario.method;
    ranking.normalisation = m_scenario.normalisation;
    ranking.missing = m_scenario.missing;
    ranking.rows.reserve(m_order.size());
    for (std::size_t p = 0; p < m_order.size(); ++p) {
        RankedAlternative row = summaryRow(p);
        fillContributions(p, row);
        ranking.rows.push_back(std::move(row));
    }
    // The whole front at once (the reference's skyline), not row by row.
    markParetoDominance(*m_catalog, m_weights, ranking.rows);
    return ranking;
}

} // namespace ms
