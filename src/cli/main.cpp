// SPDX-License-Identifier: MIT
// modelscout-cli: rank a catalog of AI options for game mods from the command line.
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/rankcommand.h"

int main(int argc, char** argv)
{
    using namespace ms::cli;
    CLI::App app{"ModelScout: choose the AI behind your mod's characters.\n"
                 "Ranks local models, online model APIs and character services by what matters to you.",
                 "modelscout-cli"};
    app.set_version_flag("--version", std::string("modelscout-cli ") + MODELSCOUT_VERSION);
    app.require_subcommand(1);
    app.footer("Exit codes: 0 ok, 1 bad input (catalog, weights, output file), 2 usage error.");

    RankOptions rank;
    CLI::App* rankCmd = app.add_subcommand("rank", "Rank the alternatives of a catalog and print the ranking");
    rankCmd->add_option("--catalog", rank.catalogPath, "Catalog JSON file (default: the bundled catalog)");
    rankCmd->add_option("--weights", rank.weights,
                        "Weights as id=w,... (e.g. tts=3,credit_card=2); criteria not named weigh 0 "
                        "(with --profile: override the profile's weights)");
    rankCmd->add_option("--profile", rank.profile, "Use the weights of a catalog profile (e.g. guide)");
    rankCmd->add_option("--format", rank.format, "Output format")
        ->check(CLI::IsMember({"table", "json", "csv"}))
        ->capture_default_str();
    rankCmd->add_option("--pdf", rank.pdfPath, "Also write a PDF report to this file (no display needed)");
    rankCmd->add_option("--lang", rank.lang, "Language of the PDF report")
        ->check(CLI::IsMember({"en", "tr"}))
        ->capture_default_str();

    std::string checkPath;
    CLI::App* checkCmd = app.add_subcommand("check", "Validate a catalog file and list every problem found");
    checkCmd->add_option("file", checkPath, "Catalog JSON file")->required();

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return ExitUsage;
    }

    if (rankCmd->parsed())
        return runRank(rank, std::cout, std::cerr);
    if (checkCmd->parsed())
        return runCheck(checkPath, std::cout, std::cerr);
    return ExitUsage;
}
