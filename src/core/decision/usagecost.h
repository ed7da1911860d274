// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/scenario/scenario.h"

namespace ms {

/** Detail keys (Alternative::details) that carry an alternative's price. Each is a
 *  descriptive fact with its own source and date (docs/catalog-format.md). */
inline constexpr const char* kPriceInputDetail = "price_input_usd_per_1m"; ///< number, USD per 1M input tokens
inline constexpr const char* kPriceOutputDetail = "price_output_usd_per_1m"; ///< number, USD per 1M output tokens
inline constexpr const char* kPricePerInteractionDetail = "price_usd_per_interaction"; ///< number, USD per message
inline constexpr const char* kSelfHostedDetail = "self_hosted"; ///< boolean, runs on the player's machine

/** The source id withProjectedCosts cites for projected facts. */
inline constexpr const char* kUsageProjectionSource = "usage-projection";

/** One alternative's projected monthly usage cost under a UsageScenario.
 *  Counts are messages (one NPC reply = one interaction); money is USD. */
struct CostProjection {
    std::size_t alternativeIndex = 0; ///< index into Catalog::alternatives
    double messagesPerPlayerPerMonth = 0.0; ///< sessions per player per month × messages per session
    double messagesPerMonthTotal = 0.0; ///< messagesPerPlayerPerMonth × monthly active players
    /** USD per message: (input tokens × input price + output tokens × output price) / 1e6
     *  from the token prices, else the per-interaction price, 0 when self-hosted;
     *  nullopt when the catalog gives no price. */
    std::optional<double> costPerMessageUsd;
    /** Messages a month included free, from the free_quota fact (+inf for "unlimited");
     *  nullopt when the fact is unknown or absent. */
    std::optional<double> freeQuotaPerMonth;
    std::optional<double> authorCostUsdPerMonth; ///< projected USD/month for the author; nullopt = unknown
    std::optional<double> playerCostUsdPerMonth; ///< projected USD/month for one player; nullopt = unknown
    /** Whether the free quota covers the usage of the paying account; nullopt when the
     *  quota is unknown (and the usage is not zero). */
    std::optional<bool> freeTierCovers;
    /** One plain sentence in the language asked for, numbers locale-free with thousands
     *  separators, e.g. "The free tier of 100 per day (3,000 a month) covers a player with
     *  up to 3,000 messages a month; this scenario needs 200, so the player pays nothing."
     *  (Turkish: "Ücretsiz kota (günde 100, yani ayda 3.000), bir oyuncunun hesabını ayda 3.000
     *  mesaja kadar karşılar; bu senaryo 200 mesaj gerektirir, bu yüzden oyuncu hiçbir şey
     *  ödemez.") */
    std::string explanation;
};

/** Projects the monthly usage cost of every alternative of `catalog` under `usage`.
 *
 *  Returns one CostProjection per alternative, in catalog order. Never fails: what
 *  cannot be worked out is nullopt, never guessed.
 *
 *  Inputs, per alternative:
 *  - price: the details `price_input_usd_per_1m` and `price_output_usd_per_1m` (both
 *    needed) give costPerMessage = (inputTokensPerMessage × input price +
 *    outputTokensPerMessage × output price) / 1e6 USD; otherwise
 *    `price_usd_per_interaction` gives it directly; a detail `self_hosted` = true makes
 *    it 0 and takes precedence. Prices that are not finite numbers ≥ 0 count as unknown.
 *  - free quota: the `free_quota` criterion fact, messages a month; "unlimited" is +inf.
 *    The explanation says "100 per day (3,000 a month)" when a `free_tier` detail gives
 *    the quota per day (unit ending in "/day") and 30 times it is the monthly fact.
 *
 *  Rules (the payer decides whose account the usage runs on):
 *  - Payer::Player: each player's own account carries messagesPerPlayerPerMonth (m)
 *    against that account's free quota q; the player pays max(0, m − q) × costPerMessage
 *    and the author pays 0.
 *  - Payer::Author: the author's one key serves every player, so it carries the total
 *    (t = m × players) against one free quota; the author pays max(0, t − q) ×
 *    costPerMessage and each player pays 0.
 *  - Self-hosted local models cost 0 to both (the player's hardware is a separate
 *    criterion, hardware_gb).
 *  - Usage within the free quota costs 0 even when the price is unknown.
 *  - Usage above the free quota with an unknown price: the payer's cost is unknown.
 *  - An unknown free quota with a known price counts every message (quota 0): the
 *    projection is then an upper bound, and freeTierCovers is unknown.
 *  - An unknown free quota and an unknown price: the payer's cost is unknown.
 *  - Zero usage costs nothing and is covered.
 *  Usage figures are expected finite and ≥ 0 (the scenario loaders check this); any
 *  other value is read as 0.
 *  `lang` picks the language of the explanation: "tr" Turkish (decimal comma, "3,20 USD"),
 *  anything else English; the figures are the same in both.
 */
std::vector<CostProjection> projectUsageCost(const Catalog& catalog, const UsageScenario& usage,
                                             std::string_view lang = "en");

/** A copy of `catalog` whose `author_cost` and `player_cost` facts (for each of these
 *  numeric criteria the catalog declares) are the projections of projectUsageCost, so
 *  rankAlternatives can rank on them. A replaced fact cites
 *  the source "usage-projection" (added to the copy's sources with the title "ModelScout
 *  usage projection" and the catalog's as_of as its date), carries as_of = the catalog's
 *  as_of, estimate = true and note = the projection's explanation. Where the projection
 *  is unknown the fact becomes unknown (null): the catalog's own estimate was made for
 *  another usage and payer, so it does not apply. Everything else is unchanged.
 *  Callers apply it before rankAlternatives when the scenario has a usage. */
Catalog withProjectedCosts(const Catalog& catalog, const UsageScenario& usage);

} // namespace ms
