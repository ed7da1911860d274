// SPDX-License-Identifier: MIT
#pragma once
// Internal to modelscout_core: the checked JSON reading of the catalog loader
// (loader.cpp), shared with the other readers of our own JSON files (the user's
// overrides, layers.cpp) so every file gets the same limits and the same diagnostics.
// What is not defined here inline is defined in loader.cpp.
// nlohmann/json is a PRIVATE dependency of the core: include this header only from
// the core's .cpp files, never from a public header.

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/catalog/catalog.h"
#include "core/catalog/diagnostic.h"
#include "core/catalog/factvalue.h"
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

/** Where a value is in a document, as a JSON pointer that is written out only when a
 *  diagnostic needs it (reading a large catalog then builds no pointer at all).
 *
 *  A path is a chain of steps on the stack: `p / "facts"` and `p / 3` refer to `p`,
 *  which must outlive them (keep every intermediate path in a named variable; a child
 *  of a temporary other than the document itself dangles). Keys are unescaped tokens
 *  (views of literals or of the document's own keys); str() escapes them (RFC 6901). */
class JsonPath {
public:
    /** The whole document: the pointer "". */
    JsonPath() = default;
    /** A pointer already written out (escaped), e.g. "/format" or "/overrides/3";
     *  `pointer` must outlive the path (a temporary passed to a call does). */
    JsonPath(const char* pointer) : m_kind(Kind::Written), m_token(pointer) {}
    JsonPath(const std::string& pointer) : m_kind(Kind::Written), m_token(pointer) {}

    /** The member `key` of the object at this path. */
    JsonPath operator/(std::string_view key) const { return JsonPath(*this, Kind::Key, key, 0); }
    /** The element `index` of the array at this path. */
    JsonPath operator/(std::size_t index) const { return JsonPath(*this, Kind::Index, {}, index); }

    /** The JSON pointer, e.g. "/alternatives/3/facts/free_quota". */
    [[nodiscard]] std::string str() const;

private:
    enum class Kind : unsigned char { Document, Written, Key, Index };
    JsonPath(const JsonPath& parent, Kind kind, std::string_view token, std::size_t index)
        // The document has nothing to write: a child of it keeps no reference to it, so
        // `JsonPath() / "format"` is safe.
        : m_parent(parent.m_kind == Kind::Document ? nullptr : &parent), m_kind(kind), m_token(token), m_index(index)
    {
    }
    void appendTo(std::string& out) const;

    const JsonPath* m_parent = nullptr;
    Kind m_kind = Kind::Document;
    std::string_view m_token; ///< Key: the unescaped key; Written: the whole pointer
    std::size_t m_index = 0;  ///< Index only
};

/** Collects the diagnostics about one file (the catalog loader's, the overrides
 *  reader's and the layer merger's), with the pointer of the value concerned. */
class DiagnosticSink {
public:
    DiagnosticSink(std::string file, std::vector<Diagnostic>& out) : m_file(std::move(file)), m_out(out) {}

    /** An error or a warning about the value at `at` (a JsonPath, or a pointer written
     *  out such as "/format"). */
    void error(const JsonPath& at, std::string message) { add(Severity::Error, at.str(), std::move(message)); }
    void warning(const JsonPath& at, std::string message) { add(Severity::Warning, at.str(), std::move(message)); }
    /** Diagnostics collected elsewhere, appended as they are. */
    void addAll(std::vector<Diagnostic>&& diagnostics)
    {
        m_out.insert(m_out.end(), std::make_move_iterator(diagnostics.begin()), std::make_move_iterator(diagnostics.end()));
    }

protected:
    /** The file named by later diagnostics. */
    void setFile(std::string file) { m_file = std::move(file); }

private:
    void add(Severity severity, std::string pointer, std::string message)
    {
        m_out.push_back({severity, m_file, std::move(pointer), 0, 0, std::move(message)});
    }

    std::string m_file;
    std::vector<Diagnostic>& m_out;
};

/** The checks shared by the readers of our JSON files (catalog, scenario, overrides),
 *  with their exact messages. Strings are handed out as pointers into the document so
 *  the reader can check them and then move them out (the document is discarded after
 *  reading); a reader must not describe a value in a message after moving it out. */
class JsonValidator : public DiagnosticSink {
public:
    using DiagnosticSink::DiagnosticSink;

    /** A warning "unknown key \"k\" is ignored" for each member of the object `obj`
     *  whose key is not in `allowed`, in the object's key order. */
    void unknownKeys(const nlohmann::json& obj, const JsonPath& at, std::initializer_list<std::string_view> allowed);

    /** The member `key` of the object `obj`, or nullptr (with the error "missing required
     *  key" naming `expected` when `required`). */
    nlohmann::json* member(nlohmann::json& obj, const JsonPath& at, std::string_view key, bool required,
                           const char* expected);

    /** The string member `key` (see member()), or nullptr; a value of another type is an
     *  error at its own path. The string may be moved out. */
    std::string* string(nlohmann::json& obj, const JsonPath& at, std::string_view key, bool required,
                        const char* expected = "a string");

    /** The value of a fact of criterion `cr`: null (unknown), or a number ("unlimited"
     *  where allowed), a boolean or one of the levels by the criterion's type. Otherwise
     *  an error at `at` and nullopt. An ordinal level is moved out of `v`. */
    std::optional<FactValue> criterionValue(const Criterion& cr, nlohmann::json& v, const JsonPath& at);

    /** The value of a detail: a string (moved out of `v`), number, boolean or null;
     *  otherwise an error at `at` and nullopt. */
    std::optional<FactValue> detailValue(nlohmann::json& v, const JsonPath& at);
};

} // namespace ms::detail
