// SPDX-License-Identifier: MIT
#include "core/decision/normalisation.h"

#include <algorithm>
#include <cmath>

namespace ms {

std::optional<double> normaliseFixedBounds(const Criterion& criterion, const FactValue& value)
{
    double u = 0.0;
    switch (criterion.type) {
    case CriterionType::Numeric:
        if (value.kind == FactValue::Kind::Unlimited) {
            if (!criterion.allowUnlimited)
                return std::nullopt;
            u = 1.0;
        } else if (value.kind == FactValue::Kind::Number && std::isfinite(value.number)) {
            const double span = criterion.upper - criterion.lower;
            if (!(span > 0))
                return std::nullopt;
            if (criterion.scale == Scale::Log) {
                const double lo = std::log10(1.0 + criterion.lower);
                const double hi = std::log10(1.0 + criterion.upper);
                const double x = std::max(value.number, criterion.lower);
                u = (std::log10(1.0 + x) - lo) / (hi - lo);
            } else {
                u = (value.number - criterion.lower) / span;
            }
            u = std::clamp(u, 0.0, 1.0);
        } else {
            return std::nullopt;
        }
        break;
    case CriterionType::Boolean:
        if (value.kind != FactValue::Kind::Boolean)
            return std::nullopt;
        u = value.boolean ? 1.0 : 0.0;
        break;
    case CriterionType::Ordinal: {
        if (value.kind != FactValue::Kind::Text || criterion.levels.size() < 2)
            return std::nullopt;
        const auto it = std::find(criterion.levels.begin(), criterion.levels.end(), value.text);
        if (it == criterion.levels.end())
            return std::nullopt;
        u = static_cast<double>(it - criterion.levels.begin())
            / static_cast<double>(criterion.levels.size() - 1);
        break;
    }
    }
    // "unlimited" is the best end of a benefit scale; for a cost criterion it is the worst.
    return criterion.direction == Direction::Cost ? 1.0 - u : u;
}

} // namespace ms
