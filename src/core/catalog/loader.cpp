// SPDX-License-Identifier: MIT
#include "core/catalog/loader.h"
#include "core/catalog/jsoninput.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <list>
#include <regex>
#include <set>
#include <sstream>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/decision/constraints.h"
#include "core/log/log.h"

namespace ms {

using nlohmann::json;
using detail::cleanParserMessage;
using detail::escapePointerToken;
using detail::JsonPath;
using detail::stringStart;
using detail::TrackingIterator;

namespace {

// ---------------------------------------------------------------------------
// Positions
// ---------------------------------------------------------------------------


struct LineColumn {
    int line = 0;
    int column = 0;
};

/** 1-based line and column (in UTF-8 code points) of byte `offset` in `text`. */
LineColumn lineColumnAt(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    LineColumn lc{1, 1};
    for (std::size_t i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++lc.line;
            lc.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++lc.column;
        }
    }
    return lc;
}

/** The offset where the scalar token that ends at or just before `offset` starts (the
 *  lexer may have read one character past a number). */
std::size_t scalarStart(std::string_view text, std::size_t offset)
{
    if (offset >= text.size())
        return offset;
    if (text[offset] == '"')
        return stringStart(text, offset);
    auto partOfToken = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '+' || c == '-';
    };
    std::size_t i = offset;
    if (!partOfToken(text[i]) && i > 0)
        --i;
    while (i > 0 && partOfToken(text[i - 1]))
        --i;
    return i;
}

// ---------------------------------------------------------------------------
// SAX: build the document, refuse deep nesting, find duplicate keys
// ---------------------------------------------------------------------------

struct DuplicateKey {
    std::string objectPointer;
    std::string key;
    std::size_t offset = 0;
};

/** Takes the elements of the top-level object's "alternatives" array one by one as the
 *  parser completes them, so a large catalog is checked while it is read and the
 *  document never holds more than one alternative (docs/performance.md). */
class AlternativesStream {
public:
    virtual ~AlternativesStream() = default;
    /** The array starts; `root` holds the members read before it. Returns whether to
     *  stream the array (otherwise it is kept in the document as usual). */
    virtual bool begin(json& root) = 0;
    /** A complete element; the builder destroys it afterwards. */
    virtual void element(json& element) = 0;
};

/** Builds a json DOM like nlohmann's own SAX DOM parser, with a depth limit checked
 *  before any deep value exists (case C07) and duplicate keys reported (case C09). The
 *  first occurrence of a duplicate key is kept. */
class CheckedDomBuilder {
public:
    CheckedDomBuilder(json& root, std::string_view text, const char** lastRead, std::size_t maxDepth,
                      AlternativesStream* stream = nullptr)
        : m_root(root), m_text(text), m_lastRead(lastRead), m_maxDepth(maxDepth), m_stream(stream) {}

    bool null() { return put(json(nullptr)); }
    bool boolean(bool v) { return put(json(v)); }
    bool number_integer(json::number_integer_t v) { return put(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return put(json(v)); }
    bool number_float(json::number_float_t v, const json::string_t&) { return put(json(v)); }
    bool string(json::string_t& v) { return put(json(std::move(v))); }
    bool binary(json::binary_t&) { return put(json(nullptr)); }

    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t& k)
    {
        // One map lookup per key, as in nlohmann's own DOM parser: the slot is made now
        // and filled by place(); a duplicate finds the first occurrence's slot.
        Frame& top = m_stack.back();
        // The key is moved into the object (a duplicate leaves it untouched); the lexer
        // starts its next token afresh.
        const auto [it, inserted] = top.value->get_ref<json::object_t&>().try_emplace(std::move(k));
        m_skipNext = !inserted;
        if (m_skipNext)
            m_duplicates.push_back({currentContainerPointer(), k, stringStart(m_text, currentOffset())});
        top.key = &it->first;
        top.slot = &it->second;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& lastToken, const nlohmann::detail::exception& ex)
    {
        m_errorPosition = position;
        m_errorToken = lastToken;
        m_errorId = ex.id;
        m_errorMessage = cleanParserMessage(ex.what());
        return false;
    }

    bool depthExceeded() const { return m_depthExceeded; }
    std::size_t depthOffset() const { return m_depthOffset; }
    const std::vector<DuplicateKey>& duplicates() const { return m_duplicates; }
    /** Whether the "alternatives" array was streamed (it is then empty in the document). */
    bool streamed() const { return m_streamed; }
    /** The "id" of streamed alternative `index` when it was a string (duplicate-key
     *  messages name the alternative). */
    const std::string* streamedId(std::size_t index) const
    {
        return index < m_streamedIds.size() && m_streamedIds[index] ? &*m_streamedIds[index] : nullptr;
    }
    bool failed() const { return m_errorId != 0 || m_depthExceeded; }
    std::size_t errorPosition() const { return m_errorPosition; }
    const std::string& errorToken() const { return m_errorToken; }
    int errorId() const { return m_errorId; }
    const std::string& errorMessage() const { return m_errorMessage; }

private:
    struct Frame {
        json* value;
        const std::string* key = nullptr; // last key seen (objects), in the object's own map
        std::size_t index = 0;            // next index (arrays)
        json* slot = nullptr;             // where the value of `key` goes (objects)
        bool streamed = false;            // the streamed "alternatives" array
    };

    std::size_t currentOffset() const
    {
        return *m_lastRead ? static_cast<std::size_t>(*m_lastRead - m_text.data()) : 0;
    }

    /** The JSON pointer of the innermost open container. */
    std::string currentContainerPointer() const
    {
        std::string p;
        for (std::size_t i = 0; i + 1 < m_stack.size(); ++i) {
            const Frame& parent = m_stack[i];
            if (parent.value->is_object())
                p += '/' + escapePointerToken(*parent.key);
            else
                p += '/' + std::to_string(parent.index - 1);
        }
        return p;
    }

    json* place(json&& v)
    {
        if (m_stack.empty()) {
            m_root = std::move(v);
            return &m_root;
        }
        Frame& top = m_stack.back();
        if (top.value->is_array()) {
            top.value->push_back(std::move(v));
            ++top.index;
            return &top.value->back();
        }
        if (m_skipNext) { // a duplicate key: keep the first value, park this one
            m_skipNext = false;
            m_discarded.push_back(std::move(v));
            return &m_discarded.back();
        }
        *top.slot = std::move(v);
        return top.slot;
    }

