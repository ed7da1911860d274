// SPDX-License-Identifier: MIT
// Catalog loading and validation: exact diagnostics for the break-cases C06, C07,
// C08, C09 and C20 (docs/cases.md), and the semantic checks of docs/catalog-format.md.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "core/catalog/loader.h"

namespace {

const std::string kData = MODELSCOUT_TEST_DATA_DIR;

std::vector<std::string> messages(const ms::CatalogLoadResult& r)
{
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics)
        out.push_back(d.toString());
    return out;
}

/** A minimal valid catalog with `alternativesJson` spliced in. */
std::string catalogWith(const std::string& alternativesJson, const std::string& extraCriteria = "")
{
    return R"({
  "format": "modelscout-catalog",
  "format_version": 1,
  "catalog_version": "t.1",
  "title": "T",
  "as_of": "2026-11",
  "sources": [{"id": "s", "title": "S", "date": "2026-11"}],
  "criteria": [
    {"id": "quota", "label": {"en": "Quota"}, "type": "numeric", "direction": "benefit",
     "unit": "messages/month", "bounds": [0, 100], "unlimited": true},
    {"id": "voice", "label": {"en": "Voice"}, "type": "boolean", "direction": "benefit"},
    {"id": "availability", "label": {"en": "Availability"}, "type": "ordinal", "direction": "benefit",
     "levels": ["discontinued", "contact_only", "waitlist", "public"]})" + extraCriteria + R"(
  ],
  "alternatives": )" + alternativesJson + "\n}\n";
}

} // namespace

TEST(CatalogLoader, C06NumberOverflowIsRefusedWithLineAndColumn)
{
    const auto r = ms::loadCatalogFromFile(kData + "/cases/number-overflow.json");
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].toString(),
              kData + "/cases/number-overflow.json:1:122: error: number 1e400 is out of range "
                      "(expected a finite number that fits in a double)");
}

TEST(CatalogLoader, C07NestingBombIsRefusedAtDepth64)
{
    const auto r = ms::loadCatalogFromFile(kData + "/cases/deep-nesting.json");
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].toString(),
              kData + "/cases/deep-nesting.json:1:65: error: nesting deeper than 64 levels of arrays and "
                      "objects; a catalog needs far fewer");
}

TEST(CatalogLoader, C07NestingWithinTheLimitParses)
{
    // 64 levels are allowed: the limit is not off by one.
    const std::string text = std::string(63, '[') + std::string(63, ']');
    const auto r = ms::loadCatalogFromText("{\"x\":" + text + "}", "nest.json");
    for (const auto& d : r.diagnostics)
        EXPECT_EQ(d.message.find("nesting"), std::string::npos) << d.toString();
}

TEST(CatalogLoader, C09DuplicateKeyNamesTheAlternativeAndTheKey)
{
    const auto r = ms::loadCatalogFromFile(kData + "/cases/duplicate-keys.json");
    EXPECT_FALSE(r.ok());
    ASSERT_FALSE(r.diagnostics.empty());
    EXPECT_EQ(r.diagnostics[0].toString(),
              kData + "/cases/duplicate-keys.json:1:109: error: /alternatives/0/price_usd_per_1m_tokens: "
                      "duplicate key \"price_usd_per_1m_tokens\" in alternative \"mpt-7b\" (each key may "
                      "appear once; which value was meant is unclear)");
}

TEST(CatalogLoader, C09DuplicateKeyInsideAFactIsFoundToo)
{
    const auto r = ms::loadCatalogFromText(catalogWith(R"([
    {"id": "a", "name": "A", "kind": "online_api", "status": "public",
     "facts": {"voice": {"value": true, "value": false, "source": "s", "as_of": "2026-11"}}}])"),
                                           "dup.json");
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].toString(),
              "dup.json:17:41: error: /alternatives/0/facts/voice/value: duplicate key \"value\" in "
              "alternative \"a\" (each key may appear once; which value was meant is unclear)");
}

struct BrokenFile {
    const char* name;
    const char* expected;
};

class C20RealBrokenCatalogs : public ::testing::TestWithParam<BrokenFile> {};

