// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/catalog/diagnostic.h"

namespace ms {

/** The outcome of loading a catalog: a catalog when there were no errors, and every
 *  diagnostic found (errors and warnings), collected rather than stopping at the first. */
struct CatalogLoadResult {
    std::optional<Catalog> catalog;
    std::vector<Diagnostic> diagnostics;
    [[nodiscard]] bool ok() const { return catalog.has_value(); }
};

/** Limits that protect the loader from hostile input. */
struct LoadLimits {
    std::size_t maxDepth = 64;                  ///< nesting of arrays/objects (case C07)
    std::uintmax_t maxBytes = 64u * 1024 * 1024; ///< larger files are refused unread
};

/** Parses and validates catalog JSON text. `fileLabel` names the file in diagnostics.
 *  Never throws for bad input: syntax errors carry line:column, semantic errors the
 *  JSON pointer; duplicate object keys, numbers out of double range, nesting deeper
 *  than `limits.maxDepth` and invalid UTF-8 are errors. */
CatalogLoadResult loadCatalogFromText(std::string_view text, const std::string& fileLabel,
                                      const LoadLimits& limits = {});

/** Reads `path` and loads it as above; an unreadable or oversized file is one error. */
CatalogLoadResult loadCatalogFromFile(const std::filesystem::path& path,
                                      const LoadLimits& limits = {});

/** The outcome of loading a scenario file. */
struct ScenarioLoadResult {
    std::optional<Scenario> scenario;
    std::vector<Diagnostic> diagnostics;
    [[nodiscard]] bool ok() const { return scenario.has_value(); }
};

/** Parses and validates a scenario file (format "modelscout-scenario", version 1; see
 *  docs/decision-method.md) against `catalog`'s criteria, with the same diagnostics as
 *  catalog loading. At most 1 MiB. */
ScenarioLoadResult loadScenarioFromText(std::string_view text, const std::string& fileLabel, const Catalog& catalog);
ScenarioLoadResult loadScenarioFromFile(const std::filesystem::path& path, const Catalog& catalog);

/** The bundled catalog's path: $MODELSCOUT_DATA_DIR, then the data folder beside the
 *  executable (../share/modelscout/data, data/), then the source tree's data/. Returns
 *  an empty path when none exists. */
std::filesystem::path bundledCatalogPath();

} // namespace ms
