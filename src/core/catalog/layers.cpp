// SPDX-License-Identifier: MIT
#include "core/catalog/layers.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#endif

#include <nlohmann/json.hpp>

#include "core/catalog/jsoninput.h"
#include "core/catalog/loader.h"
#include "core/log/log.h"
#include "core/util/paths.h"

namespace ms {

using nlohmann::json;

namespace {

// ---------------------------------------------------------------------------
// Merging
// ---------------------------------------------------------------------------

const char* typeName(CriterionType type)
{
    switch (type) {
    case CriterionType::Numeric: return "numeric";
    case CriterionType::Boolean: return "boolean";
    case CriterionType::Ordinal: return "ordinal";
    }
    return "?";
}

bool sameSource(const Source& a, const Source& b)
{
    return a.title == b.title && a.url == b.url && a.date == b.date;
}

/** Why `value` does not fit `base` (the first layer's criterion), or empty when it does. */
std::string misfit(const Criterion& base, const FactValue& value)
{
    switch (value.kind) {
    case FactValue::Kind::Unknown:
        return {};
    case FactValue::Kind::Unlimited:
        if (base.type == CriterionType::Numeric && base.allowUnlimited)
            return {};
        return "\"unlimited\"";
    case FactValue::Kind::Number:
        return base.type == CriterionType::Numeric ? std::string() : "a number";
    case FactValue::Kind::Boolean:
        return base.type == CriterionType::Boolean ? std::string() : (value.boolean ? "true" : "false");
    case FactValue::Kind::Text:
        if (base.type == CriterionType::Ordinal
            && std::find(base.levels.begin(), base.levels.end(), value.text) != base.levels.end())
            return {};
        return "\"" + value.text + "\"";
    }
    return "a value";
}

/** Marks every fact and detail of `a` as coming from `layer`. */
void tag(Alternative& a, const std::string& layer)
{
    for (auto& [id, f] : a.facts) {
        (void)id;
        f.layer = layer;
    }
    for (Detail& d : a.details)
        d.fact.layer = layer;
}

class Merger : public detail::DiagnosticSink {
public:
    /** Merges later layers into `out`, the first layer's catalog (already tagged). */
    Merger(Catalog& out, std::vector<Diagnostic>& diagnostics, std::string baseName)
        : DiagnosticSink({}, diagnostics), m_out(out), m_baseName(std::move(baseName))
    {
        m_index.reserve(out.alternatives.size());
        for (std::size_t i = 0; i < out.alternatives.size(); ++i)
            m_index.emplace(out.alternatives[i].id, i);
    }

