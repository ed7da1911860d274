// SPDX-License-Identifier: MIT
#include "core/decision/usagecost.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/util/text.h"

namespace ms {

namespace {

/** "1234567.5" → "1,234,567.5": groups the integer digits of a plain decimal. */
std::string groupThousands(std::string text)
{
    const std::size_t signEnd = (!text.empty() && text.front() == '-') ? 1 : 0;
    std::size_t intEnd = text.find('.');
    if (intEnd == std::string::npos)
        intEnd = text.size();
    for (std::size_t i = intEnd; i > signEnd + 3; i -= 3)
        text.insert(i - 3, 1, ',');
    return text;
}

/** Removes trailing zeros after the decimal point, but keeps at least `keep` decimals. */
std::string trimZeros(std::string text, std::size_t keep)
{
    const std::size_t dot = text.find('.');
    if (dot == std::string::npos)
        return text;
    while (text.size() > dot + 1 + keep && text.back() == '0')
        text.pop_back();
    if (text.back() == '.')
        text.pop_back();
    return text;
}

/** A message count: at most two decimals, none when whole ("3,000", "212.5"). */
std::string formatCount(double value)
{
    return groupThousands(trimZeros(formatFixed(value, 2), 0));
}

/** An amount of USD: cents from 1 up ("1,234.50"), two significant digits below
 *  ("0.17", "0.00087"), "0" for nothing. */
std::string formatUsd(double value)
{
    if (value == 0.0)
        return "0";
    if (value >= 1.0)
        return groupThousands(formatFixed(value, 2));
    const int decimals = std::clamp(1 - static_cast<int>(std::floor(std::log10(value))), 2, 9);
    return trimZeros(formatFixed(value, decimals), 2);
}

/** A finite, non-negative usage figure; anything else reads as 0 (see the header). */
double usageFigure(double value)
{
    return std::isfinite(value) && value > 0.0 ? value : 0.0;
}

const Detail* findDetail(const Alternative& alternative, std::string_view key)
{
    for (const Detail& d : alternative.details) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

/** A detail's value as a price: a finite number >= 0, or nullopt. */
std::optional<double> priceDetail(const Alternative& alternative, std::string_view key)
{
    const Detail* d = findDetail(alternative, key);
    if (!d || d->fact.value.kind != FactValue::Kind::Number)
        return std::nullopt;
    const double v = d->fact.value.number;
    if (!std::isfinite(v) || v < 0.0)
        return std::nullopt;
    return v;
}

bool isSelfHosted(const Alternative& alternative)
{
    const Detail* d = findDetail(alternative, kSelfHostedDetail);
    return d && d->fact.value.kind == FactValue::Kind::Boolean && d->fact.value.boolean;
}

std::optional<double> costPerMessage(const Alternative& alternative, const UsageScenario& usage)
{
    if (isSelfHosted(alternative))
        return 0.0;
    const auto in = priceDetail(alternative, kPriceInputDetail);
    const auto out = priceDetail(alternative, kPriceOutputDetail);
    if (in && out)
        return (usageFigure(usage.inputTokensPerMessage) * *in + usageFigure(usage.outputTokensPerMessage) * *out)
            / 1e6;
    return priceDetail(alternative, kPricePerInteractionDetail);
}

std::optional<double> freeQuota(const Alternative& alternative)
{
    const Fact* f = alternative.fact("free_quota");
    if (!f)
        return std::nullopt;
    if (f->value.kind == FactValue::Kind::Unlimited)
        return std::numeric_limits<double>::infinity();
    if (f->value.kind == FactValue::Kind::Number && std::isfinite(f->value.number) && f->value.number >= 0.0)
        return f->value.number;
    return std::nullopt;
}

/** "100 per day (3,000 a month)" when a free_tier detail states the quota per day,
 *  else "3,000 a month". */
std::string describeQuota(const Alternative& alternative, double quota)
{
    const Detail* d = findDetail(alternative, "free_tier");
    if (d && d->fact.value.kind == FactValue::Kind::Number && d->fact.unit.size() >= 4
        && d->fact.unit.compare(d->fact.unit.size() - 4, 4, "/day") == 0
        && std::abs(d->fact.value.number * 30.0 - quota) < 1e-9)
        return formatCount(d->fact.value.number) + " per day (" + formatCount(quota) + " a month)";
    return formatCount(quota) + " a month";
}

} // namespace

std::vector<CostProjection> projectUsageCost(const Catalog& catalog, const UsageScenario& usage)
{
    const bool playerPays = usage.payer == Payer::Player;
    const double players = usageFigure(usage.monthlyActivePlayers);
    const double perPlayer = usageFigure(usage.sessionsPerPlayerPerMonth) * usageFigure(usage.messagesPerSession);
    const double total = perPlayer * players;
    // The paying account's usage, and the words for it.
    const double used = playerPays ? perPlayer : total;
    const std::string account = playerPays ? "a player" : "the author's key";
    const std::string payerName = playerPays ? "the player" : "the author";
    const std::string need
        = playerPays ? formatCount(perPlayer) : formatCount(total) + " from all " + formatCount(players) + " players";
    const std::string messages = playerPays
        ? formatCount(perPlayer) + " messages a month"
        : formatCount(total) + " messages a month from all " + formatCount(players) + " players";

    std::vector<CostProjection> out;
    out.reserve(catalog.alternatives.size());
    for (std::size_t i = 0; i < catalog.alternatives.size(); ++i) {
        const Alternative& a = catalog.alternatives[i];
        CostProjection p;
        p.alternativeIndex = i;
        p.messagesPerPlayerPerMonth = perPlayer;
        p.messagesPerMonthTotal = total;
        p.costPerMessageUsd = costPerMessage(a, usage);
        p.freeQuotaPerMonth = freeQuota(a);

        const auto& quota = p.freeQuotaPerMonth;
        const auto& price = p.costPerMessageUsd;
        if (used == 0.0)
            p.freeTierCovers = true;
        else if (quota)
            p.freeTierCovers = used <= *quota;

        std::optional<double> cost; // the payer's cost
        if (isSelfHosted(a)) {
            cost = 0.0;
            p.explanation = "Runs on the player's own hardware, so neither the author nor the player pays per "
                            "message; this scenario needs "
                + formatCount(perPlayer) + " messages a month per player.";
        } else if (used == 0.0) {
            cost = 0.0;
            p.explanation = "This scenario sends no messages, so nobody pays.";
        } else if (quota && std::isinf(*quota)) {
            cost = 0.0;
            p.explanation = "An unlimited free tier covers " + account
                + " with any number of messages a month; this scenario needs " + need + ", so " + payerName
                + " pays nothing.";
        } else if (quota && *quota > 0.0) {
            const std::string covers = "The free tier of " + describeQuota(a, *quota) + " covers " + account
                + " with up to " + formatCount(*quota) + " messages a month; this scenario needs " + need;
            const double over = std::max(0.0, used - *quota);
            if (over == 0.0) {
                cost = 0.0;
                p.explanation = covers + ", so " + payerName + " pays nothing.";
            } else if (price) {
                cost = over * *price;
                p.explanation = covers + ", so " + payerName + " pays for " + formatCount(over) + " at USD "
                    + formatUsd(*price) + " each: USD " + formatUsd(*cost) + " a month.";
            } else {
                p.explanation
                    = covers + ", and with no known price the cost of the other " + formatCount(over) + " is unknown.";
            }
        } else if (quota) { // a free quota of 0: every message is paid for
            if (price) {
                cost = used * *price;
                p.explanation = "With no free tier, " + payerName + " pays for all " + messages + " at USD "
                    + formatUsd(*price) + " each: USD " + formatUsd(*cost) + " a month.";
            } else {
                p.explanation
                    = "With no free tier and no known price, " + payerName + "'s cost for " + messages + " is unknown.";
            }
        } else if (price) { // unknown quota: count every message, an upper bound
            cost = used * *price;
            p.explanation = "No free tier is known, so counting all " + messages + " at USD " + formatUsd(*price)
                + " each, " + payerName + " pays at most USD " + formatUsd(*cost) + " a month.";
        } else {
            p.explanation = "Neither a free tier nor a price is known, so " + payerName + "'s cost for " + messages
                + " is unknown.";
        }

        if (playerPays) {
            p.playerCostUsdPerMonth = cost;
            p.authorCostUsdPerMonth = 0.0;
        } else {
            p.authorCostUsdPerMonth = cost;
            p.playerCostUsdPerMonth = 0.0;
        }
        out.push_back(std::move(p));
    }
    return out;
}

Catalog withProjectedCosts(const Catalog& catalog, const UsageScenario& usage)
{
    Catalog copy = catalog;
    const std::vector<CostProjection> projections = projectUsageCost(catalog, usage);

    auto declared = [&](std::string_view id) {
        const Criterion* c = catalog.criterion(id);
        return c && c->type == CriterionType::Numeric;
    };
    const bool hasAuthor = declared("author_cost");
    const bool hasPlayer = declared("player_cost");

    bool replaced = false;
    auto projected = [&](const std::optional<double>& value, const std::string& note) {
        replaced = true;
        Fact f;
        f.value = value ? FactValue::ofNumber(*value) : FactValue::unknown();
        f.source = kUsageProjectionSource;
        f.asOf = catalog.asOf;
        f.estimate = true;
        f.note = note;
        return f;
    };
    for (const CostProjection& p : projections) {
        Alternative& a = copy.alternatives[p.alternativeIndex];
        // An unknown projection makes the cost unknown: the catalog's own estimate was made
        // for another usage (and perhaps another payer), so it no longer applies.
        if (hasAuthor)
            a.facts["author_cost"] = projected(p.authorCostUsdPerMonth, p.explanation);
        if (hasPlayer)
            a.facts["player_cost"] = projected(p.playerCostUsdPerMonth, p.explanation);
    }

    if (replaced) {
        Source source { kUsageProjectionSource, "ModelScout usage projection", "", catalog.asOf };
        const auto it = std::find_if(
            copy.sources.begin(), copy.sources.end(), [](const Source& s) { return s.id == kUsageProjectionSource; });
        if (it == copy.sources.end())
            copy.sources.push_back(std::move(source));
        else
            *it = std::move(source);
    }
    return copy;
}

} // namespace ms
