// SPDX-License-Identifier: MIT
#include "core/catalog/staleness.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace ms {

namespace {

struct Day {
    int year = 0;
    int month = 0; // 1..12
    int day = 0;   // 1..31
};

bool isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

bool digits(std::string_view s, std::size_t from, std::size_t count, int& out)
{
    out = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

/** "YYYY-MM" (as the month's last day) or "YYYY-MM-DD"; `strictDay` also checks the day
 *  against the month's length (catalog dates only check 01..31, docs/catalog-format.md). */
std::optional<Day> parseDay(std::string_view s, bool allowMonth, bool strictDay)
{
    Day d;
    if (s.size() != 7 && s.size() != 10)
        return std::nullopt;
    if (!digits(s, 0, 4, d.year) || s[4] != '-' || !digits(s, 5, 2, d.month) || d.month < 1 || d.month > 12)
        return std::nullopt;
    if (s.size() == 7) {
        if (!allowMonth)
            return std::nullopt;
        d.day = daysInMonth(d.year, d.month);
        return d;
    }
    if (s[7] != '-' || !digits(s, 8, 2, d.day) || d.day < 1 || d.day > 31)
        return std::nullopt;
    if (strictDay && d.day > daysInMonth(d.year, d.month))
        return std::nullopt;
    // A catalog date such as 2023-02-30 (allowed by the format) reads as the month's end.
    d.day = std::min(d.day, daysInMonth(d.year, d.month));
    return d;
}

bool before(const Day& a, const Day& b)
{
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
}

int age(const Day& asOf, const Day& today)
{
    if (!before(asOf, today))
        return 0;
    // k = whole calendar months between the two months; going back k months from today
    // lands in asOf's month on day min(today.day, length of that month).
    const int k = (today.year * 12 + today.month) - (asOf.year * 12 + asOf.month);
    const int landed = std::min(today.day, daysInMonth(asOf.year, asOf.month));
    return landed <= asOf.day ? k : k + 1;
}

} // namespace

std::optional<int> monthsOld(std::string_view asOf, std::string_view today)
{
    const auto t = parseDay(today, false, true);
    const auto a = parseDay(asOf, true, false);
    if (!t || !a)
        return std::nullopt;
    return age(*a, *t);
}

std::vector<StaleFact> staleFacts(const Catalog& catalog, std::string_view today, int thresholdMonths)
{
    std::vector<StaleFact> out;
    const auto t = parseDay(today, false, true);
    if (!t)
        return out;
    thresholdMonths = std::max(thresholdMonths, 0);
    auto consider = [&](std::size_t index, const std::string& key, const Fact& fact, bool detail) {
        if (!fact.value.isKnown())
            return;
        const auto a = parseDay(fact.asOf, true, false);
        if (!a)
            return;
        const int months = age(*a, *t);
        if (months > thresholdMonths)
            out.push_back({index, key, fact.asOf, months, detail});
    };
    for (std::size_t i = 0; i < catalog.alternatives.size(); ++i) {
        const Alternative& alt = catalog.alternatives[i];
        for (const Criterion& c : catalog.criteria) {
            if (const Fact* f = alt.fact(c.id))
                consider(i, c.id, *f, false);
        }
        for (const Detail& d : alt.details)
            consider(i, d.key, d.fact, true);
    }
    return out;
}

std::size_t knownFactCount(const Catalog& catalog)
{
    std::size_t n = 0;
    for (const Alternative& alt : catalog.alternatives) {
        for (const Criterion& c : catalog.criteria) {
            if (const Fact* f = alt.fact(c.id); f && f->value.isKnown())
                ++n;
        }
        for (const Detail& d : alt.details)
            n += d.fact.value.isKnown() ? 1 : 0;
    }
    return n;
}

bool isCalendarDay(std::string_view text) { return parseDay(text, false, true).has_value(); }

std::string todayUtc()
{
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{today};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

} // namespace ms
