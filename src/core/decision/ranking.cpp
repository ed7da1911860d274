// SPDX-License-Identifier: MIT
#include "core/decision/ranking.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>

#include "core/decision/normalisation.h"

namespace ms {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

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
        const std::string_view item = trim(text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        start = comma == std::string_view::npos ? text.size() + 1 : comma + 1;
        if (item.empty())
            continue;
        const std::size_t eq = item.find('=');
        if (eq == std::string_view::npos)
            return RankingError{"weight \"" + std::string(item) + "\" is not of the form id=number"};
        const std::string_view id = trim(item.substr(0, eq));
        const std::string_view number = trim(item.substr(eq + 1));
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

std::variant<Ranking, RankingError> rankWeightedSum(const Catalog& catalog, const Weights& weights)
{
    const std::size_t n = catalog.criteria.size();
    std::vector<double> w(n, 0.0);
    for (const auto& [id, value] : weights) {
        const auto index = catalog.criterionIndex(id);
        if (!index)
            return RankingError{"\"" + id + "\" is not a criterion of this catalog"};
        if (!std::isfinite(value) || value < 0)
            return RankingError{"the weight of \"" + id + "\" must be a finite number >= 0"};
        w[*index] = value;
    }
    const double total = std::accumulate(w.begin(), w.end(), 0.0);
    if (!(total > 0))
        return RankingError{"all weights are zero: give at least one criterion a weight above 0"};
    for (double& x : w)
        x /= total;

    Ranking ranking;
    ranking.normalisedWeights = w;
    ranking.rows.reserve(catalog.alternatives.size());
    for (std::size_t i = 0; i < catalog.alternatives.size(); ++i) {
        const Alternative& alt = catalog.alternatives[i];
        RankedAlternative row;
        row.alternativeIndex = i;
        row.contributions.reserve(n);
        double known = 0.0;
        for (std::size_t j = 0; j < n; ++j) {
            const Criterion& cr = catalog.criteria[j];
            Contribution c;
            c.criterionId = cr.id;
            c.weight = w[j];
            const Fact* fact = alt.fact(cr.id);
            const auto u = fact ? normaliseFixedBounds(cr, fact->value) : std::nullopt;
            c.missing = !u.has_value();
            c.utility = u.value_or(0.0); // pessimistic: an unknown fact counts as the worst value
            c.contribution = c.weight * c.utility;
            row.score += c.contribution;
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
    return ranking;
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

} // namespace ms
