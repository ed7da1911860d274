// SPDX-License-Identifier: MIT
// The catalog loader reads a catalog's alternatives one by one while parsing when
// "sources" and "criteria" come before "alternatives", and the whole document first
// otherwise (src/core/catalog/loader.cpp, CatalogStream; docs/performance.md). Both ways
// must give the same diagnostics, in the same order, with the same messages.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/catalog/loader.h"

namespace {

// The members of a catalog with errors in every part, one string each, so the tests
// can put them in any order.
const std::string kSources = R"("sources": [{"id": "s", "title": "S", "date": "2026-11"},
              {"id": "s", "title": "S2", "date": "2026-13"}])";
const std::string kCriteria = R"("criteria": [{"id": "quota", "label": {"en": "Quota"}, "type": "numeric",
               "direction": "benefit", "unit": "u", "bounds": [0, 100]}])";
const std::string kAlternatives = R"("alternatives": [
    {"id": "a1", "name": "A1", "kind": "local_model", "status": "public", "col/our~": "red",
     "facts": {"quota": {"value": "lots", "source": "s", "as_of": "2026-11"}, "speed": {"value": 1}}},
    "not an alternative",
    {"id": "a1", "name": "A2", "kind": "robot", "status": "public",
     "details": [{"key": "licence", "value": [1], "source": "nowhere", "as_of": "2026-11"}]}
  ])";
const std::string kHeader = R"("format": "modelscout-catalog", "format_version": 1, "catalog_version": "t.1",
  "title": "T", "as_of": "2026-11-40")";

std::string object(const std::vector<std::string>& members)
{
    std::string text = "{\n  ";
    for (std::size_t i = 0; i < members.size(); ++i)
        text += (i ? ",\n  " : "") + members[i];
    return text + "\n}\n";
}

/** "severity pointer: message" of every diagnostic: what does not depend on the layout. */
std::vector<std::string> findings(const ms::CatalogLoadResult& r)
{
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics)
        out.push_back(std::string(d.severity == ms::Severity::Error ? "error " : "warning ") + d.pointer + ": "
                      + d.message);
    return out;
}

// Worked out by hand from docs/catalog-format.md: the top-level checks first, then
// sources, criteria and alternatives in document order, members in key order.
const std::vector<std::string> kExpected = {
    "error /as_of: expected a date YYYY-MM or YYYY-MM-DD, found string \"2026-11-40\"",
    "error /sources/1/id: duplicate source id \"s\"",
    "error /sources/1/date: expected a date YYYY-MM or YYYY-MM-DD, found string \"2026-13\"",
    "warning /alternatives/0/col~1our~0: unknown key \"col/our~\" is ignored",
    "error /alternatives/0/facts/quota/value: expected a number or null for criterion \"quota\", found string \"lots\"",
    "error /alternatives/0/facts/speed: \"speed\" is not a criterion declared in /criteria",
    "error /alternatives/1: expected an alternative object, found string \"not an alternative\"",
    "error /alternatives/2/id: duplicate alternative id \"a1\"",
    "error /alternatives/2/kind: expected \"local_model\", \"online_api\" or \"character_service\", found string \"robot\"",
    "error /alternatives/2/details/0/value: expected a string, number, boolean or null, found an array",
    "error /alternatives/2/details/0/source: source \"nowhere\" is not listed in /sources",
};

} // namespace

TEST(CatalogStream, StreamedReadingGivesTheWholeDocumentsDiagnostics)
{
    // Streamed: sources and criteria come first; the header after the alternatives.
    const auto streamed = ms::loadCatalogFromText(object({kSources, kCriteria, kAlternatives, kHeader}), "t.json");
    EXPECT_FALSE(streamed.ok());
    EXPECT_EQ(findings(streamed), kExpected);
    // Placed by line and column like any other diagnostic: the unknown key is on line 7.
    ASSERT_EQ(streamed.diagnostics.size(), kExpected.size());
    EXPECT_EQ(streamed.diagnostics[3].toString(),
              "t.json:7:75: warning: /alternatives/0/col~1our~0: unknown key \"col/our~\" is ignored");
}

TEST(CatalogStream, EveryOrderOfTheTopLevelKeysGivesTheSameDiagnostics)
{
    const std::vector<std::vector<std::string>> orders = {
        {kAlternatives, kSources, kCriteria, kHeader}, // not streamed: the alternatives come first
        {kSources, kAlternatives, kCriteria, kHeader}, // not streamed: the criteria come after them
        {kHeader, kCriteria, kSources, kAlternatives}, // streamed
    };
    for (const auto& order : orders) {
        const auto r = ms::loadCatalogFromText(object(order), "t.json");
        EXPECT_FALSE(r.ok());
        EXPECT_EQ(findings(r), kExpected) << object(order);
    }
}

