// SPDX-License-Identifier: MIT
#include "core/decision/constraints.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/report/reporttext.h"
#include "core/util/text.h"

namespace ms {

namespace {

std::variant<FactValue, RankingError> parseValue(std::string_view text, const Criterion& c)
{
    text = trimBlanks(text);
    switch (c.type) {
    case CriterionType::Boolean:
        if (text == "true" || text == "yes")
            return FactValue::ofBool(true);
        if (text == "false" || text == "no")
            return FactValue::ofBool(false);
        return RankingError{"criterion \"" + c.id + "\" is true or false, not \"" + std::string(text) + "\""};
    case CriterionType::Numeric: {
        if (text == "unlimited" && c.allowUnlimited)
            return FactValue::unlimited();
        double value = 0.0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
            return RankingError{"criterion \"" + c.id + "\" takes a number" + (c.allowUnlimited ? " or \"unlimited\"" : "")
                                + " ('.' as the decimal separator), not \"" + std::string(text) + "\""};
        return FactValue::ofNumber(value);
    }
    case CriterionType::Ordinal:
        if (std::find(c.levels.begin(), c.levels.end(), text) != c.levels.end())
            return FactValue::ofText(std::string(text));
        {
            std::string levels;
            for (const auto& l : c.levels)
                levels += (levels.empty() ? "" : ", ") + l;
            return RankingError{"criterion \"" + c.id + "\" takes one of " + levels + ", not \"" + std::string(text) + "\""};
        }
    }
    return RankingError{"unsupported criterion type"};
}

/** A comparable number for ordering facts: numbers as they are, unlimited = +inf,
 *  booleans 0/1, ordinal levels by index. */
std::optional<double> orderKey(const Criterion& c, const FactValue& v)
{
    if (v.kind == FactValue::Kind::Unlimited)
        return std::numeric_limits<double>::infinity();
    return rawValue(c, v);
}

bool sameValue(const FactValue& a, const FactValue& b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case FactValue::Kind::Unknown: return false;
    case FactValue::Kind::Boolean: return a.boolean == b.boolean;
    case FactValue::Kind::Number: return a.number == b.number;
    case FactValue::Kind::Unlimited: return true;
    case FactValue::Kind::Text: return a.text == b.text;
    }
    return false;
}

} // namespace

std::string formatConstraintValue(const FactValue& value)
{
    switch (value.kind) {
    case FactValue::Kind::Unknown: return "unknown";
    case FactValue::Kind::Boolean: return value.boolean ? "true" : "false";
    case FactValue::Kind::Number: {
        // Whole numbers as integers ("1000000", not "1e+06"); otherwise the shortest
        // form that reads back exactly ("0.5").
        if (std::abs(value.number) < 1e15 && value.number == std::trunc(value.number))
            return std::to_string(static_cast<long long>(value.number));
        char buffer[64];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value.number);
        return ec == std::errc() ? std::string(buffer, end) : formatFixed(value.number, 6);
    }
    case FactValue::Kind::Unlimited: return "unlimited";
    case FactValue::Kind::Text: return value.text;
    }
    return {};
}

