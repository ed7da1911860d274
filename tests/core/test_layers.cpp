// SPDX-License-Identifier: MIT
// Catalog layers: precedence per fact with layer names, source clashes, criterion
// mismatches, the user's overrides (exact diagnostics, saving), loading the data folder
// (an override survives an update; a broken layer is skipped) and the data folder's path.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <unistd.h>

#include <gtest/gtest.h>

#include "core/catalog/jsoninput.h"
#include "core/catalog/layers.h"
#include "core/catalog/loader.h"
#include "core/util/paths.h"

namespace fs = std::filesystem;

namespace {

const std::string kBundled = std::string(MODELSCOUT_BUNDLED_DATA_DIR) + "/catalog.json";

const std::string kCriteria = R"([
    {"id": "quota", "label": "Quota", "type": "numeric", "direction": "benefit",
     "unit": "messages/month", "bounds": [0, 100], "unlimited": true},
    {"id": "voice", "label": "Voice", "type": "boolean", "direction": "benefit"},
    {"id": "availability", "label": "Availability", "type": "ordinal", "direction": "benefit",
     "levels": ["discontinued", "contact_only", "waitlist", "public"]}
  ])";

const std::string kSources = R"([{"id": "s", "title": "S", "date": "2026-11"}])";

std::string catalogText(const std::string& alternatives, const std::string& sources = kSources,
                        const std::string& criteria = kCriteria)
{
    return R"({"format": "modelscout-catalog", "format_version": 1, "catalog_version": "t.1",
  "title": "T", "as_of": "2026-11",
  "sources": )" + sources + R"(,
  "criteria": )" + criteria + R"(,
  "alternatives": )" + alternatives + "}\n";
}

ms::Catalog load(const std::string& text, const std::string& label = "t.json")
{
    auto r = ms::loadCatalogFromText(text, label);
    EXPECT_TRUE(r.ok()) << ms::formatDiagnostics(r.diagnostics);
    return r.ok() ? *r.catalog : ms::Catalog{};
}

/** The base: alternative "a" with all three facts and a detail, from source "s". */
ms::Catalog base()
{
    return load(catalogText(R"([{"id": "a", "name": "Alpha", "kind": "online_api", "status": "public",
      "facts": {"quota": {"value": 10, "source": "s", "as_of": "2023-10"},
                "voice": {"value": true, "source": "s", "as_of": "2023-10"},
                "availability": {"value": "public", "source": "s", "as_of": "2023-10"}},
      "details": [{"key": "licence", "value": "MIT", "source": "s", "as_of": "2023-10"}]}])"),
                "bundled.json");
}

std::vector<std::string> strings(const std::vector<ms::Diagnostic>& diagnostics)
{
    std::vector<std::string> out;
    for (const auto& d : diagnostics)
        out.push_back(d.toString());
    return out;
}

/** A folder of this process's own under the temporary folder, removed at exit. */
const fs::path& tempRoot()
{
    struct Root {
        fs::path path = fs::temp_directory_path() / ("ms-layers-" + std::to_string(::getpid()));
        ~Root()
        {
            std::error_code ec;
            fs::remove_all(path, ec);
        }
    };
    static const Root root;
    return root.path;
}