    void add(const CatalogLayer& layer)
    {
        setFile(layer.file.empty() ? layer.name : layer.file);
        const Catalog& c = layer.catalog;

        // Criteria: the first layer's decide; mismatching ones are refused.
        std::set<std::string> refused;
        for (std::size_t i = 0; i < c.criteria.size(); ++i) {
            const Criterion& cr = c.criteria[i];
            const std::string p = "/criteria/" + std::to_string(i);
            const Criterion* base = m_out.criterion(cr.id);
            if (!base) {
                warning(p, "layer \"" + layer.name + "\" declares criterion \"" + cr.id + "\", which the "
                               + m_baseName + " catalog does not have; its facts for it are ignored");
                refused.insert(cr.id);
            } else if (base->type != cr.type) {
                error(p, "layer \"" + layer.name + "\" declares criterion \"" + cr.id + "\" as " + typeName(cr.type)
                             + " but the " + m_baseName + " catalog has it " + typeName(base->type)
                             + "; this layer's facts for it are ignored");
                refused.insert(cr.id);
            }
        }

        // Sources: a clash with different content is renamed "<layer>:<id>".
        std::map<std::string, std::string> renamed;
        for (std::size_t i = 0; i < c.sources.size(); ++i) {
            const Source& s = c.sources[i];
            const Source* existing = m_out.source(s.id);
            if (!existing) {
                m_out.sources.push_back(s);
                continue;
            }
            if (sameSource(*existing, s))
                continue;
            Source copy = s;
            copy.id = layer.name + ":" + s.id;
            for (int n = 2; m_out.source(copy.id) && !sameSource(*m_out.source(copy.id), s); ++n)
                copy.id = layer.name + ":" + s.id + "~" + std::to_string(n);
            warning("/sources/" + std::to_string(i),
                    "source \"" + s.id + "\" of layer \"" + layer.name + "\" differs from the source of that id already "
                        "loaded; it is renamed \"" + copy.id + "\" and this layer's facts cite it under that name");
            renamed[s.id] = copy.id;
            if (!m_out.source(copy.id))
                m_out.sources.push_back(std::move(copy));
        }

        // Alternatives: new ones are added, existing ones get this layer's facts and details.
        auto retag = [&](Fact& f) {
            f.layer = layer.name;
            if (const auto it = renamed.find(f.source); it != renamed.end())
                f.source = it->second;
        };
        for (std::size_t i = 0; i < c.alternatives.size(); ++i) {
            const Alternative& a = c.alternatives[i];
            const auto found = m_index.find(a.id);
            Alternative* target = nullptr;
            if (found == m_index.end()) {
                Alternative copy = a;
                copy.facts.clear();
                m_index.emplace(copy.id, m_out.alternatives.size());
                m_out.alternatives.push_back(std::move(copy));
                target = &m_out.alternatives.back();
                for (Detail& d : target->details)
                    retag(d.fact);
            } else {
                target = &m_out.alternatives[found->second];
                for (const Detail& d : a.details) {
                    Detail copy = d;
                    retag(copy.fact);
                    auto same = std::find_if(target->details.begin(), target->details.end(),
                                             [&](const Detail& x) { return x.key == d.key; });
                    if (same != target->details.end())
                        *same = std::move(copy);
                    else
                        target->details.push_back(std::move(copy));
                }
            }
            for (const auto& [id, f] : a.facts) {
                if (refused.count(id))
                    continue;
                const Criterion* base = m_out.criterion(id);
                if (!base) // a criterion the layer itself does not declare: cannot come from a loaded file
                    continue;
                if (const std::string bad = misfit(*base, f.value); !bad.empty()) {
                    error("/alternatives/" + std::to_string(i) + "/facts/" + detail::escapePointerToken(id) + "/value",
                          "alternative \"" + a.id + "\" of layer \"" + layer.name + "\": " + bad
                              + " is not a value of criterion \"" + base->id + "\" in the " + m_baseName
                              + " catalog; the fact is ignored");
                    continue;
                }
                Fact copy = f;
                retag(copy);
                target->facts[id] = std::move(copy);
            }
        }

        // Profiles: added, or replacing the profile of the same id.
        for (std::size_t i = 0; i < c.profiles.size(); ++i) {
            const Profile& pr = c.profiles[i];
            std::string missing;
            for (const auto& [id, w] : pr.scenario.weights) {
                (void)w;
                if (!m_out.criterion(id) || refused.count(id))
                    missing = id;
            }
            for (const Constraint& k : pr.scenario.constraints) {
                if (!m_out.criterion(k.criterionId) || refused.count(k.criterionId))
                    missing = k.criterionId;
            }
            if (!missing.empty()) {
                warning("/profiles/" + std::to_string(i),
                        "profile \"" + pr.id + "\" of layer \"" + layer.name + "\" uses criterion \"" + missing
                            + "\", which the merged catalog does not have; the profile is not used");
                continue;
            }
            auto same = std::find_if(m_out.profiles.begin(), m_out.profiles.end(),
                                     [&](const Profile& x) { return x.id == pr.id; });
            if (same != m_out.profiles.end())
                *same = pr;
            else
                m_out.profiles.push_back(pr);
        }
    }

private:
    Catalog& m_out;
    std::string m_baseName;
    std::unordered_map<std::string, std::size_t> m_index; ///< alternative id -> index in m_out
};

} // namespace

Catalog mergeLayers(const std::vector<CatalogLayer>& layers, std::vector<Diagnostic>& diagnostics)
{
    if (layers.empty())
        return {};
    Catalog out = layers.front().catalog;
    for (Alternative& a : out.alternatives)
        tag(a, layers.front().name);
    Merger merger(out, diagnostics, layers.front().name);
    for (std::size_t i = 1; i < layers.size(); ++i)
        merger.add(layers[i]);
    return out;
}

std::pair<std::size_t, std::size_t> factsFromLayer(const Catalog& catalog, std::string_view layer)
{
    std::size_t known = 0, unknown = 0;
    auto count = [&](const Fact& f) {
        if (f.layer != layer)
            return;
        (f.value.isKnown() ? known : unknown) += 1;
    };
    for (const Alternative& a : catalog.alternatives) {
        for (const auto& [id, f] : a.facts) {
            (void)id;
            count(f);
        }
        for (const Detail& d : a.details)
            count(d.fact);
    }
    return {known, unknown};
}

// ---------------------------------------------------------------------------
// Overrides
// ---------------------------------------------------------------------------

namespace {

bool isAlternativeId(std::string_view s)
{
    if (s.empty() || s.size() > 64)
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    });
}

