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

/** The score whose descendingKey is `key` (+0 for a zero). */
double scoreOfKey(std::uint64_t key)
{
    std::uint64_t bits = ~key;
    bits = (bits >> 63) != 0 ? bits & ~(std::uint64_t{1} << 63) : ~bits;
    double score = 0.0;
    std::memcpy(&score, &bits, sizeof score);
    return score;
}

/** weightedSumRow with the signs folded into the weights: the same products, added in
 *  the same order. */
inline double signedWeightedSum(const double* signedWeights, const double* row, std::size_t columns)
{
    double s = 0.0;
    for (std::size_t j = 0; j < columns; ++j)
        s += signedWeights[j] * row[j];
    return s;
}

/** Stable sort by ascending key: an LSD radix sort of the top 33 bits (3 passes of 11
 *  bits), then an insertion pass for the rare neighbours that share those bits but not
 *  the rest (stable too, so equal keys keep index order). `keys`/`order` hold the keys
 *  and their included-row indices and are permuted together (`keyBuffer`/`orderBuffer`:
 *  scratch of the same size); `histograms` (3 x 2048) were counted by the caller in its
 *  pass over the keys. A pass in which every key has the same digit is skipped. */
constexpr int kRadixBits = 11;
constexpr std::uint32_t kRadixSize = 1u << kRadixBits;
constexpr int kRadixPasses = 3;
constexpr int kRadixLowShift = 64 - kRadixPasses * kRadixBits; // 31: bits below are left to the insertion pass

inline void countDigits(std::uint32_t* histograms, std::uint64_t key)
{
    ++histograms[(key >> kRadixLowShift) & (kRadixSize - 1)];
    ++histograms[kRadixSize + ((key >> (kRadixLowShift + kRadixBits)) & (kRadixSize - 1))];
    ++histograms[2 * kRadixSize + ((key >> (kRadixLowShift + 2 * kRadixBits)) & (kRadixSize - 1))];
}