fs::path freshDir(const std::string& name)
{
    const fs::path dir = tempRoot() / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

void write(const fs::path& path, const std::string& text)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

std::string slurp(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/** Sets an environment variable for one scope and restores it after. */
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : m_name(name)
    {
        if (const char* old = std::getenv(name))
            m_old = old;
        if (value)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ~ScopedEnv()
    {
        if (m_old)
            ::setenv(m_name, m_old->c_str(), 1);
        else
            ::unsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

} // namespace

// ---------------------------------------------------------------------------
// mergeLayers
// ---------------------------------------------------------------------------

TEST(Layers, ALaterLayerWinsPerFactAndEveryFactKnowsItsLayer)
{
    const ms::Catalog update = load(catalogText(R"([
      {"id": "a", "name": "Alpha renamed", "kind": "online_api", "status": "discontinued",
       "facts": {"quota": {"value": 20, "source": "s", "as_of": "2026-10"}},
       "details": [{"key": "licence", "value": "Apache-2.0", "source": "s", "as_of": "2026-10"},
                   {"key": "params", "value": 7, "source": "s", "as_of": "2026-10"}]},
      {"id": "b", "name": "Beta", "kind": "local_model", "status": "public",
       "facts": {"voice": {"value": false, "source": "s", "as_of": "2026-10"}}}])"));
    const ms::Catalog import = load(catalogText(R"([
      {"id": "a", "name": "Alpha", "kind": "online_api", "status": "public",
       "facts": {"voice": {"value": null}, "quota": {"value": "unlimited", "source": "s", "as_of": "2026-11"}}}])"));

    std::vector<ms::Diagnostic> diagnostics;
    const ms::Catalog merged = ms::mergeLayers(
        {{"bundled", base(), {}}, {"update", update, {}}, {"import:x.json", import, {}}}, diagnostics);
    EXPECT_TRUE(diagnostics.empty()) << ms::formatDiagnostics(diagnostics);

    ASSERT_EQ(merged.alternatives.size(), 2u);
    const ms::Alternative& a = merged.alternatives[0];
    EXPECT_EQ(a.name, "Alpha");     // only facts and details come from later layers
    EXPECT_EQ(a.status, "public");
    ASSERT_NE(a.fact("quota"), nullptr);
    EXPECT_EQ(a.fact("quota")->value.kind, ms::FactValue::Kind::Unlimited); // import beats update beats bundled
    EXPECT_EQ(a.fact("quota")->layer, "import:x.json");
    EXPECT_EQ(a.fact("voice")->value.kind, ms::FactValue::Kind::Unknown);   // a later null wins too
    EXPECT_EQ(a.fact("voice")->layer, "import:x.json");
    EXPECT_EQ(a.fact("availability")->value.text, "public");
    EXPECT_EQ(a.fact("availability")->layer, "bundled");
    ASSERT_EQ(a.details.size(), 2u);
    EXPECT_EQ(a.details[0].key, "licence"); // replaced in place
    EXPECT_EQ(a.details[0].fact.value.text, "Apache-2.0");
    EXPECT_EQ(a.details[0].fact.layer, "update");
    EXPECT_EQ(a.details[1].key, "params");  // added after
    EXPECT_EQ(a.details[1].fact.layer, "update");

    const ms::Alternative& b = merged.alternatives[1];
    EXPECT_EQ(b.id, "b");
    EXPECT_EQ(b.fact("voice")->layer, "update");

    EXPECT_EQ(ms::factsFromLayer(merged, "bundled"), std::make_pair(std::size_t{1}, std::size_t{0}));
    EXPECT_EQ(ms::factsFromLayer(merged, "update"), std::make_pair(std::size_t{3}, std::size_t{0}));
    EXPECT_EQ(ms::factsFromLayer(merged, "import:x.json"), std::make_pair(std::size_t{1}, std::size_t{1}));
}

TEST(Layers, ASourceIdClashIsRenamedAndItsFactsFollow)
{
    const ms::Catalog update = load(catalogText(R"([
      {"id": "a", "name": "Alpha", "kind": "online_api", "status": "public",
       "facts": {"quota": {"value": 20, "source": "s", "as_of": "2026-10"},
                 "voice": {"value": false, "source": "t", "as_of": "2026-10"}}}])",
        R"([{"id": "s", "title": "Another S", "date": "2026-10"}, {"id": "t", "title": "T", "date": "2026-10"}])"));
    const ms::Catalog same = load(catalogText(R"([
      {"id": "a", "name": "Alpha", "kind": "online_api", "status": "public",
       "facts": {"availability": {"value": "waitlist", "source": "s", "as_of": "2026-11"}}}])"));

    std::vector<ms::Diagnostic> diagnostics;
    const ms::Catalog merged = ms::mergeLayers(
        {{"bundled", base(), {}}, {"update", update, "update/catalog.json"}, {"import:same.json", same, {}}}, diagnostics);
    ASSERT_EQ(strings(diagnostics), std::vector<std::string>{
        "update/catalog.json: warning: /sources/0: source \"s\" of layer \"update\" differs from the source of that id "
        "already loaded; it is renamed \"update:s\" and this layer's facts cite it under that name"});

    ASSERT_EQ(merged.sources.size(), 3u);
    EXPECT_EQ(merged.sources[0].title, "S");
    EXPECT_EQ(merged.sources[1].id, "update:s");
    EXPECT_EQ(merged.sources[1].title, "Another S");
    EXPECT_EQ(merged.sources[2].id, "t");
    const ms::Alternative& a = merged.alternatives[0];
    EXPECT_EQ(a.fact("quota")->source, "update:s");
    EXPECT_EQ(a.fact("voice")->source, "t");
    EXPECT_EQ(a.fact("availability")->source, "s"); // the same source again: kept as it is
    EXPECT_EQ(a.details[0].fact.source, "s");
}

TEST(Layers, ACriterionOfAnotherTypeIsAnErrorAndItsFactsAreIgnored)
{
    const std::string criteria = R"([
    {"id": "quota", "label": "Quota", "type": "numeric", "direction": "benefit",
     "unit": "messages/month", "bounds": [0, 100]},
    {"id": "voice", "label": "Voice", "type": "numeric", "direction": "benefit", "unit": "voices", "bounds": [0, 10]},
    {"id": "availability", "label": "Availability", "type": "ordinal", "direction": "benefit",
     "levels": ["no", "yes"]},
    {"id": "extra", "label": "Extra", "type": "boolean", "direction": "benefit"}
  ])";
    const ms::Catalog update = load(catalogText(R"([
      {"id": "a", "name": "Alpha", "kind": "online_api", "status": "public",
       "facts": {"quota": {"value": 30, "source": "s", "as_of": "2026-10"},
                 "voice": {"value": 3, "source": "s", "as_of": "2026-10"},
                 "availability": {"value": "yes", "source": "s", "as_of": "2026-10"},
                 "extra": {"value": true, "source": "s", "as_of": "2026-10"}}}])",
        kSources, criteria));

    std::vector<ms::Diagnostic> diagnostics;
    const ms::Catalog merged = ms::mergeLayers({{"bundled", base(), {}}, {"update", update, {}}}, diagnostics);
    EXPECT_EQ(strings(diagnostics), (std::vector<std::string>{
        "update: error: /criteria/1: layer \"update\" declares criterion \"voice\" as numeric but the bundled catalog "
        "has it boolean; this layer's facts for it are ignored",
        "update: warning: /criteria/3: layer \"update\" declares criterion \"extra\", which the bundled catalog does "
        "not have; its facts for it are ignored",
        "update: error: /alternatives/0/facts/availability/value: alternative \"a\" of layer \"update\": \"yes\" is not "
        "a value of criterion \"availability\" in the bundled catalog; the fact is ignored"}));
    ASSERT_EQ(merged.criteria.size(), 3u);
    const ms::Alternative& a = merged.alternatives[0];
    EXPECT_EQ(a.fact("quota")->value.number, 30);  // the matching criterion still merges
    EXPECT_EQ(a.fact("quota")->layer, "update");
    EXPECT_TRUE(a.fact("voice")->value.boolean);   // the bundled fact stays
    EXPECT_EQ(a.fact("voice")->layer, "bundled");
    EXPECT_EQ(a.fact("availability")->value.text, "public");
    EXPECT_EQ(a.fact("extra"), nullptr);
}

