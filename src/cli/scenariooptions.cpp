// SPDX-License-Identifier: MIT
#include "cli/scenariooptions.h"

#include <filesystem>
#include <variant>

#include "core/catalog/diagnostic.h"
#include "core/catalog/loader.h"
#include "core/decision/constraints.h"
#include "core/decision/ranking.h"

namespace ms::cli {

namespace {

std::string joinIds(const std::vector<Criterion>& criteria)
{
    std::string known;
    for (const auto& c : criteria)
        known += (known.empty() ? "" : ", ") + c.id;
    return known;
}

} // namespace

std::optional<Catalog> loadCatalogOrReport(const std::string& requested, std::ostream& err)
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
        err << "modelscout-cli: error: " << path.string() << " was not loaded (" << result.diagnostics.size()
            << (result.diagnostics.size() == 1 ? " problem" : " problems") << ")\n";
        return std::nullopt;
    }
    return std::move(result.catalog);
}

std::optional<Scenario> buildScenario(
    const Catalog& catalog, const ScenarioOptions& options, std::string& label, std::ostream& err)
{
    Scenario scenario;
    scenario.weights = equalWeights(catalog);
    label = "equal";
    if (!options.scenarioPath.empty()) {
        ScenarioLoadResult loaded = loadScenarioFromFile(options.scenarioPath, catalog);
        err << formatDiagnostics(loaded.diagnostics);
        if (!loaded.ok()) {
            err << "modelscout-cli: error: " << options.scenarioPath << " was not loaded\n";
            return std::nullopt;
        }
        scenario = *loaded.scenario;
        label = "scenario " + options.scenarioPath;
    }
    if (!options.profile.empty()) {
        const Profile* profile = catalog.profile(options.profile);
        if (!profile) {
            std::string known;
            for (const auto& p : catalog.profiles)
                known += (known.empty() ? "" : ", ") + p.id;
            err << "modelscout-cli: error: the catalog has no profile \"" << options.profile << "\""
                << (known.empty() ? std::string(" (it has none)") : " (it has: " + known + ")") << "\n";
            return std::nullopt;
        }
        scenario = profile->scenario;
        label = "profile " + profile->id + ": " + profile->label.en;
    }
    if (!options.weights.empty()) {
        auto parsed = parseWeights(options.weights);
        if (auto* e = std::get_if<RankingError>(&parsed)) {
            err << "modelscout-cli: error: --weights: " << e->message << "\n";
            return std::nullopt;
        }
        const bool adjusting = !options.profile.empty() || !options.scenarioPath.empty();
        if (!adjusting)
            scenario.weights.clear(); // only the named criteria count: --weights tts=1 ranks on voice alone
        for (const auto& [id, w] : std::get<Weights>(parsed)) {
            if (!catalog.criterion(id)) {
                err << "modelscout-cli: error: --weights: \"" << id
                    << "\" is not a criterion of this catalog (criteria: " << joinIds(catalog.criteria) << ")\n";
                return std::nullopt;
            }
            scenario.weights[id] = w;
        }
        label = adjusting ? label + ", adjusted" : "custom";
    }
    if (!options.method.empty())
        scenario.method = *methodFromString(options.method);
    if (!options.normalisation.empty())
        scenario.normalisation = *normalisationFromString(options.normalisation);
    if (!options.missing.empty())
        scenario.missing = *missingPolicyFromString(options.missing);
    if (options.players || options.sessions || options.messages || options.tokensIn || options.tokensOut
        || !options.payer.empty()) {
        UsageScenario usage = scenario.usage.value_or(UsageScenario {});
        if (options.players)
            usage.monthlyActivePlayers = *options.players;
        if (options.sessions)
            usage.sessionsPerPlayerPerMonth = *options.sessions;
        if (options.messages)
            usage.messagesPerSession = *options.messages;
        if (options.tokensIn)
            usage.inputTokensPerMessage = *options.tokensIn;
        if (options.tokensOut)
            usage.outputTokensPerMessage = *options.tokensOut;
        if (!options.payer.empty())
            usage.payer = *payerFromString(options.payer);
        scenario.usage = usage;
    }
    for (const std::string& text : options.constraints) {
        auto parsed = parseConstraint(text, catalog);
        if (auto* e = std::get_if<RankingError>(&parsed)) {
            err << "modelscout-cli: error: --constraint: " << e->message << "\n";
            return std::nullopt;
        }
        scenario.constraints.push_back(std::get<Constraint>(std::move(parsed)));
    }
    return scenario;
}

} // namespace ms::cli
