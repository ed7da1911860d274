// SPDX-License-Identifier: MIT
#pragma once
// Internal to modelscout_core: the checked JSON reading of the catalog loader
// (loader.cpp), shared with the other readers of our own JSON files (the user's
// overrides, layers.cpp) so every file gets the same limits and the same diagnostics.
// nlohmann/json is a PRIVATE dependency of the core: include this header only from
// the core's .cpp files, never from a public header.

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/catalog/diagnostic.h"
#include "core/catalog/loader.h"

namespace ms::detail {

/** Parses `text` into `root` with the checks every input of ours gets: size, nesting
 *  depth, duplicate keys, numbers out of double range, invalid UTF-8; syntax errors
 *  carry line:column. `what` names the kind of file in messages ("catalog"). Returns
 *  false when nothing usable was read (duplicate keys are errors but the document is
 *  still returned for validation). */
bool parseJsonChecked(std::string_view text, const std::string& fileLabel, const LoadLimits& limits,
                      nlohmann::json& root, std::vector<Diagnostic>& diagnostics, const char* what);

/** Adds line:column to the diagnostics that have a JSON pointer but no position. */
void placeJsonDiagnostics(std::string_view text, std::vector<Diagnostic>& diagnostics);

/** How a value is named in messages: `null`, `number 3`, `string "abc"`, `an array`... */
std::string describeJson(const nlohmann::json& value);

/** True for "YYYY-MM" and "YYYY-MM-DD" (month 01-12, day 01-31), the catalog's dates. */
bool isCatalogDate(std::string_view text);

} // namespace ms::detail