    bool put(json&& v)
    {
        place(std::move(v));
        if (!m_stack.empty() && m_stack.back().streamed)
            elementComplete();
        return true;
    }

    bool open(json&& container)
    {
        if (m_stack.size() + 1 > m_maxDepth) {
            m_depthExceeded = true;
            m_depthOffset = currentOffset();
            return false;
        }
        // The first "alternatives" member of the top-level object, when it is an array.
        const bool stream = m_stream && !m_streamed && m_stack.size() == 1 && !m_skipNext && container.is_array()
                         && m_stack[0].value->is_object() && *m_stack[0].key == "alternatives"
                         && m_stream->begin(m_root);
        json* where = place(std::move(container));
        m_stack.push_back({where, nullptr, 0, nullptr, stream});
        m_streamed = m_streamed || stream;
        return true;
    }

    bool close()
    {
        if (!m_stack.empty())
            m_stack.pop_back();
        if (!m_stack.empty() && m_stack.back().streamed)
            elementComplete();
        return true;
    }

    /** Hands the element just completed in the streamed array over, then drops it. */
    void elementComplete()
    {
        json::array_t& array = m_stack.back().value->get_ref<json::array_t&>();
        json& element = array.back();
        const json* id = element.is_object() ? &element : nullptr;
        if (id) {
            const auto it = element.find("id");
            id = it != element.end() && it->is_string() ? &*it : nullptr;
        }
        m_streamedIds.push_back(id ? std::optional<std::string>(id->get_ref<const std::string&>()) : std::nullopt);
        m_stream->element(element);
        array.clear(); // keeps its capacity: the next element reuses the slot
    }

    json& m_root;
    std::string_view m_text;
    const char** m_lastRead;
    std::size_t m_maxDepth;
    AlternativesStream* m_stream;
    bool m_streamed = false;
    std::vector<std::optional<std::string>> m_streamedIds;
    std::vector<Frame> m_stack;
    bool m_skipNext = false;
    std::list<json> m_discarded; // values of duplicate keys; a list keeps addresses stable
    std::vector<DuplicateKey> m_duplicates;
    bool m_depthExceeded = false;
    std::size_t m_depthOffset = 0;
    std::size_t m_errorPosition = 0;
    std::string m_errorToken;
    int m_errorId = 0;
    std::string m_errorMessage;
};

/** A second, read-only SAX pass that finds the byte offset of given JSON pointers, used
 *  only when there are diagnostics to place (the normal path never pays for it). */
class PointerLocator : public nlohmann::json_sax<json> {
public:
    PointerLocator(std::string_view text, const char** lastRead, std::unordered_set<std::string> targets)
        : m_text(text), m_lastRead(lastRead), m_targets(std::move(targets)) {}

    bool null() override { return scalar(); }
    bool boolean(bool) override { return scalar(); }
    bool number_integer(number_integer_t) override { return scalar(); }
    bool number_unsigned(number_unsigned_t) override { return scalar(); }
    bool number_float(number_float_t, const string_t&) override { return scalar(); }
    bool string(string_t&) override { return scalar(); }
    bool binary(binary_t&) override { return scalar(); }
    bool start_object(std::size_t) override { value(); m_path.push_back({true, {}, 0}); return true; }
    bool start_array(std::size_t) override { value(); m_path.push_back({false, {}, 0}); return true; }
    bool end_object() override { m_path.pop_back(); advance(); return true; }
    bool end_array() override { m_path.pop_back(); advance(); return true; }
    bool key(string_t& k) override
    {
        m_path.back().key = k;
        // Place members at their key: that is where a reader looks.
        record(currentPointer(true), Place::Key);
        return !m_targets.empty();
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

    const std::map<std::string, std::size_t>& found() const { return m_found; }

private:
    struct Step {
        bool object;
        std::string key;
        std::size_t index;
    };

    std::string currentPointer(bool includeLast) const
    {
        std::string p;
        for (std::size_t i = 0; i < m_path.size(); ++i) {
            const Step& s = m_path[i];
            if (i + 1 == m_path.size() && !includeLast)
                break;
            p += '/' + (s.object ? escapePointerToken(s.key) : std::to_string(s.index));
        }
        return p;
    }

    enum class Place { Container, Key, Scalar };

    void record(const std::string& pointer, Place place = Place::Container)
    {
        const auto it = m_targets.find(pointer);
        if (it != m_targets.end()) {
            const std::size_t offset = *m_lastRead ? static_cast<std::size_t>(*m_lastRead - m_text.data()) : 0;
            m_found[pointer] = place == Place::Key ? stringStart(m_text, offset)
                             : place == Place::Scalar ? scalarStart(m_text, offset) : offset;
            m_targets.erase(it);
        }
    }

    /** Records the position of the value that starts now (array elements and the root;
     *  object members were placed at their key). */
    void value()
    {
        if (m_path.empty())
            record({});
        else if (!m_path.back().object)
            record(currentPointer(true));
    }

    /** Moves an enclosing array on to its next index once an element is complete. */
    void advance()
    {
        if (!m_path.empty() && !m_path.back().object)
            ++m_path.back().index;
    }

    bool scalar()
    {
        if (!m_path.empty() && !m_path.back().object)
            record(currentPointer(true), Place::Scalar);
        else if (m_path.empty())
            record({}, Place::Scalar);
        advance();
        return true;
    }

    std::string_view m_text;
    const char** m_lastRead;
    std::unordered_set<std::string> m_targets;
    std::vector<Step> m_path;
    std::map<std::string, std::size_t> m_found;
};

// ---------------------------------------------------------------------------
// Semantic validation
// ---------------------------------------------------------------------------

std::string describe(const json& v)
{
    switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "number " + v.dump();
    case json::value_t::string: {
        std::string s = v.get<std::string>();
        if (s.size() > 40)
            s = s.substr(0, 40) + "…";
        return "string \"" + s + "\"";
    }
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    default: return "a value of another type";
    }
}

