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

std::string points(double share) { return formatFixed(100.0 * share, 1); }

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
        out += catalog.criteria[j].label.en + " +" + points(row.contributions[j].contribution);
        ++shown;
    }
    return out.empty() ? "-" : out;
}

bool isTied(const Ranking& ranking, std::size_t position)
{
    return std::any_of(ranking.ties.begin(), ranking.ties.end(), [&](const auto& group) {
        return std::find(group.begin(), group.end(), position) != group.end();
    });
}

/** "Inworld AI ranks above Convai by 23.0 points: a +15.0, b +2.1; Convai leads on c +1.0". */
std::string whyLine(const Catalog& catalog, const RankedAlternative& a, const RankedAlternative& b)
{
    const auto diffs = whyAbove(a, b);
    std::string ahead, behind;
    for (const auto& d : diffs) {
        const std::string item = catalog.criteria[d.criterionIndex].label.en + " "
                               + (d.delta > 0 ? "+" : "") + points(d.delta);
        std::string& target = d.delta > 0 ? ahead : behind;
        target += (target.empty() ? "" : ", ") + item;
    }
    std::string out = catalog.alternatives[a.alternativeIndex].name + " ranks above "
                    + catalog.alternatives[b.alternativeIndex].name + " by " + points(a.score - b.score) + " points";
    out += ahead.empty() ? std::string(" (equal on every criterion)") : ": " + ahead;
    if (!behind.empty())
        out += "; " + catalog.alternatives[b.alternativeIndex].name + " leads on " + behind;
    return out;
}

} // namespace

