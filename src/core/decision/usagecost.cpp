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

/** `english` (a formatted number) with Turkish separators: "3,000.5" → "3.000,5". */
std::string turkishDigits(std::string english)
{
    for (char& ch : english)
        ch = ch == ',' ? '.' : ch == '.' ? ',' : ch;
    return english;
}

/** The Turkish words of one projection (lang "tr"); English is written in place. */
struct TurkishWords {
    bool playerPays = true;
    double perPlayer = 0.0;
    double total = 0.0;
    double players = 0.0;

    static std::string count(double v) { return turkishDigits(formatCount(v)); }
    static std::string usd(double v) { return turkishDigits(formatUsd(v)) + " USD"; }
    /** Whose account, accusative: "bir oyuncunun hesabını" / "mod yapımcısının anahtarını". */
    std::string account() const { return playerPays ? "bir oyuncunun hesabını" : "mod yapımcısının anahtarını"; }
    std::string payer() const { return playerPays ? "oyuncu" : "mod yapımcısı"; }
    std::string payerDative() const { return playerPays ? "oyuncuya" : "mod yapımcısına"; }
    /** The paying account's monthly messages, with the noun: "200 mesaj" / "tüm 100 oyuncudan toplam 20.000 mesaj". */
    std::string need() const
    {
        return playerPays ? count(perPlayer) + " mesaj"
                          : "tüm " + count(players) + " oyuncudan toplam " + count(total) + " mesaj";
    }
    /** "ayda 200 mesajın" / "tüm 100 oyuncudan ayda 20.000 mesajın" (genitive). */
    std::string messagesGenitive() const
    {
        return playerPays ? "ayda " + count(perPlayer) + " mesajın"
                          : "tüm " + count(players) + " oyuncudan ayda " + count(total) + " mesajın";
    }
    static std::string quota(const Alternative& alternative, double quota)
    {
        const Detail* d = findDetail(alternative, "free_tier");
        if (d && d->fact.value.kind == FactValue::Kind::Number && d->fact.unit.size() >= 4
            && d->fact.unit.compare(d->fact.unit.size() - 4, 4, "/day") == 0
            && std::abs(d->fact.value.number * 30.0 - quota) < 1e-9)
            return "günde " + count(d->fact.value.number) + ", yani ayda " + count(quota);
        return "ayda " + count(quota);
    }
};

} // namespace

std::vector<CostProjection> projectUsageCost(const Catalog& catalog, const UsageScenario& usage, std::string_view lang)
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

    const bool turkish = lang == "tr";
    const TurkishWords tr{playerPays, perPlayer, total, players};

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
            p.explanation = turkish
                ? "Oyuncunun kendi donanımında çalışır; bu yüzden ne mod yapımcısı ne de oyuncu mesaj başına ödeme "
                  "yapar. Bu senaryo oyuncu başına ayda " + TurkishWords::count(perPlayer) + " mesaj gerektirir."
                : "Runs on the player's own hardware, so neither the author nor the player pays per "
                  "message; this scenario needs "
                    + formatCount(perPlayer) + " messages a month per player.";
        } else if (used == 0.0) {
            cost = 0.0;
            p.explanation = turkish ? "Bu senaryo hiç mesaj göndermez; bu yüzden kimse ödeme yapmaz."
                                    : "This scenario sends no messages, so nobody pays.";
        } else if (quota && std::isinf(*quota)) {
            cost = 0.0;
            p.explanation = turkish
                ? "Sınırsız ücretsiz kota, " + tr.account() + " ayda her sayıda mesajla karşılar; bu senaryo "
                    + tr.need() + " gerektirir, bu yüzden " + tr.payer() + " hiçbir şey ödemez."
                : "An unlimited free tier covers " + account
                    + " with any number of messages a month; this scenario needs " + need + ", so " + payerName
                    + " pays nothing.";
        } else if (quota && *quota > 0.0) {
            const std::string covers = turkish
                ? "Ücretsiz kota (" + TurkishWords::quota(a, *quota) + "), " + tr.account() + " ayda "
                    + TurkishWords::count(*quota) + " mesaja kadar karşılar; bu senaryo " + tr.need() + " gerektirir"
                : "The free tier of " + describeQuota(a, *quota) + " covers " + account
                    + " with up to " + formatCount(*quota) + " messages a month; this scenario needs " + need;
            const double over = std::max(0.0, used - *quota);
            if (over == 0.0) {
                cost = 0.0;
                p.explanation = turkish ? covers + ", bu yüzden " + tr.payer() + " hiçbir şey ödemez."
                                        : covers + ", so " + payerName + " pays nothing.";
            } else if (price) {
                cost = over * *price;
                p.explanation = turkish
                    ? covers + "; " + tr.payer() + " aşan " + TurkishWords::count(over) + " mesajın her biri için "
                        + TurkishWords::usd(*price) + " öder: ayda " + TurkishWords::usd(*cost) + "."
                    : covers + ", so " + payerName + " pays for " + formatCount(over) + " at USD "
                        + formatUsd(*price) + " each: USD " + formatUsd(*cost) + " a month.";
            } else {
                p.explanation = turkish
                    ? covers + "; fiyat bilinmediği için aşan " + TurkishWords::count(over)
                        + " mesajın maliyeti bilinmiyor."
                    : covers + ", and with no known price the cost of the other " + formatCount(over) + " is unknown.";
            }
        } else if (quota) { // a free quota of 0: every message is paid for
            if (price) {
                cost = used * *price;
                p.explanation = turkish
                    ? "Ücretsiz kota olmadığı için " + tr.payer() + " " + tr.messagesGenitive() + " tümünü mesaj başına "
                        + TurkishWords::usd(*price) + " ile öder: ayda " + TurkishWords::usd(*cost) + "."
                    : "With no free tier, " + payerName + " pays for all " + messages + " at USD "
                        + formatUsd(*price) + " each: USD " + formatUsd(*cost) + " a month.";
            } else {
                p.explanation = turkish
                    ? "Ücretsiz kota ve bilinen bir fiyat olmadığı için " + tr.messagesGenitive() + " "
                        + tr.payerDative() + " maliyeti bilinmiyor."
                    : "With no free tier and no known price, " + payerName + "'s cost for " + messages + " is unknown.";
            }
        } else if (price) { // unknown quota: count every message, an upper bound
            cost = used * *price;
            p.explanation = turkish
                ? "Bilinen bir ücretsiz kota yok; " + tr.messagesGenitive() + " tümü mesaj başına "
                    + TurkishWords::usd(*price) + " ile sayılınca " + tr.payer() + " ayda en çok "
                    + TurkishWords::usd(*cost) + " öder."
                : "No free tier is known, so counting all " + messages + " at USD " + formatUsd(*price)
                    + " each, " + payerName + " pays at most USD " + formatUsd(*cost) + " a month.";
        } else {
            p.explanation = turkish
                ? "Ne ücretsiz kota ne de fiyat biliniyor; bu yüzden " + tr.messagesGenitive() + " "
                    + tr.payerDative() + " maliyeti bilinmiyor."
                : "Neither a free tier nor a price is known, so " + payerName + "'s cost for " + messages
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