bool isKind(std::string_view k)
{
    return k == "local_model" || k == "online_api" || k == "character_service";
}

/** Reads and checks an overrides document with the catalog loader's checks and messages. */
class OverridesReader : public detail::JsonValidator {
public:
    OverridesReader(std::string file, const Catalog& base, std::vector<Diagnostic>& out)
        : JsonValidator(std::move(file), out), m_base(base) {}

    /** The overrides in `root` (values may be moved out of it). */
    std::vector<Override> read(json& root)
    {
        std::vector<Override> result;
        if (!root.is_object()) {
            error("", "expected an overrides object {\"format\": \"modelscout-overrides\", …}, found "
                          + detail::describeJson(root));
            return result;
        }
        unknownKeys(root, "", {"$schema", "format", "format_version", "overrides"});
        if (auto f = string(root, "", "format", true, "\"modelscout-overrides\""); f && *f != "modelscout-overrides")
            error("/format", "expected \"modelscout-overrides\", found " + detail::describeJson(root.at("format")));
        if (const json* v = member(root, "", "format_version", true, "the integer 1")) {
            if (!v->is_number_integer() || v->get<long long>() != 1)
                error("/format_version", "expected the integer 1 (the only format version this program reads), found "
                                             + detail::describeJson(*v));
        }
        json* list = member(root, "", "overrides", true, "an array of overrides");
        if (!list)
            return result;
        if (!list->is_array()) {
            error("/overrides", "expected an array of overrides, found " + detail::describeJson(*list));
            return result;
        }
        std::map<std::pair<std::string, std::string>, std::size_t> seenFacts; // (alt, "c:"/"d:" + key) -> index
        std::set<std::string> added; // alternatives this file adds
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string p = "/overrides/" + std::to_string(i);
            json& j = (*list)[i];
            if (!j.is_object()) {
                error(p, "expected an override object {\"alternative\": …, \"criterion\": …, \"value\": …}, found "
                             + detail::describeJson(j));
                continue;
            }
            unknownKeys(j, p, {"alternative", "criterion", "detail", "value", "unit", "note", "as_of", "name", "kind"});
            Override o;
            bool good = true;

            const auto alt = string(j, p, "alternative", true, "an alternative id");
            const auto name = string(j, p, "name", false, "a name");
            const auto kind = string(j, p, "kind", false, "a kind");
            if (!alt) {
                good = false;
            } else {
                o.alternative = *alt;
                const bool known = m_base.alternative(*alt) != nullptr || added.count(*alt);
                if (known) {
                    if (name || kind)
                        warning(p + (name ? "/name" : "/kind"),
                                "\"name\" and \"kind\" only add a new alternative; \"" + *alt
                                    + "\" is already in the catalog, so they are ignored");
                } else if (!isAlternativeId(*alt)) {
                    error(p + "/alternative", "expected an ASCII id of a-z, 0-9, '_', '.', '-', found "
                                                  + detail::describeJson(j.at("alternative")));
                    good = false;
                } else if (!name || !kind) {
                    error(p + "/alternative", "\"" + *alt + "\" is not an alternative of the catalog; to add it, give its "
                                                  "\"name\" and \"kind\" as well");
                    good = false;
                } else if (!isKind(*kind)) {
                    error(p + "/kind", "expected \"local_model\", \"online_api\" or \"character_service\", found "
                                           + detail::describeJson(j.at("kind")));
                    good = false;
                } else {
                    o.name = *name;
                    o.kind = *kind;
                    added.insert(*alt);
                }
            }

            const bool hasCriterion = j.contains("criterion");
            const bool hasDetail = j.contains("detail");
            const Criterion* criterion = nullptr;
            if (hasCriterion && hasDetail) {
                error(p, "give \"criterion\" or \"detail\", not both");
                good = false;
            } else if (!hasCriterion && !hasDetail) {
                error(p, "missing required key \"criterion\" (expected a criterion id; or \"detail\" with a detail key)");
                good = false;
            } else if (hasCriterion) {
                if (const auto c = string(j, p, "criterion", true, "a criterion id")) {
                    o.criterion = *c;
                    criterion = m_base.criterion(*c);
                    if (!criterion) {
                        std::string ids;
                        for (const Criterion& cr : m_base.criteria)
                            ids += (ids.empty() ? "" : ", ") + cr.id;
                        error(p + "/criterion", "\"" + *c + "\" is not a criterion of the catalog (criteria: " + ids + ")");
                        good = false;
                    }
                } else {
                    good = false;
                }
            } else {
                if (const auto d = string(j, p, "detail", true, "a detail key"); d && !d->empty()) {
                    o.detail = *d;
                } else {
                    if (d)
                        error(p + "/detail", "expected a detail key, found an empty string");
                    good = false;
                }
            }

            if (json* v = member(j, p, "value", true, "a value or null")) {
                if (criterion) {
                    if (auto value = criterionValue(*criterion, *v, p + "/value"))
                        o.value = *value;
                    else
                        good = false;
                } else if (!o.detail.empty()) {
                    if (auto value = detailValue(*v, p + "/value"))
                        o.value = std::move(*value);
                    else
                        good = false;
                }
            } else {
                good = false;
            }
            const bool known = j.contains("value") && !j.at("value").is_null();
            if (const auto d = string(j, p, "as_of", known, "a date YYYY-MM or YYYY-MM-DD")) {
                o.asOf = *d;
                if (!detail::isCatalogDate(*d)) {
                    error(p + "/as_of", "expected a date YYYY-MM or YYYY-MM-DD, found " + detail::describeJson(j.at("as_of")));
                    good = false;
                }
            } else if (known) {
                good = false;
            }
            if (const auto n = string(j, p, "note", false, "a string"))
                o.note = *n;
            if (const auto u = string(j, p, "unit", false, "a string")) {
                if (hasCriterion)
                    warning(p + "/unit", "\"unit\" is read for details only; a criterion's facts use the criterion's unit");
                else
                    o.unit = *u;
            }

            if (!good)
                continue;
            const auto key = std::make_pair(o.alternative, (o.criterion.empty() ? "d:" + o.detail : "c:" + o.criterion));
            if (const auto it = seenFacts.find(key); it != seenFacts.end())
                warning(p, "overrides the same fact as /overrides/" + std::to_string(it->second) + "; this later one is used");
            seenFacts[key] = i;
            result.push_back(std::move(o));
        }
        return result;
    }