TEST_P(C20RealBrokenCatalogs, AreRefusedWithLineAndColumn)
{
    const std::string path = kData + "/invalid/" + GetParam().name;
    const auto r = ms::loadCatalogFromFile(path);
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].toString(), path + GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Gpt4AllHistory, C20RealBrokenCatalogs,
    ::testing::Values(
        BrokenFile{"gpt4all_2023-07-27_trailing_comma.json",
                   ":293:3: error: syntax error while parsing object key - unexpected '}'; expected string literal"},
        BrokenFile{"gpt4all_2023-06-26_raw_newline_in_string.json",
                   ":13:21: error: syntax error while parsing value - invalid string: control character "
                   "U+000A (LF) must be escaped to \\u000A or \\n; last read: '\"<U+000A>'"},
        BrokenFile{"gpt4all_2023-06-16_bad_token.json",
                   ":17:161: error: syntax error while parsing object key - unexpected ','; expected string literal"}));

TEST(CatalogLoader, LoadsTheHandWorkedFixture)
{
    const auto r = ms::loadCatalogFromFile(kData + "/three_by_three.json");
    ASSERT_TRUE(r.ok()) << ms::formatDiagnostics(r.diagnostics);
    EXPECT_TRUE(r.diagnostics.empty()) << ms::formatDiagnostics(r.diagnostics);
    const ms::Catalog& c = *r.catalog;
    EXPECT_EQ(c.version, "test.1");
    ASSERT_EQ(c.criteria.size(), 3u);
    EXPECT_EQ(c.criteria[1].id, "price");
    EXPECT_EQ(c.criteria[1].direction, ms::Direction::Cost);
    EXPECT_EQ(c.criteria[1].upper, 10.0);
    ASSERT_EQ(c.alternatives.size(), 3u);
    EXPECT_EQ(c.alternatives[2].name, "Çeviri Asistanı");
    EXPECT_EQ(c.alternatives[2].vendor, "İstanbul sunucusu ₺0,02");
    const ms::Fact* voice = c.alternatives[2].fact("voice");
    ASSERT_NE(voice, nullptr);
    EXPECT_FALSE(voice->value.isKnown());
    EXPECT_EQ(c.alternatives[0].fact("quota")->value.number, 50.0);
    ASSERT_EQ(c.profiles.size(), 2u);
    EXPECT_EQ(c.profiles[0].scenario.weights.at("quota"), 2.0);
}

TEST(CatalogLoader, CollectsEverySemanticErrorWithPointerAndPosition)
{
    const auto r = ms::loadCatalogFromText(catalogWith(R"([
    {"id": "Bad Id", "name": "A", "kind": "robot", "status": "public",
     "facts": {
       "quota": {"value": "lots", "source": "s", "as_of": "2026-11"},
       "voice": {"value": true, "source": "nowhere", "as_of": "2026-13"},
       "speed": {"value": 3, "source": "s", "as_of": "2026-11"},
       "availability": {"value": "soon", "source": "s", "as_of": "2026-11", "estimate": true}}}])"),
                                           "bad.json");
    EXPECT_FALSE(r.ok());
    const std::vector<std::string> expected = {
        "bad.json:16:6: error: /alternatives/0/id: expected an ASCII id of a-z, 0-9, '_', '.', '-', found string \"Bad Id\"",
        "bad.json:16:35: error: /alternatives/0/kind: expected \"local_model\", \"online_api\" or \"character_service\", found string \"robot\"",
        "bad.json:21:25: error: /alternatives/0/facts/availability/value: expected one of \"discontinued\", \"contact_only\", \"waitlist\", \"public\" or null for criterion \"availability\", found string \"soon\"",
        "bad.json:21:8: error: /alternatives/0/facts/availability: an estimate needs a \"note\" giving its reason",
        "bad.json:18:18: error: /alternatives/0/facts/quota/value: expected a number, \"unlimited\" or null for criterion \"quota\", found string \"lots\"",
        "bad.json:20:8: error: /alternatives/0/facts/speed: \"speed\" is not a criterion declared in /criteria",
        "bad.json:19:33: error: /alternatives/0/facts/voice/source: source \"nowhere\" is not listed in /sources",
        "bad.json:19:54: error: /alternatives/0/facts/voice/as_of: expected a date YYYY-MM or YYYY-MM-DD, found string \"2026-13\"",
    };
    EXPECT_EQ(messages(r), expected);
}

TEST(CatalogLoader, MissingTopLevelKeysAreErrorsNamingWhatWasExpected)
{
    const auto r = ms::loadCatalogFromText(R"({"format": "modelscout-catalog", "format_version": 2})", "m.json");
    EXPECT_FALSE(r.ok());
    const std::vector<std::string> expected = {
        "m.json:1:34: error: /format_version: expected the integer 1 (the only format version this program reads), found number 2",
        "m.json:1:1: error: missing required key \"catalog_version\" (expected a string)",
        "m.json:1:1: error: missing required key \"title\" (expected a string)",
        "m.json:1:1: error: missing required key \"as_of\" (expected a string)",
        "m.json:1:1: error: missing required key \"sources\" (expected an array of sources)",
        "m.json:1:1: error: missing required key \"criteria\" (expected an array of criteria)",
        "m.json:1:1: error: missing required key \"alternatives\" (expected an array of alternatives)",
    };
    EXPECT_EQ(messages(r), expected);
}