TEST(CatalogStream, ADuplicateKeyInAStreamedAlternativeNamesTheAlternative)
{
    const std::string alternatives = R"("alternatives": [
    {"id": "a1", "name": "A", "kind": "local_model", "status": "public"},
    {"id": "a2", "name": "B", "name": "C", "kind": "local_model", "status": "public"}
  ])";
    const std::string header = R"("format": "modelscout-catalog", "format_version": 1, "catalog_version": "t.1",
  "title": "T", "as_of": "2026-11")";
    const auto streamed = ms::loadCatalogFromText(object({header, kSources, kCriteria, alternatives}), "t.json");
    EXPECT_FALSE(streamed.ok());
    const std::vector<std::string> expected = {
        "error /alternatives/1/name: duplicate key \"name\" in alternative \"a2\" (each key may appear once; which "
        "value was meant is unclear)",
        "error /sources/1/id: duplicate source id \"s\"",
        "error /sources/1/date: expected a date YYYY-MM or YYYY-MM-DD, found string \"2026-13\"",
    };
    EXPECT_EQ(findings(streamed), expected);
    EXPECT_EQ(streamed.diagnostics.front().toString(),
              "t.json:10:31: error: /alternatives/1/name: duplicate key \"name\" in alternative \"a2\" (each key "
              "may appear once; which value was meant is unclear)");
    // The whole-document reading names it the same way.
    const auto whole = ms::loadCatalogFromText(object({alternatives, header, kSources, kCriteria}), "t.json");
    EXPECT_EQ(findings(whole), expected);
}

TEST(CatalogStream, ASecondAlternativesKeyIsADuplicateAndTheFirstIsRead)
{
    const std::string first = R"("alternatives": [{"id": "a1", "name": "A", "kind": "local_model", "status": "public"}])";
    const std::string second = R"("alternatives": [{"id": "a1", "kind": "robot"}])";
    const std::string header = R"("format": "modelscout-catalog", "format_version": 1, "catalog_version": "t.1",
  "title": "T", "as_of": "2026-11")";
    const std::string sources = R"("sources": [{"id": "s", "title": "S", "date": "2026-11"}])";
    const auto r = ms::loadCatalogFromText(object({header, sources, kCriteria, first, second}), "t.json");
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(findings(r), std::vector<std::string>{
                               "error /alternatives: duplicate key \"alternatives\" in the top-level object (each key "
                               "may appear once; which value was meant is unclear)"});
}

TEST(CatalogStream, ASyntaxErrorAfterTheAlternativesIsTheOnlyDiagnostic)
{
    // The alternatives (with their errors) were read before the parser met the error.
    std::string text = object({kSources, kCriteria, kAlternatives, kHeader});
    text.insert(text.rfind('}'), ",");
    const auto r = ms::loadCatalogFromText(text, "t.json");
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].toString(),
              "t.json:15:2: error: syntax error while parsing object key - unexpected '}'; expected string literal");
}

TEST(CatalogStream, AValidStreamedCatalogLoadsWithoutDiagnostics)
{
    const std::string header = R"("format": "modelscout-catalog", "format_version": 1, "catalog_version": "t.1",
  "title": "T", "as_of": "2026-11")";
    const std::string sources = R"("sources": [{"id": "s", "title": "S", "date": "2026-11"}])";
    const std::string alternatives = R"("alternatives": [
    {"id": "a1", "name": "A", "kind": "local_model", "status": "public",
     "facts": {"quota": {"value": 42, "source": "s", "as_of": "2026-11", "note": "measured"}},
     "details": [{"key": "licence", "value": "MIT", "source": "s", "as_of": "2026-11"}]},
    {"id": "a2", "name": "B", "kind": "online_api", "status": "waitlist"}
  ])";
    const auto r = ms::loadCatalogFromText(object({sources, kCriteria, alternatives, header}), "t.json");
    ASSERT_TRUE(r.ok()) << ms::formatDiagnostics(r.diagnostics);
    EXPECT_TRUE(r.diagnostics.empty());
    const ms::Catalog& c = *r.catalog;
    ASSERT_EQ(c.alternatives.size(), 2u);
    EXPECT_EQ(c.alternatives[0].id, "a1");
    EXPECT_EQ(c.alternatives[1].status, "waitlist");
    const ms::Fact* quota = c.alternatives[0].fact("quota");
    ASSERT_NE(quota, nullptr);
    EXPECT_EQ(quota->value.number, 42.0);
    EXPECT_EQ(quota->note, "measured");
    ASSERT_EQ(c.alternatives[0].details.size(), 1u);
    EXPECT_EQ(c.alternatives[0].details[0].fact.value.text, "MIT");
    EXPECT_EQ(c.alternatives[0].details[0].label.en, "licence"); // no label: the key
    EXPECT_EQ(c.title, "T");
    ASSERT_EQ(c.criteria.size(), 1u);
    ASSERT_EQ(c.sources.size(), 1u);
}
