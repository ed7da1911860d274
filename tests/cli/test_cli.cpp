// SPDX-License-Identifier: MIT
// modelscout-cli end to end, run as a process on the bundled catalog and fixtures.
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/wait.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "processrun.h"

namespace {

const std::string kCli = MODELSCOUT_CLI;
const std::string kData = MODELSCOUT_TEST_DATA_DIR;
const std::string kCatalog = std::string(MODELSCOUT_BUNDLED_DATA_DIR) + "/catalog.json";

const std::vector<std::string> kGuideNames = {
    "Falcon", "LLaMA / Llama 2", "MPT", "GPT-J", "GPT-Neo", "OpenAI API", "MosaicML", "DeepInfra",
    "Replicate", "Inworld AI", "ChatFAI", "character.ai", "Convai", "Kamoto.AI", "NPCx"};

using clitest::Result;
using clitest::run;
using clitest::slurp;
using clitest::tempDir;

std::string cli(const std::string& args) { return "'" + kCli + "' " + args; }

/** The order in which `names` appear in `text`, as indices into `names`. */
std::vector<std::size_t> orderOf(const std::string& text, const std::vector<std::string>& names)
{
    std::vector<std::pair<std::size_t, std::size_t>> found;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::size_t at = text.find(names[i]);
        if (at != std::string::npos)
            found.emplace_back(at, i);
    }
    std::sort(found.begin(), found.end());
    std::vector<std::size_t> out;
    for (const auto& f : found)
        out.push_back(f.second);
    return out;
}

std::vector<std::string> jsonIds(const std::string& text)
{
    const auto j = nlohmann::json::parse(text);
    std::vector<std::string> ids;
    for (const auto& row : j.at("ranking"))
        ids.push_back(row.at("id").get<std::string>());
    return ids;
}

} // namespace

