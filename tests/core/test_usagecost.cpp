// SPDX-License-Identifier: MIT
// Usage-cost projection (src/core/decision/usagecost.h), checked against numbers worked
// out by hand.
//
// The default usage: 100 players × 8 sessions × 25 messages, 500 tokens in and 60 out:
//   messages per player per month m = 8 × 25 = 200; in all t = 200 × 100 = 20,000.
// A token price of USD 1.50 / 1M in and USD 2.00 / 1M out (gpt-3.5-turbo, October 2023):
//   cost per message = (500 × 1.50 + 60 × 2.00) / 1e6 = (750 + 120) / 1e6 = USD 0.00087.
//   Player pays, no known free tier: 200 × 0.00087 = USD 0.174 a month (shown "0.17").
//   Author pays, no known free tier: 20,000 × 0.00087 = USD 17.40 a month.
// "100 per day" (Convai): 100 × 30 = 3,000 a month.
//   20 sessions × 100 messages = 2,000: covered, cost 0 even with no price.
//   40 sessions × 100 messages = 4,000: 1,000 over, no price: cost unknown.
// A per-message price of USD 0.002 above a free tier of 1,000 a month:
//   2,000 messages: (2,000 − 1,000) × 0.002 = USD 2.00 a month.
#include <clocale>
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/catalog/loader.h"
#include "core/decision/ranking.h"
#include "core/decision/usagecost.h"

namespace {

/** A small valid catalog: free_quota, author_cost and player_cost, and `alternativesJson`. */
std::string catalogWith(const std::string& alternativesJson)
{
    return R"({
  "format": "modelscout-catalog",
  "format_version": 1,
  "catalog_version": "t.1",
  "title": "T",
  "as_of": "2023-10",
  "sources": [{"id": "s", "title": "S", "date": "2023-10"}],
  "criteria": [
    {"id": "free_quota", "label": {"en": "Free quota"}, "type": "numeric", "direction": "benefit",
     "unit": "interactions/month", "bounds": [0, 10000], "scale": "log", "unlimited": true},
    {"id": "author_cost", "label": {"en": "Author cost"}, "type": "numeric", "direction": "cost",
     "unit": "USD/month", "bounds": [0, 1000], "scale": "log"},
    {"id": "player_cost", "label": {"en": "Player cost"}, "type": "numeric", "direction": "cost",
     "unit": "USD/month", "bounds": [0, 50], "scale": "log"}
  ],
  "alternatives": )"
        + alternativesJson + "\n}\n";
}

