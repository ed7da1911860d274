// SPDX-License-Identifier: MIT
#include "cli/rankcommand.h"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <ostream>

#include <QGuiApplication>

#include "cli/catalogcommand.h"
#include "cli/rankoutput.h"
#include "core/catalog/loader.h"
#include "core/catalog/staleness.h"
#include "core/decision/constraints.h"
#include "core/decision/elicitation.h"
#include "core/decision/ranking.h"
#include "core/decision/sensitivity.h"
#include "core/decision/usagecost.h"
#include "core/scenario/scenariojson.h"
#include "core/util/text.h"
#include "report/pdfreport.h"

namespace ms::cli {

namespace {

int writePdf(const Catalog& catalog, const Ranking& ranking, const Weights& weights,
             const RankOptions& options, const std::string& weightsLabel, std::ostream& out, std::ostream& err)
{
    // No display is needed for a PDF: use the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "modelscout-cli";
    char* argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);
    PdfReportOptions pdfOptions;
    pdfOptions.lang = options.lang;
    pdfOptions.profileLabel = weightsLabel;
    pdfOptions.appVersion = MODELSCOUT_VERSION;
    const std::string error = writePdfReport(catalog, ranking, weights, options.pdfPath, pdfOptions);
    if (!error.empty()) {
        err << "modelscout-cli: error: " << error << "\n";
        return ExitBadInput;
    }
    out << "PDF report written to " << options.pdfPath << "\n";
    return ExitOk;
}

} // namespace

int runRank(const RankOptions& options, std::ostream& out, std::ostream& err)
{
    const std::optional<Catalog> catalog = options.withUserData ? loadLayeredForCli(options.catalogPath, err)
                                                                : loadCatalogOrReport(options.catalogPath, err);
    if (!catalog)
        return ExitBadInput;

    std::string weightsLabel;
    const std::optional<Scenario> scenario = buildScenario(*catalog, options, weightsLabel, err);
    if (!scenario)
        return ExitBadInput;

    // A usage scenario turns prices and free quotas into the cost criteria.
    const Catalog rankedCatalog = scenario->usage ? withProjectedCosts(*catalog, *scenario->usage) : *catalog;
    std::vector<CostProjection> projections;
    if (scenario->usage)
        projections = projectUsageCost(*catalog, *scenario->usage);
    auto ranked = rankAlternatives(rankedCatalog, *scenario);
    if (auto* e = std::get_if<RankingError>(&ranked)) {
        err << "modelscout-cli: error: " << e->message << "\n";
        return ExitBadInput;
    }
    const Ranking& ranking = std::get<Ranking>(ranked);

    if (!options.saveScenarioPath.empty()) {
        std::ofstream file(options.saveScenarioPath, std::ios::binary | std::ios::trunc);
        file << scenarioToJson(*scenario);
        if (!file.flush()) {
            err << "modelscout-cli: error: cannot write the scenario to " << options.saveScenarioPath << "\n";
            return ExitBadInput;
        }
    }

    std::optional<SensitivityReport> sensitivity;
    if (options.sensitivity) {
        auto analysed = analyseSensitivity(rankedCatalog, *scenario);
        if (auto* e = std::get_if<RankingError>(&analysed)) {
            err << "modelscout-cli: error: sensitivity: " << e->message << "\n";
            return ExitBadInput;
        }
        sensitivity = std::get<SensitivityReport>(std::move(analysed));
    }

    RankOutputOptions outputOptions;
    outputOptions.sensitivity = sensitivity ? &*sensitivity : nullptr;
    outputOptions.weightsLabel = weightsLabel;
    outputOptions.explain = options.explain;
    outputOptions.staleFacts = staleFacts(*catalog, todayUtc()).size();
    outputOptions.usage = scenario->usage ? &*scenario->usage : nullptr;
    outputOptions.projections = scenario->usage ? &projections : nullptr;
    if (options.format == "json")
        out << formatRankingJson(rankedCatalog, *scenario, ranking, outputOptions);
    else if (options.format == "csv")
        out << formatRankingCsv(rankedCatalog, ranking);
    else
        out << formatRankingTable(rankedCatalog, ranking, outputOptions);

    if (!options.pdfPath.empty())
        return writePdf(rankedCatalog, ranking, scenario->weights, options, weightsLabel,
                        options.format == "table" ? out : err, err);
    return ExitOk;
}