// ---------------------------------------------------------------------------
// Overrides
// ---------------------------------------------------------------------------

TEST(Overrides, LoadIntoAUserLayerCitingTheUsersOwnSource)
{
    const std::string text = R"({"format": "modelscout-overrides", "format_version": 1, "overrides": [
  {"alternative": "a", "criterion": "quota", "value": 9.99, "note": "my plan", "as_of": "2026-11-29"},
  {"alternative": "a", "detail": "licence", "value": "proprietary", "as_of": "2026-11"},
  {"alternative": "mine", "name": "My model", "kind": "local_model", "criterion": "voice", "value": true,
   "as_of": "2026-11-01"}
]})";
    const auto r = ms::loadOverridesFromText(text, "overrides.json", base());
    ASSERT_TRUE(r.ok()) << ms::formatDiagnostics(r.diagnostics);
    EXPECT_TRUE(r.diagnostics.empty());
    ASSERT_EQ(r.overrides.size(), 3u);
    const ms::Catalog& layer = *r.catalog;
    ASSERT_EQ(layer.sources.size(), 1u);
    EXPECT_EQ(layer.sources[0].id, "user");
    EXPECT_EQ(layer.sources[0].title, "Your own figures");
    EXPECT_EQ(layer.sources[0].date, "2026-11-29");

    std::vector<ms::Diagnostic> diagnostics;
    const ms::Catalog merged = ms::mergeLayers({{"bundled", base(), {}}, {"user", layer, {}}}, diagnostics);
    EXPECT_TRUE(diagnostics.empty()) << ms::formatDiagnostics(diagnostics);
    ASSERT_EQ(merged.alternatives.size(), 2u);
    const ms::Fact* quota = merged.alternatives[0].fact("quota");
    EXPECT_DOUBLE_EQ(quota->value.number, 9.99);
    EXPECT_EQ(quota->layer, "user");
    EXPECT_EQ(quota->source, "user");
    EXPECT_EQ(quota->note, "my plan");
    EXPECT_EQ(quota->asOf, "2026-11-29");
    EXPECT_EQ(merged.alternatives[0].fact("voice")->layer, "bundled");
    EXPECT_EQ(merged.alternatives[0].details[0].fact.value.text, "proprietary");
    EXPECT_EQ(merged.alternatives[0].details[0].fact.layer, "user");
    EXPECT_EQ(merged.alternatives[1].id, "mine");
    EXPECT_EQ(merged.alternatives[1].name, "My model");
    EXPECT_EQ(merged.alternatives[1].kind, "local_model");
    EXPECT_EQ(merged.alternatives[1].fact("voice")->layer, "user");
}