/** The alternatives used by most tests, in this order. */
const char* const kAlternatives = R"([
  {"id": "api", "name": "Token API", "kind": "online_api", "status": "public",
   "facts": {
     "free_quota": {"value": null},
     "author_cost": {"value": 0, "source": "s", "as_of": "2023-10"},
     "player_cost": {"value": 3, "source": "s", "as_of": "2023-10", "estimate": true, "note": "old estimate"}
   },
   "details": [
     {"key": "price_input_usd_per_1m", "label": {"en": "In"}, "value": 1.5, "unit": "USD/1M tokens", "source": "s", "as_of": "2023-10"},
     {"key": "price_output_usd_per_1m", "label": {"en": "Out"}, "value": 2.0, "unit": "USD/1M tokens", "source": "s", "as_of": "2023-10"}
   ]},
  {"id": "daily", "name": "Daily quota", "kind": "character_service", "status": "public",
   "facts": {
     "free_quota": {"value": 3000, "source": "s", "as_of": "2023-10", "note": "100 a day x 30"},
     "author_cost": {"value": 0, "source": "s", "as_of": "2023-10"},
     "player_cost": {"value": 0, "source": "s", "as_of": "2023-10"}
   },
   "details": [
     {"key": "free_tier", "label": {"en": "Free tier"}, "value": 100, "unit": "interactions/day", "source": "s", "as_of": "2023-10"}
   ]},
  {"id": "unlimited", "name": "Unlimited", "kind": "character_service", "status": "public",
   "facts": {"free_quota": {"value": "unlimited", "source": "s", "as_of": "2023-10"}}},
  {"id": "local", "name": "Local", "kind": "local_model", "status": "public",
   "facts": {"free_quota": {"value": "unlimited", "source": "s", "as_of": "2023-10"}},
   "details": [
     {"key": "self_hosted", "label": {"en": "Self-hosted"}, "value": true, "source": "s", "as_of": "2023-10"}
   ]},
  {"id": "permessage", "name": "Per message", "kind": "character_service", "status": "public",
   "facts": {"free_quota": {"value": 1000, "source": "s", "as_of": "2023-10"}},
   "details": [
     {"key": "price_usd_per_interaction", "label": {"en": "Price"}, "value": 0.002, "unit": "USD", "source": "s", "as_of": "2023-10"}
   ]},
  {"id": "nothing", "name": "Nothing known", "kind": "character_service", "status": "public",
   "facts": {"player_cost": {"value": 7, "source": "s", "as_of": "2023-10", "estimate": true, "note": "kept"}}},
  {"id": "nofree", "name": "No free tier", "kind": "online_api", "status": "public",
   "facts": {"free_quota": {"value": 0, "source": "s", "as_of": "2023-10"}},
   "details": [
     {"key": "price_input_usd_per_1m", "label": {"en": "In"}, "value": 1.5, "source": "s", "as_of": "2023-10"},
     {"key": "price_output_usd_per_1m", "label": {"en": "Out"}, "value": 2.0, "source": "s", "as_of": "2023-10"}
   ]}
])";

enum Alt : std::size_t { Api, Daily, Unlimited, Local, PerMessage, Nothing, NoFree };

ms::Catalog load(const std::string& text)
{
    auto r = ms::loadCatalogFromText(text, "usage.json");
    if (!r.ok() || !r.diagnostics.empty())
        throw std::runtime_error(ms::formatDiagnostics(r.diagnostics));
    return *r.catalog;
}

const ms::Catalog& fixture()
{
    static const ms::Catalog catalog = load(catalogWith(kAlternatives));
    return catalog;
}

ms::UsageScenario usage(ms::Payer payer, double sessions = 8, double messages = 25)
{
    ms::UsageScenario u; // 100 players, 500 tokens in, 60 out
    u.sessionsPerPlayerPerMonth = sessions;
    u.messagesPerSession = messages;
    u.payer = payer;
    return u;
}

const ms::Catalog& bundled()
{
    static const ms::Catalog catalog = [] {
        auto r = ms::loadCatalogFromFile(std::string(MODELSCOUT_BUNDLED_DATA_DIR) + "/catalog.json");
        if (!r.ok() || !r.diagnostics.empty())
            throw std::runtime_error(ms::formatDiagnostics(r.diagnostics));
        return *r.catalog;
    }();
    return catalog;
}

std::size_t indexOf(const ms::Catalog& c, const std::string& id)
{
    for (std::size_t i = 0; i < c.alternatives.size(); ++i) {
        if (c.alternatives[i].id == id)
            return i;
    }
    throw std::runtime_error("no alternative " + id);
}

} // namespace

TEST(UsageCost, CountsMessagesPerPlayerAndInAll)
{
    const auto p = ms::projectUsageCost(fixture(), usage(ms::Payer::Player));
    ASSERT_EQ(p.size(), fixture().alternatives.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
        EXPECT_EQ(p[i].alternativeIndex, i);
        EXPECT_DOUBLE_EQ(p[i].messagesPerPlayerPerMonth, 200.0); // 8 × 25
        EXPECT_DOUBLE_EQ(p[i].messagesPerMonthTotal, 20000.0); // 200 × 100
    }
}

