// SPDX-License-Identifier: MIT
// Staleness: month arithmetic worked out by hand (docs in core/catalog/staleness.h),
// and the bundled catalog's stale facts counted a second, independent way.
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/catalog/loader.h"
#include "core/catalog/staleness.h"

namespace {

const std::string kBundled = std::string(MODELSCOUT_BUNDLED_DATA_DIR) + "/catalog.json";

ms::Fact fact(ms::FactValue value, std::string asOf)
{
    ms::Fact f;
    f.value = std::move(value);
    f.source = "s";
    f.asOf = std::move(asOf);
    return f;
}

} // namespace

TEST(Staleness, YearMonthIsTheEndOfThatMonthAndAgeIsInCalendarMonths)
{
    // Today 2026-11-29. "2025-11" reads as 2025-11-30: going back 12 months from today
    // reaches 2025-11-29, on or before it, so it is 12 months old: not more than 12.
    EXPECT_EQ(ms::monthsOld("2025-11", "2026-11-29"), 12);
    // "2025-10" reads as 2025-10-31: 12 months back is 2025-11-29 (after it), 13 months
    // back is 2025-10-29 (before it): 13 months old, stale at the default threshold.
    EXPECT_EQ(ms::monthsOld("2025-10", "2026-11-29"), 13);
    EXPECT_EQ(ms::monthsOld("2023-10", "2026-11-29"), 37);
    EXPECT_EQ(ms::monthsOld("2026-11", "2026-11-29"), 0);  // this month: still true until its end
    EXPECT_EQ(ms::monthsOld("2026-12", "2026-11-29"), 0);  // the future is not old
    EXPECT_EQ(ms::monthsOld("2026-10", "2026-11-29"), 1);
}

TEST(Staleness, FullDatesCountAStartedMonth)
{
    EXPECT_EQ(ms::monthsOld("2026-11-29", "2026-11-29"), 0);
    EXPECT_EQ(ms::monthsOld("2026-11-28", "2026-11-29"), 1);  // one day: the first month has started
    EXPECT_EQ(ms::monthsOld("2025-11-30", "2026-11-29"), 12);
    EXPECT_EQ(ms::monthsOld("2025-11-29", "2026-11-29"), 12); // exactly 12 months: not more
    EXPECT_EQ(ms::monthsOld("2025-11-28", "2026-11-29"), 13); // 12 months and a day
}

TEST(Staleness, MonthEndsAndLeapDaysAreClampedNotOverflowed)
{
    // 2026-03-31 minus one month is 2026-02-28 (February has no 31st).
    EXPECT_EQ(ms::monthsOld("2026-02", "2026-03-31"), 1);     // end of Feb = 2026-02-28
    EXPECT_EQ(ms::monthsOld("2026-02-28", "2026-03-31"), 1);
    EXPECT_EQ(ms::monthsOld("2026-02-27", "2026-03-31"), 2);
    EXPECT_EQ(ms::monthsOld("2026-02", "2026-03-01"), 1);
    // Leap years: 2024-02-29 minus 12 months is 2023-02-28.
    EXPECT_EQ(ms::monthsOld("2023-02", "2024-02-29"), 12);
    EXPECT_EQ(ms::monthsOld("2023-02-28", "2024-02-29"), 12);
    EXPECT_EQ(ms::monthsOld("2023-02-27", "2024-02-29"), 13);
    EXPECT_EQ(ms::monthsOld("2024-02", "2024-03-01"), 1);     // end of Feb 2024 is the 29th
    EXPECT_EQ(ms::monthsOld("2024-02-29", "2025-02-28"), 12);
    EXPECT_EQ(ms::monthsOld("2024-02-29", "2025-03-01"), 13);
    // Across the year boundary.
    EXPECT_EQ(ms::monthsOld("2025-12", "2026-01-01"), 1);
    EXPECT_EQ(ms::monthsOld("2025-12-31", "2026-01-01"), 1);
    // A catalog date with a day the month does not have (the format allows 01-31) is its month's end.
    EXPECT_EQ(ms::monthsOld("2025-04-31", "2026-04-30"), 12);
}

TEST(Staleness, InvalidDatesGiveNoAge)
{
    EXPECT_EQ(ms::monthsOld("2025-10", "2026-11"), std::nullopt);     // today must be a day
    EXPECT_EQ(ms::monthsOld("2025-10", "2026-02-29"), std::nullopt);  // 2026 is not a leap year
    EXPECT_EQ(ms::monthsOld("2025-13", "2026-11-29"), std::nullopt);
    EXPECT_EQ(ms::monthsOld("", "2026-11-29"), std::nullopt);
    EXPECT_EQ(ms::monthsOld("2025-1-01", "2026-11-29"), std::nullopt);
    EXPECT_TRUE(ms::isCalendarDay("2024-02-29"));
    EXPECT_FALSE(ms::isCalendarDay("2100-02-29"));
    EXPECT_TRUE(ms::isCalendarDay("2000-02-29"));
    EXPECT_FALSE(ms::isCalendarDay("2026-11-31"));
    EXPECT_FALSE(ms::isCalendarDay("2026-11-29 "));
    EXPECT_TRUE(ms::isCalendarDay(ms::todayUtc()));
}