int runWeights(const WeightsOptions& options, std::ostream& out, std::ostream& err)
{
    std::vector<std::string> names;
    std::vector<double> weights;
    if (!options.roc.empty()) {
        // "a,b=c,d": positions 1, 2, 2, 4 (ties share positions, competition ranking).
        std::vector<int> positions;
        int position = 1;
        std::string_view rest = options.roc;
        while (!rest.empty()) {
            const std::size_t comma = rest.find(',');
            std::string_view group = rest.substr(0, comma);
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
            int inGroup = 0;
            while (true) {
                const std::size_t eq = group.find('=');
                const std::string name(group.substr(0, eq));
                if (name.empty()) {
                    err << "modelscout-cli: error: --roc: an empty criterion name in \"" << options.roc << "\"\n";
                    return ExitBadInput;
                }
                names.push_back(name);
                positions.push_back(position);
                ++inGroup;
                if (eq == std::string_view::npos)
                    break;
                group = group.substr(eq + 1);
            }
            position += inGroup;
        }
        auto result = rankOrderCentroidWeights(positions);
        if (auto* e = std::get_if<RankingError>(&result)) {
            err << "modelscout-cli: error: --roc: " << e->message << "\n";
            return ExitBadInput;
        }
        weights = std::get<std::vector<double>>(result);
        out << "Rank-order-centroid weights (Barron & Barrett 1996):\n";
    } else {
        std::ifstream file(options.ahpPath, std::ios::binary);
        if (!file) {
            err << "modelscout-cli: error: cannot read " << options.ahpPath << "\n";
            return ExitBadInput;
        }
        const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        auto parsed = parseSaatyMatrix(text);
        if (auto* e = std::get_if<RankingError>(&parsed)) {
            err << "modelscout-cli: error: " << options.ahpPath << ": " << e->message << "\n";
            return ExitBadInput;
        }
        const SaatyMatrix matrix = std::get<SaatyMatrix>(std::move(parsed));
        auto result = analyticHierarchyProcess(matrix.pairwise);
        if (auto* e = std::get_if<RankingError>(&result)) {
            err << "modelscout-cli: error: " << options.ahpPath << ": " << e->message << "\n";
            return ExitBadInput;
        }
        const AhpResult& ahp = std::get<AhpResult>(result);
        names = matrix.criteria;
        for (std::size_t i = names.size(); i < ahp.weights.size(); ++i)
            names.push_back("criterion " + std::to_string(i + 1));
        weights = ahp.weights;
        out << "AHP weights (principal eigenvector, Saaty 1980):\n";
        for (std::size_t i = 0; i < names.size(); ++i)
            out << "  " << fitToWidth(names[i], 24) << formatFixed(weights[i], 6) << "\n";
        out << "lambda_max " << formatFixed(ahp.lambdaMax, 6) << ", CI " << formatFixed(ahp.consistencyIndex, 6)
            << ", RI " << formatFixed(ahp.randomIndex, 2) << ", CR " << formatFixed(ahp.consistencyRatio, 3)
            << (ahp.acceptable ? " (consistent enough: CR <= 0.10)" : " (too inconsistent: CR > 0.10)") << "\n";
        if (!ahp.acceptable && ahp.worstRow < names.size() && ahp.worstColumn < names.size())
            err << "modelscout-cli: warning: consistency ratio " << formatFixed(ahp.consistencyRatio, 3)
                << " is above 0.10; the most inconsistent judgement is " << names[ahp.worstRow] << " against "
                << names[ahp.worstColumn] << "\n";
        names.resize(weights.size());
        std::string paste;
        for (std::size_t i = 0; i < names.size(); ++i)
            paste += (paste.empty() ? "" : ",") + names[i] + "=" + formatFixed(weights[i], 6);
        out << "--weights " << paste << "\n";
        return ExitOk;
    }
    std::string paste;
    for (std::size_t i = 0; i < names.size(); ++i) {
        out << "  " << fitToWidth(names[i], 24) << formatFixed(weights[i], 6) << "\n";
        paste += (paste.empty() ? "" : ",") + names[i] + "=" + formatFixed(weights[i], 6);
    }
    out << "--weights " << paste << "\n";
    return ExitOk;
}

int runCheck(const std::string& path, std::ostream& out, std::ostream& err)
{
    CatalogLoadResult result = loadCatalogFromFile(path);
    err << formatDiagnostics(result.diagnostics);
    if (!result.ok()) {
        err << "modelscout-cli: error: " << path << " is not a valid catalog\n";
        return ExitBadInput;
    }
    out << path << ": a valid catalog: " << result.catalog->alternatives.size() << " alternatives, "
        << result.catalog->criteria.size() << " criteria, " << result.catalog->profiles.size() << " profiles\n";
    return ExitOk;
}

} // namespace ms::cli
