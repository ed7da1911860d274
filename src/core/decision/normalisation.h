// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "core/catalog/catalog.h"

namespace ms {

/** Fixed-bound normalisation of one fact onto [0, 1], 1 being best.
 *
 *  - numeric, linear: u = (x - lower) / (upper - lower), clamped to [0, 1];
 *  - numeric, log:    u = (log10(1+x) - log10(1+lower)) / (log10(1+upper) - log10(1+lower)), clamped;
 *  - "unlimited" (only where the criterion allows it): u = 1 before the direction is applied
 *    (for a benefit criterion it is the best value);
 *  - boolean: true = 1, false = 0;
 *  - ordinal: index of the level / (number of levels - 1);
 *  - cost criteria: 1 - u.
 *  Bounds come from the catalog, not from the alternatives shown, so the value of one
 *  alternative never depends on the others (Triantaphyllou 2000, ch. 2, on rank
 *  reversal with set-dependent normalisation).
 *  Returns nullopt when the value is unknown or does not fit the criterion's type. */
std::optional<double> normaliseFixedBounds(const Criterion& criterion, const FactValue& value);

} // namespace ms
