// SPDX-License-Identifier: MIT
// Importers for public model lists (LiteLLM, OpenRouter, GPT4All) into our catalog
// format. The files and what they do to a careless importer: shared/data/SOURCES.md.
//
// Per-format rules (each skipped record and each invalid field is one warning that
// names the record, with the file's line:column):
//
// LiteLLM (model_prices_and_context_window.json): a top-level object keyed by model id.
//   - "sample_spec" documents the fields (text where numbers belong): skipped.
//   - Records whose "mode" is not "chat" (embeddings, images, speech...): not imported;
//     one warning counts them by mode.
//   - Providers that run models on the user's own machine or servers ("ollama",
//     "lemonade", "sagemaker") list price 0, which is not a vendor price and would read
//     as a free hosted API: skipped (local models come from the GPT4All importer).
//   - A chat record needs input_cost_per_token and output_cost_per_token, numbers >= 0;
//     max_input_tokens / max_tokens, when given, numbers >= 0 (2000000.0 is fine).
//     Otherwise the record is skipped.
//   - Prices: the number text as written in the file, decimal point moved 6 places
//     (shiftDecimalText) -> details price_input_usd_per_1m / price_output_usd_per_1m.
//     context_tokens from max_input_tokens, else max_tokens.
//   - online_api, vendor = litellm_provider; official_api true, offline false,
//     hardware_gb 0, availability public, credit_card unknown; stt / tts true or false
//     from supports_audio_input / supports_audio_output when given, else unknown.
//
// OpenRouter (/api/v1/models): {"data": [...]}; prices are decimal strings, USD/token.
//   - pricing "-1" is a router's sentinel (the price depends on the model it picks):
//     skipped. "0" is a free model: kept with prices 0.
//   - A model needs "id" and pricing.prompt / pricing.completion that are decimal
//     numbers >= 0 (parsed by shiftDecimalText: from_chars, locale-free; case C04).
//   - context_length -> context_tokens (an invalid one is left unknown with a warning);
//     name, description (UTF-8 kept byte for byte), architecture.modality.
//   - online_api, vendor = the id before '/'; official_api true (OpenRouter's documented
//     API), offline false, hardware_gb 0, availability public, credit_card unknown;
//     stt / tts true when audio is among the input / output modalities, else unknown.
//
// GPT4All (models3.json): a top-level array of records whose values are strings.
//   - Embedding models ("embeddingModel": true) cannot hold a conversation: skipped.
//   - A record needs a name (or, in older lists, a filename).
//   - local_model; details filename, filesize (bytes, exact: uint64 via from_chars),
//     ram_required_gb, parameters, quant, type, description (HTML in the vendor's text:
//     stored as given, never rendered), download_url, self_hosted, removed_in.
//   - Facts: hardware_gb = ramrequired, offline true, official_api false, free_quota
//     "unlimited", author_cost 0 and player_cost 0 (estimates: no per-use cost),
//     credit_card false (estimate: a free download), player_steps unknown,
//     availability public.
//   - A number field that is not a number ("ramrequired": "lots") is left unknown with
//     a warning; the rest of the record is imported.
#include "core/catalog/importers.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <list>
#include <map>
#include <regex>
#include <set>
#include <tuple>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "core/catalog/jsoninput.h"

namespace ms {

namespace {

// Ordered: records keep the file's order, so alternatives and warnings follow it.
using Json = nlohmann::ordered_json;
using detail::cleanParserMessage;
using detail::escapePointerToken;
using detail::stringStart;
using detail::TrackingIterator;

constexpr const char* kImportSource = "import";
constexpr std::size_t kMaxDepth = 64;
constexpr std::size_t kMaxBytes = 64u * 1024 * 1024;
constexpr std::size_t kMaxIdLength = 64; // docs/catalog-format.md: ids of at most 64 characters

// ---------------------------------------------------------------------------
// Positions (the same conventions as the catalog loader)
// ---------------------------------------------------------------------------


/** 1-based line and column (in UTF-8 code points) of byte offsets, with the line
 *  starts found once. */
class LineIndex {
public:
    explicit LineIndex(std::string_view text)
        : m_text(text)
    {
        m_starts.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n')
                m_starts.push_back(i + 1);
    }

    std::pair<int, int> at(std::size_t offset) const
    {
        offset = std::min(offset, m_text.size());
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset) - 1;
        int column = 1;
        for (std::size_t i = *it; i < offset; ++i)
            if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
                ++column;
        return { static_cast<int>(it - m_starts.begin()) + 1, column };
    }

private:
    std::string_view m_text;
    std::vector<std::size_t> m_starts;
};

// ---------------------------------------------------------------------------
// Parsing: a DOM plus each number's text and each member's position
// ---------------------------------------------------------------------------

struct DuplicateKey {
    std::string objectPointer;
    std::string key;
    std::size_t offset = 0;
};

struct ParsedInput {
    Json root;
    /** JSON pointer -> the number's text as written (with '.' as the decimal point). */
    std::unordered_map<std::string, std::string> numberText;
    /** JSON pointer -> byte offset: object members at their key, array elements that are
     *  objects or arrays at their first byte. */
    std::unordered_map<std::string, std::size_t> offsets;
    std::vector<DuplicateKey> duplicates;
};

/** Builds the document like nlohmann's SAX DOM parser, with a depth limit checked before
 *  any deep value exists (case C07), duplicate keys reported (the first value is kept;
 *  case C09), and the text of every number kept: nlohmann's number_float receives the
 *  lexer's token text, a plain parse throws it away. */
class ImportDomBuilder {
public:
    ImportDomBuilder(ParsedInput& out, std::string_view text, const char** lastRead)
        : m_out(out)
        , m_text(text)
        , m_lastRead(lastRead)
    {
    }