bool isAsciiId(std::string_view s, bool allowDotDash)
{
    if (s.empty() || s.size() > 64)
        return false;
    return std::all_of(s.begin(), s.end(), [allowDotDash](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
            || (allowDotDash && (c == '.' || c == '-'));
    });
}

/** ^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$ checked by hand: std::regex took
 *  about 2,000 instructions a date, 7% of loading a large catalog (docs/performance.md). */
bool isDate(std::string_view s)
{
    auto digit = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
    auto number = [&](std::size_t i) { return (s[i] - '0') * 10 + (s[i + 1] - '0'); };
    if (s.size() != 7 && s.size() != 10)
        return false;
    if (!digit(0) || !digit(1) || !digit(2) || !digit(3) || s[4] != '-' || !digit(5) || !digit(6))
        return false;
    if (const int month = number(5); month < 1 || month > 12)
        return false;
    if (s.size() == 7)
        return true;
    if (s[7] != '-' || !digit(8) || !digit(9))
        return false;
    const int day = number(8);
    return day >= 1 && day <= 31;
}

class Validator : public detail::JsonValidator {
public:
    using JsonValidator::JsonValidator;

    /** Sources, criteria and alternatives read while the document was parsed, with
     *  their diagnostics (see CatalogStream). */
    struct ReadAhead {
        Catalog catalog;
        std::vector<Diagnostic> diagnostics;
    };

    LocalizedText text(json& obj, const JsonPath& at, std::string_view key, bool required)
    {
        LocalizedText t;
        json* v = member(obj, at, key, required, "an object {\"en\": …, \"tr\": …}");
        if (!v)
            return t;
        const JsonPath p = at / key;
        if (v->is_string()) { // a plain string is English text
            t.en = std::move(v->get_ref<std::string&>());
            return t;
        }
        if (!v->is_object()) {
            error(p, "expected an object {\"en\": …, \"tr\": …}, found " + describe(*v));
            return t;
        }
        unknownKeys(*v, p, {"en", "tr"});
        if (std::string* en = string(*v, p, "en", true)) t.en = std::move(*en);
        if (std::string* tr = string(*v, p, "tr", false)) t.tr = std::move(*tr);
        return t;
    }

    std::optional<double> number(const json& v, const JsonPath& at)
    {
        if (!v.is_number()) {
            error(at, "expected a number, found " + describe(v));
            return std::nullopt;
        }
        return v.get<double>();
    }

    /** The catalog in `root`; `ahead` holds what was read while parsing, if anything. */
    Catalog catalog(json& root, ReadAhead* ahead = nullptr)
    {
        Catalog c = ahead ? std::move(ahead->catalog) : Catalog{};
        if (!root.is_object()) {
            error("", "expected a catalog object {\"format\": \"modelscout-catalog\", …}, found " + describe(root));
            return c;
        }
        const JsonPath doc;
        unknownKeys(root, doc, {"$schema", "format", "format_version", "catalog_version", "title", "as_of",
                                "sources", "criteria", "alternatives", "profiles"});
        if (std::string* f = string(root, doc, "format", true)) {
            if (*f != "modelscout-catalog")
                error("/format", "expected \"modelscout-catalog\", found " + describe(root["format"]));
            c.format = std::move(*f);
        }
        if (const json* v = member(root, doc, "format_version", true, "the integer 1")) {
            if (!v->is_number_integer() || v->get<long long>() != 1)
                error("/format_version", "expected the integer 1 (the only format version this program reads), found " + describe(*v));
        }
        if (std::string* v = string(root, doc, "catalog_version", true)) c.version = std::move(*v);
        if (std::string* v = string(root, doc, "title", true)) c.title = std::move(*v);
        if (std::string* v = string(root, doc, "as_of", true)) {
            if (!isDate(*v))
                error("/as_of", "expected a date YYYY-MM or YYYY-MM-DD, found " + describe(root["as_of"]));
            c.asOf = std::move(*v);
        }
        if (ahead) { // all three present: their diagnostics come here, in this order
            addAll(std::move(ahead->diagnostics));
        } else {
            if (json* s = member(root, doc, "sources", true, "an array of sources"))
                sources(*s, c);
            if (json* s = member(root, doc, "criteria", true, "an array of criteria"))
                criteria(*s, c);
            if (json* s = member(root, doc, "alternatives", true, "an array of alternatives"))
                alternatives(*s, c);
        }
        if (json* s = member(root, doc, "profiles", false, "an array of profiles"))
            profiles(*s, c);
        return c;
    }

private:
    /** The "id" of the source, alternative or profile `j` (`what`) into `out`: an error
     *  unless it is an ASCII id of a-z, 0-9, '_', '.', '-' not already in `seen`. */
    template <typename Seen>
    void uniqueId(json& j, const JsonPath& p, const char* what, Seen& seen, std::string& out)
    {
        std::string* v = string(j, p, "id", true);
        if (!v)
            return;
        if (!isAsciiId(*v, true))
            error(p / "id", "expected an ASCII id of a-z, 0-9, '_', '.', '-', found " + describe(j["id"]));
        else if (!seen.insert(*v).second)
            error(p / "id", "duplicate " + std::string(what) + " id \"" + *v + "\"");
        out = std::move(*v);
    }

    bool array(const json& v, const JsonPath& at, const char* what)
    {
        if (!v.is_array()) {
            error(at, std::string("expected an array of ") + what + ", found " + describe(v));
            return false;
        }
        return true;
    }

