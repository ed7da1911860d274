// SPDX-License-Identifier: MIT
#include "core/scenario/scenario.h"

#include "core/decision/constraints.h"

namespace ms {

std::string toString(Method method)
{
    switch (method) {
    case Method::WeightedSum: return "wsm";
    case Method::WeightedProduct: return "wpm";
    case Method::Topsis: return "topsis";
    }
    return "wsm";
}

std::string toString(Normalisation normalisation)
{
    switch (normalisation) {
    case Normalisation::FixedBounds: return "fixed_bounds";
    case Normalisation::MinMax: return "min_max";
    case Normalisation::Max: return "max";
    case Normalisation::Sum: return "sum";
    case Normalisation::Vector: return "vector";
    case Normalisation::None: return "none";
    }
    return "fixed_bounds";
}

std::string toString(MissingPolicy policy)
{
    switch (policy) {
    case MissingPolicy::Pessimistic: return "pessimistic";
    case MissingPolicy::Optimistic: return "optimistic";
    case MissingPolicy::Midpoint: return "midpoint";
    }
    return "pessimistic";
}

std::string toString(Payer payer) { return payer == Payer::Author ? "author" : "player"; }

std::string toString(ConstraintOp op)
{
    switch (op) {
    case ConstraintOp::Equal: return "==";
    case ConstraintOp::NotEqual: return "!=";
    case ConstraintOp::AtMost: return "<=";
    case ConstraintOp::AtLeast: return ">=";
    case ConstraintOp::In: return "in";
    }
    return "==";
}

std::optional<Method> methodFromString(std::string_view text)
{
    for (Method m : {Method::WeightedSum, Method::WeightedProduct, Method::Topsis})
        if (toString(m) == text)
            return m;
    return std::nullopt;
}

std::optional<Normalisation> normalisationFromString(std::string_view text)
{
    for (Normalisation n : {Normalisation::FixedBounds, Normalisation::MinMax, Normalisation::Max, Normalisation::Sum,
                            Normalisation::Vector, Normalisation::None})
        if (toString(n) == text)
            return n;
    return std::nullopt;
}

std::optional<MissingPolicy> missingPolicyFromString(std::string_view text)
{
    for (MissingPolicy p : {MissingPolicy::Pessimistic, MissingPolicy::Optimistic, MissingPolicy::Midpoint})
        if (toString(p) == text)
            return p;
    return std::nullopt;
}

std::optional<Payer> payerFromString(std::string_view text)
{
    if (text == "author")
        return Payer::Author;
    if (text == "player")
        return Payer::Player;
    return std::nullopt;
}

std::string describe(Method method)
{
    switch (method) {
    case Method::WeightedSum: return "weighted sum (WSM)";
    case Method::WeightedProduct: return "weighted product (WPM)";
    case Method::Topsis: return "TOPSIS (closeness to the ideal)";
    }
    return {};
}

std::string describe(Normalisation normalisation)
{
    switch (normalisation) {
    case Normalisation::FixedBounds: return "fixed bounds from the catalog";
    case Normalisation::MinMax: return "min-max over the ranked alternatives";
    case Normalisation::Max: return "division by the maximum";
    case Normalisation::Sum: return "division by the sum";
    case Normalisation::Vector: return "vector (Euclidean) normalisation";
    case Normalisation::None: return "raw values";
    }
    return {};
}

std::string describe(MissingPolicy policy)
{
    switch (policy) {
    case MissingPolicy::Pessimistic: return "unknown facts count as the worst value";
    case MissingPolicy::Optimistic: return "unknown facts count as the best value";
    case MissingPolicy::Midpoint: return "unknown facts count halfway between worst and best";
    }
    return {};
}

std::string Constraint::toString() const
{
    std::string out = criterionId + " " + ms::toString(op) + " ";
    for (std::size_t i = 0; i < values.size(); ++i)
        out += (i ? "," : "") + formatConstraintValue(values[i]);
    return out;
}

bool Constraint::operator==(const Constraint& other) const
{
    if (criterionId != other.criterionId || op != other.op || values.size() != other.values.size())
        return false;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const FactValue& a = values[i];
        const FactValue& b = other.values[i];
        if (a.kind != b.kind || a.boolean != b.boolean || a.number != b.number || a.text != b.text)
            return false;
    }
    return true;
}

} // namespace ms