TEST(CatalogLoader, UnknownKeysAreWarningsAndTheCatalogStillLoads)
{
    const auto r = ms::loadCatalogFromText(catalogWith(R"([
    {"id": "a", "name": "A", "kind": "online_api", "status": "public", "colour": "red"}])"),
                                           "w.json");
    ASSERT_TRUE(r.ok()) << ms::formatDiagnostics(r.diagnostics);
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].toString(),
              "w.json:16:72: warning: /alternatives/0/colour: unknown key \"colour\" is ignored");
}

TEST(CatalogLoader, DuplicateIdsAreErrors)
{
    const auto r = ms::loadCatalogFromText(catalogWith(R"([
    {"id": "a", "name": "A", "kind": "online_api", "status": "public"},
    {"id": "a", "name": "A again", "kind": "online_api", "status": "public"}])"),
                                           "d.json");
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].toString(), "d.json:17:6: error: /alternatives/1/id: duplicate alternative id \"a\"");
}

TEST(CatalogLoader, InvalidUtf8IsRefused)
{
    // A lone 0xFF byte can never occur in UTF-8.
    std::string text = catalogWith(std::string("[{\"id\": \"a\", \"name\": \"A") + '\xff'
                                   + "\", \"kind\": \"online_api\", \"status\": \"public\"}]");
    const auto r = ms::loadCatalogFromText(text, "u.json");
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].line, 15);
    EXPECT_NE(r.diagnostics[0].message.find("ill-formed UTF-8 byte"), std::string::npos) << r.diagnostics[0].message;
}

TEST(CatalogLoader, C08LargeAndFractionalNumbersAreKeptExactly)
{
    const auto r = ms::loadCatalogFromText(catalogWith(R"([
    {"id": "llama2-chat-70b-q4", "name": "Llama", "kind": "local_model", "status": "public",
     "facts": {"quota": {"value": "unlimited", "source": "s", "as_of": "2026-11"}},
     "details": [
       {"key": "size_bytes", "value": 43920000000, "unit": "bytes", "source": "s", "as_of": "2026-11"},
       {"key": "ram_gb", "value": 7.5, "unit": "GB", "source": "s", "as_of": "2026-11"},
       {"key": "filesize", "value": "3785248281", "source": "s", "as_of": "2026-11"}]}])"),
                                           "n.json");
    ASSERT_TRUE(r.ok()) << ms::formatDiagnostics(r.diagnostics);
    const auto& a = r.catalog->alternatives[0];
    EXPECT_EQ(a.fact("quota")->value.kind, ms::FactValue::Kind::Unlimited);
    ASSERT_EQ(a.details.size(), 3u);
    EXPECT_EQ(a.details[0].fact.value.number, 43920000000.0);
    EXPECT_EQ(a.details[1].fact.value.number, 7.5);
    // A numeric string stays the text it is: a detail is shown, not computed with.
    EXPECT_EQ(a.details[2].fact.value.kind, ms::FactValue::Kind::Text);
    EXPECT_EQ(a.details[2].fact.value.text, "3785248281");
}

TEST(CatalogLoader, UnreadableFileIsOneError)
{
    const auto r = ms::loadCatalogFromFile(kData + "/does-not-exist.json");
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].toString(),
              kData + "/does-not-exist.json: error: cannot read the file: No such file or directory");
}

TEST(CatalogLoader, OversizedFileIsRefusedUnread)
{
    ms::LoadLimits limits;
    limits.maxBytes = 100;
    const auto r = ms::loadCatalogFromFile(kData + "/three_by_three.json", limits);
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_NE(r.diagnostics[0].message.find("a catalog may be at most 100 bytes"), std::string::npos);
}

TEST(CatalogLoader, EmptyAndNonObjectInputs)
{
    auto r = ms::loadCatalogFromText("", "e.json");
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].toString(),
              "e.json:1:1: error: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal");
    r = ms::loadCatalogFromText("[1, 2]", "a.json");
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].toString(),
              "a.json:1:1: error: expected a catalog object {\"format\": \"modelscout-catalog\", …}, found an array");
}