private:
    const Catalog& m_base;
};

bool sameFact(const Override& a, const Override& b)
{
    return a.alternative == b.alternative && a.criterion == b.criterion && a.detail == b.detail;
}

} // namespace

OverridesLoadResult loadOverridesFromText(std::string_view text, const std::string& fileLabel, const Catalog& base)
{
    OverridesLoadResult result;
    json root;
    if (!detail::parseJsonChecked(text, fileLabel, LoadLimits{}, root, result.diagnostics, "overrides file"))
        return result;
    OverridesReader reader(fileLabel, base, result.diagnostics);
    std::vector<Override> overrides = reader.read(root);
    detail::placeJsonDiagnostics(text, result.diagnostics);
    if (hasErrors(result.diagnostics))
        return result;
    result.catalog = overridesLayer(overrides, base);
    result.overrides = std::move(overrides);
    return result;
}

OverridesLoadResult loadOverridesFromFile(const std::filesystem::path& path, const Catalog& base)
{
    OverridesLoadResult result;
    const std::string label = path.string();
    const LoadLimits limits;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        result.diagnostics.push_back({Severity::Error, label, {}, 0, 0, "cannot read the file: " + ec.message()});
        return result;
    }
    if (size > limits.maxBytes) {
        result.diagnostics.push_back({Severity::Error, label, {}, 0, 0,
            "the file is " + std::to_string(size) + " bytes; an overrides file may be at most "
                + std::to_string(limits.maxBytes) + " bytes"});
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.diagnostics.push_back({Severity::Error, label, {}, 0, 0, "cannot open the file for reading"});
        return result;
    }
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return loadOverridesFromText(text, label, base);
}

