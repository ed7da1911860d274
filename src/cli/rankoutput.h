// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"
#include "core/decision/sensitivity.h"
#include "core/decision/usagecost.h"
#include "core/scenario/scenario.h"

namespace ms::cli {

/** What the text outputs show besides the ranking. */
struct RankOutputOptions {
    std::string weightsLabel = "equal"; ///< where the weights came from
    bool explain = false;               ///< "why A ranks above B" for each neighbouring pair
    const UsageScenario* usage = nullptr;                  ///< the usage projected, if any
    const std::vector<CostProjection>* projections = nullptr; ///< one per catalog alternative, if any
    const SensitivityReport* sensitivity = nullptr;           ///< stability and win probabilities, if asked
    std::optional<std::size_t> staleFacts; ///< facts older than 12 months (core/catalog/staleness.h), shown when set
};

/** A ranking as an aligned text table: rank, name, kind, score (0–100), score range
 *  when facts are unknown, data coverage and the three largest contributions (in score
 *  points); preceded by the catalog, method, normalisation, missing-fact policy,
 *  weights and constraints; followed by exclusions, dominated alternatives and, with
 *  `explain`, why each ranks above the next. Numbers are locale-free. */
std::string formatRankingTable(const Catalog& catalog, const Ranking& ranking, const RankOutputOptions& options);

/** The ranking as JSON: catalog identity, the scenario, normalised weights, and per
 *  alternative rank, id, name, kind, score, score_low/high in score units, coverage in
 *  [0, 1], contributions by criterion, unknown criteria and dominated_by; the excluded
 *  alternatives with their reasons; with `explain`, why_above_next. */
std::string formatRankingJson(const Catalog& catalog, const Scenario& scenario, const Ranking& ranking,
                              const RankOutputOptions& options);

/** The ranking as RFC 4180 CSV, one row per ranked alternative, '.' decimals, then one
 *  contribution column per criterion. */
std::string formatRankingCsv(const Catalog& catalog, const Ranking& ranking);

} // namespace ms::cli
