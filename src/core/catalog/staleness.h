// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"

namespace ms {

/** A fact older than the staleness threshold. */
struct StaleFact {
    std::size_t alternativeIndex = 0;  ///< into Catalog::alternatives
    std::string criterionOrDetail;     ///< a criterion id, or a detail key when `detail`
    std::string asOf;                  ///< the fact's date as written ("2023-10")
    int monthsOld = 0;                 ///< see monthsOld() below; always > the threshold
    bool detail = false;               ///< a detail rather than a criterion's fact
};

/** How many months old a fact dated `asOf` is on `today`.
 *
 *  The rule, in whole calendar months and without any clock, locale or time zone:
 *  - `asOf` "YYYY-MM-DD" is that day; "YYYY-MM" is the LAST day of that month (the
 *    reading most favourable to the fact: "2025-10" may have been true until Oct 31).
 *  - The age is the smallest k >= 0 such that going back k calendar months from
 *    `today` reaches that day or earlier (going back keeps the day of the month, cut to
 *    the month's length: 2026-03-31 minus one month is 2026-02-28). A date on or after
 *    `today` is 0 months old.
 *  - For "YYYY-MM" this is simply the difference in calendar months: on 2026-11-29,
 *    "2025-11" is 12 months old and "2025-10" is 13.
 *  - For "YYYY-MM-DD" a started month counts: on 2026-11-29, "2025-11-29" and
 *    "2025-11-30" are 12 months old, "2025-11-28" is 13.
 *
 *  `today` must be a real day "YYYY-MM-DD"; nullopt when either date is not valid. */
std::optional<int> monthsOld(std::string_view asOf, std::string_view today);

/** The facts (criteria facts and details) of `catalog` that are more than
 *  `thresholdMonths` months old on `today` ("YYYY-MM-DD", the caller's today: the CLI
 *  passes UTC), i.e. monthsOld(asOf, today) > thresholdMonths. With the default of 12,
 *  on 2026-11-29 a fact of "2025-11" is not stale and one of "2025-10" is. Unknown
 *  (null) facts and facts without a valid date are never stale. In catalog order:
 *  alternatives, then each one's facts in criterion order, then its details. Empty
 *  when `today` is not a valid date; a negative threshold counts as 0. */
std::vector<StaleFact> staleFacts(const Catalog& catalog, std::string_view today, int thresholdMonths = 12);

/** The number of facts that could be stale: criteria facts and details with a known
 *  value (the M of "N of M facts are older than 12 months"). */
std::size_t knownFactCount(const Catalog& catalog);

/** True for a real calendar day "YYYY-MM-DD" (the day checked against the month's
 *  length, leap years included). */
bool isCalendarDay(std::string_view text);

/** Today's date in UTC as "YYYY-MM-DD". */
std::string todayUtc();

} // namespace ms