Catalog overridesLayer(const std::vector<Override>& overrides, const Catalog& base)
{
    Catalog layer;
    layer.format = "modelscout-catalog";
    layer.version = "user";
    layer.title = std::string(kUserSourceTitle);
    layer.criteria = base.criteria;
    Source source;
    source.id = std::string(kUserSourceId);
    source.title = std::string(kUserSourceTitle);
    for (const Override& o : overrides) {
        if (!o.asOf.empty() && o.asOf > source.date) // ISO dates compare as text
            source.date = o.asOf;
    }
    layer.asOf = source.date;
    layer.sources.push_back(std::move(source));

    auto alternativeFor = [&](const Override& o) -> Alternative& {
        for (Alternative& a : layer.alternatives) {
            if (a.id == o.alternative)
                return a;
        }
        Alternative a;
        if (const Alternative* existing = base.alternative(o.alternative)) {
            a = *existing;
            a.facts.clear();
            a.details.clear();
        } else {
            a.id = o.alternative;
            a.name = o.name;
            a.kind = o.kind;
            a.status = "public";
        }
        layer.alternatives.push_back(std::move(a));
        return layer.alternatives.back();
    };

    for (const Override& o : overrides) {
        Alternative& a = alternativeFor(o);
        Fact f;
        f.value = o.value;
        f.source = std::string(kUserSourceId);
        f.asOf = o.asOf;
        f.note = o.note;
        f.layer = std::string(kUserLayer);
        if (!o.criterion.empty()) {
            a.facts[o.criterion] = std::move(f);
            continue;
        }
        Detail d;
        d.key = o.detail;
        d.label.en = o.detail;
        if (const Alternative* existing = base.alternative(o.alternative)) {
            for (const Detail& x : existing->details) {
                if (x.key == o.detail) {
                    d.label = x.label;
                    f.unit = x.fact.unit;
                    break;
                }
            }
        }
        if (!o.unit.empty())
            f.unit = o.unit;
        d.fact = std::move(f);
        auto same = std::find_if(a.details.begin(), a.details.end(), [&](const Detail& x) { return x.key == d.key; });
        if (same != a.details.end())
            *same = std::move(d);
        else
            a.details.push_back(std::move(d));
    }
    return layer;
}

namespace {

nlohmann::ordered_json valueJson(const FactValue& v)
{
    switch (v.kind) {
    case FactValue::Kind::Unknown: return nullptr;
    case FactValue::Kind::Boolean: return v.boolean;
    case FactValue::Kind::Unlimited: return "unlimited";
    case FactValue::Kind::Text: return v.text;
    case FactValue::Kind::Number:
        if (!std::isfinite(v.number))
            return nullptr;
        if (std::trunc(v.number) == v.number && std::fabs(v.number) < 9007199254740992.0)
            return static_cast<std::int64_t>(v.number);
        return v.number;
    }
    return nullptr;
}

} // namespace

std::string overridesToJson(const std::vector<Override>& overrides)
{
    nlohmann::ordered_json root;
    root["format"] = "modelscout-overrides";
    root["format_version"] = 1;
    root["overrides"] = nlohmann::ordered_json::array();
    for (const Override& o : overrides) {
        nlohmann::ordered_json j;
        j["alternative"] = o.alternative;
        if (!o.name.empty()) j["name"] = o.name;
        if (!o.kind.empty()) j["kind"] = o.kind;
        if (!o.criterion.empty()) j["criterion"] = o.criterion;
        else j["detail"] = o.detail;
        j["value"] = valueJson(o.value);
        if (!o.unit.empty()) j["unit"] = o.unit;
        if (!o.note.empty()) j["note"] = o.note;
        if (!o.asOf.empty()) j["as_of"] = o.asOf;
        root["overrides"].push_back(std::move(j));
    }
    return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

void setOverride(std::vector<Override>& overrides, Override entry)
{
    for (Override& o : overrides) {
        if (sameFact(o, entry)) {
            // Keep the name and kind that added the alternative, if any.
            if (entry.name.empty() && entry.kind.empty()) {
                entry.name = o.name;
                entry.kind = o.kind;
            }
            o = std::move(entry);
            return;
        }
    }
    overrides.push_back(std::move(entry));
}

bool saveOverridesAtomically(const std::filesystem::path& path, const std::string& text, std::string* error)
{
    namespace fs = std::filesystem;
    auto fail = [&](std::string message) {
        if (error)
            *error = std::move(message);
        return false;
    };
    std::error_code ec;
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    fs::create_directories(folder, ec);
    if (ec)
        return fail("cannot create the folder " + folder.string() + ": " + ec.message());
    fs::path tmp = path;
    tmp += ".tmp";
#ifndef _WIN32
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail("cannot write " + tmp.string() + ": " + std::strerror(errno));
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const std::string why = std::strerror(errno);
            ::close(fd);
            fs::remove(tmp, ec);
            return fail("cannot write " + tmp.string() + ": " + why);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        const std::string why = std::strerror(errno);
        ::close(fd);
        fs::remove(tmp, ec);
        return fail("cannot flush " + tmp.string() + " to disk: " + why);
    }
    if (::close(fd) != 0) {
        const std::string why = std::strerror(errno);
        fs::remove(tmp, ec);
        return fail("cannot write " + tmp.string() + ": " + why);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        fs::remove(tmp, ec);
        return fail("cannot replace " + path.string() + ": " + why);
    }
    // Make the rename itself durable.
    if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
#else
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush())
            return fail("cannot write " + tmp.string());
    }
    fs::rename(tmp, path, ec);
    if (ec) {
        fs::remove(tmp, ec);
        return fail("cannot replace " + path.string() + ": " + ec.message());
    }
    return true;