std::variant<Constraint, RankingError> parseConstraint(std::string_view text, const Catalog& catalog)
{
    const std::string original(text);
    text = trimBlanks(text);
    // Find the operator: the first of <=, >=, ==, != or the word "in".
    std::size_t opAt = std::string_view::npos;
    std::size_t opLength = 2;
    ConstraintOp op = ConstraintOp::Equal;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        const std::string_view two = text.substr(i, 2);
        if (two == "<=" || two == ">=" || two == "==" || two == "!=") {
            opAt = i;
            op = two == "<=" ? ConstraintOp::AtMost : two == ">=" ? ConstraintOp::AtLeast
               : two == "==" ? ConstraintOp::Equal : ConstraintOp::NotEqual;
            break;
        }
        if (two == "in" && i > 0 && (text[i - 1] == ' ') && i + 2 < text.size() && text[i + 2] == ' ') {
            opAt = i;
            op = ConstraintOp::In;
            break;
        }
    }
    if (opAt == std::string_view::npos)
        return RankingError{"constraint \"" + original + "\" needs an operator: ==, !=, <=, >= or in (e.g. free_quota>=1000)"};
    const std::string id(trimBlanks(text.substr(0, opAt)));
    const std::string_view rest = trimBlanks(text.substr(opAt + opLength));
    const Criterion* criterion = catalog.criterion(id);
    if (!criterion) {
        std::string known;
        for (const auto& c : catalog.criteria)
            known += (known.empty() ? "" : ", ") + c.id;
        return RankingError{"constraint \"" + original + "\": \"" + id + "\" is not a criterion of this catalog (criteria: " + known + ")"};
    }
    if ((op == ConstraintOp::AtMost || op == ConstraintOp::AtLeast) && criterion->type == CriterionType::Boolean)
        return RankingError{"constraint \"" + original + "\": criterion \"" + id + "\" is true or false; use == or !="};
    Constraint c;
    c.criterionId = id;
    c.op = op;
    std::size_t start = 0;
    while (start <= rest.size()) {
        const std::size_t comma = op == ConstraintOp::In ? rest.find(',', start) : std::string_view::npos;
        const std::string_view item = rest.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        auto value = parseValue(item, *criterion);
        if (auto* e = std::get_if<RankingError>(&value))
            return RankingError{"constraint \"" + original + "\": " + e->message};
        c.values.push_back(std::get<FactValue>(value));
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return c;
}

std::optional<std::string> violation(const Constraint& constraint, const Criterion& criterion, const Fact* fact)
{
    const std::string head = constraint.toString() + ": ";
    if (!fact || !fact->value.isKnown())
        return head + "unknown";
    const FactValue& v = fact->value;
    bool pass = false;
    switch (constraint.op) {
    case ConstraintOp::Equal:
        pass = !constraint.values.empty() && sameValue(v, constraint.values.front());
        break;
    case ConstraintOp::NotEqual:
        pass = !constraint.values.empty() && !sameValue(v, constraint.values.front());
        break;
    case ConstraintOp::In:
        pass = std::any_of(constraint.values.begin(), constraint.values.end(),
                           [&](const FactValue& x) { return sameValue(v, x); });
        break;
    case ConstraintOp::AtMost:
    case ConstraintOp::AtLeast: {
        const auto key = orderKey(criterion, v);
        const auto bound = constraint.values.empty() ? std::nullopt : orderKey(criterion, constraint.values.front());
        if (key && bound)
            pass = constraint.op == ConstraintOp::AtMost ? *key <= *bound : *key >= *bound;
        break;
    }
    }
    if (pass)
        return std::nullopt;
    return head + "it is " + formatConstraintValue(v);
}

namespace {

/** A constraint or fact value in Turkish: "evet", "sınırsız", "1.000", a level as it is. */
std::string turkishValue(const FactValue& value)
{
    switch (value.kind) {
    case FactValue::Kind::Unknown: return "bilinmiyor";
    case FactValue::Kind::Boolean: return value.boolean ? "evet" : "hayır";
    case FactValue::Kind::Number: return formatQuantity(value.number, "tr");
    case FactValue::Kind::Unlimited: return "sınırsız";
    case FactValue::Kind::Text: return value.text;
    }
    return {};
}

} // namespace

std::optional<std::string> violation(const Constraint& constraint, const Criterion& criterion, const Fact* fact,
                                     std::string_view lang)
{
    std::optional<std::string> english = violation(constraint, criterion, fact);
    if (!english || lang != "tr")
        return english;
    std::string values;
    for (std::size_t i = 0; i < constraint.values.size(); ++i)
        values += (i == 0 ? "" : i + 1 == constraint.values.size() ? " veya " : ", ") + turkishValue(constraint.values[i]);
    const char* op = "=";
    switch (constraint.op) {
    case ConstraintOp::Equal:
    case ConstraintOp::In: op = "="; break;
    case ConstraintOp::NotEqual: op = "≠"; break;
    case ConstraintOp::AtMost: op = "≤"; break;
    case ConstraintOp::AtLeast: op = "≥"; break;
    }
    std::string text = criterion.label.get("tr");
    if (text.empty())
        text = criterion.id;
    text += std::string(" ") + op + " " + values + ": ";
    if (!fact || !fact->value.isKnown())
        return text + "bilinmiyor";
    return text + "değeri " + turkishValue(fact->value);
}

} // namespace ms