TEST(Staleness, StaleFactsOfASmallCatalogInCatalogOrder)
{
    ms::Catalog c;
    c.criteria.resize(3);
    c.criteria[0].id = "quota";
    c.criteria[1].id = "voice";
    c.criteria[1].type = ms::CriterionType::Boolean;
    c.criteria[2].id = "cost";
    ms::Alternative a;
    a.id = "a";
    a.facts["quota"] = fact(ms::FactValue::ofNumber(5), "2025-11");      // 12 months: not stale
    a.facts["voice"] = fact(ms::FactValue::ofBool(true), "2025-10");     // 13 months: stale
    a.facts["cost"] = fact(ms::FactValue::unknown(), "");                // unknown: never stale
    ms::Detail d;
    d.key = "licence";
    d.fact = fact(ms::FactValue::ofText("MIT"), "2020-01");              // 82 months: stale
    a.details.push_back(d);
    ms::Alternative b;
    b.id = "b";
    b.facts["cost"] = fact(ms::FactValue::ofNumber(1), "2026-11-28");    // 1 month
    b.facts["quota"] = fact(ms::FactValue::unlimited(), "2024-11-29");   // exactly 24 months
    c.alternatives = {a, b};

    const auto stale = ms::staleFacts(c, "2026-11-29");
    ASSERT_EQ(stale.size(), 3u);
    EXPECT_EQ(stale[0].alternativeIndex, 0u);
    EXPECT_EQ(stale[0].criterionOrDetail, "voice");
    EXPECT_EQ(stale[0].asOf, "2025-10");
    EXPECT_EQ(stale[0].monthsOld, 13);
    EXPECT_FALSE(stale[0].detail);
    EXPECT_EQ(stale[1].criterionOrDetail, "licence");
    EXPECT_EQ(stale[1].monthsOld, 82); // (2026 - 2020) * 12 + (11 - 1)
    EXPECT_TRUE(stale[1].detail);
    EXPECT_EQ(stale[2].alternativeIndex, 1u);
    EXPECT_EQ(stale[2].criterionOrDetail, "quota");
    EXPECT_EQ(stale[2].monthsOld, 24);
    EXPECT_EQ(ms::knownFactCount(c), 5u);

    EXPECT_EQ(ms::staleFacts(c, "2026-11-29", 24).size(), 1u); // only the licence (82 > 24)
    EXPECT_EQ(ms::staleFacts(c, "2026-11-29", 23).size(), 2u); // and b's quota (24 > 23)
    EXPECT_EQ(ms::staleFacts(c, "2026-11-29", 0).size(), 5u);  // every known fact is at least a month old
    EXPECT_EQ(ms::staleFacts(c, "2026-11-29", -3).size(), 5u); // a negative threshold counts as 0
    EXPECT_TRUE(ms::staleFacts(c, "2026-11-31").empty());      // not a day: nothing can be judged
}

TEST(Staleness, BundledCatalogOnTwentySixNovember29CountedTwoWays)
{
    const auto loaded = ms::loadCatalogFromFile(kBundled);
    ASSERT_TRUE(loaded.ok());
    const ms::Catalog& catalog = *loaded.catalog;

    // Second method: the raw JSON, months as plain calendar-month differences of the
    // "YYYY-MM" strings (every date in the bundled catalog has that form).
    std::ifstream in(kBundled, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const auto raw = nlohmann::json::parse(ss.str());
    std::size_t known = 0;
    std::map<int, std::size_t> staleAt; // threshold -> count
    const int thresholds[] = {12, 36, 37};
    auto count = [&](const nlohmann::json& f) {
        if (f.at("value").is_null())
            return;
        ++known;
        const std::string asOf = f.at("as_of").get<std::string>();
        ASSERT_EQ(asOf.size(), 7u) << asOf;
        const int months = (2026 * 12 + 11) - (std::stoi(asOf.substr(0, 4)) * 12 + std::stoi(asOf.substr(5, 2)));
        for (int t : thresholds)
            staleAt[t] += months > t ? 1 : 0;
    };
    for (const auto& a : raw.at("alternatives")) {
        if (a.contains("facts"))
            for (const auto& [key, f] : a.at("facts").items())
                count(f);
        if (a.contains("details"))
            for (const auto& d : a.at("details"))
                count(d);
    }

    EXPECT_EQ(ms::knownFactCount(catalog), known);
    for (int t : thresholds)
        EXPECT_EQ(ms::staleFacts(catalog, "2026-11-29", t).size(), staleAt[t]) << "threshold " << t;

    // The figures themselves (python: every fact and detail with a value, counted by
    // as_of): the guide's 15 options (catalog 2023.10.1) hold 237, the 14 options added
    // in 2026.11.1 another 266 (133 of 2025-01, 112 of 2026-03, 20 of 2026-08, one of
    // 2023-09: Mistral 7B's licence). On 2026-11-29 older than 12 months: the 237 and the
    // 133 of 2025-01 and the 2023-09 one = 371; with 36 months the 237 but the 2023-11
    // detail (36 months old) and the 2023-09 one = 237; with 37 months the 24 facts of
    // 2023-09 and earlier and the 2023-09 one = 25. Update these when the bundled
    // catalog changes.
    EXPECT_EQ(known, 503u);
    EXPECT_EQ(staleAt[12], 371u);
    EXPECT_EQ(staleAt[36], 237u);
    EXPECT_EQ(staleAt[37], 25u);
}