TEST(UsageCost, TokenPricedApiThePlayerPays)
{
    const auto p = ms::projectUsageCost(fixture(), usage(ms::Payer::Player))[Api];
    ASSERT_TRUE(p.costPerMessageUsd);
    EXPECT_NEAR(*p.costPerMessageUsd, 0.00087, 1e-15); // (500 × 1.5 + 60 × 2) / 1e6
    EXPECT_FALSE(p.freeQuotaPerMonth);
    EXPECT_FALSE(p.freeTierCovers); // no free tier known: cannot say
    ASSERT_TRUE(p.playerCostUsdPerMonth);
    EXPECT_NEAR(*p.playerCostUsdPerMonth, 0.174, 1e-12); // 200 × 0.00087
    ASSERT_TRUE(p.authorCostUsdPerMonth);
    EXPECT_EQ(*p.authorCostUsdPerMonth, 0.0);
    EXPECT_EQ(p.explanation,
        "No free tier is known, so counting all 200 messages a month at USD 0.00087 each, "
        "the player pays at most USD 0.17 a month.");
}

TEST(UsageCost, TokenPricedApiTheAuthorPays)
{
    const auto p = ms::projectUsageCost(fixture(), usage(ms::Payer::Author))[Api];
    ASSERT_TRUE(p.authorCostUsdPerMonth);
    EXPECT_NEAR(*p.authorCostUsdPerMonth, 17.4, 1e-9); // 20,000 × 0.00087
    ASSERT_TRUE(p.playerCostUsdPerMonth);
    EXPECT_EQ(*p.playerCostUsdPerMonth, 0.0);
    EXPECT_EQ(p.explanation,
        "No free tier is known, so counting all 20,000 messages a month from all 100 players "
        "at USD 0.00087 each, the author pays at most USD 17.40 a month.");
}

TEST(UsageCost, NoFreeTierChargesEveryMessage)
{
    const auto player = ms::projectUsageCost(fixture(), usage(ms::Payer::Player))[NoFree];
    ASSERT_TRUE(player.freeQuotaPerMonth);
    EXPECT_EQ(*player.freeQuotaPerMonth, 0.0);
    ASSERT_TRUE(player.freeTierCovers);
    EXPECT_FALSE(*player.freeTierCovers);
    ASSERT_TRUE(player.playerCostUsdPerMonth);
    EXPECT_NEAR(*player.playerCostUsdPerMonth, 0.174, 1e-12);
    EXPECT_EQ(player.explanation,
        "With no free tier, the player pays for all 200 messages a month at USD 0.00087 each: USD 0.17 a month.");
}

TEST(UsageCost, OneHundredPerDayCoversTwoThousandMessagesButNotFourThousand)
{
    // 20 sessions × 100 messages = 2,000 a month <= 3,000: free, though no price is known.
    const auto within = ms::projectUsageCost(fixture(), usage(ms::Payer::Player, 20, 100))[Daily];
    ASSERT_TRUE(within.freeQuotaPerMonth);
    EXPECT_EQ(*within.freeQuotaPerMonth, 3000.0);
    EXPECT_FALSE(within.costPerMessageUsd);
    ASSERT_TRUE(within.freeTierCovers);
    EXPECT_TRUE(*within.freeTierCovers);
    ASSERT_TRUE(within.playerCostUsdPerMonth);
    EXPECT_EQ(*within.playerCostUsdPerMonth, 0.0);
    EXPECT_EQ(*within.authorCostUsdPerMonth, 0.0);
    EXPECT_EQ(within.explanation,
        "The free tier of 100 per day (3,000 a month) covers a player with up to 3,000 "
        "messages a month; this scenario needs 2,000, so the player pays nothing.");

    // 40 × 100 = 4,000 > 3,000 and no price: the player's cost is unknown, never guessed.
    const auto above = ms::projectUsageCost(fixture(), usage(ms::Payer::Player, 40, 100))[Daily];
    ASSERT_TRUE(above.freeTierCovers);
    EXPECT_FALSE(*above.freeTierCovers);
    EXPECT_FALSE(above.playerCostUsdPerMonth);
    ASSERT_TRUE(above.authorCostUsdPerMonth);
    EXPECT_EQ(*above.authorCostUsdPerMonth, 0.0);
    EXPECT_EQ(above.explanation,
        "The free tier of 100 per day (3,000 a month) covers a player with up to 3,000 "
        "messages a month; this scenario needs 4,000, and with no known price the cost of "
        "the other 1,000 is unknown.");
}

