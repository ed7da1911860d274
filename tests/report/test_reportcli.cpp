// SPDX-License-Identifier: MIT
// `modelscout-cli report` end to end, run as a process: every format, the exit codes
// (0 ok, 1 bad input, 2 usage), standard output, Turkish and Letter paper.
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "../cli/processrun.h"

namespace {

const std::string kCli = MODELSCOUT_CLI;
const std::string kData = MODELSCOUT_TEST_DATA_DIR;

using clitest::Result;
using clitest::run;
using clitest::slurp;
using clitest::tempDir;

std::string cli(const std::string& args)
{
    return "env -u DISPLAY '" + kCli + "' report --generated-at 2026-11-29T10:00:00Z " + args;
}

std::string file(const std::string& name)
{
    return (tempDir() / name).string();
}

TEST(ReportCli, EveryFormatOfTheGuideProfile)
{
    for (const std::string format : { "pdf", "html", "md", "csv", "json" }) {
        const std::string out = file("guide." + format);
        const Result r = run(cli("--profile guide --format " + format + " -o '" + out + "'"));
        ASSERT_EQ(r.exitCode, 0) << format << ": " << r.err;
        EXPECT_NE(r.out.find("written to " + out), std::string::npos) << r.out;
        ASSERT_TRUE(std::filesystem::exists(out)) << out;
        EXPECT_GT(std::filesystem::file_size(out), 500u) << out;
        EXPECT_FALSE(std::filesystem::exists(out + ".part"));
    }
    const auto json = nlohmann::json::parse(slurp(file("guide.json")));
    EXPECT_EQ(json.at("format"), "modelscout-report");
    EXPECT_EQ(json.at("scenario").at("profile_id"), "guide");
    EXPECT_EQ(json.at("ranking").at(0).at("id"), "inworld");
    EXPECT_EQ(json.at("generated_at"), "2026-11-29T10:00:00Z");

    // The PDF lists the ranked names in the JSON's order (the full table of the evidence).
    const Result text = run("pdftotext -layout '" + file("guide.pdf") + "' -");
    ASSERT_EQ(text.exitCode, 0) << "pdftotext (poppler-utils) is needed: " << text.err;
    const std::size_t evidence = text.out.find('\f');
    ASSERT_NE(evidence, std::string::npos);
    std::size_t at = evidence;
    for (const auto& row : json.at("ranking")) {
        const std::string name = row.at("name").get<std::string>();
        const std::size_t next = text.out.find(name, at);
        ASSERT_NE(next, std::string::npos) << name << " not after the previous name";
        at = next;
    }
    EXPECT_NE(slurp(file("guide.md")).find("# ModelScout recommendation report"), std::string::npos);
    EXPECT_EQ(slurp(file("guide.csv")).rfind("rank,tied,id,name,", 0), 0u);
    EXPECT_NE(slurp(file("guide.html")).find("<!DOCTYPE html>"), std::string::npos);
}

TEST(ReportCli, StandardOutputTurkishAndLetter)
{
    Result r = run(cli("--profile guide --format md --lang tr -o -"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind("# ModelScout öneri raporu", 0), 0u) << r.out.substr(0, 200);
    EXPECT_NE(r.out.find("Oyuncuya ücretsiz, az kurulum, ses"), std::string::npos);

    const std::string pdf = file("letter-tr.pdf");
    r = run(cli("--profile guide --lang tr --paper letter -o '" + pdf + "'"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const Result info = run("pdfinfo '" + pdf + "'");
    EXPECT_NE(info.out.find("612 x 792 pts"), std::string::npos) << info.out;
    const Result text = run("pdftotext -layout '" + pdf + "' -");
    EXPECT_NE(text.out.find("ModelScout öneri raporu"), std::string::npos);
}

TEST(ReportCli, ScenarioFileWeightsConstraintsAndUsage)
{
    const std::string out = file("fixture.json");
    const Result r = run(cli("--catalog '" + kData + "/report/catalog.json' --scenario '" + kData
        + "/report/scenario.json' --weights voice=5 --constraint 'credit_card==false' "
          "--players 50 --payer author --top 2 --no-sensitivity --format json -o '"
        + out + "'"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(slurp(out));
    EXPECT_EQ(j.at("scenario").at("profile_label"), "Fixture profile: free & voiced (weights adjusted)");
    EXPECT_EQ(j.at("scenario").at("constraints").size(), 2u);
    EXPECT_EQ(j.at("scenario").at("usage").at("payer"), "author");
    EXPECT_EQ(j.at("top").size(), 2u);
    EXPECT_TRUE(j.at("sensitivity").is_null());
    for (const auto& row : j.at("ranking"))
        EXPECT_NE(row.at("id"), "bulut") << "needs a credit card";
}

TEST(ReportCli, ExitCodes)
{
    // 1: bad input (catalog, profile, weights, unwritable file).
    Result r = run(cli("--profile no_such_profile -o '" + file("x.md") + "' --format md"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("no profile \"no_such_profile\""), std::string::npos) << r.err;
    r = run(cli("--catalog '" + kData + "/cases/number-overflow.json' -o '" + file("x.md") + "' --format md"));
    EXPECT_EQ(r.exitCode, 1) << r.err;
    r = run(cli("--weights free_quota=0,tts=0 -o '" + file("x.md") + "' --format md")); // C05
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_FALSE(std::filesystem::exists(file("x.md")));
    r = run(cli("--profile guide -o '" + file("no-such-dir/x.pdf") + "'"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("no-such-dir/x.pdf"), std::string::npos) << r.err;
    r = run(cli("--profile guide --format md -o '" + file("no-such-dir/x.md") + "'"));
    EXPECT_EQ(r.exitCode, 1);
    // 2: the command line itself is wrong.
    r = run(cli("--profile guide --format docx -o '" + file("x.docx") + "'"));
    EXPECT_EQ(r.exitCode, 2);
    r = run(cli("--profile guide"));
    EXPECT_EQ(r.exitCode, 2) << "-o is required";
    r = run(cli("--profile guide --lang de -o '" + file("x.pdf") + "'"));
    EXPECT_EQ(r.exitCode, 2);
    r = run(cli("--profile guide --format pdf -o -"));
    EXPECT_EQ(r.exitCode, 2);
}

} // namespace
