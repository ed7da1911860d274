// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/catalog/catalog.h"
#include "core/decision/decisionmatrix.h"
#include "core/scenario/scenario.h"

namespace ms {

/** Parses a constraint written as `id OP value`: OP is ==, !=, <=, >= or `in` (values
 *  separated by commas). Values are typed by the criterion: true/false, a number
 *  ('.' decimals, locale-free) or "unlimited", or an ordinal level. Examples:
 *  "official_api==true", "free_quota >= 1000", "availability in public,waitlist".
 *  Errors name the part that is wrong and what was expected. */
std::variant<Constraint, RankingError> parseConstraint(std::string_view text, const Catalog& catalog);

/** Checks `fact` (nullptr = unknown) against `constraint`. Returns nullopt when it
 *  passes, else the reason, e.g. "free_quota >= 1000: it is 250" or
 *  "official_api == true: unknown". "unlimited" passes every >= and fails every <=. */
std::optional<std::string> violation(const Constraint& constraint, const Criterion& criterion, const Fact* fact);

/** violation() in `lang` ("tr" Turkish, anything else English exactly as violation()).
 *  Turkish names the criterion by its Turkish label (the id when it has none), writes
 *  operators as symbols and numbers with a decimal comma, e.g. "Ücretsiz kota ≥ 1.000:
 *  değeri 250", "Resmî API = evet: bilinmiyor", "Erişim = public veya waitlist: değeri
 *  discontinued" (ordinal levels as the catalog writes them). */
std::optional<std::string> violation(const Constraint& constraint, const Criterion& criterion, const Fact* fact,
                                     std::string_view lang);

/** A fact value written as parseConstraint reads it ("true", "1000", "unlimited", "public"). */
std::string formatConstraintValue(const FactValue& value);

} // namespace ms
