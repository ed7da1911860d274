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

/** Builds a json DOM like nlohmann's own SAX DOM parser, with a depth limit checked
 *  before any deep value exists (case C07) and duplicate keys reported (case C09). The
 *  first occurrence of a duplicate key is kept. */
class CheckedDomBuilder {
public:
    CheckedDomBuilder(json& root, std::string_view text, const char** lastRead, std::size_t maxDepth)
        : m_root(root), m_text(text), m_lastRead(lastRead), m_maxDepth(maxDepth) {}

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
        const auto [it, inserted] = top.value->get_ref<json::object_t&>().try_emplace(k);
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
        return true;
    }

    bool open(json&& container)
    {
        if (m_stack.size() + 1 > m_maxDepth) {
            m_depthExceeded = true;
            m_depthOffset = currentOffset();
            return false;
        }
        json* where = place(std::move(container));
        m_stack.push_back({where, nullptr, 0, nullptr});
        return true;
    }

    bool close()
    {
        if (!m_stack.empty())
            m_stack.pop_back();
        return true;
    }

    json& m_root;
    std::string_view m_text;
    const char** m_lastRead;
    std::size_t m_maxDepth;
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

class Validator {
public:
    Validator(std::string file, std::vector<Diagnostic>& out) : m_file(std::move(file)), m_out(out) {}

    void error(const std::string& pointer, std::string message)
    {
        m_out.push_back({Severity::Error, m_file, pointer, 0, 0, std::move(message)});
    }
    void warning(const std::string& pointer, std::string message)
    {
        m_out.push_back({Severity::Warning, m_file, pointer, 0, 0, std::move(message)});
    }

    void unknownKeys(const json& obj, const std::string& ptr, std::initializer_list<std::string_view> allowed)
    {
        for (const auto& [key, value] : obj.items()) {
            (void)value;
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
                warning(ptr + "/" + escapePointerToken(key), "unknown key \"" + key + "\" is ignored");
        }
    }

    /** The member `key` of `obj`, or nullptr (with an error when required). */
    const json* member(const json& obj, const std::string& ptr, const char* key, bool required,
                       const char* expected)
    {
        const auto it = obj.find(std::string_view(key)); // strlen once, not per comparison
        if (it == obj.end()) {
            if (required)
                error(ptr, std::string("missing required key \"") + key + "\" (expected " + expected + ")");
            return nullptr;
        }
        return &*it;
    }

    std::optional<std::string> string(const json& obj, const std::string& ptr, const char* key, bool required)
    {
        const json* v = member(obj, ptr, key, required, "a string");
        if (!v)
            return std::nullopt;
        if (!v->is_string()) {
            error(ptr + "/" + key, "expected a string, found " + describe(*v));
            return std::nullopt;
        }
        return v->get<std::string>();
    }

    LocalizedText text(const json& obj, const std::string& ptr, const char* key, bool required)
    {
        LocalizedText t;
        const json* v = member(obj, ptr, key, required, "an object {\"en\": …, \"tr\": …}");
        if (!v)
            return t;
        const std::string p = ptr + "/" + key;
        if (v->is_string()) { // a plain string is English text
            t.en = v->get<std::string>();
            return t;
        }
        if (!v->is_object()) {
            error(p, "expected an object {\"en\": …, \"tr\": …}, found " + describe(*v));
            return t;
        }
        unknownKeys(*v, p, {"en", "tr"});
        if (auto en = string(*v, p, "en", true)) t.en = *en;
        if (auto tr = string(*v, p, "tr", false)) t.tr = *tr;
        return t;
    }

    std::optional<double> number(const json& v, const std::string& ptr)
    {
        if (!v.is_number()) {
            error(ptr, "expected a number, found " + describe(v));
            return std::nullopt;
        }
        return v.get<double>();
    }