    bool object(const json& v, const JsonPath& at, const char* what)
    {
        if (!v.is_object()) {
            error(at, std::string("expected ") + what + " object, found " + describe(v));
            return false;
        }
        return true;
    }

public:
    void sources(json& arr, Catalog& c)
    {
        const JsonPath ap = JsonPath() / "sources";
        if (!array(arr, ap, "sources"))
            return;
        c.sources.reserve(arr.size());
        std::set<std::string> seen;
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const JsonPath p = ap / i;
            json& s = arr[i];
            if (!object(s, p, "a source"))
                continue;
            unknownKeys(s, p, {"id", "title", "url", "date"});
            Source src;
            uniqueId(s, p, "source", seen, src.id);
            if (std::string* v = string(s, p, "title", true)) src.title = std::move(*v);
            if (std::string* v = string(s, p, "url", false)) src.url = std::move(*v);
            if (std::string* v = string(s, p, "date", true)) {
                if (!isDate(*v))
                    error(p / "date", "expected a date YYYY-MM or YYYY-MM-DD, found " + describe(s["date"]));
                src.date = std::move(*v);
            }
            c.sources.push_back(std::move(src));
        }
    }

    void criteria(json& arr, Catalog& c)
    {
        const JsonPath ap = JsonPath() / "criteria";
        if (!array(arr, ap, "criteria"))
            return;
        if (arr.empty())
            error(ap, "expected at least one criterion, found an empty array");
        c.criteria.reserve(arr.size());
        std::set<std::string> seen;
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const JsonPath p = ap / i;
            json& j = arr[i];
            if (!object(j, p, "a criterion"))
                continue;
            unknownKeys(j, p, {"id", "label", "description", "type", "direction", "unit", "bounds",
                               "scale", "unlimited", "levels"});
            Criterion cr;
            bool good = true;
            if (std::string* v = string(j, p, "id", true)) {
                if (!isAsciiId(*v, false)) {
                    error(p / "id", "expected an ASCII id of a-z, 0-9 and '_', found " + describe(j["id"]));
                    good = false;
                } else if (!seen.insert(*v).second) {
                    error(p / "id", "duplicate criterion id \"" + *v + "\"");
                    good = false;
                }
                cr.id = std::move(*v);
            } else {
                good = false;
            }
            cr.label = text(j, p, "label", true);
            cr.description = text(j, p, "description", false);
            if (const std::string* v = string(j, p, "type", true)) {
                if (*v == "numeric") cr.type = CriterionType::Numeric;
                else if (*v == "boolean") cr.type = CriterionType::Boolean;
                else if (*v == "ordinal") cr.type = CriterionType::Ordinal;
                else { error(p / "type", "expected \"numeric\", \"boolean\" or \"ordinal\", found " + describe(j["type"])); good = false; }
            } else {
                good = false;
            }
            if (const std::string* v = string(j, p, "direction", true)) {
                if (*v == "benefit") cr.direction = Direction::Benefit;
                else if (*v == "cost") cr.direction = Direction::Cost;
                else { error(p / "direction", "expected \"benefit\" or \"cost\", found " + describe(j["direction"])); good = false; }
            } else {
                good = false;
            }
            const bool numeric = cr.type == CriterionType::Numeric;
            if (std::string* v = string(j, p, "unit", numeric && good)) cr.unit = std::move(*v);
            if (numeric && good) {
                if (const json* b = member(j, p, "bounds", true, "[lower, upper]")) {
                    if (!b->is_array() || b->size() != 2 || !(*b)[0].is_number() || !(*b)[1].is_number()) {
                        error(p / "bounds", "expected [lower, upper] with two numbers, found " + describe(*b));
                        good = false;
                    } else {
                        cr.lower = (*b)[0].get<double>();
                        cr.upper = (*b)[1].get<double>();
                        if (!(cr.lower < cr.upper)) {
                            error(p / "bounds", "expected lower < upper, found [" + (*b)[0].dump() + ", " + (*b)[1].dump() + "]");
                            good = false;
                        }
                    }
                } else {
                    good = false;
                }
                if (const std::string* v = string(j, p, "scale", false)) {
                    if (*v == "log") cr.scale = Scale::Log;
                    else if (*v != "linear") error(p / "scale", "expected \"linear\" or \"log\", found " + describe(j["scale"]));
                }
                if (cr.scale == Scale::Log && cr.lower <= -1.0) {
                    error(p / "bounds", "a log-scale criterion needs a lower bound above -1 (log10(1 + x) must exist)");
                    good = false;
                }
                if (const json* u = member(j, p, "unlimited", false, "a boolean")) {
                    if (!u->is_boolean()) error(p / "unlimited", "expected a boolean, found " + describe(*u));
                    else cr.allowUnlimited = u->get<bool>();
                }
            }
            if (cr.type == CriterionType::Ordinal && good) {
                if (json* l = member(j, p, "levels", true, "an array of at least two level names, worst first")) {
                    if (!l->is_array() || l->size() < 2 || !std::all_of(l->begin(), l->end(), [](const json& x) { return x.is_string(); })) {
                        error(p / "levels", "expected an array of at least two level names, worst first, found " + describe(*l));
                        good = false;
                    } else {
                        cr.levels.reserve(l->size());
                        for (json& x : *l) cr.levels.push_back(std::move(x.get_ref<std::string&>()));
                    }
                } else {
                    good = false;
                }
            }
            if (good)
                c.criteria.push_back(std::move(cr));
        }
    }

private:
    /** Reads the provenance fields of a fact (shared by criteria facts and details);
     *  `value` is the fact's "value" member, if any. */
    void provenance(json& j, const JsonPath& p, const json* value, Fact& f, const Catalog& c)
    {
        const bool known = value && !value->is_null();
        if (std::string* v = string(j, p, "source", known)) {
            if (!c.source(*v))
                error(p / "source", "source \"" + *v + "\" is not listed in /sources");
            f.source = std::move(*v);
        }
        if (std::string* v = string(j, p, "as_of", known)) {
            if (!isDate(*v))
                error(p / "as_of", "expected a date YYYY-MM or YYYY-MM-DD, found " + describe(j["as_of"]));
            f.asOf = std::move(*v);
        }
        if (const json* e = member(j, p, "estimate", false, "a boolean")) {
            if (!e->is_boolean()) error(p / "estimate", "expected a boolean, found " + describe(*e));
            else f.estimate = e->get<bool>();
        }
        if (std::string* v = string(j, p, "note", false)) f.note = std::move(*v);
        if (f.estimate && f.note.empty())
            error(p, "an estimate needs a \"note\" giving its reason");
    }