TEST(Overrides, SyntaxErrorsHaveLineAndColumn)
{
    const std::string text = "{\"format\": \"modelscout-overrides\", \"format_version\": 1, \"overrides\": [\n"
                             "  {\"alternative\": \"a\", \"criterion\": \"quota\", \"value\": 5,}\n"
                             "]}\n";
    const auto r = ms::loadOverridesFromText(text, "overrides.json", base());
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(strings(r.diagnostics), std::vector<std::string>{
        "overrides.json:2:57: error: syntax error while parsing object key - unexpected '}'; expected string literal"});
}

TEST(Overrides, SemanticErrorsHaveThePointerAndThePosition)
{
    // As in catalog files, an object member is placed at its key, an array element at its start.
    const std::string text = "{\"format\": \"modelscout-overrides\", \"format_version\": 1, \"overrides\": [\n"
                             "  {\"alternative\": \"nobody\", \"criterion\": \"quota\", \"value\": 5, \"as_of\": \"2026-11\"},\n"
                             "  {\"alternative\": \"a\", \"criterion\": \"price\", \"value\": 5, \"as_of\": \"2026-11\"},\n"
                             "  {\"alternative\": \"a\", \"criterion\": \"quota\", \"value\": \"lots\", \"as_of\": \"2026-11\"},\n"
                             "  {\"alternative\": \"a\", \"criterion\": \"voice\", \"value\": 1, \"as_of\": \"2026-11\"},\n"
                             "  {\"alternative\": \"a\", \"criterion\": \"availability\", \"value\": \"soon\", \"as_of\": \"2026-11\"},\n"
                             "  {\"alternative\": \"a\", \"criterion\": \"voice\", \"value\": true},\n"
                             "  {\"alternative\": \"a\", \"criterion\": \"voice\", \"detail\": \"x\", \"value\": true, \"as_of\": \"11/2026\", \"colour\": 1}\n"
                             "]}\n";
    const auto r = ms::loadOverridesFromText(text, "overrides.json", base());
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(strings(r.diagnostics), (std::vector<std::string>{
        "overrides.json:2:4: error: /overrides/0/alternative: \"nobody\" is not an alternative of the catalog; "
        "to add it, give its \"name\" and \"kind\" as well",
        "overrides.json:3:24: error: /overrides/1/criterion: \"price\" is not a criterion of the catalog "
        "(criteria: quota, voice, availability)",
        "overrides.json:4:46: error: /overrides/2/value: expected a number, \"unlimited\" or null for criterion "
        "\"quota\", found string \"lots\"",
        "overrides.json:5:46: error: /overrides/3/value: expected true, false or null for criterion \"voice\", "
        "found number 1",
        "overrides.json:6:53: error: /overrides/4/value: expected one of \"discontinued\", \"contact_only\", "
        "\"waitlist\", \"public\" or null for criterion \"availability\", found string \"soon\"",
        "overrides.json:7:3: error: /overrides/5: missing required key \"as_of\" (expected a date YYYY-MM or YYYY-MM-DD)",
        "overrides.json:8:96: warning: /overrides/6/colour: unknown key \"colour\" is ignored",
        "overrides.json:8:3: error: /overrides/6: give \"criterion\" or \"detail\", not both",
        "overrides.json:8:76: error: /overrides/6/as_of: expected a date YYYY-MM or YYYY-MM-DD, found string \"11/2026\""}));
}