    Catalog catalog(const json& root)
    {
        Catalog c;
        if (!root.is_object()) {
            error("", "expected a catalog object {\"format\": \"modelscout-catalog\", …}, found " + describe(root));
            return c;
        }
        unknownKeys(root, "", {"$schema", "format", "format_version", "catalog_version", "title", "as_of",
                               "sources", "criteria", "alternatives", "profiles"});
        if (auto f = string(root, "", "format", true)) {
            c.format = *f;
            if (*f != "modelscout-catalog")
                error("/format", "expected \"modelscout-catalog\", found " + describe(root["format"]));
        }
        if (const json* v = member(root, "", "format_version", true, "the integer 1")) {
            if (!v->is_number_integer() || v->get<long long>() != 1)
                error("/format_version", "expected the integer 1 (the only format version this program reads), found " + describe(*v));
        }
        if (auto v = string(root, "", "catalog_version", true)) c.version = *v;
        if (auto v = string(root, "", "title", true)) c.title = *v;
        if (auto v = string(root, "", "as_of", true)) {
            c.asOf = *v;
            if (!isDate(*v))
                error("/as_of", "expected a date YYYY-MM or YYYY-MM-DD, found " + describe(root["as_of"]));
        }
        if (const json* s = member(root, "", "sources", true, "an array of sources"))
            sources(*s, c);
        if (const json* s = member(root, "", "criteria", true, "an array of criteria"))
            criteria(*s, c);
        if (const json* s = member(root, "", "alternatives", true, "an array of alternatives"))
            alternatives(*s, c);
        if (const json* s = member(root, "", "profiles", false, "an array of profiles"))
            profiles(*s, c);
        return c;
    }

private:
    bool array(const json& v, const std::string& ptr, const char* what)
    {
        if (!v.is_array()) {
            error(ptr, std::string("expected an array of ") + what + ", found " + describe(v));
            return false;
        }
        return true;
    }

    bool object(const json& v, const std::string& ptr, const char* what)
    {
        if (!v.is_object()) {
            error(ptr, std::string("expected ") + what + " object, found " + describe(v));
            return false;
        }
        return true;
    }

