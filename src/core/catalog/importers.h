// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/catalog/diagnostic.h"

namespace ms {

/** The public model lists importCatalog reads. */
enum class ImportFormat {
    LiteLlm, ///< LiteLLM's model_prices_and_context_window.json: {model id: record}
    OpenRouter, ///< OpenRouter's /api/v1/models response: {"data": [model, ...]}
    Gpt4All, ///< GPT4All's models3.json: [model, ...], every value a string
};

/** The outcome of an import: a catalog when there were no errors, every diagnostic
 *  (skipped records and invalid fields are warnings), and how many records of the file
 *  became alternatives (`imported`) or did not (`skipped`; imported + skipped is the
 *  number of records in the file, each skip explained by a warning). */
struct ImportResult {
    std::optional<Catalog> catalog;
    std::vector<Diagnostic> diagnostics;
    std::size_t imported = 0;
    std::size_t skipped = 0;
    [[nodiscard]] bool ok() const { return catalog.has_value(); }
};

/** Reads `text` (the file named `fileLabel`, dated `asOf` "YYYY-MM" or "YYYY-MM-DD": the
 *  file's date, from its name or given by the caller) in `format` and returns a catalog
 *  in our format (docs/catalog-format.md).
 *
 *  The catalog takes its criteria and profiles from `criteriaTemplate` (pass the bundled
 *  catalog), so imported alternatives rank side by side with the bundled ones; a fact is
 *  set only for a criterion the template declares, with a value its type allows. It has
 *  one source, id "import", titled "<format name> model list: <file name>" and dated
 *  `asOf`; every imported fact and detail cites it with as_of = `asOf`.
 *
 *  Alternative ids are the format's prefix ("litellm.", "openrouter.", "gpt4all.") and
 *  the vendor's id (LiteLLM key, OpenRouter id, GPT4All file name without extension)
 *  lower-cased with ASCII-only rules (never the locale's, case C01), every character
 *  outside [a-z0-9._-] replaced by '-'; ids longer than the format's 64 characters are
 *  cut to 55 and end in '-' and 8 hex digits of a hash of the vendor's id; a repeated id
 *  gets "-2", "-3"... Names are the vendor's text as given (plain text, never markup).
 *
 *  Prices become details price_input_usd_per_1m / price_output_usd_per_1m ("USD/1M
 *  tokens") by shifting the decimal point of the vendor's own number text six places
 *  (shiftDecimalText), so "2e-07" USD/token is exactly 0.2, never the
 *  0.19999999999999998 that 2e-07 * 1e6 gives in doubles. Numbers are read locale-free (std::from_chars; case C04).
 *  See docs/catalog-format.md and the per-format rules in importers.cpp.
 *
 *  Input that is not JSON (or nests deeper than 64 levels, or is over 64 MiB) gives one
 *  error with file, line and column and no catalog; so does an `asOf` that is not a date
 *  or a top level of the wrong shape. Never throws for bad input. */
ImportResult importCatalog(std::string_view text, ImportFormat format, const std::string& fileLabel,
    const std::string& asOf, const Catalog& criteriaTemplate);

/** "litellm", "openrouter", "gpt4all" (exactly, lower case), or nullopt. */
std::optional<ImportFormat> importFormatFromString(std::string_view text);

/** The display name of a format: "LiteLLM", "OpenRouter", "GPT4All". */
std::string importFormatName(ImportFormat format);

/** The number written as `numberText` (JSON number syntax: -?digits[.digits][(e|E)[+-]digits])
 *  times 10^`places`, worked out in decimal: the digits are kept and only the exponent
 *  changes, and the result is the double nearest to that exact decimal value
 *  (std::from_chars, locale-free). So "1.25e-05" shifted by 6 is 12.5, "2e-07" is 0.2
 *  and "3.3e-06" is 3.3, where multiplying doubles gives 2e-07 * 1e6 =
 *  0.19999999999999998 and 3.3e-06 * 1e6 = 3.3000000000000003. nullopt when the text
 *  is not a JSON number or the result is outside double range. */
std::optional<double> shiftDecimalText(std::string_view numberText, int places);

} // namespace ms
