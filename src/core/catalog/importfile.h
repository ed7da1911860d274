// SPDX-License-Identifier: MIT
#pragma once
// Where imported model lists live in the user's data folder, and the date an import
// takes from its file name. Shared by the CLI's `import` and the GUI's File > Import.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/catalog/importers.h"

namespace ms {

/** The short id of `format`: "litellm", "openrouter", "gpt4all" (what
 *  importFormatFromString reads back). */
std::string importFormatId(ImportFormat format);

/** The imports layer the GUI writes for `format` in the data folder `dataDir`:
 *  `dataDir/imports/<format id>.json` (layer "import:<format id>.json", see
 *  docs/catalog-layers.md). One file per format, so importing a newer list of the same
 *  format replaces the older import. */
std::filesystem::path importLayerPath(const std::filesystem::path& dataDir, ImportFormat format);

/** The first date YYYY-MM-DD or YYYY-MM in the file name of `path` (not its folders)
 *  that is not glued to other digits, e.g. "litellm_model_prices_2026-03.json" ->
 *  "2026-03"; nullopt when there is none. */
std::optional<std::string> dateFromFileName(std::string_view path);

} // namespace ms
