// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace ms::cli {

/** What `modelscout-cli import` was asked to do. */
struct ImportOptions {
    std::string from; ///< litellm | openrouter | gpt4all
    std::string inputPath; ///< the vendor's model list
    std::string outputPath; ///< the catalog to write
    std::string asOf; ///< the list's date; empty: from the file name, else today (UTC)
};

/** The first date YYYY-MM-DD or YYYY-MM in the file name of `path` (not its folders),
 *  e.g. "litellm_model_prices_2026-03.json" -> "2026-03"; nullopt when there is none. */
std::optional<std::string> dateFromFileName(std::string_view path);

/** Runs `import`: reads the model list, converts it with ms::importCatalog against the
 *  bundled catalog's criteria, checks that the result loads, and writes it atomically
 *  (to `<out>.tmp`, then renamed over `<out>`). Prints "imported N alternatives, skipped
 *  M" to `out` and every diagnostic to `err`. Returns ExitOk, or ExitBadInput when the
 *  list, the date or the output file is wrong. */
int runImport(const ImportOptions& options, std::ostream& out, std::ostream& err);

} // namespace ms::cli