std::string formatRankingTable(const Catalog& catalog, const Ranking& ranking, const RankOutputOptions& options)
{
    std::string out;
    out += "Catalog: " + catalog.title + "\n";
    out += "Version " + catalog.version + ", facts as of " + catalog.asOf + "; "
         + std::to_string(catalog.alternatives.size()) + " alternatives, "
         + std::to_string(catalog.criteria.size()) + " criteria\n";
    if (options.staleFacts)
        out += "Stale facts: " + std::to_string(*options.staleFacts)
             + " older than 12 months (modelscout-cli catalog stale lists them)\n";
    out += "Method: " + describe(ranking.method) + "; normalisation: " + describe(ranking.normalisation) + "; "
         + describe(ranking.missing) + "\n";
    out += "Weights (" + options.weightsLabel + "):";
    for (std::size_t j = 0; j < catalog.criteria.size(); ++j) {
        if (ranking.normalisedWeights[j] > 0)
            out += " " + catalog.criteria[j].id + "=" + formatFixed(100.0 * ranking.normalisedWeights[j], 1) + "%";
    }
    out += "\n";
    if (!ranking.constraints.empty()) {
        out += "Constraints:";
        for (std::size_t k = 0; k < ranking.constraints.size(); ++k)
            out += (k ? "; " : " ") + ranking.constraints[k].toString();
        out += "\n";
    }
    out += "\n";

    std::size_t nameWidth = 4;
    for (const auto& a : catalog.alternatives)
        nameWidth = std::max(nameWidth, displayWidth(a.name));
    nameWidth = std::min<std::size_t>(nameWidth, 28);
    constexpr std::size_t kindWidth = 17;
    const bool anyRange = std::any_of(ranking.rows.begin(), ranking.rows.end(), [](const RankedAlternative& r) {
        return r.scoreHigh - r.scoreLow > 1e-12;
    });

    out += fitToWidth("Rank", 5) + "  " + fitToWidth("Name", nameWidth) + "  " + fitToWidth("Kind", kindWidth)
         + "  Score" + (anyRange ? std::string("  Range       ") : std::string()) + "  Data  "
         + (ranking.method == Method::WeightedSum ? "Top contributions (score points)" : "Largest weighted values (x100)") + "\n";
    for (std::size_t pos = 0; pos < ranking.rows.size(); ++pos) {
        const RankedAlternative& row = ranking.rows[pos];
        const Alternative& a = catalog.alternatives[row.alternativeIndex];
        const std::string rank = std::to_string(row.rank) + (isTied(ranking, pos) ? "=" : "");
        const std::string score = points(row.score);
        const std::string coverage = formatFixed(100.0 * row.coverage, 0) + "%";
        out += fitToWidth(rank, 5) + "  " + fitToWidth(a.name, nameWidth) + "  " + fitToWidth(kindLabel(a.kind), kindWidth)
             + "  " + std::string(5 - std::min<std::size_t>(5, score.size()), ' ') + score;
        if (anyRange) {
            const std::string range = row.scoreHigh - row.scoreLow > 1e-12
                ? points(row.scoreLow) + "–" + points(row.scoreHigh) : std::string();
            out += "  " + fitToWidth(range, 12);
        }
        out += "  " + std::string(4 - std::min<std::size_t>(4, coverage.size()), ' ') + coverage
             + "  " + topContributions(catalog, row, 3) + "\n";
    }
    if (ranking.rows.empty())
        out += "(no alternative passes the constraints)\n";
    if (!ranking.ties.empty())
        out += "\n'=' marks alternatives whose scores tie; they share a rank.\n";
    if (anyRange)
        out += "Range: the score with every unknown fact at its worst and at its best value.\n";

    std::string dominated;
    for (const auto& row : ranking.rows) {
        if (row.dominatedBy)
            dominated += "  " + catalog.alternatives[row.alternativeIndex].name + " is dominated by "
                       + catalog.alternatives[*row.dominatedBy].name + "\n";
    }
    if (!dominated.empty())
        out += "\nDominated (another option is at least as good on every weighted criterion and better on one):\n" + dominated;
    if (!ranking.excluded.empty()) {
        out += "\nExcluded by the constraints:\n";
        for (const auto& e : ranking.excluded)
            out += "  " + catalog.alternatives[e.alternativeIndex].name + ": fails " + e.reason + "\n";
    }
    if (options.usage && options.projections) {
        const UsageScenario& u = *options.usage;
        out += "\nProjected monthly cost (" + formatFixed(u.monthlyActivePlayers, 0) + " players x "
             + formatFixed(u.sessionsPerPlayerPerMonth, 0) + " sessions x " + formatFixed(u.messagesPerSession, 0)
             + " messages, " + formatFixed(u.inputTokensPerMessage, 0) + " tokens in and "
             + formatFixed(u.outputTokensPerMessage, 0) + " out per message; "
             + (u.payer == Payer::Author ? "the author's key pays" : "each player's own account pays") + "):\n";
        auto money = [](const std::optional<double>& v) { return v ? "USD " + formatFixed(*v, 2) : std::string("unknown"); };
        for (const auto& row : ranking.rows) {
            const CostProjection& p = (*options.projections)[row.alternativeIndex];
            out += "  " + fitToWidth(catalog.alternatives[row.alternativeIndex].name, nameWidth) + "  author "
                 + fitToWidth(money(p.authorCostUsdPerMonth), 13) + "  player " + fitToWidth(money(p.playerCostUsdPerMonth), 13)
                 + "  " + p.explanation + "\n";
        }
    }
    if (const SensitivityReport* sens = options.sensitivity) {
        out += "\nSensitivity";
        if (!sens->stability.empty()) {
            out += " (each weight varied alone, the others rescaled in proportion):\n";
            out += "  " + fitToWidth("Criterion", 30) + "  Weight  Top choice stays  Top three keep order\n";
            auto pct = [](double x) { return formatFixed(100.0 * x, 1) + "%"; };
            for (const auto& s : sens->stability) {
                out += "  " + fitToWidth(catalog.criteria[s.criterionIndex].label.en, 30) + "  "
                     + fitToWidth(pct(s.weight), 6) + "  " + fitToWidth(pct(s.lowTop) + " – " + pct(s.highTop), 16) + "  "
                     + pct(s.lowTopThree) + " – " + pct(s.highTopThree) + "\n";
            }
            if (sens->runnerUp) {
                const auto& r = *sens->runnerUp;
                out += "Smallest single change that puts " + catalog.alternatives[r.alternativeIndex].name + " first: "
                     + catalog.criteria[r.criterionIndex].label.en + " from " + pct(r.weight) + " to " + pct(r.newWeight) + "\n";
            }
        } else {
            out += ":\n";
        }
        if (!sens->note.empty())
            out += "Note: " + sens->note + "\n";
        if (!sens->winProbabilities.empty()) {
            std::vector<WinProbability> wins = sens->winProbabilities;
            std::stable_sort(wins.begin(), wins.end(), [](const auto& a, const auto& b) { return a.probability > b.probability; });
            out += "Chance of ranking first over " + std::to_string(sens->samples) + " random weight sets (seed "
                 + std::to_string(sens->seed) + "):";
            bool first = true;
            for (const auto& w : wins) {
                if (w.probability <= 0)
                    continue;
                out += std::string(first ? " " : ", ") + catalog.alternatives[w.alternativeIndex].name + " "
                     + formatFixed(100.0 * w.probability, 1) + "%";
                first = false;
            }
            out += "\n";
        }
    }
    if (options.explain && ranking.rows.size() > 1) {
        out += "\nWhy each ranks above the next (differences in score points):\n";
        for (std::size_t pos = 0; pos + 1 < ranking.rows.size(); ++pos)
            out += "  " + whyLine(catalog, ranking.rows[pos], ranking.rows[pos + 1]) + "\n";
    }
    return out;
}