TEST(UsageCost, TheAuthorsOneKeyCarriesEveryPlayer)
{
    // 200 per player fits the 3,000 a month, but the author's key carries 20,000.
    const auto p = ms::projectUsageCost(fixture(), usage(ms::Payer::Author))[Daily];
    ASSERT_TRUE(p.freeTierCovers);
    EXPECT_FALSE(*p.freeTierCovers);
    EXPECT_FALSE(p.authorCostUsdPerMonth);
    ASSERT_TRUE(p.playerCostUsdPerMonth);
    EXPECT_EQ(*p.playerCostUsdPerMonth, 0.0);
    EXPECT_EQ(p.explanation,
        "The free tier of 100 per day (3,000 a month) covers the author's key with up to 3,000 "
        "messages a month; this scenario needs 20,000 from all 100 players, and with no known "
        "price the cost of the other 17,000 is unknown.");
}

TEST(UsageCost, PerMessagePriceAboveTheFreeTier)
{
    // 20 × 100 = 2,000; (2,000 − 1,000) × 0.002 = 2.00.
    const auto p = ms::projectUsageCost(fixture(), usage(ms::Payer::Player, 20, 100))[PerMessage];
    ASSERT_TRUE(p.costPerMessageUsd);
    EXPECT_DOUBLE_EQ(*p.costPerMessageUsd, 0.002);
    ASSERT_TRUE(p.playerCostUsdPerMonth);
    EXPECT_NEAR(*p.playerCostUsdPerMonth, 2.0, 1e-12);
    EXPECT_EQ(p.explanation,
        "The free tier of 1,000 a month covers a player with up to 1,000 messages a month; "
        "this scenario needs 2,000, so the player pays for 1,000 at USD 0.002 each: USD 2.00 "
        "a month.");
}

TEST(UsageCost, UnlimitedQuotaCoversAnyUsage)
{
    for (const ms::Payer payer : { ms::Payer::Player, ms::Payer::Author }) {
        const auto p = ms::projectUsageCost(fixture(), usage(payer, 1000, 1000))[Unlimited];
        ASSERT_TRUE(p.freeQuotaPerMonth);
        EXPECT_TRUE(std::isinf(*p.freeQuotaPerMonth));
        ASSERT_TRUE(p.freeTierCovers);
        EXPECT_TRUE(*p.freeTierCovers);
        EXPECT_EQ(p.authorCostUsdPerMonth, std::optional<double>(0.0));
        EXPECT_EQ(p.playerCostUsdPerMonth, std::optional<double>(0.0));
    }
    const auto p = ms::projectUsageCost(fixture(), usage(ms::Payer::Player))[Unlimited];
    EXPECT_EQ(p.explanation,
        "An unlimited free tier covers a player with any number of messages a month; this "
        "scenario needs 200, so the player pays nothing.");
}

TEST(UsageCost, SelfHostedCostsNothingToEither)
{
    for (const ms::Payer payer : { ms::Payer::Player, ms::Payer::Author }) {
        const auto p = ms::projectUsageCost(fixture(), usage(payer))[Local];
        EXPECT_EQ(p.costPerMessageUsd, std::optional<double>(0.0));
        EXPECT_EQ(p.authorCostUsdPerMonth, std::optional<double>(0.0));
        EXPECT_EQ(p.playerCostUsdPerMonth, std::optional<double>(0.0));
        EXPECT_EQ(p.explanation,
            "Runs on the player's own hardware, so neither the author nor the player pays per "
            "message; this scenario needs 200 messages a month per player.");
    }
}