public:
    void alternatives(json& arr, Catalog& c)
    {
        if (!array(arr, JsonPath() / "alternatives", "alternatives"))
            return;
        c.alternatives.reserve(arr.size());
        std::unordered_set<std::string> seen;
        seen.reserve(arr.size());
        for (std::size_t i = 0; i < arr.size(); ++i)
            alternative(arr[i], i, c, seen);
    }

    /** Element `i` of /alternatives; `seen` holds the ids of the elements before it. */
    void alternative(json& j, std::size_t i, Catalog& c, std::unordered_set<std::string>& seen)
    {
        const JsonPath ap = JsonPath() / "alternatives";
        const JsonPath p = ap / i;
        if (!object(j, p, "an alternative"))
            return;
        unknownKeys(j, p, {"id", "name", "kind", "vendor", "homepage", "status", "summary", "facts", "details"});
        Alternative& a = c.alternatives.emplace_back();
        uniqueId(j, p, "alternative", seen, a.id);
        if (std::string* v = string(j, p, "name", true)) a.name = std::move(*v);
        if (std::string* v = string(j, p, "kind", true)) {
            if (*v != "local_model" && *v != "online_api" && *v != "character_service")
                error(p / "kind", "expected \"local_model\", \"online_api\" or \"character_service\", found " + describe(j["kind"]));
            a.kind = std::move(*v);
        }
        if (std::string* v = string(j, p, "vendor", false)) a.vendor = std::move(*v);
        if (std::string* v = string(j, p, "homepage", false)) a.homepage = std::move(*v);
        if (std::string* v = string(j, p, "status", true)) {
            if (*v != "public" && *v != "waitlist" && *v != "contact_only" && *v != "discontinued")
                error(p / "status", "expected \"public\", \"waitlist\", \"contact_only\" or \"discontinued\", found " + describe(j["status"]));
            a.status = std::move(*v);
        }
        a.summary = text(j, p, "summary", false);
        if (json* facts = member(j, p, "facts", false, "an object of facts")) {
            const JsonPath fp = p / "facts";
            if (object(*facts, fp, "a facts"))
                this->facts(facts->get_ref<json::object_t&>(), fp, a, c);
        }
        if (json* details = member(j, p, "details", false, "an array of details")) {
            const JsonPath dp = p / "details";
            if (array(*details, dp, "details"))
                this->details(*details, dp, a, c);
        }
    }

private:
    void facts(json::object_t& facts, const JsonPath& fp, Alternative& a, const Catalog& c)
    {
        for (auto& [key, fj] : facts) {
            const JsonPath kp = fp / key;
            const Criterion* cr = c.criterion(key);
            if (!cr) {
                error(kp, "\"" + key + "\" is not a criterion declared in /criteria");
                continue;
            }
            if (!object(fj, kp, "a fact {\"value\": …, \"source\": …, \"as_of\": …}"))
                continue;
            unknownKeys(fj, kp, {"value", "source", "as_of", "estimate", "note"});
            Fact f;
            bool ok = true;
            json* v = member(fj, kp, "value", true, "a value or null");
            if (v) {
                const JsonPath vp = kp / "value";
                if (auto value = criterionValue(*cr, *v, vp))
                    f.value = std::move(*value);
                else
                    ok = false;
            }
            provenance(fj, kp, v, f, c);
            if (ok) // the document's keys are in the same (byte-wise) order as the facts'
                a.facts.emplace_hint(a.facts.end(), key, std::move(f));
        }
    }

    void details(json& arr, const JsonPath& dp, Alternative& a, const Catalog& c)
    {
        a.details.reserve(arr.size());
        for (std::size_t k = 0; k < arr.size(); ++k) {
            const JsonPath kp = dp / k;
            json& dj = arr[k];
            if (!object(dj, kp, "a detail"))
                continue;
            unknownKeys(dj, kp, {"key", "label", "value", "unit", "source", "as_of", "estimate", "note"});
            Detail& d = a.details.emplace_back();
            if (std::string* v = string(dj, kp, "key", true)) d.key = std::move(*v);
            d.label = text(dj, kp, "label", false);
            if (d.label.en.empty())
                d.label.en = d.key;
            json* v = member(dj, kp, "value", true, "a string, number, boolean or null");
            if (v) {
                const JsonPath vp = kp / "value";
                if (auto value = detailValue(*v, vp))
                    d.fact.value = std::move(*value);
            }
            if (std::string* u = string(dj, kp, "unit", false)) d.fact.unit = std::move(*u);
            provenance(dj, kp, v, d.fact, c);
        }
    }

    void profiles(json& arr, Catalog& c)
    {
        const JsonPath ap = JsonPath() / "profiles";
        if (!array(arr, ap, "profiles"))
            return;
        std::set<std::string> seen;
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const JsonPath p = ap / i;
            json& j = arr[i];
            if (!object(j, p, "a profile"))
                continue;
            unknownKeys(j, p, {"id", "label", "description", "weights", "method", "normalisation", "missing",
                               "constraints", "usage"});
            Profile pr;
            uniqueId(j, p, "profile", seen, pr.id);
            pr.label = text(j, p, "label", true);
            pr.description = text(j, p, "description", false);
            pr.scenario.profile = pr.id;
            scenarioFields(j, p, c, pr.scenario);
            c.profiles.push_back(std::move(pr));
        }
    }

