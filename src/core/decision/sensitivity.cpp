// SPDX-License-Identifier: MIT
#include "core/decision/sensitivity.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <random>

#include "core/decision/ranking.h"

namespace ms {

namespace {

/** The tie tolerance of rankAlternatives: scores this close are the same score. */
constexpr double kTieTolerance = 1e-12;

/** A closed interval of t in [0, 1]; empty when low > high. */
struct Range {
    double low = 0.0;
    double high = 1.0;
    [[nodiscard]] bool empty() const { return low > high; }
};

/** Restricts `range` to the t where D(t) = d0 + t (d1 - d0) >= 0, D being a score
 *  difference that is linear in t with D(0) = d0 and D(1) = d1. Ends within the ranking's
 *  tie tolerance count as 0: two alternatives tied at the current weight (exactly, but
 *  1e-16 apart after summation in different orders) must not make the interval collapse;
 *  snapping moves a crossing by at most 1e-12 / |d1 - d0|. */
void require(Range& range, double d0, double d1)
{
    if (std::abs(d0) <= kTieTolerance)
        d0 = 0.0;
    if (std::abs(d1) <= kTieTolerance)
        d1 = 0.0;
    if (d0 >= 0.0 && d1 >= 0.0)
        return;
    if (d0 < 0.0 && d1 < 0.0) {
        range = {1.0, 0.0};
        return;
    }
    // One end is negative, the other not: D crosses 0 once, at d0 / (d0 - d1) in [0, 1].
    const double cross = std::clamp(d0 / (d0 - d1), 0.0, 1.0);
    if (d0 < 0.0)
        range.low = std::max(range.low, cross);
    else
        range.high = std::min(range.high, cross);
}

/** Widens `range` to contain `w`: it is feasible by construction, and only rounding of the
 *  order of 1e-16 can put it a hair outside. */
Range containing(Range range, double w)
{
    if (range.empty())
        return {w, w};
    return {std::min(range.low, w), std::max(range.high, w)};
}

/** S_i(t) for one criterion k: the score at t = 0 and at t = 1 (linear in between). */
struct LinearScores {
    std::vector<double> atZero; ///< R_ik
    std::vector<double> atOne;  ///< a_ik
    bool equalSpread = false;
};

/** `a` is row-major n x m signed utilities, `w` the normalised weights (m >= 2). */
LinearScores linearScores(const std::vector<double>& a, std::size_t n, std::size_t m, const std::vector<double>& w,
                          std::size_t k)
{
    LinearScores s;
    s.atZero.assign(n, 0.0);
    s.atOne.assign(n, 0.0);
    double others = 0.0;
    for (std::size_t j = 0; j < m; ++j)
        if (j != k)
            others += w[j];
    // The sum of the other weights rather than 1 - w_k: equal in exact arithmetic, and it
    // stays right when w_k rounds to 1 while the others are tiny but not zero.
    s.equalSpread = !(others > 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        double r = 0.0;
        for (std::size_t j = 0; j < m; ++j) {
            if (j == k)
                continue;
            r += (s.equalSpread ? 1.0 / static_cast<double>(m - 1) : w[j] / others) * a[i * m + j];
        }
        s.atZero[i] = r;
        s.atOne[i] = a[i * m + k];
    }
    return s;
}

/** The t where row `p` scores at least as much as row `q`. */
void requireAbove(Range& range, const LinearScores& s, std::size_t p, std::size_t q)
{
    require(range, s.atZero[p] - s.atZero[q], s.atOne[p] - s.atOne[q]);
}

std::variant<SensitivityReport, RankingError> analyse(const Catalog& catalog, const Scenario& scenario,
                                                      const SensitivityOptions& options)
{
    // The current ranking: constraints, weight normalisation, order and tie rule in one place.
    auto ranked = rankAlternatives(catalog, scenario);
    if (auto* e = std::get_if<RankingError>(&ranked))
        return *e;
    const Ranking& ranking = std::get<Ranking>(ranked);
    const std::vector<double>& w = ranking.normalisedWeights;
    const std::size_t m = catalog.criteria.size();

    SensitivityReport report;
    report.method = scenario.method;
    report.seed = options.seed;

    std::vector<std::size_t> included;
    for (const RankedAlternative& row : ranking.rows)
        included.push_back(row.alternativeIndex);
    std::sort(included.begin(), included.end()); // matrix rows in catalog order, as rankAlternatives builds them
    const std::size_t n = included.size();
    std::vector<std::size_t> rowOf(catalog.alternatives.size(), 0);
    for (std::size_t r = 0; r < n; ++r)
        rowOf[included[r]] = r;
    for (std::size_t r = 0; r < std::min<std::size_t>(3, n); ++r)
        report.topThree.push_back(ranking.rows[r].alternativeIndex);

    std::vector<std::string> notes;
    if (n < 2) {
        notes.push_back(n == 0 ? "No alternative passes the constraints: there is nothing to compare."
                               : "Only one alternative passes the constraints: there is nothing to compare, and it wins "
                                 "under every weighting.");
        if (n == 1)
            report.winProbabilities.push_back({included[0], 1.0});
        report.note = notes.front();
        return report;
    }

    auto worstBuilt = buildDecisionMatrix(catalog, included, scenario.normalisation, MissingFill::Worst);
    if (auto* e = std::get_if<RankingError>(&worstBuilt))
        return *e;
    auto bestBuilt = buildDecisionMatrix(catalog, included, scenario.normalisation, MissingFill::Best);
    if (auto* e = std::get_if<RankingError>(&bestBuilt))
        return *e;
    const DecisionMatrix& worst = std::get<DecisionMatrix>(worstBuilt);
    const DecisionMatrix& best = std::get<DecisionMatrix>(bestBuilt);

    // 1 and 2: closed form for WSM.
    if (scenario.method != Method::WeightedSum) {
        notes.push_back("Stability intervals and the smallest weight change for the runner-up are computed in closed "
                        "form for the weighted sum (WSM) only; this scenario uses "
                        + describe(scenario.method) + ", so only win probabilities are given.");
    } else {
        // Signed utilities of the policy: the midpoint score is the mean of two sums, which is
        // the sum over the mean utilities.
        std::vector<double> a(n * m, 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < m; ++j) {
                double u = worst.at(i, j);
                if (scenario.missing == MissingPolicy::Optimistic)
                    u = best.at(i, j);
                else if (scenario.missing == MissingPolicy::Midpoint)
                    u = 0.5 * (worst.at(i, j) + best.at(i, j));
                a[i * m + j] = (worst.benefit[j] ? 1.0 : -1.0) * u;
            }
        }
        std::vector<std::size_t> chain; // matrix rows of the current top three, best first
        for (const std::size_t index : report.topThree)
            chain.push_back(rowOf[index]);
        const std::size_t top = chain[0];
        const std::size_t runnerUp = chain[1];

        std::optional<RunnerUpChange> bestChange;
        for (std::size_t k = 0; k < m; ++k) {
            StabilityInterval interval;
            interval.criterionIndex = k;
            interval.weight = w[k];
            Range topRange, chainRange, runnerUpRange;
            if (m == 1) {
                // A single criterion always weighs 1: t cannot move.
                topRange = chainRange = {1.0, 1.0};
                bool first = true;
                for (std::size_t i = 0; i < n; ++i)
                    first = first && a[runnerUp * m] >= a[i * m];
                runnerUpRange = first ? Range{1.0, 1.0} : Range{1.0, 0.0};
            } else {
                const LinearScores s = linearScores(a, n, m, w, k);
                interval.equalSpread = s.equalSpread;
                for (std::size_t i = 0; i < n; ++i) {
                    if (i != top)
                        requireAbove(topRange, s, top, i);
                    if (i != runnerUp)
                        requireAbove(runnerUpRange, s, runnerUp, i);
                    if (std::find(chain.begin(), chain.end(), i) == chain.end())
                        requireAbove(chainRange, s, chain.back(), i);
                }
                for (std::size_t c = 0; c + 1 < chain.size(); ++c)
                    requireAbove(chainRange, s, chain[c], chain[c + 1]);
            }
            topRange = containing(topRange, w[k]);
            chainRange = containing(chainRange, w[k]);
            interval.lowTop = topRange.low;
            interval.highTop = topRange.high;
            interval.lowTopThree = chainRange.low;
            interval.highTopThree = chainRange.high;
            report.stability.push_back(interval);

            if (!runnerUpRange.empty()) {
                const double t = std::clamp(w[k], runnerUpRange.low, runnerUpRange.high);
                const double change = std::abs(t - w[k]);
                if (!bestChange || change < bestChange->change)
                    bestChange = RunnerUpChange{included[runnerUp], k, w[k], t, change, interval.equalSpread};
            }
        }
        report.runnerUp = bestChange;
        if (!bestChange)
            notes.push_back("No change of a single weight makes " + catalog.alternatives[included[runnerUp]].name
                            + " first.");
    }