    bool null() { return put(Json(nullptr)); }
    bool boolean(bool v) { return put(Json(v)); }
    bool number_integer(Json::number_integer_t v) { return putNumber(Json(v), std::to_string(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return putNumber(Json(v), std::to_string(v)); }
    bool number_float(Json::number_float_t v, const Json::string_t& text)
    {
        // nlohmann's lexer writes the process locale's decimal point into the token text
        // (lexer::get_decimal_point: ',' under tr_TR or de_DE, case C04). The token has
        // already been checked against the JSON grammar, so the one character that is
        // not a digit, sign or exponent mark is the decimal point.
        std::string s = text;
        for (char& c : s)
            if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == 'e' || c == 'E'))
                c = '.';
        return putNumber(Json(v), std::move(s));
    }
    bool string(Json::string_t& v) { return put(Json(std::move(v))); }
    bool binary(Json::binary_t&) { return put(Json(nullptr)); }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(Json::string_t& k)
    {
        Frame& top = m_stack.back();
        m_skipNext = top.value->contains(k);
        const std::size_t at = stringStart(m_text, currentOffset());
        if (m_skipNext)
            m_out.duplicates.push_back({ top.pointer, k, at });
        top.key = k;
        if (!top.discarded && !m_skipNext)
            m_out.offsets.emplace(top.pointer + "/" + escapePointerToken(k), at);
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
    std::size_t errorPosition() const { return m_errorPosition; }
    const std::string& errorToken() const { return m_errorToken; }
    int errorId() const { return m_errorId; }
    const std::string& errorMessage() const { return m_errorMessage; }

private:
    struct Frame {
        Json* value;
        std::string pointer; // of this container
        bool discarded = false; // the value of a duplicate key, or inside one
        std::string key; // last key seen (objects)
        std::size_t index = 0; // next index (arrays)
    };

    struct Placed {
        Json* value;
        std::string pointer;
        bool discarded;
    };

    std::size_t currentOffset() const
    {
        return *m_lastRead ? static_cast<std::size_t>(*m_lastRead - m_text.data()) : 0;
    }

    Placed place(Json&& v)
    {
        if (m_stack.empty()) {
            m_out.root = std::move(v);
            return { &m_out.root, {}, false };
        }
        Frame& top = m_stack.back();
        if (top.value->is_array()) {
            std::string pointer = top.pointer + "/" + std::to_string(top.index++);
            top.value->push_back(std::move(v));
            return { &top.value->back(), std::move(pointer), top.discarded };
        }
        std::string pointer = top.pointer + "/" + escapePointerToken(top.key);
        if (m_skipNext) { // a duplicate key: keep the first value, park this one
            m_skipNext = false;
            m_discarded.push_back(std::move(v));
            return { &m_discarded.back(), std::move(pointer), true };
        }
        Json& slot = (*top.value)[top.key];
        slot = std::move(v);
        return { &slot, std::move(pointer), top.discarded };
    }

    bool put(Json&& v)
    {
        place(std::move(v));
        return true;
    }

    bool putNumber(Json&& v, std::string text)
    {
        Placed p = place(std::move(v));
        if (!p.discarded)
            m_out.numberText.emplace(std::move(p.pointer), std::move(text));
        return true;
    }

    bool open(Json&& container)
    {
        if (m_stack.size() + 1 > kMaxDepth) {
            m_depthExceeded = true;
            m_depthOffset = currentOffset();
            return false;
        }
        const bool inArray = !m_stack.empty() && m_stack.back().value->is_array();
        const std::size_t at = currentOffset();
        Placed p = place(std::move(container));
        if (inArray && !p.discarded)
            m_out.offsets.emplace(p.pointer, at);
        m_stack.push_back({ p.value, std::move(p.pointer), p.discarded, {}, 0 });
        return true;
    }

    bool close()
    {
        if (!m_stack.empty())
            m_stack.pop_back();
        return true;
    }

    ParsedInput& m_out;
    std::string_view m_text;
    const char** m_lastRead;
    std::vector<Frame> m_stack;
    bool m_skipNext = false;
    std::list<Json> m_discarded; // values of duplicate keys; a list keeps addresses stable
    bool m_depthExceeded = false;
    std::size_t m_depthOffset = 0;
    std::size_t m_errorPosition = 0;
    std::string m_errorToken;
    int m_errorId = 0;
    std::string m_errorMessage;
};

/** Parses `text`; on failure adds one error with line:column and returns false. */
bool parseInput(std::string_view text, const std::string& fileLabel, const LineIndex& lines, ParsedInput& out,
    std::vector<Diagnostic>& diagnostics)
{
    auto fail = [&](std::size_t offset, std::string message) {
        const auto [line, column] = lines.at(offset);
        diagnostics.push_back({ Severity::Error, fileLabel, {}, line, column, std::move(message) });
    };
    if (text.size() > kMaxBytes) {
        diagnostics.push_back({ Severity::Error, fileLabel, {}, 0, 0,
            "the file is " + std::to_string(text.size()) + " bytes; a model list may be at most "
                + std::to_string(kMaxBytes) + " bytes" });
        return false;
    }
    const char* lastRead = nullptr;
    ImportDomBuilder builder(out, text, &lastRead);
    TrackingIterator first(text.data(), &lastRead);
    TrackingIterator last(text.data() + text.size(), &lastRead);
    try {
        Json::sax_parse(first, last, &builder, nlohmann::detail::input_format_t::json, true);
    } catch (const std::exception& e) { // defensive: the SAX parser reports through parse_error
        fail(0, std::string("could not be read as JSON: ") + e.what());
        return false;
    }
    if (builder.depthExceeded()) {
        fail(builder.depthOffset(),
            "nesting deeper than " + std::to_string(kMaxDepth)
                + " levels of arrays and objects; a model list needs far fewer");
        return false;
    }
    if (builder.errorId() != 0) {
        const std::size_t pos = builder.errorPosition();
        if (builder.errorId() == 406) { // number overflow: point at the number itself
            const std::size_t start = pos >= builder.errorToken().size() ? pos - builder.errorToken().size() : 0;
            fail(start,
                "number " + builder.errorToken() + " is out of range (expected a finite number that fits in a double)");
        } else {
            fail(pos > 0 ? pos - 1 : 0, builder.errorMessage());
        }
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

std::string describe(const Json& v)
{
    switch (v.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return v.get<bool>() ? "true" : "false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return "number " + v.dump();
    case Json::value_t::string: {
        std::string s = v.get<std::string>();
        if (s.size() > 40) {
            std::size_t cut = 40;
            while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
                --cut; // never cut inside a UTF-8 sequence
            s = s.substr(0, cut) + "…";
        }
        return "string \"" + s + "\"";
    }
    case Json::value_t::array:
        return "an array";
    case Json::value_t::object:
        return "an object";
    default:
        return "a value of another type";
    }
}

bool isDate(std::string_view s)
{
    static const std::regex re(R"(^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$)");
    return std::regex_match(s.begin(), s.end(), re);
}

const Json* member(const Json& obj, const char* key)
{
    if (!obj.is_object())
        return nullptr;
    const auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

std::string stringMember(const Json& obj, const char* key)
{
    const Json* v = member(obj, key);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

/** A non-negative integer written in decimal digits only (no sign, space or point),
 *  read with std::from_chars. */
std::optional<std::uint64_t> parseUnsigned(std::string_view s)
{
    if (s.empty() || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    std::uint64_t v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return v;
}

/** A finite number >= 0 written in JSON number syntax ("8", "7.5"), read locale-free. */
std::optional<double> parseNonNegative(std::string_view s)
{
    const auto v = shiftDecimalText(s, 0);
    if (!v || *v < 0)
        return std::nullopt;
    return v;
}

std::uint32_t fnv1a(std::string_view s)
{
    std::uint32_t h = 2166136261u;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

std::string hex8(std::uint32_t v)
{
    static const char digits[] = "0123456789abcdef";
    std::string out(8, '0');
    for (int i = 7; i >= 0; --i, v >>= 4)
        out[static_cast<std::size_t>(i)] = digits[v & 0xF];
    return out;
}

// ---------------------------------------------------------------------------
// Building the catalog
// ---------------------------------------------------------------------------

struct DetailLabel {
    const char* key;
    const char* en;
    const char* tr;
};

constexpr DetailLabel kDetailLabels[] = {
    { "price_input_usd_per_1m", "Price per 1M input tokens", "1M girdi token'ı başına fiyat" },
    { "price_output_usd_per_1m", "Price per 1M output tokens", "1M çıktı token'ı başına fiyat" },
    { "context_tokens", "Context window", "Bağlam penceresi" },
    { "modality", "Input and output", "Girdi ve çıktı" },
    { "description", "Description", "Açıklama" },
    { "filename", "File name", "Dosya adı" },
    { "filesize", "File size", "Dosya boyutu" },
    { "ram_required_gb", "RAM required", "Gereken RAM" },
    { "parameters", "Parameters", "Parametre sayısı" },
    { "quant", "Quantisation", "Nicemleme" },
    { "type", "Model family", "Model ailesi" },
    { "download_url", "Download", "İndirme adresi" },
    { "self_hosted", "Runs on the player's machine", "Oyuncunun bilgisayarında çalışır" },
    { "removed_in", "Removed from GPT4All in version", "GPT4All'dan kaldırıldığı sürüm" },
};

/** Shared state of one import: the result, the vendor file's positions, ids in use. */
class Importer {
public:
    Importer(const ParsedInput& input, const LineIndex& lines, const std::string& fileLabel, const std::string& asOf,
        const Catalog& criteriaTemplate, ImportResult& result)
        : m_input(input)
        , m_lines(lines)
        , m_file(fileLabel)
        , m_asOf(asOf)
        , m_template(criteriaTemplate)
        , m_result(result)
    {
    }

    /** A warning at `pointer` in the vendor's file, placed at the nearest member found. */
    void warn(const std::string& pointer, std::string message)
    {
        Diagnostic d { Severity::Warning, m_file, pointer, 0, 0, std::move(message) };
        std::string p = pointer;
        while (!p.empty()) {
            const auto it = m_input.offsets.find(p);
            if (it != m_input.offsets.end()) {
                std::tie(d.line, d.column) = m_lines.at(it->second);
                break;
            }
            p.erase(p.rfind('/'));
        }
        m_result.diagnostics.push_back(std::move(d));
    }

    void warnAt(const std::string& pointer, std::size_t offset, std::string message)
    {
        Diagnostic d { Severity::Warning, m_file, pointer, 0, 0, std::move(message) };
        std::tie(d.line, d.column) = m_lines.at(offset);
        m_result.diagnostics.push_back(std::move(d));
    }

    void error(const std::string& pointer, std::string message)
    {
        m_result.diagnostics.push_back({ Severity::Error, m_file, pointer, 0, 0, std::move(message) });
    }

    /** The number text as written in the file for the number at `pointer`. */
    std::string numberText(const std::string& pointer, const Json& value) const
    {
        const auto it = m_input.numberText.find(pointer);
        return it != m_input.numberText.end() ? it->second : value.dump();
    }

    /** A new alternative with a unique id made from `prefix` and the vendor's id. */
    Alternative alternative(const std::string& prefix, std::string_view vendorId, std::string name, std::string kind)
    {
        Alternative a;
        a.id = uniqueId(prefix, vendorId);
        a.name = std::move(name);
        a.kind = std::move(kind);
        a.status = "public";
        return a;
    }

    /** Sets the fact for `criterionId` when the template declares that criterion and
     *  `value` is valid for its type; otherwise leaves it out (unknown). */
    void fact(Alternative& a, const char* criterionId, FactValue value, std::string note, bool estimate = false)
    {
        const Criterion* cr = m_template.criterion(criterionId);
        if (!cr)
            return;
        bool valid = true;
        switch (value.kind) {
        case FactValue::Kind::Unknown:
            break;
        case FactValue::Kind::Boolean:
            valid = cr->type == CriterionType::Boolean;
            break;
        case FactValue::Kind::Number:
            valid = cr->type == CriterionType::Numeric && std::isfinite(value.number);
            break;
        case FactValue::Kind::Unlimited:
            valid = cr->type == CriterionType::Numeric && cr->allowUnlimited;
            break;
        case FactValue::Kind::Text:
            valid = cr->type == CriterionType::Ordinal
                && std::find(cr->levels.begin(), cr->levels.end(), value.text) != cr->levels.end();
            break;
        }
        if (!valid)
            return;
        Fact f;
        f.value = std::move(value);
        f.source = kImportSource;
        f.asOf = m_asOf;
        f.estimate = estimate;
        f.note = std::move(note);
        a.facts[criterionId] = std::move(f);
    }

    void detail(Alternative& a, const char* key, FactValue value, std::string unit = {}, std::string note = {})
    {
        Detail d;
        d.key = key;
        d.label.en = key;
        for (const auto& l : kDetailLabels) {
            if (std::string_view(l.key) == key) {
                d.label.en = l.en;
                d.label.tr = l.tr;
                break;
            }
        }
        d.fact.value = std::move(value);
        d.fact.unit = std::move(unit);
        d.fact.source = kImportSource;
        d.fact.asOf = m_asOf;
        d.fact.note = std::move(note);
        a.details.push_back(std::move(d));
    }

    void add(Alternative a)
    {
        m_alternatives.push_back(std::move(a));
        ++m_result.imported;
    }

    void skip() { ++m_result.skipped; }

    std::vector<Alternative> takeAlternatives() { return std::move(m_alternatives); }

private:
    std::string uniqueId(const std::string& prefix, std::string_view vendorId)
    {
        std::string id = prefix;
        for (std::size_t i = 0; i < vendorId.size(); ++i) {
            const auto c = static_cast<unsigned char>(vendorId[i]);
            if (c >= 0x80) {
                // One '-' per UTF-8 character: skip its continuation bytes.
                if ((c & 0xC0) != 0x80)
                    id += '-';
                continue;
            }
            char ch = static_cast<char>(c);
            if (ch >= 'A' && ch <= 'Z') // ASCII-only case folding (case C01)
                ch = static_cast<char>(ch - 'A' + 'a');
            const bool allowed
                = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-';
            id += allowed ? ch : '-';
        }
        if (id.size() > kMaxIdLength)
            id = id.substr(0, kMaxIdLength - 9) + "-" + hex8(fnv1a(vendorId));
        if (m_usedIds.insert(id).second)
            return id;
        for (std::size_t n = 2;; ++n) {
            const std::string suffix = "-" + std::to_string(n);
            std::string candidate = id.substr(0, std::min(id.size(), kMaxIdLength - suffix.size())) + suffix;
            if (m_usedIds.insert(candidate).second)
                return candidate;
        }
    }

    const ParsedInput& m_input;
    const LineIndex& m_lines;
    std::string m_file;
    std::string m_asOf;
    const Catalog& m_template;
    ImportResult& m_result;
    std::set<std::string> m_usedIds;
    std::vector<Alternative> m_alternatives;
};

/** The hosted-API facts shared by LiteLLM and OpenRouter records. */
void hostedApiFacts(Importer& im, Alternative& a, const std::string& apiNote)
{
    im.fact(a, "official_api", FactValue::ofBool(true), apiNote);
    im.fact(a, "offline", FactValue::ofBool(false), "Runs on the vendor's servers: needs an internet connection.");
    im.fact(a, "hardware_gb", FactValue::ofNumber(0),
        "Hosted: the model runs on the vendor's servers, not the player's PC.");
    im.fact(a, "availability", FactValue::ofText("public"), "Listed with a public per-token price.");
    im.fact(a, "credit_card", FactValue::unknown(), "The model list does not say whether a payment method is needed.");
}

// ---------------------------------------------------------------------------
// LiteLLM
// ---------------------------------------------------------------------------

void importLiteLlm(const Json& root, Importer& im, const ParsedInput& input)
{
    if (!root.is_object()) {
        im.error("",
            "expected a top-level object {model id: record} (LiteLLM's model_prices_and_context_window.json), found "
                + describe(root));
        return;
    }
    static const std::set<std::string> selfHosted = { "ollama", "lemonade", "sagemaker" };
    std::map<std::string, std::size_t> otherModes;
    std::size_t others = 0;

    for (const auto& [key, rec] : root.items()) {
        const std::string ptr = "/" + escapePointerToken(key);
        const std::string model = "model \"" + key + "\"";
        if (key == "sample_spec") {
            im.warn(ptr, "\"sample_spec\" documents the file's fields and is not a model: skipped");
            im.skip();
            continue;
        }
        if (!rec.is_object()) {
            im.warn(ptr, model + ": expected a record object, found " + describe(rec) + ": skipped");
            im.skip();
            continue;
        }
        const Json* mode = member(rec, "mode");
        if (!mode || !mode->is_string() || mode->get<std::string>() != "chat") {
            ++otherModes[mode && mode->is_string() ? "\"" + mode->get<std::string>() + "\"" : std::string("no mode")];
            ++others;
            im.skip();
            continue;
        }
        const std::string provider = stringMember(rec, "litellm_provider");
        if (selfHosted.count(provider)) {
            im.warn(ptr,
                model + ": provider \"" + provider
                    + "\" runs models on the user's own machine or servers; "
                      "its price is not a vendor's per-token price and the hardware needed is not given: skipped");
            im.skip();
            continue;
        }

        // Prices and context must be numbers (sample_spec-like text is refused).
        bool good = true;
        std::optional<double> prices[2];
        std::string priceTexts[2];
        const char* priceKeys[2] = { "input_cost_per_token", "output_cost_per_token" };
        for (int i = 0; i < 2 && good; ++i) {
            const Json* v = member(rec, priceKeys[i]);
            const std::string fp = ptr + "/" + priceKeys[i];
            if (!v) {
                im.warn(
                    ptr, model + " has no \"" + priceKeys[i] + "\" (a chat model needs both token prices): skipped");
                good = false;
            } else if (!v->is_number()) {
                im.warn(fp,
                    model + ": \"" + priceKeys[i] + "\" should be a number of USD per token, found " + describe(*v)
                        + ": skipped");
                good = false;
            } else {
                priceTexts[i] = im.numberText(fp, *v);
                prices[i] = shiftDecimalText(priceTexts[i], 6);
                if (!prices[i]) {
                    im.warn(fp, model + ": \"" + priceKeys[i] + "\" " + priceTexts[i] + " is out of range: skipped");
                    good = false;
                } else if (*prices[i] < 0) {
                    im.warn(fp,
                        model + ": \"" + priceKeys[i] + "\" is negative (" + priceTexts[i]
                            + "); a price is >= 0: skipped");
                    good = false;
                }
            }
        }
        std::optional<double> context;
        std::string contextKey;
        for (const char* k : { "max_input_tokens", "max_tokens" }) {
            if (!good)
                break;
            const Json* v = member(rec, k);
            if (!v)
                continue;
            if (!v->is_number() || !(v->get<double>() >= 0)) {
                im.warn(ptr + "/" + k,
                    model + ": \"" + k + "\" should be a number of tokens >= 0, found " + describe(*v) + ": skipped");
                good = false;
            } else if (!context) {
                context = v->get<double>();
                contextKey = k;
            }
        }
        if (!good) {
            im.skip();
            continue;
        }

        Alternative a = im.alternative("litellm.", key, key, "online_api");
        a.vendor = provider;
        hostedApiFacts(im, a,
            provider.empty()
                ? "Called through the provider's documented API."
                : "Called through " + provider + "'s documented API (LiteLLM provider \"" + provider + "\").");
        const struct {
            const char* key;
            const char* criterion;
        } audio[] = { { "supports_audio_input", "stt" }, { "supports_audio_output", "tts" } };
        for (const auto& [field, criterion] : audio) {
            const Json* v = member(rec, field);
            if (v && v->is_boolean()) {
                im.fact(a, criterion, FactValue::ofBool(v->get<bool>()),
                    std::string("\"") + field + "\" is " + (v->get<bool>() ? "true" : "false") + " in the model list.");
            } else {
                if (v)
                    im.warn(ptr + "/" + field,
                        model + ": \"" + field + "\" should be true or false, found " + describe(*v)
                            + ": left unknown");
                im.fact(a, criterion, FactValue::unknown(), "The model list does not say.");
            }
        }
        im.detail(a, "price_input_usd_per_1m", FactValue::ofNumber(*prices[0]), "USD/1M tokens",
            "input_cost_per_token " + priceTexts[0] + " USD per token, decimal point moved 6 places.");
        im.detail(a, "price_output_usd_per_1m", FactValue::ofNumber(*prices[1]), "USD/1M tokens",
            "output_cost_per_token " + priceTexts[1] + " USD per token, decimal point moved 6 places.");
        if (context)
            im.detail(a, "context_tokens", FactValue::ofNumber(*context), "tokens",
                contextKey == "max_input_tokens" ? "max_input_tokens in the model list."
                                                 : "max_tokens in the model list (LiteLLM's legacy field).");
        im.add(std::move(a));
    }

    for (const auto& dup : input.duplicates) {
        if (dup.objectPointer.empty()) { // a second record with the same model id
            im.warnAt("/" + escapePointerToken(dup.key), dup.offset,
                "duplicate model id \"" + dup.key + "\": the first record is used, this one is skipped");
            im.skip();
        }
    }
    if (others > 0) {
        std::string byMode;
        for (const auto& [mode, n] : otherModes)
            byMode += (byMode.empty() ? "" : ", ") + mode + " " + std::to_string(n);
        im.warn("",
            std::to_string(others) + (others == 1 ? " record was" : " records were")
                + " not imported because they are not chat models (mode): " + byMode);
    }
}

// ---------------------------------------------------------------------------
// OpenRouter
// ---------------------------------------------------------------------------

void importOpenRouter(const Json& root, Importer& im, const ParsedInput&)
{
    const Json* data = member(root, "data");
    if (!data || !data->is_array()) {
        im.error(data ? "/data" : "",
            "expected {\"data\": [model, …]} (OpenRouter's models listing), found " + describe(data ? *data : root));
        return;
    }
    for (std::size_t i = 0; i < data->size(); ++i) {
        const Json& m = (*data)[i];
        const std::string ptr = "/data/" + std::to_string(i);
        if (!m.is_object()) {
            im.warn(ptr, "expected a model object, found " + describe(m) + ": skipped");
            im.skip();
            continue;
        }
        const Json* idValue = member(m, "id");
        if (!idValue || !idValue->is_string() || idValue->get<std::string>().empty()) {
            im.warn(idValue ? ptr + "/id" : ptr, "a model without an \"id\" string: skipped");
            im.skip();
            continue;
        }
        const std::string id = idValue->get<std::string>();
        const std::string model = "model \"" + id + "\"";
        const Json* pricing = member(m, "pricing");
        if (!pricing || !pricing->is_object()) {
            im.warn(pricing ? ptr + "/pricing" : ptr, model + " has no \"pricing\" object: skipped");
            im.skip();
            continue;
        }
        const char* priceKeys[2] = { "prompt", "completion" };
        std::string texts[2];
        bool good = true;
        for (int k = 0; k < 2 && good; ++k) {
            const Json* v = member(*pricing, priceKeys[k]);
            const std::string fp = ptr + "/pricing/" + priceKeys[k];
            if (!v) {
                im.warn(ptr + "/pricing", model + " has no pricing." + priceKeys[k] + ": skipped");
                good = false;
            } else if (v->is_string()) {
                texts[k] = v->get<std::string>();
            } else if (v->is_number()) {
                texts[k] = im.numberText(fp, *v);
            } else {
                im.warn(fp,
                    model + ": pricing." + priceKeys[k] + " should be a decimal string of USD per token, found "
                        + describe(*v) + ": skipped");
                good = false;
            }
        }
        if (!good) {
            im.skip();
            continue;
        }
        if (texts[0] == "-1" || texts[1] == "-1") {
            im.warn(ptr, model + " is a router (price \"-1\": it depends on the model the router picks): skipped");
            im.skip();
            continue;
        }
        double prices[2] = { 0, 0 };
        for (int k = 0; k < 2 && good; ++k) {
            const auto v = shiftDecimalText(texts[k], 6);
            const std::string fp = ptr + "/pricing/" + priceKeys[k];
            if (!v) {
                im.warn(fp,
                    model + ": pricing." + priceKeys[k] + " should be a decimal number of USD per token, found \""
                        + texts[k] + "\": skipped");
                good = false;
            } else if (*v < 0) {
                im.warn(fp,
                    model + ": pricing." + priceKeys[k] + " is negative (\"" + texts[k]
                        + "\"); a price is >= 0: skipped");
                good = false;
            } else {
                prices[k] = *v;
            }
        }
        if (!good) {
            im.skip();
            continue;
        }

        const Json* nameValue = member(m, "name");
        std::string name = nameValue && nameValue->is_string() && !nameValue->get<std::string>().empty()
            ? nameValue->get<std::string>()
            : id;
        Alternative a = im.alternative("openrouter.", id, std::move(name), "online_api");
        const auto slash = id.find('/');
        if (slash != std::string::npos && slash > 0)
            a.vendor = id.substr(0, slash);
        hostedApiFacts(im, a, "Called through OpenRouter's documented API.");

        const Json* arch = member(m, "architecture");
        const struct {
            const char* key;
            const char* criterion;
        } audio[] = { { "input_modalities", "stt" }, { "output_modalities", "tts" } };
        for (const auto& [field, criterion] : audio) {
            const Json* list = arch ? member(*arch, field) : nullptr;
            const bool hasAudio = list && list->is_array()
                && std::any_of(list->begin(), list->end(),
                    [](const Json& x) { return x.is_string() && x.get<std::string>() == "audio"; });
            if (hasAudio)
                im.fact(
                    a, criterion, FactValue::ofBool(true), std::string("architecture.") + field + " includes audio.");
            else
                im.fact(a, criterion, FactValue::unknown(), "The model list does not say.");
        }

        const bool free = prices[0] == 0 && prices[1] == 0;
        im.detail(a, "price_input_usd_per_1m", FactValue::ofNumber(prices[0]), "USD/1M tokens",
            "pricing.prompt \"" + texts[0] + "\" USD per token, decimal point moved 6 places"
                + (free ? " (a free model)." : "."));
        im.detail(a, "price_output_usd_per_1m", FactValue::ofNumber(prices[1]), "USD/1M tokens",
            "pricing.completion \"" + texts[1] + "\" USD per token, decimal point moved 6 places"
                + (free ? " (a free model)." : "."));
        if (const Json* ctx = member(m, "context_length"); ctx && !ctx->is_null()) {
            if (ctx->is_number() && ctx->get<double>() >= 0) {
                im.detail(a, "context_tokens", FactValue::ofNumber(ctx->get<double>()), "tokens",
                    "context_length in the model list.");
            } else {
                im.warn(ptr + "/context_length",
                    model + ": \"context_length\" should be a number of tokens >= 0, found " + describe(*ctx)
                        + ": left unknown");
                im.detail(a, "context_tokens", FactValue::unknown(), "tokens", "Invalid in the model list.");
            }
        }
        if (arch) {
            if (const Json* modality = member(*arch, "modality"); modality && modality->is_string())
                im.detail(a, "modality", FactValue::ofText(modality->get<std::string>()));
        }
        if (const Json* d = member(m, "description"); d && d->is_string())
            im.detail(a, "description", FactValue::ofText(d->get<std::string>()), {}, "The vendor's text, as given.");
        im.add(std::move(a));
    }
}

// ---------------------------------------------------------------------------
// GPT4All
// ---------------------------------------------------------------------------

void importGpt4All(const Json& root, Importer& im, const ParsedInput&)
{
    if (!root.is_array()) {
        im.error("", "expected a top-level array of models (GPT4All's models3.json), found " + describe(root));
        return;
    }
    for (std::size_t i = 0; i < root.size(); ++i) {
        const Json& m = root[i];
        const std::string ptr = "/" + std::to_string(i);
        if (!m.is_object()) {
            im.warn(ptr, "expected a model object, found " + describe(m) + ": skipped");
            im.skip();
            continue;
        }
        const std::string filename = stringMember(m, "filename");
        std::string name = stringMember(m, "name");
        if (name.empty())
            name = filename; // the oldest lists have no names
        if (name.empty()) {
            im.warn(ptr, "a model with neither \"name\" nor \"filename\": skipped");
            im.skip();
            continue;
        }
        const std::string model = "model \"" + name + "\"";
        if (const Json* e = member(m, "embeddingModel");
            e && ((e->is_boolean() && e->get<bool>()) || (e->is_string() && e->get<std::string>() == "true"))) {
            im.warn(ptr, model + " is an embedding model (\"embeddingModel\"), not a chat model: skipped");
            im.skip();
            continue;
        }

        std::string idSource = filename.empty() ? name : filename;
        if (const auto dot = idSource.rfind('.'); !filename.empty() && dot != std::string::npos && dot > 0)
            idSource.erase(dot); // "x.Q4_0.gguf" -> "x.Q4_0"
        Alternative a = im.alternative("gpt4all.", idSource, name, "local_model");

        // filesize: bytes, exact (values exceed 32 bits; a double holds integers to 2^53).
        FactValue filesize;
        if (const Json* v = member(m, "filesize"); v && !v->is_null()) {
            std::optional<std::uint64_t> bytes;
            if (v->is_string())
                bytes = parseUnsigned(v->get<std::string>());
            else if (v->is_number_unsigned())
                bytes = v->get<std::uint64_t>();
            if (bytes && *bytes <= (std::uint64_t { 1 } << 53))
                filesize = FactValue::ofNumber(static_cast<double>(*bytes));
            else
                im.warn(ptr + "/filesize",
                    model + ": \"filesize\" should be a whole number of bytes, found " + describe(*v)
                        + ": left unknown");
        }
        // ramrequired: GB, may have a fraction ("7.5" stays 7.5).
        FactValue ram;
        bool ramGiven = false;
        if (const Json* v = member(m, "ramrequired"); v && !v->is_null()) {
            ramGiven = true;
            std::optional<double> gb;
            if (v->is_string())
                gb = parseNonNegative(v->get<std::string>());
            else if (v->is_number())
                gb = parseNonNegative(im.numberText(ptr + "/ramrequired", *v));
            if (gb)
                ram = FactValue::ofNumber(*gb);
            else
                im.warn(ptr + "/ramrequired",
                    model + ": \"ramrequired\" should be a number of GB, found " + describe(*v) + ": left unknown");
        }
        auto text = [&](const char* key) -> std::optional<FactValue> {
            const Json* v = member(m, key);
            if (!v || v->is_null())
                return std::nullopt;
            if (v->is_string())
                return FactValue::ofText(v->get<std::string>());
            im.warn(
                ptr + "/" + key, model + ": \"" + key + "\" should be text, found " + describe(*v) + ": left unknown");
            return FactValue::unknown();
        };

        im.fact(a, "hardware_gb", ram,
            ram.isKnown() ? "ramrequired in the model list: the RAM GPT4All says the model needs."
                          : (ramGiven ? "ramrequired in the model list is not a number."
                                      : "The model list gives no ramrequired."));
        im.fact(
            a, "offline", FactValue::ofBool(true), "Runs on the player's machine once the model file is downloaded.");
        im.fact(a, "official_api", FactValue::ofBool(false), "run locally; no vendor API");
        im.fact(a, "free_quota", FactValue::unlimited(), "Runs locally: no vendor quota.");
        im.fact(a, "author_cost", FactValue::ofNumber(0), "runs on the player's machine: no per-use cost", true);
        im.fact(a, "player_cost", FactValue::ofNumber(0), "runs on the player's machine: no per-use cost", true);
        im.fact(a, "credit_card", FactValue::ofBool(false), "A free download: no account or payment method involved.",
            true);
        im.fact(a, "player_steps", FactValue::unknown(), "The model list does not give the setup steps.");
        im.fact(a, "availability", FactValue::ofText("public"), "Listed for download in GPT4All's model list.");

        if (!filename.empty())
            im.detail(a, "filename", FactValue::ofText(filename));
        if (member(m, "filesize"))
            im.detail(a, "filesize", filesize, "bytes");
        if (ramGiven)
            im.detail(a, "ram_required_gb", ram, "GB");
        for (const auto& [key, detailKey] :
            { std::pair { "parameters", "parameters" }, std::pair { "quant", "quant" }, std::pair { "type", "type" },
                std::pair { "description", "description" }, std::pair { "url", "download_url" } }) {
            if (auto v = text(key))
                im.detail(a, detailKey, std::move(*v), {},
                    std::string_view(key) == "description"
                        ? "The vendor's text, as given (it holds HTML markup: never rendered)."
                        : std::string());
        }
        im.detail(a, "self_hosted", FactValue::ofBool(true), {}, "A model file run on the player's own PC.");
        if (auto v = text("removedIn"))
            im.detail(a, "removed_in", std::move(*v), {}, "GPT4All versions from this one no longer list the model.");
        im.add(std::move(a));
    }
}

std::string fileName(const std::string& label)
{
    const auto slash = label.find_last_of("/\\");
    return slash == std::string::npos ? label : label.substr(slash + 1);
}

} // namespace

std::optional<double> shiftDecimalText(std::string_view s, int places)
{
    std::size_t i = 0;
    const bool negative = i < s.size() && s[i] == '-';
    if (negative)
        ++i;
    auto digitsFrom = [&](std::size_t from) {
        std::size_t j = from;
        while (j < s.size() && s[j] >= '0' && s[j] <= '9')
            ++j;
        return j;
    };
    const std::size_t intEnd = digitsFrom(i);
    if (intEnd == i)
        return std::nullopt; // no integer digits
    if (s[i] == '0' && intEnd - i > 1)
        return std::nullopt; // JSON: no leading zeros
    std::string mantissa(s.substr(i, intEnd - i));
    long long exponent = 0;
    i = intEnd;
    if (i < s.size() && s[i] == '.') {
        const std::size_t fracEnd = digitsFrom(i + 1);
        if (fracEnd == i + 1)
            return std::nullopt; // "1." is not a number
        mantissa.append(s.substr(i + 1, fracEnd - i - 1));
        exponent -= static_cast<long long>(fracEnd - i - 1);
        i = fracEnd;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        const bool expNegative = i < s.size() && s[i] == '-';
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        const std::size_t expEnd = digitsFrom(i);
        if (expEnd == i)
            return std::nullopt;
        long long e = 0;
        const auto [end, ec] = std::from_chars(s.data() + i, s.data() + expEnd, e);
        if (ec != std::errc() || end != s.data() + expEnd || e > 1'000'000'000)
            return std::nullopt;
        exponent += expNegative ? -e : e;
        i = expEnd;
    }
    if (i != s.size())
        return std::nullopt; // trailing text
    // Leading zeros carry no value: drop them (keep one digit).
    const std::size_t firstNonZero = mantissa.find_first_not_of('0');
    if (firstNonZero == std::string::npos)
        return 0.0; // zero, whatever the exponent ("-0" is 0 too)
    mantissa.erase(0, firstNonZero);
    exponent += places;
    // The exact decimal value is mantissa x 10^exponent: let from_chars round it once.
    const std::string exact = (negative ? "-" : "") + mantissa + "e" + std::to_string(exponent);
    double value = 0.0;
    const auto [end, ec]
        = std::from_chars(exact.data(), exact.data() + exact.size(), value, std::chars_format::scientific);
    if (ec != std::errc() || end != exact.data() + exact.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<ImportFormat> importFormatFromString(std::string_view text)
{
    if (text == "litellm")
        return ImportFormat::LiteLlm;
    if (text == "openrouter")
        return ImportFormat::OpenRouter;
    if (text == "gpt4all")
        return ImportFormat::Gpt4All;
    return std::nullopt;
}

std::string importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::LiteLlm:
        return "LiteLLM";
    case ImportFormat::OpenRouter:
        return "OpenRouter";
    case ImportFormat::Gpt4All:
        return "GPT4All";
    }
    return "unknown";
}

ImportResult importCatalog(std::string_view text, ImportFormat format, const std::string& fileLabel,
    const std::string& asOf, const Catalog& criteriaTemplate)
{
    ImportResult result;
    if (!isDate(asOf)) {
        result.diagnostics.push_back({ Severity::Error, fileLabel, {}, 0, 0,
            "the model list's date \"" + asOf + "\" is not a date YYYY-MM or YYYY-MM-DD" });
        return result;
    }
    if (criteriaTemplate.criteria.empty()) {
        result.diagnostics.push_back({ Severity::Error, fileLabel, {}, 0, 0,
            "the criteria template has no criteria (pass the bundled catalog)" });
        return result;
    }
    const LineIndex lines(text);
    ParsedInput input;
    if (!parseInput(text, fileLabel, lines, input, result.diagnostics))
        return result;

    Importer importer(input, lines, fileLabel, asOf, criteriaTemplate, result);
    switch (format) {
    case ImportFormat::LiteLlm:
        importLiteLlm(input.root, importer, input);
        break;
    case ImportFormat::OpenRouter:
        importOpenRouter(input.root, importer, input);
        break;
    case ImportFormat::Gpt4All:
        importGpt4All(input.root, importer, input);
        break;
    }
    // Duplicate keys inside records: the first value was used (LiteLLM's duplicate
    // records were counted above).
    for (const auto& dup : input.duplicates) {
        if (format == ImportFormat::LiteLlm && dup.objectPointer.empty())
            continue;
        importer.warnAt(dup.objectPointer + "/" + escapePointerToken(dup.key), dup.offset,
            "duplicate key \"" + dup.key + "\" in "
                + (dup.objectPointer.empty() ? std::string("the top-level object") : "object " + dup.objectPointer)
                + ": the first value is used");
    }
    if (hasErrors(result.diagnostics)) {
        result.imported = 0;
        result.skipped = 0;
        return result;
    }

    Catalog c;
    c.format = "modelscout-catalog";
    c.formatVersion = 1;
    c.version = "import." + asOf;
    const std::string title = importFormatName(format) + " model list: " + fileName(fileLabel);
    c.title = title;
    c.asOf = asOf;
    c.sources.push_back({ kImportSource, title, {}, asOf });
    c.criteria = criteriaTemplate.criteria;
    c.profiles = criteriaTemplate.profiles;
    c.alternatives = importer.takeAlternatives();
    result.catalog = std::move(c);
    return result;
}

} // namespace ms