public:
    /** Reads the scenario members of `j` (weights required; method, normalisation,
     *  missing, constraints, usage optional) into `sc`. */
    void scenarioFields(json& j, const JsonPath& p, const Catalog& c, Scenario& sc)
    {
        if (const json* w = member(j, p, "weights", true, "an object of criterion id: weight")) {
            const JsonPath wp = p / "weights";
            if (object(*w, wp, "a weights")) {
                double total = 0.0;
                for (const auto& [key, wj] : w->get_ref<const json::object_t&>()) {
                    const JsonPath kp = wp / key;
                    if (!c.criterion(key)) {
                        error(kp, "\"" + key + "\" is not a criterion declared in /criteria");
                        continue;
                    }
                    const auto value = number(wj, kp);
                    if (!value)
                        continue;
                    if (*value < 0) {
                        error(kp, "expected a weight >= 0, found " + wj.dump());
                        continue;
                    }
                    total += *value;
                    sc.weights[key] = *value;
                }
                if (total <= 0)
                    error(wp, "all weights are zero: give at least one criterion a weight above 0");
            }
        }
        if (const std::string* v = string(j, p, "method", false)) {
            if (auto m = methodFromString(*v)) sc.method = *m;
            else error(p / "method", "expected \"wsm\", \"wpm\" or \"topsis\", found " + describe(j["method"]));
        }
        if (const std::string* v = string(j, p, "normalisation", false)) {
            if (auto n = normalisationFromString(*v)) sc.normalisation = *n;
            else error(p / "normalisation", "expected \"fixed_bounds\", \"min_max\", \"max\", \"sum\", \"vector\" or \"none\", found " + describe(j["normalisation"]));
        }
        if (const std::string* v = string(j, p, "missing", false)) {
            if (auto m = missingPolicyFromString(*v)) sc.missing = *m;
            else error(p / "missing", "expected \"pessimistic\", \"optimistic\" or \"midpoint\", found " + describe(j["missing"]));
        }
        if (const json* cs = member(j, p, "constraints", false, "an array of constraints")) {
            const JsonPath cp = p / "constraints";
            if (array(*cs, cp, "constraints such as \"free_quota >= 1000\"")) {
                for (std::size_t k = 0; k < cs->size(); ++k) {
                    const JsonPath kp = cp / k;
                    if (!(*cs)[k].is_string()) {
                        error(kp, "expected a constraint such as \"free_quota >= 1000\", found " + describe((*cs)[k]));
                        continue;
                    }
                    auto parsed = parseConstraint((*cs)[k].get_ref<const std::string&>(), c);
                    if (auto* e = std::get_if<RankingError>(&parsed))
                        error(kp, e->message);
                    else
                        sc.constraints.push_back(std::get<Constraint>(std::move(parsed)));
                }
            }
        }
        if (json* u = member(j, p, "usage", false, "a usage object")) {
            const JsonPath up = p / "usage";
            if (object(*u, up, "a usage")) {
                unknownKeys(*u, up, {"monthly_active_players", "sessions_per_player_per_month", "messages_per_session",
                                     "input_tokens_per_message", "output_tokens_per_message", "payer"});
                UsageScenario usage;
                auto field = [&](const char* key, double& out) {
                    if (const json* v = member(*u, up, key, false, "a number >= 0")) {
                        const JsonPath vp = up / key;
                        const auto x = number(*v, vp);
                        if (x && *x >= 0) out = *x;
                        else if (x) error(vp, "expected a number >= 0, found " + v->dump());
                    }
                };
                field("monthly_active_players", usage.monthlyActivePlayers);
                field("sessions_per_player_per_month", usage.sessionsPerPlayerPerMonth);
                field("messages_per_session", usage.messagesPerSession);
                field("input_tokens_per_message", usage.inputTokensPerMessage);
                field("output_tokens_per_message", usage.outputTokensPerMessage);
                if (const std::string* v = string(*u, up, "payer", false)) {
                    if (auto payer = payerFromString(*v)) usage.payer = *payer;
                    else error(up / "payer", "expected \"author\" or \"player\", found " + describe((*u)["payer"]));
                }
                sc.usage = usage;
            }
        }
    }

    /** A scenario file: {"format": "modelscout-scenario", "format_version": 1, ...}. */
    Scenario scenarioFile(json& root, const Catalog& c)
    {
        Scenario sc;
        if (!root.is_object()) {
            error("", "expected a scenario object {\"format\": \"modelscout-scenario\", …}, found " + describe(root));
            return sc;
        }
        const JsonPath doc;
        unknownKeys(root, doc, {"$schema", "format", "format_version", "profile", "weights", "method", "normalisation",
                                "missing", "constraints", "usage"});
        if (const std::string* f = string(root, doc, "format", true); f && *f != "modelscout-scenario")
            error("/format", "expected \"modelscout-scenario\", found " + describe(root["format"]));
        if (const json* v = member(root, doc, "format_version", true, "the integer 1")) {
            if (!v->is_number_integer() || v->get<long long>() != 1)
                error("/format_version", "expected the integer 1 (the only format version this program reads), found " + describe(*v));
        }
        if (std::string* v = string(root, doc, "profile", false)) sc.profile = std::move(*v);
        scenarioFields(root, doc, c, sc);
        return sc;
    }
};

/** Reads a catalog's sources and criteria when its "alternatives" array starts and then
 *  each alternative as soon as the parser completes it, so the document never holds
 *  more than one alternative: the checks run on data still in the cache and the memory
 *  is reused (docs/performance.md). Only when "sources" and "criteria" come before
 *  "alternatives" (as in every catalog this program writes); otherwise the whole
 *  document is read first. The diagnostics are kept apart and put where reading the
 *  whole document would put them, so both ways give the same diagnostics in the same
 *  order; they are dropped if the parse fails. */
class CatalogStream final : public AlternativesStream {
public:
    explicit CatalogStream(const std::string& file) : m_validator(file, m_ahead.diagnostics) {}

    bool begin(json& root) override
    {
        const auto sources = root.find("sources");
        const auto criteria = root.find("criteria");
        if (sources == root.end() || criteria == root.end())
            return false;
        m_validator.sources(*sources, m_ahead.catalog);
        m_validator.criteria(*criteria, m_ahead.catalog);
        m_active = true;
        return true;
    }

    void element(json& element) override { m_validator.alternative(element, m_index++, m_ahead.catalog, m_seen); }

    /** What was read, or nullptr when the catalog was not streamed. */
    Validator::ReadAhead* readAhead() { return m_active ? &m_ahead : nullptr; }

private:
    Validator::ReadAhead m_ahead; // before m_validator, which writes into it
    Validator m_validator;
    std::unordered_set<std::string> m_seen;
    std::size_t m_index = 0;
    bool m_active = false;
};

/** Adds line:column to the diagnostics that have a pointer but no position. */
void placeDiagnostics(std::string_view text, std::vector<Diagnostic>& diagnostics)
{
    std::unordered_set<std::string> targets;
    for (const auto& d : diagnostics)
        if (d.line == 0)
            targets.insert(d.pointer);
    if (targets.empty())
        return;
    const char* lastRead = nullptr;
    PointerLocator locator(text, &lastRead, targets);
    TrackingIterator first(text.data(), &lastRead);
    TrackingIterator last(text.data() + text.size(), &lastRead);
    json::sax_parse(first, last, &locator, nlohmann::detail::input_format_t::json, false);
    for (auto& d : diagnostics) {
        if (d.line != 0)
            continue;
        const auto it = locator.found().find(d.pointer);
        if (it == locator.found().end())
            continue;
        const LineColumn lc = lineColumnAt(text, it->second);
        d.line = lc.line;
        d.column = lc.column;
    }
}

} // namespace

