// SPDX-License-Identifier: MIT
#include "core/decision/ranking.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>

#include "core/decision/constraints.h"
#include "core/decision/normalisation.h"
#include "core/util/text.h"

namespace ms {

namespace {

/** Scores are sums of at most a few dozen products in [0, 1]; anything closer than this
 *  is the same score written two ways (floating-point summation order). */
constexpr double kTieTolerance = 1e-12;

} // namespace

std::variant<Weights, RankingError> parseWeights(std::string_view text)
{
    Weights weights;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = text.find(',', start);
        const std::string_view item = trimBlanks(text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        start = comma == std::string_view::npos ? text.size() + 1 : comma + 1;
        if (item.empty())
            continue;
        const std::size_t eq = item.find('=');
        if (eq == std::string_view::npos)
            return RankingError{"weight \"" + std::string(item) + "\" is not of the form id=number"};
        const std::string_view id = trimBlanks(item.substr(0, eq));
        const std::string_view number = trimBlanks(item.substr(eq + 1));
        double value = 0.0;
        // from_chars is locale-free: "0.5" is one half under every locale (case C04).
        const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
        if (id.empty() || ec != std::errc() || end != number.data() + number.size())
            return RankingError{"weight \"" + std::string(item) + "\" is not of the form id=number (use '.' as the decimal separator)"};
        if (weights.count(std::string(id)))
            return RankingError{"criterion \"" + std::string(id) + "\" is given a weight twice"};
        weights[std::string(id)] = value;
    }
    return weights;
}

Weights equalWeights(const Catalog& catalog)
{
    Weights w;
    for (const auto& c : catalog.criteria)
        w[c.id] = 1.0;
    return w;
}

std::variant<std::vector<double>, RankingError> normaliseWeights(const Catalog& catalog, const Weights& weights)
{
    std::vector<double> w(catalog.criteria.size(), 0.0);
    for (const auto& [id, value] : weights) {
        const auto index = catalog.criterionIndex(id);
        if (!index)
            return RankingError{"\"" + id + "\" is not a criterion of this catalog"};
        if (!std::isfinite(value) || value < 0)
            return RankingError{"the weight of \"" + id + "\" must be a finite number >= 0"};
        w[*index] = value;
    }
    const double total = std::accumulate(w.begin(), w.end(), 0.0);
    if (!(total > 0) || !std::isfinite(total))
        return RankingError{"all weights are zero: give at least one criterion a weight above 0"};
    for (double& x : w)
        x /= total;
    return w;
}

namespace {

/** Oriented bounds of one cell for dominance: higher is better; an unknown fact spans
 *  everything (it can neither dominate nor be shown dominated on that criterion). */
struct Span {
    double worst;
    double best;
};

Span orientedSpan(const Criterion& c, const Fact* fact)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    const auto x = fact ? rawValue(c, fact->value) : std::nullopt;
    if (!x)
        return {-inf, inf};
    const double v = c.direction == Direction::Cost ? -*x : *x;
    return {v, v};
}

/** Marks every row that another row Pareto-dominates over the weighted criteria:
 *  at least as good on each (worst case of the dominator against best case of the
 *  other) and strictly better on one, and names one dominator.
 *
 *  Sort-filter-skyline (Chomicki, Godfrey, Gryz & Liang 2003): rows are visited in
 *  decreasing order of a key that every dominator exceeds (the sum over the criteria of
 *  the rank of the row's worst case among all worst cases; if A dominates B then on every
 *  criterion A's worst case is at least B's best case, hence at least B's worst case, and
 *  strictly greater on one), so each row's dominators come before it. Dominance is
 *  transitive, so comparing a row with the non-dominated rows seen so far (the front)
 *  finds a dominator whenever there is one: O(n log n + n * front) instead of O(n^2). */
void markDominance(const Catalog& catalog, const std::vector<double>& weights, std::vector<RankedAlternative>& rows)
{
    std::vector<std::size_t> used;
    for (std::size_t j = 0; j < weights.size(); ++j)
        if (weights[j] > 0)
            used.push_back(j);
    const std::size_t n = rows.size();
    const std::size_t k = used.size();
    if (n < 2 || k == 0)
        return;
    std::vector<Span> spans(n * k); // row-major
    for (std::size_t r = 0; r < n; ++r) {
        const Alternative& a = catalog.alternatives[rows[r].alternativeIndex];
        for (std::size_t c = 0; c < k; ++c)
            spans[r * k + c] = orientedSpan(catalog.criteria[used[c]], a.fact(catalog.criteria[used[c]].id));
    }
    // Key: sum of the dense ranks of the worst cases, per criterion.
    std::vector<std::size_t> key(n, 0);
    std::vector<double> column(n);
    for (std::size_t c = 0; c < k; ++c) {
        for (std::size_t r = 0; r < n; ++r)
            column[r] = spans[r * k + c].worst;
        std::vector<double> sorted = column;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        for (std::size_t r = 0; r < n; ++r)
            key[r] += static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), column[r]) - sorted.begin());
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    // Ties of the key keep rank order, so the named dominator is the best-ranked one found.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key[a] > key[b]; });

    auto dominates = [&](std::size_t a, std::size_t b) {
        bool strictly = false;
        for (std::size_t c = 0; c < k; ++c) {
            const Span& sa = spans[a * k + c];
            const Span& sb = spans[b * k + c];
            if (!(sa.worst >= sb.best))
                return false;
            strictly = strictly || sa.worst > sb.best;
        }
        return strictly;
    };
    std::vector<std::size_t> front; // kept in rank order: the first dominator found ranks best
    for (const std::size_t b : order) {
        const auto it = std::find_if(front.begin(), front.end(), [&](std::size_t a) { return dominates(a, b); });
        if (it != front.end())
            rows[b].dominatedBy = rows[*it].alternativeIndex;
        else
            front.insert(std::upper_bound(front.begin(), front.end(), b), b);
    }
}