TEST(Overrides, TopLevelMistakesAndDuplicates)
{
    const auto wrong = ms::loadOverridesFromText(
        R"({"format": "modelscout-catalog", "format_version": 2, "overrides": {}})", "o.json", base());
    EXPECT_EQ(strings(wrong.diagnostics), (std::vector<std::string>{
        "o.json:1:2: error: /format: expected \"modelscout-overrides\", found string \"modelscout-catalog\"",
        "o.json:1:34: error: /format_version: expected the integer 1 (the only format version this program reads), "
        "found number 2",
        "o.json:1:55: error: /overrides: expected an array of overrides, found an object"}));

    const auto twice = ms::loadOverridesFromText(R"({"format": "modelscout-overrides", "format_version": 1, "overrides": [
  {"alternative": "a", "criterion": "quota", "value": 1, "as_of": "2026-11"},
  {"alternative": "a", "criterion": "quota", "value": 2, "as_of": "2026-11", "name": "A", "kind": "online_api"}]})",
                                                 "o.json", base());
    ASSERT_TRUE(twice.ok());
    EXPECT_EQ(strings(twice.diagnostics), (std::vector<std::string>{
        "o.json:3:78: warning: /overrides/1/name: \"name\" and \"kind\" only add a new alternative; \"a\" is already "
        "in the catalog, so they are ignored",
        "o.json:3:3: warning: /overrides/1: overrides the same fact as /overrides/0; this later one is used"}));
    EXPECT_EQ(twice.catalog->alternatives[0].fact("quota")->value.number, 2);

    const auto dup = ms::loadOverridesFromText(R"({"format": "modelscout-overrides", "format": "x", "format_version": 1, "overrides": []})",
                                               "o.json", base());
    EXPECT_FALSE(dup.ok());
    ASSERT_EQ(dup.diagnostics.size(), 1u);
    EXPECT_EQ(dup.diagnostics[0].toString(), "o.json:1:36: error: /format: duplicate key \"format\" in the top-level "
                                             "object (each key may appear once; which value was meant is unclear)");
}

TEST(Overrides, SaveWritesAFileThatReadsBackAndLeavesNoTemporary)
{
    std::vector<ms::Override> overrides;
    ms::Override o;
    o.alternative = "a";
    o.criterion = "quota";
    o.value = ms::FactValue::ofNumber(9.99);
    o.note = "my \"plan\"";
    o.asOf = "2026-11-29";
    ms::setOverride(overrides, o);
    o.criterion = "voice";
    o.value = ms::FactValue::ofBool(false);
    o.note.clear();
    ms::setOverride(overrides, o);
    o.criterion = "quota";
    o.value = ms::FactValue::ofNumber(12); // replaces the first
    ms::setOverride(overrides, o);
    ms::Override d;
    d.alternative = "a";
    d.detail = "licence";
    d.value = ms::FactValue::unknown();
    ms::setOverride(overrides, d);
    ASSERT_EQ(overrides.size(), 3u);

    const std::string text = ms::overridesToJson(overrides);
    EXPECT_EQ(text, R"({
  "format": "modelscout-overrides",
  "format_version": 1,
  "overrides": [
    {
      "alternative": "a",
      "criterion": "quota",
      "value": 12,
      "as_of": "2026-11-29"
    },
    {
      "alternative": "a",
      "criterion": "voice",
      "value": false,
      "as_of": "2026-11-29"
    },
    {
      "alternative": "a",
      "detail": "licence",
      "value": null
    }
  ]
}
)");
    const fs::path dir = freshDir("save");
    const fs::path file = dir / "sub" / "overrides.json";
    std::string error;
    ASSERT_TRUE(ms::saveOverridesAtomically(file, text, &error)) << error;
    EXPECT_EQ(slurp(file), text);
    EXPECT_FALSE(fs::exists(dir / "sub" / "overrides.json.tmp"));
    const auto back = ms::loadOverridesFromFile(file, base());
    ASSERT_TRUE(back.ok()) << ms::formatDiagnostics(back.diagnostics);
    EXPECT_EQ(ms::overridesToJson(back.overrides), text);

    // A folder where the file should be: the save fails and says why, nothing is left behind.
    fs::create_directories(dir / "blocked" / "overrides.json");
    EXPECT_FALSE(ms::saveOverridesAtomically(dir / "blocked" / "overrides.json", text, &error));
    EXPECT_NE(error.find("cannot replace"), std::string::npos) << error;
    EXPECT_FALSE(fs::exists(dir / "blocked" / "overrides.json.tmp"));
    fs::remove_all(dir);
}