#endif
}

// ---------------------------------------------------------------------------
// Loading the layers of the data folder
// ---------------------------------------------------------------------------

const LayerInfo* LayeredCatalog::layer(std::string_view name) const
{
    for (const LayerInfo& l : layers) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}

LayeredCatalog loadLayeredCatalog(const std::filesystem::path& bundled, const std::filesystem::path& dataDir)
{
    namespace fs = std::filesystem;
    LayeredCatalog result;
    const UserDataLayout files = userDataLayout(dataDir);

    std::vector<CatalogLayer> loaded;
    auto loadCatalogLayer = [&](const std::string& name, const fs::path& path) {
        LayerInfo info{name, path, false, 0, 0};
        CatalogLoadResult r = loadCatalogFromFile(path);
        result.diagnostics.insert(result.diagnostics.end(), r.diagnostics.begin(), r.diagnostics.end());
        if (r.ok()) {
            info.loaded = true;
            loaded.push_back({name, std::move(*r.catalog), path.string()});
        } else {
            log::info("catalog layer " + name + " (" + path.string() + ") was skipped: it has errors");
        }
        result.layers.push_back(std::move(info));
    };

    std::error_code ec;
    if (bundled.empty())
        result.diagnostics.push_back({Severity::Error, "bundled", {}, 0, 0, "the bundled catalog was not found"});
    else
        loadCatalogLayer("bundled", bundled);
    if (fs::is_regular_file(files.updateCatalog, ec))
        loadCatalogLayer("update", files.updateCatalog);
    if (fs::is_directory(files.importsDir, ec)) {
        std::vector<fs::path> imports;
        for (const auto& entry : fs::directory_iterator(files.importsDir, ec)) {
            if (entry.path().extension() == ".json" && entry.is_regular_file(ec))
                imports.push_back(entry.path());
        }
        std::sort(imports.begin(), imports.end(), [](const fs::path& a, const fs::path& b) {
            return a.filename().string() < b.filename().string();
        });
        for (const fs::path& p : imports)
            loadCatalogLayer("import:" + p.filename().string(), p);
    }

    if (loaded.empty())
        return result;
    // As mergeLayers, without copying the first layer's catalog.
    Catalog merged = std::move(loaded.front().catalog);
    for (Alternative& a : merged.alternatives)
        tag(a, loaded.front().name);
    {
        Merger merger(merged, result.diagnostics, loaded.front().name);
        for (std::size_t i = 1; i < loaded.size(); ++i)
            merger.add(loaded[i]);
    }

    if (fs::is_regular_file(files.overrides, ec)) {
        LayerInfo info{std::string(kUserLayer), files.overrides, false, 0, 0};
        OverridesLoadResult r = loadOverridesFromFile(files.overrides, merged);
        result.diagnostics.insert(result.diagnostics.end(), r.diagnostics.begin(), r.diagnostics.end());
        result.belowUser = merged;
        if (r.ok()) {
            info.loaded = true;
            result.overrides = std::move(r.overrides);
            // Merge onto what is already merged (a second mergeLayers would re-tag its facts).
            Merger merger(merged, result.diagnostics, loaded.front().name);
            merger.add({std::string(kUserLayer), std::move(*r.catalog), files.overrides.string()});
        } else {
            log::info("the user's overrides (" + files.overrides.string() + ") were skipped: they have errors");
        }
        result.layers.push_back(std::move(info));
    } else {
        result.belowUser = merged;
    }

    for (LayerInfo& info : result.layers) {
        if (!info.loaded)
            continue;
        const auto [known, unknown] = factsFromLayer(merged, info.name);
        info.knownFacts = known;
        info.unknownFacts = unknown;
    }
    result.catalog = std::move(merged);
    return result;
}

} // namespace ms