namespace {

/** Parses `text` into `root` with the checks every input of ours gets (size, depth,
 *  duplicate keys, number range, UTF-8). Returns false when nothing usable was read;
 *  duplicate keys are reported but the document is still returned for validation. */
bool parseChecked(std::string_view text, const std::string& fileLabel, const LoadLimits& limits, json& root,
                  std::vector<Diagnostic>& diagnostics, const char* what, AlternativesStream* stream = nullptr)
{
    auto fail = [&](std::size_t offset, std::string message) {
        const LineColumn lc = lineColumnAt(text, offset);
        diagnostics.push_back({Severity::Error, fileLabel, {}, lc.line, lc.column, std::move(message)});
    };

    if (text.size() > limits.maxBytes) {
        diagnostics.push_back({Severity::Error, fileLabel, {}, 0, 0,
            "the file is " + std::to_string(text.size()) + " bytes; a " + what + " may be at most "
                + std::to_string(limits.maxBytes) + " bytes"});
        return false;
    }

    const char* lastRead = nullptr;
    CheckedDomBuilder builder(root, text, &lastRead, limits.maxDepth, stream);
    TrackingIterator first(text.data(), &lastRead);
    TrackingIterator last(text.data() + text.size(), &lastRead);
    try {
        json::sax_parse(first, last, &builder, nlohmann::detail::input_format_t::json, true);
    } catch (const std::exception& e) { // defensive: the SAX parser reports through parse_error
        fail(0, std::string("could not be read as JSON: ") + e.what());
        return false;
    }

    if (builder.depthExceeded()) {
        fail(builder.depthOffset(), "nesting deeper than " + std::to_string(limits.maxDepth)
                                        + " levels of arrays and objects; a " + what + " needs far fewer");
        return false;
    }
    if (builder.errorId() != 0) {
        const std::size_t pos = builder.errorPosition();
        if (builder.errorId() == 406) { // number overflow: point at the number itself
            const std::size_t start = pos >= builder.errorToken().size() ? pos - builder.errorToken().size() : 0;
            fail(start, "number " + builder.errorToken() + " is out of range (expected a finite number that fits in a double)");
        } else {
            fail(pos > 0 ? pos - 1 : 0, builder.errorMessage());
        }
        return false;
    }

    for (const auto& dup : builder.duplicates()) {
        std::string where = dup.objectPointer.empty() ? std::string("the top-level object") : "object " + dup.objectPointer;
        // Name the alternative when the key is inside one.
        static const std::regex altRe(R"(^/alternatives/([0-9]+))");
        std::smatch m;
        if (std::regex_search(dup.objectPointer, m, altRe)) {
            const std::size_t index = std::stoul(m[1].str());
            const json& alts = root["alternatives"];
            if (builder.streamed()) {
                if (const std::string* id = builder.streamedId(index))
                    where = "alternative \"" + *id + "\"";
            } else if (alts.is_array() && index < alts.size() && alts[index].is_object()
                       && alts[index].contains("id") && alts[index]["id"].is_string()) {
                where = "alternative \"" + alts[index]["id"].get<std::string>() + "\"";
            }
        }
        const LineColumn lc = lineColumnAt(text, dup.offset);
        diagnostics.push_back({Severity::Error, fileLabel, dup.objectPointer + "/" + escapePointerToken(dup.key),
            lc.line, lc.column,
            "duplicate key \"" + dup.key + "\" in " + where + " (each key may appear once; which value was meant is unclear)"});
    }
    return true;
}

} // namespace

CatalogLoadResult loadCatalogFromText(std::string_view text, const std::string& fileLabel, const LoadLimits& limits)
{
    CatalogLoadResult result;
    json root;
    CatalogStream stream(fileLabel);
    if (!parseChecked(text, fileLabel, limits, root, result.diagnostics, "catalog", &stream))
        return result;

    Validator validator(fileLabel, result.diagnostics);
    Catalog catalog = validator.catalog(root, stream.readAhead()); // moves the strings out of `root`
    placeDiagnostics(text, result.diagnostics);
    if (!hasErrors(result.diagnostics))
        result.catalog = std::move(catalog);
    return result;
}

namespace {

/** Reads a whole file of at most `maxBytes`; on failure adds one error. */
bool readFile(const std::filesystem::path& path, std::uintmax_t maxBytes, std::string& text,
              std::vector<Diagnostic>& diagnostics, const char* what)
{
    const std::string label = path.string();
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        diagnostics.push_back({Severity::Error, label, {}, 0, 0, "cannot read the file: " + ec.message()});
        return false;
    }
    if (size > maxBytes) {
        diagnostics.push_back({Severity::Error, label, {}, 0, 0,
            "the file is " + std::to_string(size) + " bytes; a " + what + " may be at most "
                + std::to_string(maxBytes) + " bytes"});
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diagnostics.push_back({Severity::Error, label, {}, 0, 0, "cannot open the file for reading"});
        return false;
    }
    text.resize(static_cast<std::size_t>(size));
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return true;
}

} // namespace

CatalogLoadResult loadCatalogFromFile(const std::filesystem::path& path, const LoadLimits& limits)
{
    CatalogLoadResult result;
    std::string text;
    if (!readFile(path, limits.maxBytes, text, result.diagnostics, "catalog"))
        return result;
    result = loadCatalogFromText(text, path.string(), limits);
    if (result.ok())
        log::info("loaded catalog " + path.string() + " (" + std::to_string(result.catalog->alternatives.size()) + " alternatives)");
    return result;
}

ScenarioLoadResult loadScenarioFromText(std::string_view text, const std::string& fileLabel, const Catalog& catalog)
{
    ScenarioLoadResult result;
    json root;
    LoadLimits limits;
    limits.maxBytes = 1024 * 1024;
    if (!parseChecked(text, fileLabel, limits, root, result.diagnostics, "scenario"))
        return result;
    Validator validator(fileLabel, result.diagnostics);
    Scenario scenario = validator.scenarioFile(root, catalog);
    placeDiagnostics(text, result.diagnostics);
    if (!hasErrors(result.diagnostics))
        result.scenario = std::move(scenario);
    return result;
}