// ---------------------------------------------------------------------------
// The data folder
// ---------------------------------------------------------------------------

TEST(LayeredCatalog, AUserOverrideSurvivesAnUpdate)
{
    const fs::path dir = freshDir("survives");
    const fs::path bundled = dir / "bundled.json";
    write(bundled, catalogText(R"([{"id": "a", "name": "Alpha", "kind": "online_api", "status": "public",
      "facts": {"quota": {"value": 10, "source": "s", "as_of": "2023-10"},
                "voice": {"value": true, "source": "s", "as_of": "2023-10"}}}])"));
    const fs::path data = dir / "data";
    write(data / "overrides.json", R"({"format": "modelscout-overrides", "format_version": 1, "overrides": [
  {"alternative": "a", "criterion": "quota", "value": 42, "note": "my plan", "as_of": "2026-11-29"}]})");

    auto first = ms::loadLayeredCatalog(bundled, data);
    ASSERT_TRUE(first.ok()) << ms::formatDiagnostics(first.diagnostics);
    EXPECT_EQ(first.catalog->alternatives[0].fact("quota")->value.number, 42);
    EXPECT_EQ(first.catalog->alternatives[0].fact("quota")->layer, "user");

    // An update arrives that changes the same fact (and another one).
    write(data / "update" / "catalog.json", catalogText(R"([{"id": "a", "name": "Alpha", "kind": "online_api",
      "status": "public", "facts": {"quota": {"value": 77, "source": "s", "as_of": "2026-12"},
                                    "voice": {"value": false, "source": "s", "as_of": "2026-12"}}}])"));
    auto second = ms::loadLayeredCatalog(bundled, data);
    ASSERT_TRUE(second.ok()) << ms::formatDiagnostics(second.diagnostics);
    EXPECT_TRUE(second.diagnostics.empty()) << ms::formatDiagnostics(second.diagnostics);
    const ms::Alternative& a = second.catalog->alternatives[0];
    EXPECT_EQ(a.fact("quota")->value.number, 42);     // the override still wins
    EXPECT_EQ(a.fact("quota")->layer, "user");
    EXPECT_EQ(a.fact("voice")->value.boolean, false); // the update's other fact is used
    EXPECT_EQ(a.fact("voice")->layer, "update");
    EXPECT_EQ(second.belowUser->alternatives[0].fact("quota")->value.number, 77);
    ASSERT_EQ(second.layers.size(), 3u);
    EXPECT_EQ(second.layers[0].name, "bundled");
    EXPECT_EQ(second.layers[0].knownFacts, 0u); // both facts are now supplied by later layers
    EXPECT_EQ(second.layers[1].name, "update");
    EXPECT_EQ(second.layers[1].knownFacts, 1u);
    EXPECT_EQ(second.layers[2].name, "user");
    EXPECT_EQ(second.layers[2].knownFacts, 1u);
    ASSERT_EQ(second.overrides.size(), 1u);
    // The override file itself is untouched by the update.
    EXPECT_NE(slurp(data / "overrides.json").find("\"value\": 42"), std::string::npos);
    fs::remove_all(dir);
}