std::string formatRankingJson(const Catalog& catalog, const Scenario& scenario, const Ranking& ranking,
                              const RankOutputOptions& options)
{
    using nlohmann::ordered_json;
    ordered_json root;
    root["catalog"] = {{"title", catalog.title}, {"version", catalog.version}, {"as_of", catalog.asOf}};
    root["method"] = toString(ranking.method);
    root["normalisation"] = toString(ranking.normalisation);
    root["missing_facts"] = toString(ranking.missing);
    root["weights_label"] = options.weightsLabel;
    if (!scenario.profile.empty())
        root["profile"] = scenario.profile;
    ordered_json weights = ordered_json::object();
    for (std::size_t j = 0; j < catalog.criteria.size(); ++j)
        weights[catalog.criteria[j].id] = ranking.normalisedWeights[j];
    root["weights"] = weights;
    ordered_json constraints = ordered_json::array();
    for (const auto& c : ranking.constraints)
        constraints.push_back(c.toString());
    root["constraints"] = constraints;
    ordered_json rows = ordered_json::array();
    for (std::size_t pos = 0; pos < ranking.rows.size(); ++pos) {
        const RankedAlternative& row = ranking.rows[pos];
        const Alternative& a = catalog.alternatives[row.alternativeIndex];
        ordered_json contributions = ordered_json::object();
        for (const auto& c : row.contributions)
            contributions[c.criterionId] = c.contribution;
        ordered_json missing = ordered_json::array();
        for (const auto& c : row.contributions)
            if (c.missing)
                missing.push_back(c.criterionId);
        ordered_json item = {{"rank", row.rank}, {"tied", isTied(ranking, pos)}, {"id", a.id}, {"name", a.name},
                             {"kind", a.kind}, {"score", row.score}, {"score_low", row.scoreLow},
                             {"score_high", row.scoreHigh}, {"coverage", row.coverage},
                             {"contributions", contributions}, {"missing", missing}};
        item["dominated_by"] = row.dominatedBy ? ordered_json(catalog.alternatives[*row.dominatedBy].id) : ordered_json();
        if (options.explain && pos + 1 < ranking.rows.size()) {
            ordered_json why = ordered_json::array();
            for (const auto& d : whyAbove(row, ranking.rows[pos + 1]))
                why.push_back({{"criterion", catalog.criteria[d.criterionIndex].id}, {"difference", d.delta}});
            item["why_above_next"] = why;
        }
        rows.push_back(std::move(item));
    }
    root["ranking"] = rows;
    ordered_json excluded = ordered_json::array();
    for (const auto& e : ranking.excluded)
        excluded.push_back({{"id", catalog.alternatives[e.alternativeIndex].id},
                            {"constraint", ranking.constraints[e.constraintIndex].toString()},
                            {"reason", e.reason}});
    root["excluded"] = excluded;
    if (const SensitivityReport* sens = options.sensitivity) {
        ordered_json stability = ordered_json::array();
        for (const auto& s : sens->stability)
            stability.push_back({{"criterion", catalog.criteria[s.criterionIndex].id}, {"weight", s.weight},
                                 {"top_choice", {s.lowTop, s.highTop}}, {"top_three", {s.lowTopThree, s.highTopThree}}});
        ordered_json wins = ordered_json::object();
        for (const auto& w : sens->winProbabilities)
            wins[catalog.alternatives[w.alternativeIndex].id] = w.probability;
        ordered_json runnerUp;
        if (sens->runnerUp)
            runnerUp = {{"alternative", catalog.alternatives[sens->runnerUp->alternativeIndex].id},
                        {"criterion", catalog.criteria[sens->runnerUp->criterionIndex].id},
                        {"weight", sens->runnerUp->weight}, {"new_weight", sens->runnerUp->newWeight},
                        {"change", sens->runnerUp->change}};
        root["sensitivity"] = {{"stability", stability}, {"runner_up", runnerUp}, {"win_probability", wins},
                               {"samples", sens->samples}, {"seed", sens->seed}, {"note", sens->note}};
    }
    if (options.usage && options.projections) {
        const UsageScenario& u = *options.usage;
        root["usage"] = {{"monthly_active_players", u.monthlyActivePlayers},
                         {"sessions_per_player_per_month", u.sessionsPerPlayerPerMonth},
                         {"messages_per_session", u.messagesPerSession},
                         {"input_tokens_per_message", u.inputTokensPerMessage},
                         {"output_tokens_per_message", u.outputTokensPerMessage},
                         {"payer", toString(u.payer)}};
        ordered_json costs = ordered_json::array();
        auto orNull = [](const std::optional<double>& v) { return v ? ordered_json(*v) : ordered_json(); };
        for (const auto& p : *options.projections)
            costs.push_back({{"id", catalog.alternatives[p.alternativeIndex].id},
                             {"messages_per_player_per_month", p.messagesPerPlayerPerMonth},
                             {"messages_per_month_total", p.messagesPerMonthTotal},
                             {"cost_per_message_usd", orNull(p.costPerMessageUsd)},
                             {"author_cost_usd_per_month", orNull(p.authorCostUsdPerMonth)},
                             {"player_cost_usd_per_month", orNull(p.playerCostUsdPerMonth)},
                             {"free_tier_covers", p.freeTierCovers ? ordered_json(*p.freeTierCovers) : ordered_json()},
                             {"explanation", p.explanation}});
        root["cost_projection"] = costs;
    }
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