TEST(Cli, RanksAllOptionsOfTheBundledCatalog)
{
    const Result r = run(cli("rank --catalog '" + kCatalog + "'"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    for (const auto& name : kGuideNames)
        EXPECT_NE(r.out.find(name), std::string::npos) << name;
    // Rows are numbered 1..29 in order (a tie repeats a number and adds '=').
    std::istringstream lines(r.out);
    std::string line;
    int rows = 0;
    int lastRank = 0;
    bool inTable = false;
    while (std::getline(lines, line)) {
        if (line.rfind("Rank", 0) == 0) {
            inTable = true;
            continue;
        }
        if (!inTable)
            continue;
        if (line.empty())
            break; // the table ends at the first blank line
        const int rank = std::stoi(line.substr(0, 5));
        EXPECT_GE(rank, lastRank);
        lastRank = rank;
        ++rows;
    }
    EXPECT_EQ(rows, 29); // the guide's 15 options and the 14 added in catalog 2026.11.1
    EXPECT_NE(r.out.find("Weights (equal)"), std::string::npos);
}

TEST(Cli, TheGuideProfileRanksInworldFirstAndOfflinePutsALocalModelFirst)
{
    const Result guide = run(cli("rank --profile guide --format json"));
    ASSERT_EQ(guide.exitCode, 0) << guide.err;
    const auto guideIds = jsonIds(guide.out);
    ASSERT_EQ(guideIds.size(), 29u);
    EXPECT_EQ(guideIds[0], "inworld");

    const Result offline = run(cli("rank --weights offline=1,hardware_gb=0.2 --format json"));
    ASSERT_EQ(offline.exitCode, 0) << offline.err;
    const auto offlineIds = jsonIds(offline.out);
    ASSERT_EQ(offlineIds.size(), 29u);
    EXPECT_NE(offlineIds, guideIds);
    const std::vector<std::string> local = {"falcon", "llama", "mpt", "gpt-j", "gpt-neo", "llama-3-8b-instruct",
        "llama-3.2-3b-instruct", "llama-3.2-1b-instruct", "mistral-7b-instruct", "phi-3-mini-instruct",
        "qwen2-1.5b-instruct"};
    EXPECT_NE(std::find(local.begin(), local.end(), offlineIds[0]), local.end()) << offlineIds[0];
}

TEST(Cli, HandWorkedFixtureScoresAppearInTheTable)
{
    const Result r = run(cli("rank --catalog '" + kData + "/three_by_three.json' --weights quota=2,price=1,voice=1"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(orderOf(r.out, {"Alpha", "Bravo", "Çeviri Asistanı"}), (std::vector<std::size_t>{0, 1, 2}));
    EXPECT_NE(r.out.find(" 70.0                100%  Free quota +25.0, Voice +25.0, Price +20.0"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(" 55.0                100%  Free quota +50.0, Price +5.0"), std::string::npos) << r.out;
    // Çeviri's voice is unknown: 25.0 with no voice, 50.0 with it.
    EXPECT_NE(r.out.find(" 25.0  25.0–50.0      75%  Price +25.0"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Weights (custom): quota=50.0% price=25.0% voice=25.0%"), std::string::npos) << r.out;
}

TEST(Cli, JsonAndCsvFormats)
{
    const Result json = run(cli("rank --catalog '" + kData + "/three_by_three.json' --weights price=1 --format json"));
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const auto j = nlohmann::json::parse(json.out);
    EXPECT_EQ(j.at("method"), "wsm");
    ASSERT_EQ(j.at("ranking").size(), 3u);
    EXPECT_EQ(j["ranking"][0]["id"], "ceviri");
    EXPECT_DOUBLE_EQ(j["ranking"][0]["score"].get<double>(), 1.0);
    EXPECT_DOUBLE_EQ(j["ranking"][1]["score"].get<double>(), 0.8);
    EXPECT_EQ(j["ranking"][0]["missing"], nlohmann::json::array({"voice"}));

    const Result csv = run(cli("rank --catalog '" + kData + "/three_by_three.json' --weights price=1 --format csv"));
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    EXPECT_EQ(csv.out,
              "rank,id,name,kind,score,coverage,contribution_quota,contribution_price,contribution_voice\r\n"
              "1,ceviri,Çeviri Asistanı,local_model,1.000000,1.000000,0.000000,1.000000,0.000000\r\n"
              "2,alpha,Alpha,character_service,0.800000,1.000000,0.000000,0.800000,0.000000\r\n"
              "3,bravo,Bravo,online_api,0.200000,1.000000,0.000000,0.200000,0.000000\r\n");
}

TEST(Cli, C01C04OutputIsByteForByteTheSameUnderTurkishAndGermanLocales)
{
    const Result c = run("LC_ALL=C " + cli("rank --profile guide --format json"));
    const Result tr = run("LC_ALL=tr_TR.UTF-8 " + cli("rank --profile guide --format json"));
    const Result de = run("LC_ALL=de_DE.UTF-8 " + cli("rank --profile guide --format csv"));
    const Result cCsv = run("LC_ALL=C " + cli("rank --profile guide --format csv"));
    ASSERT_EQ(c.exitCode, 0);
    EXPECT_EQ(tr.out, c.out);
    EXPECT_EQ(de.out, cCsv.out);
}

TEST(Cli, BadCatalogExitsOneWithTheDiagnostic)
{
    const std::string path = kData + "/cases/number-overflow.json";
    const Result r = run(cli("rank --catalog '" + path + "'"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, path + ":1:122: error: number 1e400 is out of range (expected a finite number that fits in a double)\n"
                     "modelscout-cli: error: " + path + " was not loaded (1 problem)\n");
}

TEST(Cli, BadWeightsExitOne)
{
    Result r = run(cli("rank --weights nope=1"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("modelscout-cli: error: --weights: \"nope\" is not a criterion of this catalog (criteria: free_quota,"),
              std::string::npos) << r.err;
    r = run(cli("rank --weights tts=0,stt=0"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "modelscout-cli: error: all weights are zero: give at least one criterion a weight above 0\n");
    r = run(cli("rank --profile nobody"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("the catalog has no profile \"nobody\" (it has: guide"), std::string::npos) << r.err;
}

TEST(Cli, UsageErrorsExitTwoHelpAndVersionExitZero)
{
    EXPECT_EQ(run(cli("rank --format xml")).exitCode, 2);
    EXPECT_EQ(run(cli("")).exitCode, 2);
    EXPECT_EQ(run(cli("frobnicate")).exitCode, 2);
    const Result version = run(cli("--version"));
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out, "modelscout-cli 0.1.0\n");
    const Result help = run(cli("--help"));
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("Exit codes: 0 ok, 1 bad input"), std::string::npos) << help.out;
    const Result rankHelp = run(cli("rank --help"));
    EXPECT_EQ(rankHelp.exitCode, 0);
    EXPECT_NE(rankHelp.out.find("--pdf"), std::string::npos);
}

TEST(Cli, CheckValidatesACatalog)
{
    Result r = run(cli("check '" + kCatalog + "'"));
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("a valid catalog: 29 alternatives"), std::string::npos) << r.out;
    r = run(cli("check '" + kData + "/invalid/gpt4all_2023-07-27_trailing_comma.json'"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("gpt4all_2023-07-27_trailing_comma.json:293:3: error: syntax error"), std::string::npos) << r.err;
}

TEST(Cli, WritesAPdfWhoseTextHoldsTheRankedTable)
{
    const auto pdf = tempDir() / "report.pdf";
    const Result r = run("env -u DISPLAY " + cli("rank --profile guide --pdf '" + pdf.string() + "' --format json"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_TRUE(std::filesystem::exists(pdf));
    const auto ids = jsonIds(r.out);
    const Result text = run("pdftotext -layout '" + pdf.string() + "' -");
    ASSERT_EQ(text.exitCode, 0) << "pdftotext (poppler-utils) is needed: " << text.err;
    // The ranked names appear in the PDF in the order the CLI ranked them.
    std::vector<std::string> rankedNames;
    const auto j = nlohmann::json::parse(r.out);
    for (const auto& row : j.at("ranking"))
        rankedNames.push_back(row.at("name").get<std::string>());
    for (const auto& name : rankedNames)
        EXPECT_NE(text.out.find(name), std::string::npos) << name;
    // Names can repeat later (the top three's reasons, sources); the table is the first list.
    std::size_t at = text.out.find(rankedNames[0]);
    for (std::size_t i = 1; i < rankedNames.size(); ++i) {
        const std::size_t next = text.out.find(rankedNames[i], at);
        ASSERT_NE(next, std::string::npos) << rankedNames[i] << " not after " << rankedNames[i - 1];
        at = next;
    }
    EXPECT_EQ(ids[0], "inworld");
}

TEST(Cli, MethodsNormalisationsAndPublishedExampleCatalogs)
{
    const std::string topsis = std::string(MODELSCOUT_BUNDLED_DATA_DIR) + "/examples/topsis-tzeng-huang.json";
    const Result r = run(cli("rank --catalog '" + topsis + "' --profile published --format json"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["method"], "topsis");
    EXPECT_EQ(j["normalisation"], "vector");
    EXPECT_EQ(jsonIds(r.out), (std::vector<std::string>{"a3", "a2", "a1", "a4"}));
    EXPECT_NEAR(j["ranking"][0]["score"].get<double>(), 0.7482, 1e-4);

    const Result wpm = run(cli("rank --profile guide --method wpm --normalisation min_max --missing optimistic"));
    ASSERT_EQ(wpm.exitCode, 0) << wpm.err;
    EXPECT_NE(wpm.out.find("Method: weighted product (WPM); normalisation: min-max over the ranked alternatives; "
                           "unknown facts count as the best value"), std::string::npos) << wpm.out;
}

TEST(Cli, ConstraintsExcludeWithReasonsAndExplainSaysWhy)
{
    const Result r = run(cli("rank --profile guide --constraint 'official_api==true' --constraint 'free_quota>=1000' --explain"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Constraints: official_api == true; free_quota >= 1000"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("  character.ai: fails official_api == true: it is false\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("  OpenAI API: fails free_quota >= 1000: unknown\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Inworld AI ranks above Convai by "), std::string::npos) << r.out;
    EXPECT_EQ(orderOf(r.out, {"1      Inworld AI", "2      Convai"}), (std::vector<std::size_t>{0, 1}));

    const Result bad = run(cli("rank --constraint 'tts>=true'"));
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_EQ(bad.err, "modelscout-cli: error: --constraint: constraint \"tts>=true\": criterion \"tts\" is true or false; use == or !=\n");
}

TEST(Cli, ScenarioFilesRoundTripThroughTheCli)
{
    const auto saved = tempDir() / "scenario.json";
    const Result first = run(cli("rank --profile guide --method topsis --constraint 'credit_card==false' --format json "
                                 "--save-scenario '" + saved.string() + "'"));
    ASSERT_EQ(first.exitCode, 0) << first.err;
    const std::string text = slurp(saved);
    EXPECT_NE(text.find("\"format\": \"modelscout-scenario\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"credit_card == false\""), std::string::npos) << text;
    const auto again = tempDir() / "scenario-again.json";
    const Result second = run(cli("rank --scenario '" + saved.string() + "' --format json --save-scenario '" + again.string() + "'"));
    ASSERT_EQ(second.exitCode, 0) << second.err;
    EXPECT_EQ(slurp(again), text);
    EXPECT_EQ(jsonIds(second.out), jsonIds(first.out));
}

TEST(Cli, WeightsFromARankingAndFromPairwiseComparisons)
{
    Result r = run(cli("weights --roc player_steps,credit_card=free_quota,tts"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    // Positions 1, 2, 2, 4: 25/48, (13/48 + 7/48)/2 = 10/48 each, 3/48.
    EXPECT_NE(r.out.find("--weights player_steps=0.520833,credit_card=0.208333,free_quota=0.208333,tts=0.062500\n"),
              std::string::npos) << r.out;

    const auto ahp = tempDir() / "drinks.json";
    {
        std::ofstream f(ahp);
        f << R"({"criteria": ["coffee", "wine", "tea", "beer", "soda", "milk", "water"], "pairwise": [
            [1, 9, 5, 2, 1, 1, "1/2"], ["1/9", 1, "1/3", "1/9", "1/9", "1/9", "1/9"],
            ["1/5", 3, 1, "1/3", "1/4", "1/3", "1/9"], ["1/2", 9, 3, 1, "1/2", 1, "1/3"],
            [1, 9, 4, 2, 1, 2, "1/2"], [1, 9, 3, 1, "1/2", 1, "1/3"], [2, 9, 9, 3, 2, 3, 1]]})";
    }
    r = run(cli("weights --ahp '" + ahp.string() + "'"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("  water                   0.326793\n"), std::string::npos) << r.out; // Saaty 2008: 0.327
    EXPECT_NE(r.out.find("CR 0.022 (consistent enough: CR <= 0.10)"), std::string::npos) << r.out;
    EXPECT_EQ(r.err, "");

    EXPECT_EQ(run(cli("weights")).exitCode, 2);
    EXPECT_EQ(run(cli("weights --roc a --ahp x")).exitCode, 2);
}

TEST(Cli, ImportsTheRealOpenRouterListAndRanksTheResult)
{
    const std::string list = kData + "/real/openrouter_models_2026-08-01.json";
    const auto output = tempDir() / "openrouter-catalog.json";
    const Result imported = run(cli("import --from openrouter '" + list + "' -o '" + output.string() + "'"));
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_NE(imported.out.find("imported 331 alternatives, skipped 5 (see warnings)\n"), std::string::npos) << imported.out;
    EXPECT_NE(imported.err.find("warning: /data/"), std::string::npos) << imported.err;
    EXPECT_NE(imported.err.find("model \"openrouter/auto\" is a router"), std::string::npos) << imported.err;
    EXPECT_FALSE(std::filesystem::exists(output.string() + ".tmp"));
    const auto catalog = nlohmann::json::parse(slurp(output));
    EXPECT_EQ(catalog.at("as_of"), "2026-08-01"); // the date in the file name
    EXPECT_EQ(catalog.at("sources").at(0).at("title"), "OpenRouter model list: openrouter_models_2026-08-01.json");
    EXPECT_EQ(catalog.at("alternatives").size(), 331u);

    const Result ranked = run(cli("rank --catalog '" + output.string() + "' --profile guide --format json"));
    ASSERT_EQ(ranked.exitCode, 0) << ranked.err;
    const auto ids = jsonIds(ranked.out);
    EXPECT_EQ(ids.size(), 331u);
    EXPECT_NE(std::find(ids.begin(), ids.end(), "openrouter.openai-gpt-4o"), ids.end());

    const Result bad = run(cli("import --from gpt4all '" + kData + "/invalid/gpt4all_2023-07-27_trailing_comma.json' -o '"
                               + (tempDir() / "never.json").string() + "'"));
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.err.find("gpt4all_2023-07-27_trailing_comma.json:293:3: error: syntax error"), std::string::npos) << bad.err;
    EXPECT_FALSE(std::filesystem::exists(tempDir() / "never.json"));
}

TEST(Cli, UsageScenarioProjectsCostsAndFeedsTheCostCriteria)
{
    // 100 players x 8 sessions x 25 messages = 200 a player; OpenAI at (500 x 1.5 + 60 x 2) / 1e6 = USD 0.00087
    // a message (Oct 2023 gpt-3.5-turbo prices in the catalog): USD 0.174 a player, USD 17.40 for the author's key.
    Result r = run(cli("rank --profile guide --players 100 --sessions 8 --messages 25 --tokens-in 500 --tokens-out 60 "
                       "--payer player --format json"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    ASSERT_TRUE(j.contains("cost_projection"));
    nlohmann::json openai, inworld;
    for (const auto& p : j["cost_projection"]) {
        if (p["id"] == "openai") openai = p;
        if (p["id"] == "inworld") inworld = p;
    }
    EXPECT_NEAR(openai["player_cost_usd_per_month"].get<double>(), 0.174, 1e-12);
    EXPECT_EQ(openai["author_cost_usd_per_month"].get<double>(), 0.0);
    EXPECT_EQ(inworld["free_tier_covers"], true);
    EXPECT_EQ(inworld["player_cost_usd_per_month"].get<double>(), 0.0);
    EXPECT_EQ(j["usage"]["payer"], "player");
    EXPECT_EQ(jsonIds(r.out).front(), "inworld");

    r = run(cli("rank --profile guide --players 100 --payer author"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("the author's key pays"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("author USD 17.40"), std::string::npos) << r.out;
}

TEST(Cli, SensitivityReportsStabilityRunnerUpAndWinChances)
{
    const Result r = run(cli("rank --catalog '" + kData + "/three_by_three.json' --weights quota=2,price=1,voice=1 "
                             "--sensitivity --format json"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto s = nlohmann::json::parse(r.out)["sensitivity"];
    // Worked by hand in tests/core/test_sensitivity.cpp: quota keeps Alpha first for t in [0, 8/13].
    ASSERT_EQ(s["stability"].size(), 3u);
    EXPECT_EQ(s["stability"][0]["criterion"], "quota");
    EXPECT_NEAR(s["stability"][0]["top_choice"][1].get<double>(), 8.0 / 13.0, 1e-12);
    EXPECT_EQ(s["runner_up"]["alternative"], "bravo");
    EXPECT_EQ(s["runner_up"]["criterion"], "quota");
    EXPECT_NEAR(s["runner_up"]["new_weight"].get<double>(), 8.0 / 13.0, 1e-12);
    double total = 0;
    for (const auto& [id, p] : s["win_probability"].items())
        total += p.get<double>();
    EXPECT_NEAR(total, 1.0, 1e-12);

    const Result table = run(cli("rank --profile guide --sensitivity"));
    ASSERT_EQ(table.exitCode, 0) << table.err;
    EXPECT_NE(table.out.find("Chance of ranking first over 10000 random weight sets (seed 20231001): Inworld AI"),
              std::string::npos) << table.out;
}

// ---------------------------------------------------------------------------
// Catalog layers, overrides and staleness (`catalog stale|override|layers`,
// `rank --with-user-data`), with a fresh folder as the user's data folder.
// ---------------------------------------------------------------------------

namespace {

std::filesystem::path freshDataHome(const std::string& name)
{
    const auto dir = tempDir() / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

std::string withData(const std::filesystem::path& dir, const std::string& args)
{
    return "MODELSCOUT_DATA_HOME='" + dir.string() + "' " + cli(args);
}

} // namespace

TEST(Cli, CatalogStaleCountsAndListsFactsOlderThanTheThreshold)
{
    const auto home = freshDataHome("stale");
    Result r = run(withData(home, "catalog stale --today 2026-11-29"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    // The bundled catalog's 503 known facts: the 237 of the guide's options (2023-11 or before) and the
    // 133 of 2025-01 are older than 12 months (tests/core/test_staleness.cpp).
    EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "371 of 503 facts are older than 12 months:");
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 372);
    EXPECT_NE(r.out.find("\n  Falcon: free_quota, as of 2023-10, 37 months old\n"), std::string::npos) << r.out;

    r = run(withData(home, "catalog stale --today 2026-11-29 --months 37"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "25 of 503 facts are older than 37 months:");
    EXPECT_NE(r.out.find("\n  Falcon: detail parameters, as of 2023-06, 41 months old\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\n  GPT-Neo: detail pile_subsets, as of 2020-12, 71 months old\n"), std::string::npos) << r.out;

    r = run(withData(home, "catalog stale --today 2023-10-01 --catalog '" + kCatalog + "'"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "5 of 503 facts are older than 12 months:"); // 2020-12, 2021-03, 3 x 2021-06

    r = run(withData(home, "catalog stale --today 2026-02-30"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "modelscout-cli: error: --today: expected a date YYYY-MM-DD, found \"2026-02-30\"\n");

    // The rank table says how many facts are stale today (UTC), and where to look.
    r = run(withData(home, "rank"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\nStale facts: "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(" older than 12 months (modelscout-cli catalog stale lists them)\n"), std::string::npos) << r.out;
}

TEST(Cli, CatalogOverrideIsSavedAndSurvivesAnUpdate)
{
    const auto home = freshDataHome("override");
    Result r = run(withData(home, "catalog override inworld player_cost 9.99 --note 'my plan' --as-of 2026-11-29"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out, "Saved to " + (home / "overrides.json").string()
                         + ": Inworld AI, player_cost = 9.99 (as of 2026-11-29); note: my plan\n"
                           "Your figure wins over the bundled catalog, updates and imports (1 override in the file).\n");
    EXPECT_EQ(slurp(home / "overrides.json"), R"({
  "format": "modelscout-overrides",
  "format_version": 1,
  "overrides": [
    {
      "alternative": "inworld",
      "criterion": "player_cost",
      "value": 9.99,
      "note": "my plan",
      "as_of": "2026-11-29"
    }
  ]
}
)");
    EXPECT_FALSE(std::filesystem::exists(home / "overrides.json.tmp"));

    // Bad input: exit 1, an exact message, the file untouched.
    const std::string before = slurp(home / "overrides.json");
    const std::vector<std::pair<std::string, std::string>> bad = {
        {"inworld player_cost 9,99", "\"9,99\" is not a value of criterion \"player_cost\": expected a number with '.' as the decimal separator"},
        {"inworld free_quota lots", "\"lots\" is not a value of criterion \"free_quota\": expected a number with '.' as the decimal separator or \"unlimited\""},
        {"inworld tts yes", "\"yes\" is not a value of criterion \"tts\": expected true or false"},
        {"inworld availability soon", "\"soon\" is not a value of criterion \"availability\": expected one of discontinued, contact_only, waitlist, public"},
        {"nobody tts true", "\"nobody\" is not an alternative of the catalog"},
        {"inworld player_cost 1 --as-of 2026/11", "--as-of: expected a date YYYY-MM or YYYY-MM-DD, found \"2026/11\""},
    };
    for (const auto& [args, message] : bad) {
        r = run(withData(home, "catalog override " + args));
        EXPECT_EQ(r.exitCode, 1) << args;
        EXPECT_EQ(r.out, "") << args;
        EXPECT_EQ(r.err, "modelscout-cli: error: " + message + "\n") << args;
    }
    EXPECT_EQ(slurp(home / "overrides.json"), before);

    // An update arrives that changes the same fact: the override still wins.
    auto update = nlohmann::json::parse(slurp(kCatalog));
    for (auto& a : update["alternatives"])
        if (a["id"] == "inworld")
            a["facts"]["player_cost"] = {{"value", 19.99}, {"source", "guide-301"}, {"as_of", "2026-11"}};
    std::filesystem::create_directories(home / "update");
    std::ofstream(home / "update" / "catalog.json") << update.dump(1);

    r = run(withData(home, "catalog layers"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("  update   " + (home / "update" / "catalog.json").string() + ": 502 facts, 67 unknown\n"),
              std::string::npos) << r.out;
    EXPECT_NE(r.out.find("  user     " + (home / "overrides.json").string() + ": 1 fact, 0 unknown\n"),
              std::string::npos) << r.out;
    EXPECT_NE(r.out.find("  bundled  "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(": 0 facts, 0 unknown\n"), std::string::npos) << r.out; // the update replaced every bundled fact

    r = run(withData(home, "catalog stale --with-user-data --today 2026-11-29"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "370 of 503 facts are older than 12 months:"); // not the override
    EXPECT_EQ(r.out.find("Inworld AI: player_cost"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("  Inworld AI: free_quota, as of 2023-10, 37 months old [update]\n"), std::string::npos) << r.out;

    // Ranking on player cost alone: the override's 9.99 puts Inworld AI below its bundled
    // score (0: free), and above what the update's 19.99 would give.
    r = run(withData(home, "rank --with-user-data --weights player_cost=1 --format json"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto ranked = nlohmann::json::parse(r.out);
    double inworld = -1;
    for (const auto& row : ranked["ranking"])
        if (row["id"] == "inworld")
            inworld = row["score"].get<double>();
    const Result plain = run(withData(home, "rank --weights player_cost=1 --format json"));
    ASSERT_EQ(plain.exitCode, 0) << plain.err;
    const auto plainRanked = nlohmann::json::parse(plain.out);
    double inworldBundled = -1;
    for (const auto& row : plainRanked["ranking"])
        if (row["id"] == "inworld")
            inworldBundled = row["score"].get<double>();
    EXPECT_DOUBLE_EQ(inworldBundled, 1.0);
    EXPECT_GT(inworld, 0.0);
    EXPECT_LT(inworld, 1.0);
    std::filesystem::rename(home / "overrides.json", home / "overrides.json.away");
    r = run(withData(home, "rank --with-user-data --weights player_cost=1 --format json"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto updated = nlohmann::json::parse(r.out);
    double inworldUpdated = -1;
    for (const auto& row : updated["ranking"])
        if (row["id"] == "inworld")
            inworldUpdated = row["score"].get<double>();
    EXPECT_LT(inworldUpdated, inworld);
    std::filesystem::rename(home / "overrides.json.away", home / "overrides.json");

    // A second override is added beside the first; the same fact again replaces it.
    r = run(withData(home, "catalog override inworld tts false"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = run(withData(home, "catalog override inworld player_cost 4.5 --as-of 2026-11"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("(2 overrides in the file)"), std::string::npos) << r.out;
    const auto saved = nlohmann::json::parse(slurp(home / "overrides.json"));
    ASSERT_EQ(saved["overrides"].size(), 2u);
    EXPECT_EQ(saved["overrides"][0]["value"], 4.5);
    EXPECT_EQ(saved["overrides"][1]["criterion"], "tts");

    // A broken overrides file is never overwritten.
    std::ofstream(home / "overrides.json", std::ios::trunc) << "{\"format\": ";
    r = run(withData(home, "catalog override inworld tts true"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("has errors (listed above); fix or remove it first: nothing was written"), std::string::npos)
        << r.err;
    EXPECT_EQ(slurp(home / "overrides.json"), "{\"format\": ");
}