    // 3: win probabilities on the matrices built above.
    if (options.samples == 0) {
        notes.push_back("No weight vectors were sampled (samples = 0): no win probabilities.");
    } else {
        std::mt19937_64 rng(options.seed);
        std::vector<double> wins(n, 0.0);
        std::vector<double> sample(m, 0.0);
        std::vector<double> scores(n, 0.0);
        std::optional<std::string> failure;
        for (std::size_t s = 0; s < options.samples && !failure; ++s) {
            double total = 0.0;
            for (std::size_t j = 0; j < m; ++j) {
                const double u = static_cast<double>((rng() >> 11) + 1) * 0x1.0p-53; // (0, 1]
                sample[j] = -std::log(u);
                total += sample[j];
            }
            for (double& x : sample)
                x = total > 0.0 ? x / total : 1.0 / static_cast<double>(m);

            std::variant<std::vector<double>, RankingError> low = std::vector<double>{};
            std::variant<std::vector<double>, RankingError> high = std::vector<double>{};
            if (scenario.missing != MissingPolicy::Optimistic)
                low = aggregate(worst, sample, scenario.method);
            if (scenario.missing != MissingPolicy::Pessimistic)
                high = aggregate(best, sample, scenario.method);
            for (const auto* part : {&low, &high}) {
                if (const auto* e = std::get_if<RankingError>(part))
                    failure = e->message;
            }
            if (failure)
                break;
            const auto& lo = std::get<std::vector<double>>(low);
            const auto& hi = std::get<std::vector<double>>(high);
            for (std::size_t i = 0; i < n; ++i) {
                scores[i] = scenario.missing == MissingPolicy::Pessimistic ? lo[i]
                          : scenario.missing == MissingPolicy::Optimistic  ? hi[i]
                                                                           : 0.5 * (lo[i] + hi[i]);
            }
            const double bestScore = *std::max_element(scores.begin(), scores.end());
            const auto tied = static_cast<double>(std::count_if(
                scores.begin(), scores.end(), [&](double x) { return x >= bestScore - kTieTolerance; }));
            for (std::size_t i = 0; i < n; ++i) {
                if (scores[i] >= bestScore - kTieTolerance)
                    wins[i] += 1.0 / tied;
            }
        }
        if (failure) {
            notes.push_back("No win probabilities: a sampled weighting gives weight to every criterion, and " + *failure
                            + ".");
        } else {
            report.samples = options.samples;
            for (std::size_t i = 0; i < n; ++i)
                report.winProbabilities.push_back({included[i], wins[i] / static_cast<double>(options.samples)});
        }
    }

    for (const std::string& note : notes)
        report.note += (report.note.empty() ? "" : " ") + note;
    return report;
}

} // namespace

std::variant<SensitivityReport, RankingError> analyseSensitivity(const Catalog& catalog, const Scenario& scenario,
                                                                 const SensitivityOptions& options)
{
    try {
        return analyse(catalog, scenario, options);
    } catch (const std::exception& e) {
        // Only allocation can throw here; the caller gets a message rather than an exception.
        return RankingError{std::string("sensitivity analysis failed: ") + e.what()};
    }
}

} // namespace ms
