// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "core/catalog/catalog.h"

namespace ms {

/** `catalog` as catalog JSON (docs/catalog-format.md, format_version 1) that
 *  loadCatalogFromText (core/catalog/loader.h) reads back to an equal Catalog.
 *
 *  Keys are written in the order the format document lists them; optional keys are
 *  left out when empty (a fact's `estimate` when false, a text's `tr` when empty).
 *  Numbers: a whole number of magnitude below 2^53 is written as an integer ("8987411904",
 *  not "8987411904.0"); any other finite double in the shortest form that reads back to
 *  the same double (nlohmann/json's Grisu2), never through the process locale (case C04).
 *  A non-finite number, which JSON cannot hold, is written as null (unknown). Profiles
 *  are written with their scenario members (scenarioToJson's form). Bytes of catalog
 *  text that are not valid UTF-8 are replaced by U+FFFD (a loaded or imported catalog
 *  has none). Indented by two spaces, ends in a newline. */
std::string catalogToJson(const Catalog& catalog);

} // namespace ms
