// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"

namespace ms::cli {

/** A ranking as an aligned text table: rank, name, kind, score (0–100), data coverage
 *  and the three largest contributions (in score points), preceded by the catalog and
 *  the weights used. Numbers are locale-free. */
std::string formatRankingTable(const Catalog& catalog, const Ranking& ranking, const std::string& weightsLabel);

/** The ranking as JSON: catalog identity, normalised weights, and per alternative rank,
 *  id, name, kind, score in [0, 1], coverage in [0, 1] and contributions by criterion. */
std::string formatRankingJson(const Catalog& catalog, const Ranking& ranking, const std::string& weightsLabel);

/** The ranking as RFC 4180 CSV, one row per alternative, '.' decimals, score in [0, 1],
 *  then one contribution column per criterion. */
std::string formatRankingCsv(const Catalog& catalog, const Ranking& ranking);

} // namespace ms::cli
