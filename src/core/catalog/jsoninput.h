// SPDX-License-Identifier: MIT
#pragma once
// Internal to modelscout_core: the checked JSON reading of the catalog loader
// (loader.cpp), shared with the other readers of our own JSON files (the user's
// overrides, layers.cpp) so every file gets the same limits and the same diagnostics.
// nlohmann/json is a PRIVATE dependency of the core: include this header only from
// the core's .cpp files, never from a public header.

#include <cstddef>
#include <iterator>
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

/** The offset of the opening quote of the string whose closing quote is at `closing`. */
std::size_t stringStart(std::string_view text, std::size_t closing);

/** `token` escaped for a JSON pointer (RFC 6901: '~' -> "~0", '/' -> "~1"). */
std::string escapePointerToken(std::string_view token);

/** nlohmann's exception text without its "[json.exception…] parse error at line L,
 *  column C: " prefix: our diagnostics give the position themselves. */
std::string cleanParserMessage(const std::string& what);

/** An input iterator over the text that remembers the last byte the lexer read, so a
 *  SAX handler knows where in the file it is. */
class TrackingIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    TrackingIterator() = default;
    TrackingIterator(const char* p, const char** lastRead) : m_p(p), m_lastRead(lastRead) {}

    reference operator*() const
    {
        *m_lastRead = m_p;
        return *m_p;
    }
    TrackingIterator& operator++() { ++m_p; return *this; }
    TrackingIterator operator++(int) { TrackingIterator t = *this; ++m_p; return t; }
    bool operator==(const TrackingIterator& o) const { return m_p == o.m_p; }
    bool operator!=(const TrackingIterator& o) const { return m_p != o.m_p; }

private:
    const char* m_p = nullptr;
    const char** m_lastRead = nullptr;
};

} // namespace ms::detail