TEST(UsageCost, NothingKnownStaysUnknown)
{
    const auto p = ms::projectUsageCost(fixture(), usage(ms::Payer::Player))[Nothing];
    EXPECT_FALSE(p.costPerMessageUsd);
    EXPECT_FALSE(p.freeQuotaPerMonth);
    EXPECT_FALSE(p.freeTierCovers);
    EXPECT_FALSE(p.playerCostUsdPerMonth);
    EXPECT_EQ(p.authorCostUsdPerMonth, std::optional<double>(0.0)); // the player pays, by the scenario
    EXPECT_EQ(p.explanation,
        "Neither a free tier nor a price is known, so the player's cost for 200 messages a month is unknown.");
}

TEST(UsageCost, ZeroUsageCostsNothing)
{
    const auto all = ms::projectUsageCost(fixture(), usage(ms::Payer::Player, 0, 25));
    for (const auto& p : all) {
        EXPECT_EQ(p.freeTierCovers, std::optional<bool>(true));
        EXPECT_EQ(p.playerCostUsdPerMonth, std::optional<double>(0.0));
    }
    EXPECT_EQ(all[Nothing].explanation, "This scenario sends no messages, so nobody pays.");
}

// The same projections in Turkish: every sentence, decimal commas, "0,17 USD"; the
// figures do not depend on the language.
TEST(UsageCost, TurkishExplanations)
{
    auto tr = [](ms::Payer payer, Alt alt, double sessions = 8, double messages = 25) {
        return ms::projectUsageCost(fixture(), usage(payer, sessions, messages), "tr")[alt].explanation;
    };
    EXPECT_EQ(tr(ms::Payer::Player, Api),
        "Bilinen bir ücretsiz kota yok; ayda 200 mesajın tümü mesaj başına 0,00087 USD ile sayılınca oyuncu "
        "ayda en çok 0,17 USD öder.");
    EXPECT_EQ(tr(ms::Payer::Author, Api),
        "Bilinen bir ücretsiz kota yok; tüm 100 oyuncudan ayda 20.000 mesajın tümü mesaj başına 0,00087 USD "
        "ile sayılınca mod yapımcısı ayda en çok 17,40 USD öder.");
    EXPECT_EQ(tr(ms::Payer::Player, NoFree),
        "Ücretsiz kota olmadığı için oyuncu ayda 200 mesajın tümünü mesaj başına 0,00087 USD ile öder: "
        "ayda 0,17 USD.");
    EXPECT_EQ(tr(ms::Payer::Player, Daily, 20, 100),
        "Ücretsiz kota (günde 100, yani ayda 3.000), bir oyuncunun hesabını ayda 3.000 mesaja kadar karşılar; "
        "bu senaryo 2.000 mesaj gerektirir, bu yüzden oyuncu hiçbir şey ödemez.");
    EXPECT_EQ(tr(ms::Payer::Author, Daily),
        "Ücretsiz kota (günde 100, yani ayda 3.000), mod yapımcısının anahtarını ayda 3.000 mesaja kadar "
        "karşılar; bu senaryo tüm 100 oyuncudan toplam 20.000 mesaj gerektirir; fiyat bilinmediği için aşan "
        "17.000 mesajın maliyeti bilinmiyor.");
    EXPECT_EQ(tr(ms::Payer::Player, PerMessage, 20, 100),
        "Ücretsiz kota (ayda 1.000), bir oyuncunun hesabını ayda 1.000 mesaja kadar karşılar; bu senaryo "
        "2.000 mesaj gerektirir; oyuncu aşan 1.000 mesajın her biri için 0,002 USD öder: ayda 2,00 USD.");
    EXPECT_EQ(tr(ms::Payer::Player, Unlimited),
        "Sınırsız ücretsiz kota, bir oyuncunun hesabını ayda her sayıda mesajla karşılar; bu senaryo 200 mesaj "
        "gerektirir, bu yüzden oyuncu hiçbir şey ödemez.");
    EXPECT_EQ(tr(ms::Payer::Author, Local),
        "Oyuncunun kendi donanımında çalışır; bu yüzden ne mod yapımcısı ne de oyuncu mesaj başına ödeme "
        "yapar. Bu senaryo oyuncu başına ayda 200 mesaj gerektirir.");
    EXPECT_EQ(tr(ms::Payer::Player, Nothing),
        "Ne ücretsiz kota ne de fiyat biliniyor; bu yüzden ayda 200 mesajın oyuncuya maliyeti bilinmiyor.");
    EXPECT_EQ(tr(ms::Payer::Author, Nothing, 0, 25), "Bu senaryo hiç mesaj göndermez; bu yüzden kimse ödeme yapmaz.");

    // Same figures as in English; "en" and anything else is the English text.
    const auto english = ms::projectUsageCost(fixture(), usage(ms::Payer::Author));
    const auto turkish = ms::projectUsageCost(fixture(), usage(ms::Payer::Author), "tr");
    const auto other = ms::projectUsageCost(fixture(), usage(ms::Payer::Author), "de");
    ASSERT_EQ(english.size(), turkish.size());
    for (std::size_t i = 0; i < english.size(); ++i) {
        EXPECT_EQ(turkish[i].authorCostUsdPerMonth, english[i].authorCostUsdPerMonth);
        EXPECT_EQ(turkish[i].freeTierCovers, english[i].freeTierCovers);
        EXPECT_EQ(other[i].explanation, english[i].explanation);
    }
}

