// SPDX-License-Identifier: MIT
#include "cli/rankcommand.h"

#include <cstdlib>
#include <ostream>

#include <QGuiApplication>

#include "cli/rankoutput.h"
#include "core/catalog/loader.h"
#include "core/decision/ranking.h"
#include "report/pdfreport.h"

namespace ms::cli {

namespace {

std::optional<Catalog> loadOrReport(const std::string& requested, std::ostream& err)
{
    std::filesystem::path path = requested;
    if (path.empty()) {
        path = bundledCatalogPath();
        if (path.empty()) {
            err << "modelscout-cli: error: the bundled catalog was not found; name one with --catalog FILE "
                   "or set MODELSCOUT_DATA_DIR to the folder that holds catalog.json\n";
            return std::nullopt;
        }
    }
    CatalogLoadResult result = loadCatalogFromFile(path);
    err << formatDiagnostics(result.diagnostics);
    if (!result.ok()) {
        err << "modelscout-cli: error: " << path.string() << " was not loaded ("
            << result.diagnostics.size() << (result.diagnostics.size() == 1 ? " problem" : " problems") << ")\n";
        return std::nullopt;
    }
    return std::move(result.catalog);
}

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
    const std::optional<Catalog> catalog = loadOrReport(options.catalogPath, err);
    if (!catalog)
        return ExitBadInput;

    Weights weights = equalWeights(*catalog);
    std::string weightsLabel = "equal";
    if (!options.profile.empty()) {
        const Profile* profile = catalog->profile(options.profile);
        if (!profile) {
            std::string known;
            for (const auto& p : catalog->profiles)
                known += (known.empty() ? "" : ", ") + p.id;
            err << "modelscout-cli: error: the catalog has no profile \"" << options.profile << "\""
                << (known.empty() ? std::string(" (it has none)") : " (it has: " + known + ")") << "\n";
            return ExitBadInput;
        }
        weights.clear();
        for (const auto& c : catalog->criteria)
            weights[c.id] = 0.0;
        for (const auto& [id, w] : profile->scenario.weights)
            weights[id] = w;
        weightsLabel = "profile " + profile->id + ": " + profile->label.en;
    }
    if (!options.weights.empty()) {
        auto parsed = parseWeights(options.weights);
        if (auto* e = std::get_if<RankingError>(&parsed)) {
            err << "modelscout-cli: error: --weights: " << e->message << "\n";
            return ExitBadInput;
        }
        if (options.profile.empty()) {
            // Only the named criteria count: --weights tts=1 ranks on voice alone.
            for (auto& [id, w] : weights)
                w = 0.0;
        }
        for (const auto& [id, w] : std::get<Weights>(parsed)) {
            if (!catalog->criterion(id)) {
                std::string known;
                for (const auto& c : catalog->criteria)
                    known += (known.empty() ? "" : ", ") + c.id;
                err << "modelscout-cli: error: --weights: \"" << id << "\" is not a criterion of this catalog (criteria: "
                    << known << ")\n";
                return ExitBadInput;
            }
            weights[id] = w;
        }
        weightsLabel = options.profile.empty() ? "custom" : weightsLabel + ", adjusted";
    }

    auto ranked = rankWeightedSum(*catalog, weights);
    if (auto* e = std::get_if<RankingError>(&ranked)) {
        err << "modelscout-cli: error: " << e->message << "\n";
        return ExitBadInput;
    }
    const Ranking& ranking = std::get<Ranking>(ranked);

    if (options.format == "json")
        out << formatRankingJson(*catalog, ranking, weightsLabel);
    else if (options.format == "csv")
        out << formatRankingCsv(*catalog, ranking);
    else
        out << formatRankingTable(*catalog, ranking, weightsLabel);

    if (!options.pdfPath.empty())
        return writePdf(*catalog, ranking, weights, options, weightsLabel,
                        options.format == "table" ? out : err, err);
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
