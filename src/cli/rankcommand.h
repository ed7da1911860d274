// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace ms::cli {

/** Exit codes of modelscout-cli. */
enum ExitCode : int {
    ExitOk = 0,        ///< done
    ExitBadInput = 1,  ///< a catalog, weight or output file was wrong or unwritable
    ExitUsage = 2,     ///< the command line itself was wrong
};

/** What `modelscout-cli rank` was asked to do. */
struct RankOptions {
    std::string catalogPath;   ///< empty: the bundled catalog
    std::string scenarioPath;  ///< a scenario file; the profile and options below adjust it
    std::string weights;       ///< "id=w,id=w"; overrides the profile's/scenario's weights it names
    std::string profile;       ///< a profile id of the catalog; empty: equal weights
    std::string method;        ///< wsm | wpm | topsis; empty: the scenario's
    std::string normalisation; ///< fixed_bounds | min_max | max | sum | vector | none; empty: the scenario's
    std::string missing;       ///< pessimistic | optimistic | midpoint; empty: the scenario's
    std::vector<std::string> constraints; ///< added to the scenario's, e.g. "free_quota>=1000"
    bool explain = false;      ///< say why each alternative ranks above the next
    // Usage scenario: any of these set turns on cost projection (unset ones keep the
    // scenario's value or the default of UsageScenario).
    std::optional<double> players;   ///< monthly active players
    std::optional<double> sessions;  ///< sessions per player per month
    std::optional<double> messages;  ///< NPC messages per session
    std::optional<double> tokensIn;  ///< prompt tokens per message
    std::optional<double> tokensOut; ///< reply tokens per message
    std::string payer;               ///< author | player
    bool sensitivity = false;  ///< stability intervals and win probabilities
    std::string saveScenarioPath; ///< write the scenario used to this file
    std::string format = "table"; ///< table | json | csv
    std::string pdfPath;       ///< also write a PDF report here when not empty
    std::string lang = "en";   ///< language of the PDF report: en | tr
};

/** What `modelscout-cli weights` was asked to do. */
struct WeightsOptions {
    std::string roc;      ///< criteria ids, most important first, ties joined with '=': "a,b=c,d"
    std::string ahpPath;  ///< a pairwise-comparison JSON file
};

/** Runs `weights`: prints rank-order-centroid or AHP weights (and AHP's consistency
 *  ratio), and a --weights argument to paste. ExitOk, or ExitBadInput for bad input. */
int runWeights(const WeightsOptions& options, std::ostream& out, std::ostream& err);

/** Runs `rank`: loads the catalog, ranks it, prints the ranking to `out` and
 *  diagnostics to `err`. Returns an ExitCode. Writing the PDF starts a
 *  QGuiApplication on the offscreen platform unless QT_QPA_PLATFORM is set. */
int runRank(const RankOptions& options, std::ostream& out, std::ostream& err);

/** Runs `check FILE`: validates a catalog and prints every diagnostic. ExitOk when it
 *  has no errors (warnings allowed), ExitBadInput otherwise. */
int runCheck(const std::string& path, std::ostream& out, std::ostream& err);

} // namespace ms::cli