TEST(LayeredCatalog, ABrokenLayerIsSkippedAndTheRestStillLoads)
{
    const fs::path dir = freshDir("broken");
    const fs::path bundled = dir / "bundled.json";
    write(bundled, catalogText(R"([{"id": "a", "name": "Alpha", "kind": "online_api", "status": "public",
      "facts": {"quota": {"value": 10, "source": "s", "as_of": "2023-10"}}}])"));
    const fs::path data = dir / "data";
    write(data / "update" / "catalog.json", "{\"format\": \"modelscout-catalog\",\n  \"title\": }\n");
    write(data / "imports" / "b.json", catalogText(R"([{"id": "b", "name": "Beta", "kind": "local_model",
      "status": "public", "facts": {"voice": {"value": true, "source": "s", "as_of": "2026-11"}}}])"));
    write(data / "imports" / "a.json", catalogText(R"([{"id": "a", "name": "Alpha", "kind": "online_api",
      "status": "public", "facts": {"quota": {"value": 55, "source": "s", "as_of": "2026-11"}}},
      {"id": "b", "name": "Beta", "kind": "local_model",
      "status": "public", "facts": {"voice": {"value": false, "source": "s", "as_of": "2026-10"},
                                    "quota": {"value": 3, "source": "s", "as_of": "2026-10"}}}])"));
    write(data / "imports" / "notes.txt", "not a catalog");
    write(data / "overrides.json", R"({"format": "modelscout-overrides", "format_version": 1, "overrides": [
  {"alternative": "b", "criterion": "voice", "value": null}]})");

    const auto r = ms::loadLayeredCatalog(bundled, data);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u) << ms::formatDiagnostics(r.diagnostics);
    EXPECT_EQ(r.diagnostics[0].toString(), (data / "update" / "catalog.json").string()
                                               + ":2:12: error: syntax error while parsing value - unexpected '}'; "
                                                 "expected '[', '{', or a literal");
    ASSERT_EQ(r.layers.size(), 5u);
    EXPECT_EQ(r.layers[0].name, "bundled");
    EXPECT_TRUE(r.layers[0].loaded);
    EXPECT_EQ(r.layers[1].name, "update");
    EXPECT_FALSE(r.layers[1].loaded);
    EXPECT_EQ(r.layers[2].name, "import:a.json"); // imports in file-name order
    EXPECT_EQ(r.layers[3].name, "import:b.json");
    EXPECT_EQ(r.layers[4].name, "user");
    EXPECT_TRUE(r.layers[4].loaded);

    const ms::Catalog& c = *r.catalog;
    ASSERT_EQ(c.alternatives.size(), 2u);
    EXPECT_EQ(c.alternatives[0].fact("quota")->value.number, 55);
    EXPECT_EQ(c.alternatives[0].fact("quota")->layer, "import:a.json");
    const ms::Alternative& b = c.alternatives[1];
    EXPECT_EQ(b.fact("quota")->layer, "import:a.json");
    EXPECT_FALSE(b.fact("voice")->value.isKnown()); // the user says: unknown
    EXPECT_EQ(b.fact("voice")->layer, "user");
    EXPECT_TRUE(r.belowUser->alternatives[1].fact("voice")->value.boolean); // b.json came after a.json
    EXPECT_EQ(r.belowUser->alternatives[1].fact("voice")->layer, "import:b.json");
    EXPECT_EQ(r.layers[0].knownFacts, 0u);
    EXPECT_EQ(r.layers[2].knownFacts, 2u);
    EXPECT_EQ(r.layers[3].knownFacts, 0u);
    EXPECT_EQ(r.layers[4].unknownFacts, 1u);

    // A broken overrides file is skipped the same way: the catalog layers still load.
    write(data / "overrides.json", R"({"format": "modelscout-overrides", "format_version": 1, "overrides": [
  {"alternative": "zeta", "criterion": "voice", "value": true, "as_of": "2026-11"}]})");
    const auto r2 = ms::loadLayeredCatalog(bundled, data);
    ASSERT_TRUE(r2.ok());
    EXPECT_FALSE(r2.layer("user")->loaded);
    EXPECT_TRUE(r2.overrides.empty());
    EXPECT_TRUE(r2.catalog->alternatives[1].fact("voice")->value.boolean);
    EXPECT_EQ(r2.diagnostics.back().toString(), (data / "overrides.json").string()
        + ":2:4: error: /overrides/0/alternative: \"zeta\" is not an alternative of the catalog; to add it, give "
          "its \"name\" and \"kind\" as well");
    fs::remove_all(dir);
}

