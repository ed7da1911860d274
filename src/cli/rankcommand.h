// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/scenariooptions.h"

namespace ms::cli {

/** Exit codes of modelscout-cli. */
enum ExitCode : int {
    ExitOk = 0,        ///< done
    ExitBadInput = 1,  ///< a catalog, weight or output file was wrong or unwritable
    ExitUsage = 2,     ///< the command line itself was wrong
};

/** What `modelscout-cli rank` was asked to do: the catalog and scenario (ScenarioOptions,
 *  shared with `report`) and what to print. */
struct RankOptions : ScenarioOptions {
    bool explain = false;      ///< say why each alternative ranks above the next
    bool sensitivity = false;  ///< stability intervals and win probabilities
    std::string saveScenarioPath; ///< write the scenario used to this file
    std::string format = "table"; ///< table | json | csv
    std::string pdfPath;       ///< also write a PDF report here when not empty
    std::string lang = "en";   ///< language of the PDF report: en | tr
    bool withUserData = false; ///< merge the user's data folder (update, imports, overrides) onto the catalog
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
