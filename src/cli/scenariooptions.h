// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/scenario/scenario.h"

namespace ms::cli {

/** The command-line options that choose a catalog and build a scenario, shared by the
 *  commands that rank (`rank`, `report`). Empty strings and unset numbers keep what the
 *  scenario file or profile says. */
struct ScenarioOptions {
    std::string catalogPath;   ///< empty: the bundled catalog
    std::string scenarioPath;  ///< a scenario file; the profile and options below adjust it
    std::string weights;       ///< "id=w,id=w"; overrides the profile's/scenario's weights it names
    std::string profile;       ///< a profile id of the catalog; empty: equal weights
    std::string method;        ///< wsm | wpm | topsis; empty: the scenario's
    std::string normalisation; ///< fixed_bounds | min_max | max | sum | vector | none; empty: the scenario's
    std::string missing;       ///< pessimistic | optimistic | midpoint; empty: the scenario's
    std::vector<std::string> constraints; ///< added to the scenario's, e.g. "free_quota>=1000"
    // Usage scenario: any of these set turns on cost projection (unset ones keep the
    // scenario's value or the default of UsageScenario).
    std::optional<double> players;   ///< monthly active players
    std::optional<double> sessions;  ///< sessions per player per month
    std::optional<double> messages;  ///< NPC messages per session
    std::optional<double> tokensIn;  ///< prompt tokens per message
    std::optional<double> tokensOut; ///< reply tokens per message
    std::string payer;               ///< author | player
};

/** Loads the catalog at `requested` (empty: the bundled catalog), printing its diagnostics
 *  to `err`; nullopt when it could not be loaded (the reason is printed). */
std::optional<Catalog> loadCatalogOrReport(const std::string& requested, std::ostream& err);

/** The scenario `options` ask for on `catalog`: a scenario file, then a profile, then
 *  --weights (adjusting the profile's or the file's weights, or alone the only weights),
 *  method, normalisation, missing-fact policy, usage and constraints. `label` receives
 *  where the weights came from ("equal", "custom", "profile guide: …", ", adjusted").
 *  Errors are printed to `err` and give nullopt. */
std::optional<Scenario> buildScenario(const Catalog& catalog, const ScenarioOptions& options, std::string& label,
                                      std::ostream& err);

} // namespace ms::cli