ScenarioLoadResult loadScenarioFromFile(const std::filesystem::path& path, const Catalog& catalog)
{
    ScenarioLoadResult result;
    std::string text;
    if (!readFile(path, 1024 * 1024, text, result.diagnostics, "scenario"))
        return result;
    return loadScenarioFromText(text, path.string(), catalog);
}

std::filesystem::path bundledCatalogPath()
{
    namespace fs = std::filesystem;
    std::vector<fs::path> candidates;
    if (const char* env = std::getenv("MODELSCOUT_DATA_DIR"); env && *env)
        candidates.emplace_back(fs::path(env) / "catalog.json");
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path dir = exe.parent_path();
        candidates.push_back(dir / "../share/modelscout/data/catalog.json");
        candidates.push_back(dir / "data/catalog.json");
    }
#ifdef MODELSCOUT_SOURCE_DATA_DIR
    candidates.emplace_back(fs::path(MODELSCOUT_SOURCE_DATA_DIR) / "catalog.json");
#endif
    for (const auto& c : candidates) {
        if (fs::is_regular_file(c, ec))
            return fs::weakly_canonical(c, ec);
    }
    return {};
}

namespace detail {

// Thin wrappers that let layers.cpp read the user's overrides with this file's machinery.
bool parseJsonChecked(std::string_view text, const std::string& fileLabel, const LoadLimits& limits,
                      nlohmann::json& root, std::vector<Diagnostic>& diagnostics, const char* what)
{
    return parseChecked(text, fileLabel, limits, root, diagnostics, what);
}

void placeJsonDiagnostics(std::string_view text, std::vector<Diagnostic>& diagnostics)
{
    placeDiagnostics(text, diagnostics);
}

std::string describeJson(const nlohmann::json& value) { return describe(value); }

bool isCatalogDate(std::string_view text) { return isDate(text); }

void JsonPath::appendTo(std::string& out) const
{
    if (m_parent)
        m_parent->appendTo(out);
    switch (m_kind) {
    case Kind::Document: break;
    case Kind::Written: out += m_token; break;
    case Kind::Key: out += '/'; out += escapePointerToken(m_token); break;
    case Kind::Index: out += '/'; out += std::to_string(m_index); break;
    }
}

std::string JsonPath::str() const
{
    std::string out;
    appendTo(out);
    return out;
}

void JsonValidator::unknownKeys(const json& obj, const JsonPath& at, std::initializer_list<std::string_view> allowed)
{
    for (const auto& [key, value] : obj.get_ref<const json::object_t&>()) {
        (void)value;
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            warning(at / key, "unknown key \"" + key + "\" is ignored");
    }
}

json* JsonValidator::member(json& obj, const JsonPath& at, std::string_view key, bool required, const char* expected)
{
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            error(at, "missing required key \"" + std::string(key) + "\" (expected " + expected + ")");
        return nullptr;
    }
    return &*it;
}

std::string* JsonValidator::string(json& obj, const JsonPath& at, std::string_view key, bool required,
                                   const char* expected)
{
    json* v = member(obj, at, key, required, expected);
    if (!v)
        return nullptr;
    if (!v->is_string()) {
        error(at / key, "expected a string, found " + describe(*v));
        return nullptr;
    }
    return &v->get_ref<std::string&>();
}

std::optional<FactValue> JsonValidator::criterionValue(const Criterion& cr, json& v, const JsonPath& at)
{
    if (v.is_null())
        return FactValue::unknown();
    switch (cr.type) {
    case CriterionType::Numeric:
        if (v.is_number())
            return FactValue::ofNumber(v.get<double>());
        if (cr.allowUnlimited && v.is_string() && v.get_ref<const std::string&>() == "unlimited")
            return FactValue::unlimited();
        error(at, std::string("expected a number") + (cr.allowUnlimited ? ", \"unlimited\"" : "")
                      + " or null for criterion \"" + cr.id + "\", found " + describe(v));
        break;
    case CriterionType::Boolean:
        if (v.is_boolean())
            return FactValue::ofBool(v.get<bool>());
        error(at, "expected true, false or null for criterion \"" + cr.id + "\", found " + describe(v));
        break;
    case CriterionType::Ordinal: {
        if (v.is_string()) {
            std::string& s = v.get_ref<std::string&>();
            if (std::find(cr.levels.begin(), cr.levels.end(), s) != cr.levels.end())
                return FactValue::ofText(std::move(s));
        }
        std::string levels;
        for (const auto& l : cr.levels)
            levels += (levels.empty() ? "" : ", ") + ("\"" + l + "\"");
        error(at, "expected one of " + levels + " or null for criterion \"" + cr.id + "\", found " + describe(v));
        break;
    }
    }
    return std::nullopt;
}

std::optional<FactValue> JsonValidator::detailValue(json& v, const JsonPath& at)
{
    if (v.is_null()) return FactValue::unknown();
    if (v.is_boolean()) return FactValue::ofBool(v.get<bool>());
    if (v.is_number()) return FactValue::ofNumber(v.get<double>());
    if (v.is_string()) return FactValue::ofText(std::move(v.get_ref<std::string&>()));
    error(at, "expected a string, number, boolean or null, found " + describe(v));
    return std::nullopt;
}

} // namespace detail

} // namespace ms

namespace ms::detail {

/** The offset of the opening quote of the string whose closing quote is at `closing`. */
std::size_t stringStart(std::string_view text, std::size_t closing)
{
    for (std::size_t i = std::min(closing, text.size()); i-- > 0;) {
        if (text[i] != '"')
            continue;
        std::size_t backslashes = 0;
        while (i >= backslashes + 1 && text[i - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return i;
    }
    return closing;
}
std::string escapePointerToken(std::string_view token)
{
    std::string out;
    for (char c : token) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}
/** Removes nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 2: "
 *  prefix: we give the position ourselves. */
std::string cleanParserMessage(const std::string& what)
{
    static const std::regex prefix(
        R"(^\[json\.exception\.[a-z_]+\.[0-9]+\] (parse error( at line [0-9]+, column [0-9]+)?: )?)");
    return std::regex_replace(what, prefix, "", std::regex_constants::format_first_only);
}

} // namespace ms::detail
