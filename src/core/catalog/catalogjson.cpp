// SPDX-License-Identifier: MIT
#include "core/catalog/catalogjson.h"

#include <cmath>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "core/scenario/scenariojson.h"

namespace ms {

namespace {

using Json = nlohmann::ordered_json;

/** A number as JSON: whole numbers below 2^53 as integers, others as doubles (which
 *  nlohmann writes in the shortest round-trip form), non-finite as null. */
Json numberJson(double x)
{
    if (!std::isfinite(x))
        return nullptr;
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (x == std::trunc(x) && std::fabs(x) < kExactIntegers && !(x == 0.0 && std::signbit(x)))
        return static_cast<std::int64_t>(x);
    return x;
}

Json textJson(const LocalizedText& t)
{
    Json j = Json::object();
    j["en"] = t.en;
    if (!t.tr.empty())
        j["tr"] = t.tr;
    return j;
}

bool isEmpty(const LocalizedText& t)
{
    return t.en.empty() && t.tr.empty();
}

Json valueJson(const FactValue& v)
{
    switch (v.kind) {
    case FactValue::Kind::Unknown:
        return nullptr;
    case FactValue::Kind::Boolean:
        return v.boolean;
    case FactValue::Kind::Number:
        return numberJson(v.number);
    case FactValue::Kind::Unlimited:
        return "unlimited";
    case FactValue::Kind::Text:
        return v.text;
    }
    return nullptr;
}

/** The provenance members shared by criterion facts and details, after `value`. */
void putProvenance(Json& j, const Fact& f)
{
    if (!f.source.empty())
        j["source"] = f.source;
    if (!f.asOf.empty())
        j["as_of"] = f.asOf;
    if (f.estimate)
        j["estimate"] = true;
    if (!f.note.empty())
        j["note"] = f.note;
}

Json criterionJson(const Criterion& c)
{
    Json j = Json::object();
    j["id"] = c.id;
    j["label"] = textJson(c.label);
    if (!isEmpty(c.description))
        j["description"] = textJson(c.description);
    switch (c.type) {
    case CriterionType::Numeric:
        j["type"] = "numeric";
        break;
    case CriterionType::Boolean:
        j["type"] = "boolean";
        break;
    case CriterionType::Ordinal:
        j["type"] = "ordinal";
        break;
    }
    j["direction"] = c.direction == Direction::Cost ? "cost" : "benefit";
    if (c.type == CriterionType::Numeric || !c.unit.empty())
        j["unit"] = c.unit;
    if (c.type == CriterionType::Numeric) {
        j["bounds"] = Json::array({ numberJson(c.lower), numberJson(c.upper) });
        j["scale"] = c.scale == Scale::Log ? "log" : "linear";
        if (c.allowUnlimited)
            j["unlimited"] = true;
    }
    if (c.type == CriterionType::Ordinal)
        j["levels"] = c.levels;
    return j;
}

Json alternativeJson(const Alternative& a)
{
    Json j = Json::object();
    j["id"] = a.id;
    j["name"] = a.name;
    j["kind"] = a.kind;
    if (!a.vendor.empty())
        j["vendor"] = a.vendor;
    if (!a.homepage.empty())
        j["homepage"] = a.homepage;
    j["status"] = a.status;
    if (!isEmpty(a.summary))
        j["summary"] = textJson(a.summary);
    Json facts = Json::object();
    for (const auto& [id, f] : a.facts) {
        Json fj = Json::object();
        fj["value"] = valueJson(f.value);
        putProvenance(fj, f);
        facts[id] = std::move(fj);
    }
    j["facts"] = std::move(facts);
    Json details = Json::array();
    for (const Detail& d : a.details) {
        Json dj = Json::object();
        dj["key"] = d.key;
        if (!isEmpty(d.label))
            dj["label"] = textJson(d.label);
        dj["value"] = valueJson(d.fact.value);
        if (!d.fact.unit.empty())
            dj["unit"] = d.fact.unit;
        putProvenance(dj, d.fact);
        details.push_back(std::move(dj));
    }
    j["details"] = std::move(details);
    return j;
}

Json profileJson(const Profile& p)
{
    Json j = Json::object();
    j["id"] = p.id;
    j["label"] = textJson(p.label);
    if (!isEmpty(p.description))
        j["description"] = textJson(p.description);
    // The scenario members in the one form the scenario writer and the loader share.
    const Json scenario = Json::parse(scenarioToJson(p.scenario));
    for (const auto& [key, value] : scenario.items()) {
        if (key != "format" && key != "format_version" && key != "profile")
            j[key] = value;
    }
    return j;
}

} // namespace

std::string catalogToJson(const Catalog& catalog)
{
    Json j = Json::object();
    j["format"] = catalog.format.empty() ? std::string("modelscout-catalog") : catalog.format;
    j["format_version"] = catalog.formatVersion;
    j["catalog_version"] = catalog.version;
    j["title"] = catalog.title;
    j["as_of"] = catalog.asOf;
    Json sources = Json::array();
    for (const Source& s : catalog.sources) {
        Json sj = Json::object();
        sj["id"] = s.id;
        sj["title"] = s.title;
        if (!s.url.empty())
            sj["url"] = s.url;
        sj["date"] = s.date;
        sources.push_back(std::move(sj));
    }
    j["sources"] = std::move(sources);
    Json criteria = Json::array();
    for (const Criterion& c : catalog.criteria)
        criteria.push_back(criterionJson(c));
    j["criteria"] = std::move(criteria);
    Json alternatives = Json::array();
    for (const Alternative& a : catalog.alternatives)
        alternatives.push_back(alternativeJson(a));
    j["alternatives"] = std::move(alternatives);
    if (!catalog.profiles.empty()) {
        Json profiles = Json::array();
        for (const Profile& p : catalog.profiles)
            profiles.push_back(profileJson(p));
        j["profiles"] = std::move(profiles);
    }
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace ms