TEST(UsageCost, ExplanationNumbersIgnoreTheLocale)
{
    // Thousands separators are always ',' and the decimal point '.', whatever LC_ALL says;
    // 1,000 players × 30 × 100 = 3,000,000 messages; × 0.00087 = USD 2,610.00.
    ms::UsageScenario u = usage(ms::Payer::Author, 30, 100);
    u.monthlyActivePlayers = 1000;
    const char* previous = std::setlocale(LC_ALL, nullptr);
    const std::string saved = previous ? previous : "C";
    ASSERT_NE(std::setlocale(LC_ALL, "de_DE.UTF-8"), nullptr)
        << "de_DE.UTF-8 is not installed: run scripts/test.sh, which generates it";
    const auto p = ms::projectUsageCost(fixture(), u)[Api];
    std::setlocale(LC_ALL, saved.c_str());
    ASSERT_TRUE(p.authorCostUsdPerMonth);
    EXPECT_NEAR(*p.authorCostUsdPerMonth, 2610.0, 1e-6);
    EXPECT_EQ(p.explanation,
        "No free tier is known, so counting all 3,000,000 messages a month from all 1,000 "
        "players at USD 0.00087 each, the author pays at most USD 2,610.00 a month.");
}

TEST(UsageCost, WithProjectedCostsReplacesKnownAndMakesUnknownUnknown)
{
    const ms::Catalog& original = fixture();
    const ms::Catalog c = ms::withProjectedCosts(original, usage(ms::Payer::Player));

    const ms::Source* s = c.source("usage-projection");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->title, "ModelScout usage projection");
    EXPECT_EQ(s->date, "2023-10");
    EXPECT_EQ(original.source("usage-projection"), nullptr); // the input is untouched

    // Known projection: replaced, with provenance.
    const ms::Fact* player = c.alternatives[Api].fact("player_cost");
    ASSERT_NE(player, nullptr);
    EXPECT_NEAR(player->value.number, 0.174, 1e-12);
    EXPECT_EQ(player->source, "usage-projection");
    EXPECT_EQ(player->asOf, "2023-10");
    EXPECT_TRUE(player->estimate);
    EXPECT_EQ(player->note, ms::projectUsageCost(original, usage(ms::Payer::Player))[Api].explanation);
    EXPECT_EQ(c.alternatives[Api].fact("author_cost")->source, "usage-projection");
    EXPECT_EQ(c.alternatives[Api].fact("author_cost")->value.number, 0.0);

    // Unknown projection: the cost becomes unknown (the catalog's estimate of 7 was made
    // for another usage), with the projection's explanation as the note.
    EXPECT_EQ(original.alternatives[Nothing].fact("player_cost")->value.number, 7.0);
    const ms::Fact* unknown = c.alternatives[Nothing].fact("player_cost");
    ASSERT_NE(unknown, nullptr);
    EXPECT_FALSE(unknown->value.isKnown());
    EXPECT_EQ(unknown->source, "usage-projection");
    EXPECT_EQ(unknown->note, ms::projectUsageCost(original, usage(ms::Payer::Player))[Nothing].explanation);

    // Under Payer::Author the daily-quota service's author cost is unknown too.
    const ms::Catalog a = ms::withProjectedCosts(original, usage(ms::Payer::Author));
    EXPECT_FALSE(a.alternatives[Daily].fact("author_cost")->value.isKnown());
    EXPECT_EQ(a.alternatives[Daily].fact("author_cost")->source, "usage-projection");
    EXPECT_EQ(a.alternatives[Daily].fact("player_cost")->source, "usage-projection");

    // Nothing else changes.
    EXPECT_EQ(c.criteria.size(), original.criteria.size());
    EXPECT_EQ(c.alternatives.size(), original.alternatives.size());
    EXPECT_EQ(c.sources.size(), original.sources.size() + 1);
    EXPECT_EQ(c.alternatives[Api].details.size(), original.alternatives[Api].details.size());
    EXPECT_EQ(c.alternatives[Daily].fact("free_quota")->value.number, 3000.0);

    // Applied twice, the source is listed once.
    const ms::Catalog twice = ms::withProjectedCosts(c, usage(ms::Payer::Player));
    EXPECT_EQ(twice.sources.size(), c.sources.size());

    // The ranking takes the copy: the projected USD 0.17 beats the old estimate of 3.
    auto before = ms::rankWeightedSum(original, { { "player_cost", 1 } });
    auto after = ms::rankWeightedSum(c, { { "player_cost", 1 } });
    ASSERT_TRUE(std::holds_alternative<ms::Ranking>(before));
    ASSERT_TRUE(std::holds_alternative<ms::Ranking>(after));
    auto scoreOf = [](const ms::Ranking& r, std::size_t index) {
        for (const auto& row : r.rows) {
            if (row.alternativeIndex == index)
                return row.score;
        }
        return std::numeric_limits<double>::quiet_NaN();
    };
    EXPECT_GT(scoreOf(std::get<ms::Ranking>(after), Api), scoreOf(std::get<ms::Ranking>(before), Api));
}

