// SPDX-License-Identifier: MIT
#include "cli/rankoutput.h"

#include <algorithm>
#include <numeric>

#include <nlohmann/json.hpp>

#include "core/util/text.h"

namespace ms::cli {

namespace {

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string topContributions(const Catalog& catalog, const RankedAlternative& row, std::size_t count)
{
    std::vector<std::size_t> order(row.contributions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return row.contributions[a].contribution > row.contributions[b].contribution;
    });
    std::string out;
    std::size_t shown = 0;
    for (const std::size_t j : order) {
        if (shown == count || row.contributions[j].contribution <= 0)
            break;
        if (!out.empty())
            out += ", ";
        out += catalog.criteria[j].label.en + " +" + formatFixed(100.0 * row.contributions[j].contribution, 1);
        ++shown;
    }
    return out.empty() ? "-" : out;
}

} // namespace

std::string formatRankingTable(const Catalog& catalog, const Ranking& ranking, const std::string& weightsLabel)
{
    std::string out;
    out += "Catalog: " + catalog.title + "\n";
    out += "Version " + catalog.version + ", facts as of " + catalog.asOf + "; "
         + std::to_string(catalog.alternatives.size()) + " alternatives, "
         + std::to_string(catalog.criteria.size()) + " criteria\n";
    out += "Method: weighted sum (WSM) over fixed-bound normalisation; unknown facts count as the worst value\n";
    out += "Weights (" + weightsLabel + "):";
    for (std::size_t j = 0; j < catalog.criteria.size(); ++j) {
        if (ranking.normalisedWeights[j] > 0)
            out += " " + catalog.criteria[j].id + "=" + formatFixed(100.0 * ranking.normalisedWeights[j], 1) + "%";
    }
    out += "\n\n";

    std::size_t nameWidth = 4;
    for (const auto& a : catalog.alternatives)
        nameWidth = std::max(nameWidth, displayWidth(a.name));
    nameWidth = std::min<std::size_t>(nameWidth, 28);
    constexpr std::size_t kindWidth = 17;

    out += fitToWidth("Rank", 5) + "  " + fitToWidth("Name", nameWidth) + "  " + fitToWidth("Kind", kindWidth)
         + "  " + "Score" + "  " + "Data" + "  " + "Top contributions (score points)\n";
    for (const auto& row : ranking.rows) {
        const Alternative& a = catalog.alternatives[row.alternativeIndex];
        std::string rank = std::to_string(row.rank);
        const bool tied = std::any_of(ranking.ties.begin(), ranking.ties.end(), [&](const auto& group) {
            return std::any_of(group.begin(), group.end(), [&](std::size_t pos) {
                return ranking.rows[pos].alternativeIndex == row.alternativeIndex;
            });
        });
        if (tied)
            rank += "=";
        std::string score = formatFixed(100.0 * row.score, 1);
        std::string coverage = formatFixed(100.0 * row.coverage, 0) + "%";
        out += fitToWidth(rank, 5) + "  " + fitToWidth(a.name, nameWidth) + "  " + fitToWidth(kindLabel(a.kind), kindWidth)
             + "  " + std::string(5 - std::min<std::size_t>(5, score.size()), ' ') + score
             + "  " + std::string(4 - std::min<std::size_t>(4, coverage.size()), ' ') + coverage
             + "  " + topContributions(catalog, row, 3) + "\n";
    }
    if (!ranking.ties.empty())
        out += "\n'=' marks alternatives whose scores tie; they share a rank.\n";
    return out;
}

std::string formatRankingJson(const Catalog& catalog, const Ranking& ranking, const std::string& weightsLabel)
{
    using nlohmann::ordered_json;
    ordered_json root;
    root["catalog"] = {{"title", catalog.title}, {"version", catalog.version}, {"as_of", catalog.asOf}};
    root["method"] = "wsm";
    root["normalisation"] = "fixed_bounds";
    root["missing_facts"] = "pessimistic";
    root["weights_label"] = weightsLabel;
    ordered_json weights = ordered_json::object();
    for (std::size_t j = 0; j < catalog.criteria.size(); ++j)
        weights[catalog.criteria[j].id] = ranking.normalisedWeights[j];
    root["weights"] = weights;
    ordered_json rows = ordered_json::array();
    for (const auto& row : ranking.rows) {
        const Alternative& a = catalog.alternatives[row.alternativeIndex];
        ordered_json contributions = ordered_json::object();
        for (const auto& c : row.contributions)
            contributions[c.criterionId] = c.contribution;
        ordered_json missing = ordered_json::array();
        for (const auto& c : row.contributions)
            if (c.missing)
                missing.push_back(c.criterionId);
        rows.push_back({{"rank", row.rank}, {"id", a.id}, {"name", a.name}, {"kind", a.kind},
                        {"score", row.score}, {"coverage", row.coverage},
                        {"contributions", contributions}, {"missing", missing}});
    }
    root["ranking"] = rows;
    return root.dump(2) + "\n";
}

std::string formatRankingCsv(const Catalog& catalog, const Ranking& ranking)
{
    std::string out = "rank,id,name,kind,score,coverage";
    for (const auto& c : catalog.criteria)
        out += "," + csvField("contribution_" + c.id);
    out += "\r\n";
    for (const auto& row : ranking.rows) {
        const Alternative& a = catalog.alternatives[row.alternativeIndex];
        out += std::to_string(row.rank) + "," + csvField(a.id) + "," + csvField(a.name) + "," + csvField(a.kind) + ","
             + formatFixed(row.score, 6) + "," + formatFixed(row.coverage, 6);
        for (const auto& c : row.contributions)
            out += "," + formatFixed(c.contribution, 6);
        out += "\r\n";
    }
    return out;
}

} // namespace ms::cli
