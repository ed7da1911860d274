// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ms {

/** `value` with exactly `decimals` digits after a '.' whatever the process locale
 *  (std::to_chars; case C04). Non-finite values are written "n/a". */
std::string formatFixed(double value, int decimals);

/** Number of Unicode code points in UTF-8 `text` (a terminal column estimate). */
std::size_t displayWidth(std::string_view text);

/** `text` cut to at most `width` code points (ending in "…" when cut) and padded with
 *  spaces to exactly `width`. */
std::string fitToWidth(std::string_view text, std::size_t width);

/** `text` without leading and trailing spaces and tabs. */
std::string_view trimBlanks(std::string_view text);

/** ASCII-only lower-casing for identifiers: never a locale's case mapping (case C01). */
std::string asciiLower(std::string_view text);

} // namespace ms