void radixSort(std::vector<std::uint64_t>& keys, std::vector<std::uint32_t>& order,
               std::vector<std::uint64_t>& keyBuffer, std::vector<std::uint32_t>& orderBuffer,
               std::vector<std::uint32_t>& histograms)
{
    const std::size_t n = order.size();
    if (n < 2)
        return;
    for (int pass = 0; pass < kRadixPasses; ++pass) {
        std::uint32_t* count = histograms.data() + static_cast<std::size_t>(pass) * kRadixSize;
        const int shift = kRadixLowShift + pass * kRadixBits;
        if (count[(keys[0] >> shift) & (kRadixSize - 1)] == n)
            continue; // one digit for all
        std::uint32_t sum = 0;
        for (std::uint32_t d = 0; d < kRadixSize; ++d) {
            const std::uint32_t here = count[d];
            count[d] = sum;
            sum += here;
        }
        const std::uint64_t* k = keys.data();
        const std::uint32_t* o = order.data();
        std::uint64_t* kb = keyBuffer.data();
        std::uint32_t* ob = orderBuffer.data();
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t at = count[(k[i] >> shift) & (kRadixSize - 1)]++;
            kb[at] = k[i];
            ob[at] = o[i];
        }
        keys.swap(keyBuffer);
        order.swap(orderBuffer);
    }
    // The low 31 bits: neighbours with the same top bits, in insertion order.
    // Beyond a budget of moves (many scores closer than 2^-21 or so), the rest is sorted
    // by (key, row) at once: the same order, as equal keys are in row order.
    std::uint64_t* k = keys.data();
    std::uint32_t* o = order.data();
    std::size_t moves = 0;
    const std::size_t budget = 8 * n + 64;
    for (std::size_t i = 1; i < n; ++i) {
        if (k[i] >= k[i - 1])
            continue;
        const std::uint64_t key = k[i];
        const std::uint32_t row = o[i];
        std::size_t j = i;
        for (; j > 0 && k[j - 1] > key; --j) {
            k[j] = k[j - 1];
            o[j] = o[j - 1];
        }
        k[j] = key;
        o[j] = row;
        moves += i - j;
        if (moves > budget) {
            std::vector<std::pair<std::uint64_t, std::uint32_t>> pairs(n);
            for (std::size_t p = 0; p < n; ++p)
                pairs[p] = {k[p], o[p]};
            std::sort(pairs.begin(), pairs.end());
            for (std::size_t p = 0; p < n; ++p) {
                k[p] = pairs[p].first;
                o[p] = pairs[p].second;
            }
            return;
        }
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
    const std::size_t columns = m_worst.columns;
    // (benefit ? 1 : -1) * w, as weightedSumRow multiplies it first: exact, same rounding.
    m_signedWeights.resize(columns);
    for (std::size_t j = 0; j < columns; ++j)
        m_signedWeights[j] = (m_worst.benefit[j] ? 1.0 : -1.0) * m_weights[j];
    // Row-wise methods (WSM; WPM over cached logarithms) score each row on its own, so
    // the fill the policy does not pick is computed only for the rows asked for.
    const bool rowWise = m_scenario.method == Method::WeightedSum
        || (m_scenario.method == Method::WeightedProduct && m_logsValid);
    m_lazySide = LazyNone;
    if (rowWise && m_anyMissing && m_scenario.missing != MissingPolicy::Midpoint)
        m_lazySide = m_scenario.missing == MissingPolicy::Pessimistic ? LazyHigh : LazyLow;
    const bool needLow = m_lazySide != LazyLow;
    const bool needHigh = m_anyMissing && m_lazySide != LazyHigh;
    // Buffers are kept between calls (no allocation on a slider step); an unneeded side
    // keeps stale values that are never read (lowOf/highOf compute it per row).
    m_score.resize(n);
    m_keys.resize(n);
    m_order.resize(n);
    m_histograms.assign(static_cast<std::size_t>(kRadixPasses) * kRadixSize, 0u);
    bool allNumbers = true;
    // One pass per row: the score(s), the policy's pick, the sort key and its digits.
    auto finishRow = [&](std::size_t r, double score) {
        m_score[r] = score;
        m_order[r] = static_cast<std::uint32_t>(r);
        if (std::isnan(score)) {
            allNumbers = false;
            return;
        }
        const std::uint64_t key = descendingKey(score);
        m_keys[r] = key;
        countDigits(m_histograms.data(), key);
    };
    if (rowWise) {
        if (needLow)
            m_low.resize(n);
        if (needHigh)
            m_high.resize(n);
        const bool wsm = m_scenario.method == Method::WeightedSum;
        const double* sw = m_signedWeights.data();
        const double* worstValues = m_worst.values.data();
        const double* bestValues = m_best.values.data();
        std::size_t r = 0;
        if (wsm) {
            // Four rows at a time: four independent sums (each row's own terms still added
            // in column order, so every score is weightedSumRow's, bit for bit), which
            // hides the latency of the additions.
            const auto pick = [&](double low, double high) {
                return m_lazySide == LazyHigh ? low
                     : m_lazySide == LazyLow  ? high
                     : pickScore(m_scenario.missing, low, m_anyMissing ? high : low);
            };
            auto block = [&](const double* values, std::size_t r0, double out[4]) {
                const double* a = values + r0 * columns;
                const double* b = a + columns;
                const double* c = b + columns;
                const double* d = c + columns;
                double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
                for (std::size_t j = 0; j < columns; ++j) {
                    const double wj = sw[j];
                    s0 += wj * a[j];
                    s1 += wj * b[j];
                    s2 += wj * c[j];
                    s3 += wj * d[j];
                }
                out[0] = s0;
                out[1] = s1;
                out[2] = s2;
                out[3] = s3;
            };
            for (; r + 4 <= n; r += 4) {
                double low[4] = {}, high[4] = {};
                if (needLow)
                    block(worstValues, r, low);
                if (needHigh)
                    block(bestValues, r, high);
                for (std::size_t q = 0; q < 4; ++q) {
                    if (needLow)
                        m_low[r + q] = low[q];
                    if (needHigh)
                        m_high[r + q] = high[q];
                    finishRow(r + q, pick(low[q], high[q]));
                }
            }
        }
        for (; r < n; ++r) {
            double low = 0.0, high = 0.0;
            if (wsm) {
                // weightedSumRow, term by term in the same order.
                if (needLow)
                    low = signedWeightedSum(sw, worstValues + r * columns, columns);
                if (needHigh)
                    high = signedWeightedSum(sw, bestValues + r * columns, columns);
            } else {
                if (needLow)
                    low = rowScore(true, r);
                if (needHigh)
                    high = rowScore(false, r);
            }
            if (needLow)
                m_low[r] = low;
            if (needHigh)
                m_high[r] = high;
            // Without unknown facts the two fills are one matrix: low == high.
            finishRow(r, m_lazySide == LazyHigh ? low
                       : m_lazySide == LazyLow  ? high
                       : pickScore(m_scenario.missing, low, m_anyMissing ? high : low));
        }
    } else {
        if (needLow) {
            auto low = aggregate(m_worst, m_weights, m_scenario.method);
            if (auto* e = std::get_if<RankingError>(&low))
                return *e;
            m_low = std::get<std::vector<double>>(std::move(low));
        }
        if (needHigh) {
            auto high = aggregate(m_best, m_weights, m_scenario.method);
            if (auto* e = std::get_if<RankingError>(&high))
                return *e;
            m_high = std::get<std::vector<double>>(std::move(high));
        }
        for (std::size_t r = 0; r < n; ++r)
            finishRow(r, pickScore(m_scenario.missing, m_low[r], m_anyMissing ? m_high[r] : m_low[r]));
    }

    // Order: by score, best first, ties in catalog order (= included order) — what the
    // reference's stable_sort gives.
    if (allNumbers) {
        m_keyBuffer.resize(n);
        m_orderBuffer.resize(n);
        radixSort(m_keys, m_order, m_keyBuffer, m_orderBuffer, m_histograms);
    } else {
        std::stable_sort(m_order.begin(), m_order.end(),
                         [this](std::uint32_t a, std::uint32_t b) { return m_score[a] > m_score[b]; });
    }
    // Scores within the tolerance: one rank, catalog order (as ranking.cpp), in one
    // pass: each run of neighbours within the tolerance (found in sorted order) is put
    // in catalog order, then its ranks and ties are read off the final order, exactly as
    // the reference's separate passes do (the rows before the run are final by then).
    // The scores in sorted order come from the sorted keys (sequential reads), or from
    // m_score when NaN scores were sorted by stable_sort.
    auto sortedScore = [&](std::size_t p) { return allNumbers ? scoreOfKey(m_keys[p]) : m_score[m_order[p]]; };
    m_rank.resize(n);
    m_ties.clear();
    m_positionOfRow.resize(n);
    double before = 0.0; // the final score at position start - 1
    for (std::size_t start = 0; start < n;) {
        std::size_t end = start + 1;
        double previous = sortedScore(start);
        double here = 0.0;
        while (end < n) {
            here = sortedScore(end);
            if (!(std::abs(here - previous) <= kTieTolerance))
                break;
            previous = here;
            ++end;
        }
        if (end - start > 1) {
            // Rare: a run within the tolerance goes to catalog order, its keys with it.
            std::vector<std::pair<std::uint32_t, std::uint64_t>> run;
            run.reserve(end - start);
            for (std::size_t p = start; p < end; ++p)
                run.emplace_back(m_order[p], allNumbers ? m_keys[p] : 0);
            std::sort(run.begin(), run.end());
            for (std::size_t p = start; p < end; ++p) {
                m_order[p] = run[p - start].first;
                if (allNumbers)
                    m_keys[p] = run[p - start].second;
            }
        }
        for (std::size_t r = start; r < end; ++r) {
            const double score = end - start > 1 ? sortedScore(r) : previous;
            m_positionOfRow[m_order[r]] = static_cast<std::uint32_t>(r);
            if (r > 0 && std::abs(score - before) <= kTieTolerance) {
                m_rank[r] = m_rank[r - 1];
                if (m_ties.empty() || m_ties.back().back() != r - 1)
                    m_ties.push_back({r - 1});
                m_ties.back().push_back(r);
            } else {
                m_rank[r] = static_cast<int>(r) + 1;
            }
            before = score;
        }
        start = end;
    }

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
    if (m_scenario.method == Method::WeightedSum) {
        // weightedSumRow with the signs folded into the weights (the same products).
        return signedWeightedSum(m_signedWeights.data(), m.values.data() + r * m.columns, m.columns);
    }
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
