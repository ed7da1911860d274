// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/decision/decisionmatrix.h"
#include "core/decision/ranking.h"
#include "core/scenario/scenario.h"

namespace ms {

/** Re-ranking fast enough for a slider on 100,000 alternatives: the same ranking as
 *  `rankAlternatives`, bit for bit, with the work split by what it depends on.
 *
 *  - `prepare` (catalog, constraints, method, normalisation, missing-fact policy): the
 *    constraint filter and the two normalised decision matrices (unknown facts at their
 *    worst and at their best bound) built by `buildDecisionMatrix`, dense and row-major.
 *    None of it depends on the weights. For WPM the logarithms of the floored values
 *    are cached as well.
 *  - `rank` (the weights): `aggregate` over the cached matrices (WSM: a matrix-vector
 *    product; TOPSIS: per-row distances; WPM: a weighted sum of the cached logarithms),
 *    the policy's pick (for WSM and WPM only the picked fill is scored; the other end
 *    of a row's interval is computed when asked for), and an O(n) radix sort of the scores (stable, so ties keep
 *    catalog order exactly as the reference's stable sort does), the tie ranks.
 *  - On demand, per ranked position: the contributions and coverage (`row`), and the
 *    Pareto dominator (`dominatedBy`). Dominance depends only on which criteria have a
 *    weight above zero, so whether a row is dominated is computed once per such set and
 *    row; the dominator named is the best-ranked non-dominated alternative that
 *    dominates it, which is the one `rankAlternatives` names (see rankingengine.cpp).
 *
 *  The catalog is borrowed: keep it alive and unchanged while the engine is prepared
 *  for it. Not thread-safe (the on-demand parts cache their answers). */
class RankingEngine
{
public:
    /** Prepares for `catalog` under `scenario` (its weights are not used). Returns the
     *  error `rankAlternatives` would give for a constraint on an unknown criterion or a
     *  normalisation that cannot take the values; the engine is then not prepared. */
    std::optional<RankingError> prepare(const Catalog& catalog, const Scenario& scenario);

    /** Whether the engine is prepared for `catalog` and the weight-independent part of
     *  `scenario` (constraints, method, normalisation, policy), so `rank` can be called
     *  without `prepare`. The catalog is compared by address only. */
    [[nodiscard]] bool isPreparedFor(const Catalog& catalog, const Scenario& scenario) const;

    /** Re-ranks with `weights`. Errors as `normaliseWeights` and `aggregate` (WPM on a
     *  raw value <= 0); the previous ranking is then forgotten (`size()` is 0). */
    std::optional<RankingError> rank(const Weights& weights);

    [[nodiscard]] bool hasRanking() const { return m_ranked; }
    [[nodiscard]] const Catalog* catalog() const { return m_catalog; }
    /** Number of ranked (not excluded) alternatives. */
    [[nodiscard]] std::size_t size() const { return m_ranked ? m_order.size() : 0; }
    /** Catalog alternative index at rank position `pos` (0 = best). */
    [[nodiscard]] std::size_t alternativeAt(std::size_t pos) const { return m_included[m_order[pos]]; }
    /** Rank position of catalog alternative `alternativeIndex`, or nullopt (excluded or no ranking). */
    [[nodiscard]] std::optional<std::size_t> positionOf(std::size_t alternativeIndex) const;
    [[nodiscard]] int rankAt(std::size_t pos) const { return m_rank[pos]; }
    [[nodiscard]] double scoreAt(std::size_t pos) const { return m_score[m_order[pos]]; }
    [[nodiscard]] double scoreLowAt(std::size_t pos) const;
    [[nodiscard]] double scoreHighAt(std::size_t pos) const;
    /** Share of the weight whose fact is known, as RankedAlternative::coverage. */
    [[nodiscard]] double coverageAt(std::size_t pos) const;
    /** Catalog index of the alternative named as Pareto-dominating the one at `pos`,
     *  exactly RankedAlternative::dominatedBy. Cached per ranking. */
    [[nodiscard]] std::optional<std::size_t> dominatedBy(std::size_t pos) const;
    /** Contribution of criterion `criterion` to the row at `pos` (weight * utility under
     *  the policy, signed), as Contribution::contribution; and whether its fact is unknown. */
    [[nodiscard]] double contributionAt(std::size_t pos, std::size_t criterion) const;
    [[nodiscard]] bool isMissingAt(std::size_t pos, std::size_t criterion) const { return m_worst.isMissing(m_order[pos], criterion); }
    /** The full ranked row at `pos` (contributions, coverage, dominator). */
    [[nodiscard]] RankedAlternative row(std::size_t pos) const;
    /** The row at `pos` without contributions and without the dominator (cheap). */
    [[nodiscard]] RankedAlternative summaryRow(std::size_t pos) const;

