// SPDX-License-Identifier: MIT
// modelscout-cli: rank a catalog of AI options for game mods from the command line.
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/catalogcommand.h"
#include "cli/importcommand.h"
#include "cli/rankcommand.h"
#include "cli/reportcommand.h"

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
    rankCmd->add_option("--profile", rank.profile, "Start from a catalog profile (e.g. guide): its weights, method and constraints");
    rankCmd->add_option("--scenario", rank.scenarioPath, "Start from a scenario file (see docs/decision-method.md)");
    rankCmd->add_option("--method", rank.method, "Aggregation method")->check(CLI::IsMember({"wsm", "wpm", "topsis"}));
    rankCmd->add_option("--normalisation", rank.normalisation, "Normalisation (default: fixed bounds from the catalog)")
        ->check(CLI::IsMember({"fixed_bounds", "min_max", "max", "sum", "vector", "none"}));
    rankCmd->add_option("--missing", rank.missing, "How unknown facts count (default: pessimistic)")
        ->check(CLI::IsMember({"pessimistic", "optimistic", "midpoint"}));
    rankCmd->add_option("--constraint", rank.constraints,
                        "A must-have, e.g. 'official_api==true', 'free_quota>=1000', 'availability in public,waitlist' "
                        "(repeatable; an unknown fact fails it)");
    rankCmd->add_flag("--explain", rank.explain, "Say why each alternative ranks above the next");
    rankCmd->add_flag("--with-user-data", rank.withUserData,
                      "Merge the user data folder onto the catalog: update, imported catalogs, your overrides");
    rankCmd->add_flag("--sensitivity", rank.sensitivity,
                      "How far each weight can move before the top choice changes, and each option's chance of winning");
    rankCmd->add_option("--players", rank.players, "Usage: monthly active players (turns on cost projection)")
        ->check(CLI::NonNegativeNumber);
    rankCmd->add_option("--sessions", rank.sessions, "Usage: play sessions per player per month")->check(CLI::NonNegativeNumber);
    rankCmd->add_option("--messages", rank.messages, "Usage: NPC messages per session")->check(CLI::NonNegativeNumber);
    rankCmd->add_option("--tokens-in", rank.tokensIn, "Usage: prompt tokens per message")->check(CLI::NonNegativeNumber);
    rankCmd->add_option("--tokens-out", rank.tokensOut, "Usage: reply tokens per message")->check(CLI::NonNegativeNumber);
    rankCmd->add_option("--payer", rank.payer, "Usage: who pays, the author's key or each player's own account")
        ->check(CLI::IsMember({"author", "player"}));
    rankCmd->add_option("--save-scenario", rank.saveScenarioPath, "Write the scenario used to this file");
    rankCmd->add_option("--format", rank.format, "Output format")
        ->check(CLI::IsMember({"table", "json", "csv"}))
        ->capture_default_str();
    rankCmd->add_option("--pdf", rank.pdfPath, "Also write a PDF report to this file (no display needed)");
    rankCmd->add_option("--lang", rank.lang, "Language of the PDF report")
        ->check(CLI::IsMember({"en", "tr"}))
        ->capture_default_str();

    WeightsOptions weights;
    CLI::App* weightsCmd = app.add_subcommand("weights", "Turn a ranking or pairwise comparisons of criteria into weights");
    auto* rocOption = weightsCmd->add_option("--roc", weights.roc,
                                             "Criteria ids, most important first, ties joined by '=': "
                                             "player_steps,credit_card=free_quota,tts (rank-order centroid)");
    auto* ahpOption = weightsCmd->add_option("--ahp", weights.ahpPath,
                                             "AHP pairwise comparisons: JSON {\"criteria\": [...], \"pairwise\": [[1, 3, \"1/5\"], ...]}");
    rocOption->excludes(ahpOption);
    weightsCmd->require_option(1);

    std::string checkPath;
    CLI::App* checkCmd = app.add_subcommand("check", "Validate a catalog file and list every problem found");
    checkCmd->add_option("file", checkPath, "Catalog JSON file")->required();

    ImportOptions importOptions;
    CLI::App* importCmd = app.add_subcommand("import", "Convert a public model list (LiteLLM, OpenRouter, GPT4All) into a catalog");
    importCmd->add_option("--from", importOptions.from, "Format of the model list")
        ->required()
        ->check(CLI::IsMember({"litellm", "openrouter", "gpt4all"}));
    importCmd->add_option("file", importOptions.inputPath, "The model list (JSON)")->required();
    importCmd->add_option("-o,--output", importOptions.outputPath, "Catalog JSON file to write")->required();
    importCmd->add_option("--as-of", importOptions.asOf,
                          "Date of the list, YYYY-MM or YYYY-MM-DD (default: a date in the file name, else today, UTC)");

    ReportCommandOptions report;
    CLI::App* reportCmd = app.add_subcommand("report", "Write the recommendation report: PDF, HTML, Markdown, CSV or JSON");
    reportCmd->add_option("--format", report.format, "Report format")
        ->check(CLI::IsMember({"pdf", "html", "md", "csv", "json"}))
        ->capture_default_str();
    reportCmd->add_option("-o,--output", report.outputPath, "File to write ('-' writes a text format to stdout)")->required();
    reportCmd->add_option("--catalog", report.catalogPath, "Catalog JSON file (default: the bundled catalog)");
    reportCmd->add_option("--profile", report.profile, "Start from a catalog profile (e.g. guide)");
    reportCmd->add_option("--scenario", report.scenarioPath, "Start from a scenario file (see docs/decision-method.md)");
    reportCmd->add_option("--weights", report.weights, "Weights as id=w,... (with --profile: override the profile's weights)");
    reportCmd->add_option("--constraint", report.constraints, "A must-have, e.g. 'free_quota>=1000' (repeatable)");
    reportCmd->add_option("--method", report.method, "Aggregation method")->check(CLI::IsMember({"wsm", "wpm", "topsis"}));
    reportCmd->add_option("--normalisation", report.normalisation, "Normalisation (default: fixed bounds)")
        ->check(CLI::IsMember({"fixed_bounds", "min_max", "max", "sum", "vector", "none"}));
    reportCmd->add_option("--missing", report.missing, "How unknown facts count (default: pessimistic)")
        ->check(CLI::IsMember({"pessimistic", "optimistic", "midpoint"}));
    reportCmd->add_option("--players", report.players, "Usage: monthly active players (turns on cost projection)")
        ->check(CLI::NonNegativeNumber);
    reportCmd->add_option("--sessions", report.sessions, "Usage: play sessions per player per month")->check(CLI::NonNegativeNumber);
    reportCmd->add_option("--messages", report.messages, "Usage: NPC messages per session")->check(CLI::NonNegativeNumber);
    reportCmd->add_option("--tokens-in", report.tokensIn, "Usage: prompt tokens per message")->check(CLI::NonNegativeNumber);
    reportCmd->add_option("--tokens-out", report.tokensOut, "Usage: reply tokens per message")->check(CLI::NonNegativeNumber);
    reportCmd->add_option("--payer", report.payer, "Usage: who pays")->check(CLI::IsMember({"author", "player"}));
    reportCmd->add_option("--lang", report.lang, "Report language")->check(CLI::IsMember({"en", "tr"}))->capture_default_str();
    reportCmd->add_option("--paper", report.paper, "PDF paper size")->check(CLI::IsMember({"a4", "letter"}))->capture_default_str();
    reportCmd->add_option("--top", report.top, "Alternatives explained in detail")->check(CLI::Range(1, 1000))->capture_default_str();
    reportCmd->add_flag("!--no-sensitivity", report.sensitivity, "Leave out stability intervals and win probabilities");
    reportCmd->add_flag("!--no-charts", report.charts, "Leave the charts out of the PDF");
    reportCmd->add_option("--generated-at", report.generatedAt, "Date-time printed on the report, ISO 8601 (default: now, UTC)");

    CatalogCommandOptions catalogOptions;
    const CatalogCommand catalogCmd = addCatalogCommand(app, catalogOptions);

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
    if (weightsCmd->parsed())
        return runWeights(weights, std::cout, std::cerr);
    if (checkCmd->parsed())
        return runCheck(checkPath, std::cout, std::cerr);
    if (importCmd->parsed())
        return runImport(importOptions, std::cout, std::cerr);
    if (catalogCmd.group->parsed())
        return runCatalogCommand(catalogCmd, catalogOptions, std::cout, std::cerr);
    if (reportCmd->parsed())
        return runReport(report, std::cout, std::cerr);
    return ExitUsage;
}