    void sources(const json& arr, Catalog& c)
    {
        if (!array(arr, "/sources", "sources"))
            return;
        std::set<std::string> seen;
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const std::string p = "/sources/" + std::to_string(i);
            const json& s = arr[i];
            if (!object(s, p, "a source"))
                continue;
            unknownKeys(s, p, {"id", "title", "url", "date"});
            Source src;
            if (auto v = string(s, p, "id", true)) {
                src.id = *v;
                if (!isAsciiId(*v, true))
                    error(p + "/id", "expected an ASCII id of a-z, 0-9, '_', '.', '-', found " + describe(s["id"]));
                else if (!seen.insert(*v).second)
                    error(p + "/id", "duplicate source id \"" + *v + "\"");
            }
            if (auto v = string(s, p, "title", true)) src.title = *v;
            if (auto v = string(s, p, "url", false)) src.url = *v;
            if (auto v = string(s, p, "date", true)) {
                src.date = *v;
                if (!isDate(*v))
                    error(p + "/date", "expected a date YYYY-MM or YYYY-MM-DD, found " + describe(s["date"]));
            }
            c.sources.push_back(std::move(src));
        }
    }

    void criteria(const json& arr, Catalog& c)
    {
        if (!array(arr, "/criteria", "criteria"))
            return;
        if (arr.empty())
            error("/criteria", "expected at least one criterion, found an empty array");
        std::set<std::string> seen;
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const std::string p = "/criteria/" + std::to_string(i);
            const json& j = arr[i];
            if (!object(j, p, "a criterion"))
                continue;
            unknownKeys(j, p, {"id", "label", "description", "type", "direction", "unit", "bounds",
                               "scale", "unlimited", "levels"});
            Criterion cr;
            bool good = true;
            if (auto v = string(j, p, "id", true)) {
                cr.id = *v;
                if (!isAsciiId(*v, false)) {
                    error(p + "/id", "expected an ASCII id of a-z, 0-9 and '_', found " + describe(j["id"]));
                    good = false;
                } else if (!seen.insert(*v).second) {
                    error(p + "/id", "duplicate criterion id \"" + *v + "\"");
                    good = false;
                }
            } else {
                good = false;
            }
            cr.label = text(j, p, "label", true);
            cr.description = text(j, p, "description", false);
            if (auto v = string(j, p, "type", true)) {
                if (*v == "numeric") cr.type = CriterionType::Numeric;
                else if (*v == "boolean") cr.type = CriterionType::Boolean;
                else if (*v == "ordinal") cr.type = CriterionType::Ordinal;
                else { error(p + "/type", "expected \"numeric\", \"boolean\" or \"ordinal\", found " + describe(j["type"])); good = false; }
            } else {
                good = false;
            }
            if (auto v = string(j, p, "direction", true)) {
                if (*v == "benefit") cr.direction = Direction::Benefit;
                else if (*v == "cost") cr.direction = Direction::Cost;
                else { error(p + "/direction", "expected \"benefit\" or \"cost\", found " + describe(j["direction"])); good = false; }
            } else {
                good = false;
            }
            const bool numeric = cr.type == CriterionType::Numeric;
            if (auto v = string(j, p, "unit", numeric && good)) cr.unit = *v;
            if (numeric && good) {
                if (const json* b = member(j, p, "bounds", true, "[lower, upper]")) {
                    if (!b->is_array() || b->size() != 2 || !(*b)[0].is_number() || !(*b)[1].is_number()) {
                        error(p + "/bounds", "expected [lower, upper] with two numbers, found " + describe(*b));
                        good = false;
                    } else {
                        cr.lower = (*b)[0].get<double>();
                        cr.upper = (*b)[1].get<double>();
                        if (!(cr.lower < cr.upper)) {
                            error(p + "/bounds", "expected lower < upper, found [" + (*b)[0].dump() + ", " + (*b)[1].dump() + "]");
                            good = false;
                        }
                    }
                } else {
                    good = false;
                }
                if (auto v = string(j, p, "scale", false)) {
                    if (*v == "log") cr.scale = Scale::Log;
                    else if (*v != "linear") error(p + "/scale", "expected \"linear\" or \"log\", found " + describe(j["scale"]));
                }
                if (cr.scale == Scale::Log && cr.lower <= -1.0) {
                    error(p + "/bounds", "a log-scale criterion needs a lower bound above -1 (log10(1 + x) must exist)");
                    good = false;
                }
                if (const json* u = member(j, p, "unlimited", false, "a boolean")) {
                    if (!u->is_boolean()) error(p + "/unlimited", "expected a boolean, found " + describe(*u));
                    else cr.allowUnlimited = u->get<bool>();
                }
            }
            if (cr.type == CriterionType::Ordinal && good) {
                if (const json* l = member(j, p, "levels", true, "an array of at least two level names, worst first")) {
                    if (!l->is_array() || l->size() < 2 || !std::all_of(l->begin(), l->end(), [](const json& x) { return x.is_string(); })) {
                        error(p + "/levels", "expected an array of at least two level names, worst first, found " + describe(*l));
                        good = false;
                    } else {
                        for (const auto& x : *l) cr.levels.push_back(x.get<std::string>());
                    }
                } else {
                    good = false;
                }
            }
            if (good)
                c.criteria.push_back(std::move(cr));
        }
    }

    FactValue criterionValue(const Criterion& cr, const json& v, const std::string& ptr, bool& ok)
    {
        ok = true;
        if (v.is_null())
            return FactValue::unknown();
        switch (cr.type) {
        case CriterionType::Numeric:
            if (v.is_number())
                return FactValue::ofNumber(v.get<double>());
            if (cr.allowUnlimited && v.is_string() && v.get<std::string>() == "unlimited")
                return FactValue::unlimited();
            error(ptr, std::string("expected a number") + (cr.allowUnlimited ? ", \"unlimited\"" : "")
                           + " or null for criterion \"" + cr.id + "\", found " + describe(v));
            break;
        case CriterionType::Boolean:
            if (v.is_boolean())
                return FactValue::ofBool(v.get<bool>());
            error(ptr, "expected true, false or null for criterion \"" + cr.id + "\", found " + describe(v));
            break;
        case CriterionType::Ordinal:
            if (v.is_string()) {
                const std::string s = v.get<std::string>();
                if (std::find(cr.levels.begin(), cr.levels.end(), s) != cr.levels.end())
                    return FactValue::ofText(s);
            }
            {
                std::string levels;
                for (const auto& l : cr.levels) levels += (levels.empty() ? "" : ", ") + ("\"" + l + "\"");
                error(ptr, "expected one of " + levels + " or null for criterion \"" + cr.id + "\", found " + describe(v));
            }
            break;
        }
        ok = false;
        return FactValue::unknown();
    }

    /** Reads the provenance fields of a fact (shared by criteria facts and details). */
    void provenance(const json& j, const std::string& p, Fact& f, const Catalog& c)
    {
        const bool known = j.contains("value") && !j["value"].is_null();
        if (auto v = string(j, p, "source", known)) {
            f.source = *v;
            if (!c.source(*v))
                error(p + "/source", "source \"" + *v + "\" is not listed in /sources");
        }
        if (auto v = string(j, p, "as_of", known)) {
            f.asOf = *v;
            if (!isDate(*v))
                error(p + "/as_of", "expected a date YYYY-MM or YYYY-MM-DD, found " + describe(j["as_of"]));
        }
        if (const json* e = member(j, p, "estimate", false, "a boolean")) {
            if (!e->is_boolean()) error(p + "/estimate", "expected a boolean, found " + describe(*e));
            else f.estimate = e->get<bool>();
        }
        if (auto v = string(j, p, "note", false)) f.note = *v;
        if (f.estimate && f.note.empty())
            error(p, "an estimate needs a \"note\" giving its reason");
    }

    void alternatives(const json& arr, Catalog& c)
    {
        if (!array(arr, "/alternatives", "alternatives"))
            return;
        std::set<std::string> seen;
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const std::string p = "/alternatives/" + std::to_string(i);
            const json& j = arr[i];
            if (!object(j, p, "an alternative"))
                continue;
            unknownKeys(j, p, {"id", "name", "kind", "vendor", "homepage", "status", "summary", "facts", "details"});
            Alternative a;
            if (auto v = string(j, p, "id", true)) {
                a.id = *v;
                if (!isAsciiId(*v, true))
                    error(p + "/id", "expected an ASCII id of a-z, 0-9, '_', '.', '-', found " + describe(j["id"]));
                else if (!seen.insert(*v).second)
                    error(p + "/id", "duplicate alternative id \"" + *v + "\"");
            }
            if (auto v = string(j, p, "name", true)) a.name = *v;
            if (auto v = string(j, p, "kind", true)) {
                a.kind = *v;
                if (*v != "local_model" && *v != "online_api" && *v != "character_service")
                    error(p + "/kind", "expected \"local_model\", \"online_api\" or \"character_service\", found " + describe(j["kind"]));
            }
            if (auto v = string(j, p, "vendor", false)) a.vendor = *v;
            if (auto v = string(j, p, "homepage", false)) a.homepage = *v;
            if (auto v = string(j, p, "status", true)) {
                a.status = *v;
                if (*v != "public" && *v != "waitlist" && *v != "contact_only" && *v != "discontinued")
                    error(p + "/status", "expected \"public\", \"waitlist\", \"contact_only\" or \"discontinued\", found " + describe(j["status"]));
            }
            a.summary = text(j, p, "summary", false);
            if (const json* facts = member(j, p, "facts", false, "an object of facts")) {
                const std::string fp = p + "/facts";
                if (object(*facts, fp, "a facts")) {
                    for (const auto& [key, fj] : facts->items()) {
                        const std::string kp = fp + "/" + escapePointerToken(key);
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
                        if (const json* v = member(fj, kp, "value", true, "a value or null"))
                            f.value = criterionValue(*cr, *v, kp + "/value", ok);
                        provenance(fj, kp, f, c);
                        if (ok)
                            a.facts.emplace(key, std::move(f));
                    }
                }
            }
            if (const json* details = member(j, p, "details", false, "an array of details")) {
                const std::string dp = p + "/details";
                if (array(*details, dp, "details")) {
                    for (std::size_t k = 0; k < details->size(); ++k) {
                        const std::string kp = dp + "/" + std::to_string(k);
                        const json& dj = (*details)[k];
                        if (!object(dj, kp, "a detail"))
                            continue;
                        unknownKeys(dj, kp, {"key", "label", "value", "unit", "source", "as_of", "estimate", "note"});
                        Detail d;
                        if (auto v = string(dj, kp, "key", true)) d.key = *v;
                        d.label = text(dj, kp, "label", false);
                        if (d.label.en.empty())
                            d.label.en = d.key;
                        if (const json* v = member(dj, kp, "value", true, "a string, number, boolean or null")) {
                            if (v->is_null()) d.fact.value = FactValue::unknown();
                            else if (v->is_boolean()) d.fact.value = FactValue::ofBool(v->get<bool>());
                            else if (v->is_number()) d.fact.value = FactValue::ofNumber(v->get<double>());
                            else if (v->is_string()) d.fact.value = FactValue::ofText(v->get<std::string>());
                            else error(kp + "/value", "expected a string, number, boolean or null, found " + describe(*v));
                        }
                        if (auto v = string(dj, kp, "unit", false)) d.fact.unit = *v;
                        provenance(dj, kp, d.fact, c);
                        a.details.push_back(std::move(d));
                    }
                }
            }
            c.alternatives.push_back(std::move(a));
        }
    }

    void profiles(const json& arr, Catalog& c)
    {
        if (!array(arr, "/profiles", "profiles"))
            return;
        std::set<std::string> seen;
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const std::string p = "/profiles/" + std::to_string(i);
            const json& j = arr[i];
            if (!object(j, p, "a profile"))
                continue;
            unknownKeys(j, p, {"id", "label", "description", "weights", "method", "normalisation", "missing",
                               "constraints", "usage"});
            Profile pr;
            if (auto v = string(j, p, "id", true)) {
                pr.id = *v;
                if (!isAsciiId(*v, true))
                    error(p + "/id", "expected an ASCII id of a-z, 0-9, '_', '.', '-', found " + describe(j["id"]));
                else if (!seen.insert(*v).second)
                    error(p + "/id", "duplicate profile id \"" + *v + "\"");
            }
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
    void scenarioFields(const json& j, const std::string& p, const Catalog& c, Scenario& sc)
    {
        if (const json* w = member(j, p, "weights", true, "an object of criterion id: weight")) {
            const std::string wp = p + "/weights";
            if (object(*w, wp, "a weights")) {
                double total = 0.0;
                for (const auto& [key, wj] : w->items()) {
                    const std::string kp = wp + "/" + escapePointerToken(key);
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
        if (auto v = string(j, p, "method", false)) {
            if (auto m = methodFromString(*v)) sc.method = *m;
            else error(p + "/method", "expected \"wsm\", \"wpm\" or \"topsis\", found " + describe(j["method"]));
        }
        if (auto v = string(j, p, "normalisation", false)) {
            if (auto n = normalisationFromString(*v)) sc.normalisation = *n;
            else error(p + "/normalisation", "expected \"fixed_bounds\", \"min_max\", \"max\", \"sum\", \"vector\" or \"none\", found " + describe(j["normalisation"]));
        }
        if (auto v = string(j, p, "missing", false)) {
            if (auto m = missingPolicyFromString(*v)) sc.missing = *m;
            else error(p + "/missing", "expected \"pessimistic\", \"optimistic\" or \"midpoint\", found " + describe(j["missing"]));
        }
        if (const json* cs = member(j, p, "constraints", false, "an array of constraints")) {
            const std::string cp = p + "/constraints";
            if (array(*cs, cp, "constraints such as \"free_quota >= 1000\"")) {
                for (std::size_t k = 0; k < cs->size(); ++k) {
                    const std::string kp = cp + "/" + std::to_string(k);
                    if (!(*cs)[k].is_string()) {
                        error(kp, "expected a constraint such as \"free_quota >= 1000\", found " + describe((*cs)[k]));
                        continue;
                    }
                    auto parsed = parseConstraint((*cs)[k].get<std::string>(), c);
                    if (auto* e = std::get_if<RankingError>(&parsed))
                        error(kp, e->message);
                    else
                        sc.constraints.push_back(std::get<Constraint>(std::move(parsed)));
                }
            }
        }
        if (const json* u = member(j, p, "usage", false, "a usage object")) {
            const std::string up = p + "/usage";
            if (object(*u, up, "a usage")) {
                unknownKeys(*u, up, {"monthly_active_players", "sessions_per_player_per_month", "messages_per_session",
                                     "input_tokens_per_message", "output_tokens_per_message", "payer"});
                UsageScenario usage;
                auto field = [&](const char* key, double& out) {
                    if (const json* v = member(*u, up, key, false, "a number >= 0")) {
                        const auto x = number(*v, up + "/" + key);
                        if (x && *x >= 0) out = *x;
                        else if (x) error(up + "/" + key, "expected a number >= 0, found " + v->dump());
                    }
                };
                field("monthly_active_players", usage.monthlyActivePlayers);
                field("sessions_per_player_per_month", usage.sessionsPerPlayerPerMonth);
                field("messages_per_session", usage.messagesPerSession);
                field("input_tokens_per_message", usage.inputTokensPerMessage);
                field("output_tokens_per_message", usage.outputTokensPerMessage);
                if (auto v = string(*u, up, "payer", false)) {
                    if (auto payer = payerFromString(*v)) usage.payer = *payer;
                    else error(up + "/payer", "expected \"author\" or \"player\", found " + describe((*u)["payer"]));
                }
                sc.usage = usage;
            }
        }
    }

    /** A scenario file: {"format": "modelscout-scenario", "format_version": 1, ...}. */
    Scenario scenarioFile(const json& root, const Catalog& c)
    {
        Scenario sc;
        if (!root.is_object()) {
            error("", "expected a scenario object {\"format\": \"modelscout-scenario\", …}, found " + describe(root));
            return sc;
        }
        unknownKeys(root, "", {"$schema", "format", "format_version", "profile", "weights", "method", "normalisation",
                               "missing", "constraints", "usage"});
        if (auto f = string(root, "", "format", true); f && *f != "modelscout-scenario")
            error("/format", "expected \"modelscout-scenario\", found " + describe(root["format"]));
        if (const json* v = member(root, "", "format_version", true, "the integer 1")) {
            if (!v->is_number_integer() || v->get<long long>() != 1)
                error("/format_version", "expected the integer 1 (the only format version this program reads), found " + describe(*v));
        }
        if (auto v = string(root, "", "profile", false)) sc.profile = *v;
        scenarioFields(root, "", c, sc);
        return sc;
    }

private:
    std::string m_file;
    std::vector<Diagnostic>& m_out;
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
                  std::vector<Diagnostic>& diagnostics, const char* what)
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
    CheckedDomBuilder builder(root, text, &lastRead, limits.maxDepth);
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
            if (alts.is_array() && index < alts.size() && alts[index].is_object()
                && alts[index].contains("id") && alts[index]["id"].is_string())
                where = "alternative \"" + alts[index]["id"].get<std::string>() + "\"";
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
    if (!parseChecked(text, fileLabel, limits, root, result.diagnostics, "catalog"))
        return result;

    Validator validator(fileLabel, result.diagnostics);
    Catalog catalog = validator.catalog(root);
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