    [[nodiscard]] const std::vector<Exclusion>& excluded() const { return m_excluded; }
    [[nodiscard]] const std::vector<double>& normalisedWeights() const { return m_weights; }
    [[nodiscard]] Method method() const { return m_scenario.method; }
    [[nodiscard]] Normalisation normalisation() const { return m_scenario.normalisation; }
    [[nodiscard]] MissingPolicy missingPolicy() const { return m_scenario.missing; }
    /** Groups of rank positions with equal scores, as Ranking::ties. */
    [[nodiscard]] const std::vector<std::vector<std::size_t>>& ties() const { return m_ties; }

    /** The whole ranking as `rankAlternatives` returns it (every row's contributions and
     *  dominator: O(n * criteria) allocations; for reports and small catalogs). */
    [[nodiscard]] Ranking toRanking() const;

private:
    void computeLogs();
    void fillContributions(std::size_t pos, RankedAlternative& row) const;
    double rowScore(bool worst, std::size_t r) const; // WSM, or WPM over cached logs
    double lowOf(std::size_t r) const;
    double highOf(std::size_t r) const;
    bool dominates(std::size_t a, std::size_t b) const; // included-row indices
    bool isDominated(std::size_t r) const;              // included-row index, cached per weight pattern
    void prepareDominance() const;

    const Catalog* m_catalog = nullptr;
    Scenario m_scenario; // without weights
    bool m_prepared = false;
    bool m_ranked = false;

    std::vector<std::size_t> m_included;       ///< catalog index per included row
    std::vector<Exclusion> m_excluded;
    DecisionMatrix m_worst;
    DecisionMatrix m_best;
    bool m_anyMissing = false;                 ///< any unknown cell (else the two matrices are one)
    bool m_logsValid = false;                  ///< WPM: m_logs holds log(max(r, floor)) for both matrices
    std::vector<double> m_logsWorst, m_logsBest;

    std::vector<double> m_weights;             ///< normalised, per criterion
    std::vector<double> m_low, m_high, m_score;///< per included row (m_low/m_high empty when lazy or unneeded)
    enum LazySide { LazyNone, LazyLow, LazyHigh };
    LazySide m_lazySide = LazyNone;            ///< the fill the policy does not pick, computed per row on demand
    std::vector<std::uint32_t> m_order;        ///< rank position -> included row
    std::vector<double> m_signedWeights;       ///< (benefit ? 1 : -1) * weight, per criterion
    // Scratch space of the radix sort, kept between calls (no allocation per re-rank).
    std::vector<std::uint64_t> m_keys, m_keyBuffer;
    std::vector<std::uint32_t> m_orderBuffer, m_histograms;
    std::vector<std::uint32_t> m_positionOfRow;///< included row -> rank position
    std::vector<int> m_rank;                   ///< per rank position
    std::vector<std::vector<std::size_t>> m_ties;

    // Dominance, per set of weighted criteria (weights > 0).
    mutable std::vector<char> m_domMask;        ///< the weighted criteria it was made for
    mutable bool m_domValid = false;
    mutable std::vector<std::size_t> m_domUsed; ///< criterion indices used
    mutable std::vector<double> m_spanWorst, m_spanBest; ///< row-major over used criteria, oriented
    mutable std::vector<signed char> m_dominated; ///< per included row: -1 unknown, 0 no, 1 yes
    mutable std::vector<std::int64_t> m_dominator; ///< per rank position: -2 unknown, -1 none, else catalog index
};

} // namespace ms