double pick(MissingPolicy policy, double low, double high)
{
    switch (policy) {
    case MissingPolicy::Pessimistic: return low;
    case MissingPolicy::Optimistic: return high;
    case MissingPolicy::Midpoint: return 0.5 * (low + high);
    }
    return low;
}

} // namespace

void markParetoDominance(const Catalog& catalog, const std::vector<double>& weights, std::vector<RankedAlternative>& rows)
{
    markDominance(catalog, weights, rows);
}

std::variant<Ranking, RankingError> rankAlternatives(const Catalog& catalog, const Scenario& scenario)
{
    auto normalised = normaliseWeights(catalog, scenario.weights);
    if (auto* e = std::get_if<RankingError>(&normalised))
        return *e;
    const std::vector<double> w = std::get<std::vector<double>>(std::move(normalised));
    const std::size_t n = catalog.criteria.size();

    Ranking ranking;
    ranking.normalisedWeights = w;
    ranking.constraints = scenario.constraints;
    ranking.method = scenario.method;
    ranking.normalisation = scenario.normalisation;
    ranking.missing = scenario.missing;

    std::vector<const Criterion*> constrained;
    for (const Constraint& c : scenario.constraints) {
        const Criterion* criterion = catalog.criterion(c.criterionId);
        if (!criterion)
            return RankingError{"constraint \"" + c.toString() + "\": \"" + c.criterionId + "\" is not a criterion of this catalog"};
        constrained.push_back(criterion);
    }
    std::vector<std::size_t> included;
    for (std::size_t i = 0; i < catalog.alternatives.size(); ++i) {
        const Alternative& alt = catalog.alternatives[i];
        bool excluded = false;
        for (std::size_t k = 0; k < scenario.constraints.size() && !excluded; ++k) {
            if (auto reason = violation(scenario.constraints[k], *constrained[k], alt.fact(constrained[k]->id))) {
                ranking.excluded.push_back({i, k, std::move(*reason)});
                excluded = true;
            }
        }
        if (!excluded)
            included.push_back(i);
    }

    auto worstMatrix = buildDecisionMatrix(catalog, included, scenario.normalisation, MissingFill::Worst);
    if (auto* e = std::get_if<RankingError>(&worstMatrix))
        return *e;
    auto bestMatrix = buildDecisionMatrix(catalog, included, scenario.normalisation, MissingFill::Best);
    if (auto* e = std::get_if<RankingError>(&bestMatrix))
        return *e;
    const DecisionMatrix& worst = std::get<DecisionMatrix>(worstMatrix);
    const DecisionMatrix& best = std::get<DecisionMatrix>(bestMatrix);
    auto lowScores = aggregate(worst, w, scenario.method);
    if (auto* e = std::get_if<RankingError>(&lowScores))
        return *e;
    auto highScores = aggregate(best, w, scenario.method);
    if (auto* e = std::get_if<RankingError>(&highScores))
        return *e;
    const auto& low = std::get<std::vector<double>>(lowScores);
    const auto& high = std::get<std::vector<double>>(highScores);

    const double t = scenario.missing == MissingPolicy::Pessimistic ? 0.0
                   : scenario.missing == MissingPolicy::Optimistic ? 1.0 : 0.5;
    ranking.rows.reserve(included.size());
    for (std::size_t r = 0; r < included.size(); ++r) {
        RankedAlternative row;
        row.alternativeIndex = included[r];
        // With set-dependent normalisations the two fills can move other rows too, so
        // the interval is ordered explicitly.
        row.scoreLow = std::min(low[r], high[r]);
        row.scoreHigh = std::max(low[r], high[r]);
        row.score = pick(scenario.missing, low[r], high[r]);
        row.contributions.reserve(n);
        double known = 0.0;
        for (std::size_t j = 0; j < n; ++j) {
            Contribution c;
            c.criterionId = catalog.criteria[j].id;
            c.weight = w[j];
            c.missing = worst.isMissing(r, j);
            c.utility = (1.0 - t) * worst.at(r, j) + t * best.at(r, j);
            c.contribution = (worst.benefit[j] ? 1.0 : -1.0) * c.weight * c.utility;
            if (!c.missing)
                known += c.weight;
            row.contributions.push_back(std::move(c));
        }
        row.coverage = known;
        ranking.rows.push_back(std::move(row));
    }

    std::stable_sort(ranking.rows.begin(), ranking.rows.end(),
                     [](const RankedAlternative& a, const RankedAlternative& b) {
                         return a.score > b.score;
                     });
    // Scores within kTieTolerance are a tie: they share a rank and keep catalog order.
    for (std::size_t start = 0; start < ranking.rows.size();) {
        std::size_t end = start + 1;
        while (end < ranking.rows.size()
               && std::abs(ranking.rows[end].score - ranking.rows[end - 1].score) <= kTieTolerance)
            ++end;
        std::sort(ranking.rows.begin() + static_cast<std::ptrdiff_t>(start),
                  ranking.rows.begin() + static_cast<std::ptrdiff_t>(end),
                  [](const RankedAlternative& a, const RankedAlternative& b) {
                      return a.alternativeIndex < b.alternativeIndex;
                  });
        start = end;
    }
    for (std::size_t r = 0; r < ranking.rows.size(); ++r) {
        if (r > 0 && std::abs(ranking.rows[r].score - ranking.rows[r - 1].score) <= kTieTolerance) {
            ranking.rows[r].rank = ranking.rows[r - 1].rank;
            if (ranking.ties.empty() || ranking.ties.back().back() != r - 1)
                ranking.ties.push_back({r - 1});
            ranking.ties.back().push_back(r);
        } else {
            ranking.rows[r].rank = static_cast<int>(r) + 1;
        }
    }
    markParetoDominance(catalog, w, ranking.rows);
    return ranking;
}