TEST(UsageCost, WithProjectedCostsLeavesACatalogWithoutCostCriteriaAlone)
{
    const ms::Catalog original = load(R"({
  "format": "modelscout-catalog", "format_version": 1, "catalog_version": "t.1", "title": "T", "as_of": "2023-10",
  "sources": [{"id": "s", "title": "S", "date": "2023-10"}],
  "criteria": [{"id": "free_quota", "label": {"en": "Free quota"}, "type": "numeric", "direction": "benefit",
                "unit": "interactions/month", "bounds": [0, 10000], "unlimited": true}],
  "alternatives": [{"id": "a", "name": "A", "kind": "character_service", "status": "public",
                    "facts": {"free_quota": {"value": 5000, "source": "s", "as_of": "2023-10"}}}]
})");
    const ms::Catalog c = ms::withProjectedCosts(original, usage(ms::Payer::Player));
    EXPECT_EQ(c.sources.size(), original.sources.size());
    EXPECT_TRUE(c.alternatives[0].facts.count("author_cost") == 0);
    EXPECT_TRUE(c.alternatives[0].facts.count("player_cost") == 0);
}

TEST(UsageCost, BundledCatalogTwoHundredMessagesAPlayer)
{
    // 100 players × 8 sessions × 25 messages = 200 messages per player per month; players pay.
    const ms::Catalog& c = bundled();
    const auto p = ms::projectUsageCost(c, usage(ms::Payer::Player));
    ASSERT_EQ(p.size(), c.alternatives.size());

    const auto& inworld = p[indexOf(c, "inworld")];
    EXPECT_EQ(inworld.freeQuotaPerMonth, std::optional<double>(5000.0));
    EXPECT_EQ(inworld.freeTierCovers, std::optional<bool>(true)); // 200 <= 5,000
    EXPECT_EQ(inworld.playerCostUsdPerMonth, std::optional<double>(0.0));
    EXPECT_EQ(inworld.explanation,
        "The free tier of 5,000 a month covers a player with up to 5,000 messages a month; "
        "this scenario needs 200, so the player pays nothing.");

    const auto& convai = p[indexOf(c, "convai")];
    EXPECT_EQ(convai.freeTierCovers, std::optional<bool>(true)); // 200 <= 100 × 30
    EXPECT_EQ(convai.explanation.rfind("The free tier of 100 per day (3,000 a month) covers a player", 0), 0u);

    // OpenAI, gpt-3.5-turbo in October 2023: (500 × 1.50 + 60 × 2.00) / 1e6 = 0.00087 per
    // message; 200 × 0.00087 = USD 0.174 a month, no free tier known.
    const auto& openai = p[indexOf(c, "openai")];
    ASSERT_TRUE(openai.costPerMessageUsd);
    EXPECT_NEAR(*openai.costPerMessageUsd, 0.00087, 1e-15);
    ASSERT_TRUE(openai.playerCostUsdPerMonth);
    EXPECT_NEAR(*openai.playerCostUsdPerMonth, 0.174, 1e-12);
    EXPECT_EQ(openai.authorCostUsdPerMonth, std::optional<double>(0.0));

    // The five local models are self-hosted: nothing to pay.
    for (const char* id : { "falcon", "llama", "mpt", "gpt-j", "gpt-neo" }) {
        EXPECT_EQ(p[indexOf(c, id)].costPerMessageUsd, std::optional<double>(0.0)) << id;
        EXPECT_EQ(p[indexOf(c, id)].playerCostUsdPerMonth, std::optional<double>(0.0)) << id;
    }

    // No recorded price and no free tier: unknown, never guessed.
    for (const char* id : { "deepinfra", "replicate", "mosaicml", "kamoto", "npcx" })
        EXPECT_FALSE(p[indexOf(c, id)].playerCostUsdPerMonth) << id;
}

TEST(UsageCost, BundledCatalogGuideProfileStillRanksInworldFirstOnProjectedCosts)
{
    const ms::Catalog c = ms::withProjectedCosts(bundled(), usage(ms::Payer::Player));
    const ms::Profile* guide = c.profile("guide");
    ASSERT_NE(guide, nullptr);
    auto result = ms::rankWeightedSum(c, guide->scenario.weights);
    ASSERT_TRUE(std::holds_alternative<ms::Ranking>(result));
    const auto& r = std::get<ms::Ranking>(result);
    EXPECT_EQ(c.alternatives[r.rows[0].alternativeIndex].id, "inworld");
    // Every fact still names a listed source.
    for (const auto& a : c.alternatives) {
        for (const auto& [id, f] : a.facts) {
            if (f.value.isKnown()) {
                EXPECT_NE(c.source(f.source), nullptr) << a.id << "/" << id;
            }
        }
    }
}