TEST(LayeredCatalog, TheBundledCatalogAloneIsTheBundledLayer)
{
    const fs::path dir = freshDir("empty");
    const auto r = ms::loadLayeredCatalog(kBundled, dir / "nothing-here");
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.diagnostics.empty()) << ms::formatDiagnostics(r.diagnostics);
    ASSERT_EQ(r.layers.size(), 1u);
    EXPECT_EQ(r.layers[0].knownFacts, 503u);
    EXPECT_EQ(r.layers[0].unknownFacts, 67u);
    for (const auto& a : r.catalog->alternatives)
        for (const auto& [id, f] : a.facts)
            EXPECT_EQ(f.layer, "bundled") << a.id << " " << id;
    fs::remove_all(dir);
}

TEST(UserDataDir, OwnVariableThenXdgThenHomeLikeQtAppDataLocation)
{
    {
        ScopedEnv own("MODELSCOUT_DATA_HOME", "/tmp/own");
        ScopedEnv xdg("XDG_DATA_HOME", "/tmp/xdg");
        EXPECT_EQ(ms::userDataDir(), fs::path("/tmp/own"));
    }
    {
        ScopedEnv own("MODELSCOUT_DATA_HOME", "");
        ScopedEnv xdg("XDG_DATA_HOME", "/tmp/xdg");
        EXPECT_EQ(ms::userDataDir(), fs::path("/tmp/xdg/ModelScout/ModelScout"));
    }
    {
        ScopedEnv own("MODELSCOUT_DATA_HOME", nullptr);
        ScopedEnv xdg("XDG_DATA_HOME", nullptr);
        ScopedEnv home("HOME", "/home/modder");
        EXPECT_EQ(ms::userDataDir(), fs::path("/home/modder/.local/share/ModelScout/ModelScout"));
    }
    const auto layout = ms::userDataLayout("/d");
    EXPECT_EQ(layout.updateCatalog, fs::path("/d/update/catalog.json"));
    EXPECT_EQ(layout.importsDir, fs::path("/d/imports"));
    EXPECT_EQ(layout.overrides, fs::path("/d/overrides.json"));
}

TEST(CatalogDates, TheHandWrittenCheckAgreesWithTheFormatsPattern)
{
    // loader.cpp checks dates by hand (std::regex cost 7% of loading a large catalog):
    // it must accept exactly what docs/catalog-format.md's pattern accepts.
    const std::regex pattern(R"(^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$)");
    std::vector<std::string> cases;
    for (const std::string year : {"2023", "0000", "9999", "20a3", "202"})
        for (const char sep : {'-', '/'})
            for (int m = -1; m <= 14; ++m) {
                const std::string month = m < 0 ? "1a" : (m < 10 ? "0" : "") + std::to_string(m);
                cases.push_back(year + sep + month);
                for (int d = -1; d <= 33; ++d) {
                    const std::string day = d < 0 ? "3a" : (d < 10 ? "0" : "") + std::to_string(d);
                    cases.push_back(year + sep + month + "-" + day);
                    cases.push_back(year + sep + month + "/" + day);
                }
            }
    for (const std::string base : {"2023-10", "2023-10-31"}) {
        for (std::size_t n = 0; n <= base.size(); ++n)
            cases.push_back(base.substr(0, n));
        cases.push_back(base + "\n");
        cases.push_back(" " + base);
        cases.push_back(base + "1");
    }
    std::size_t accepted = 0;
    for (const auto& c : cases) {
        const bool expected = std::regex_match(c, pattern);
        EXPECT_EQ(ms::detail::isCatalogDate(c), expected) << "\"" << c << "\"";
        accepted += expected ? 1 : 0;
    }
    // Three good years x 12 months x (no day or 31 days), and "2023-10", "2023-10-31" and
    // "2023-10" again as a prefix of the second.
    EXPECT_EQ(accepted, 3u * 12 * (1 + 31) + 3);
}