std::variant<Ranking, RankingError> rankWeightedSum(const Catalog& catalog, const Weights& weights)
{
    Scenario scenario;
    scenario.weights = weights;
    return rankAlternatives(catalog, scenario);
}


Explanation explain(const RankedAlternative& row, std::size_t count)
{
    std::vector<std::size_t> strong;
    std::vector<std::size_t> weak;
    for (std::size_t j = 0; j < row.contributions.size(); ++j) {
        const Contribution& c = row.contributions[j];
        if (c.weight <= 0)
            continue;
        if (c.contribution > 0)
            strong.push_back(j);
        if (c.weight * (1.0 - c.utility) > 0)
            weak.push_back(j);
    }
    std::stable_sort(strong.begin(), strong.end(), [&](std::size_t a, std::size_t b) {
        return row.contributions[a].contribution > row.contributions[b].contribution;
    });
    std::stable_sort(weak.begin(), weak.end(), [&](std::size_t a, std::size_t b) {
        const auto loss = [&](std::size_t j) { return row.contributions[j].weight * (1.0 - row.contributions[j].utility); };
        return loss(a) > loss(b);
    });
    if (strong.size() > count) strong.resize(count);
    if (weak.size() > count) weak.resize(count);
    return {strong, weak};
}

std::vector<Difference> whyAbove(const RankedAlternative& a, const RankedAlternative& b)
{
    std::vector<Difference> out;
    for (std::size_t j = 0; j < a.contributions.size() && j < b.contributions.size(); ++j) {
        const double delta = a.contributions[j].contribution - b.contributions[j].contribution;
        if (delta != 0.0)
            out.push_back({j, delta});
    }
    std::stable_sort(out.begin(), out.end(), [](const Difference& x, const Difference& y) { return x.delta > y.delta; });
    return out;
}

} // namespace ms
