// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <string>

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
    std::string weights;       ///< "id=w,id=w"; overrides the profile's weights it names
    std::string profile;       ///< a profile id of the catalog; empty: equal weights
    std::string format = "table"; ///< table | json | csv
    std::string pdfPath;       ///< also write a PDF report here when not empty
    std::string lang = "en";   ///< language of the PDF report: en | tr
};

/** Runs `rank`: loads the catalog, ranks it, prints the ranking to `out` and
 *  diagnostics to `err`. Returns an ExitCode. Writing the PDF starts a
 *  QGuiApplication on the offscreen platform unless QT_QPA_PLATFORM is set. */
int runRank(const RankOptions& options, std::ostream& out, std::ostream& err);

/** Runs `check FILE`: validates a catalog and prints every diagnostic. ExitOk when it
 *  has no errors (warnings allowed), ExitBadInput otherwise. */
int runCheck(const std::string& path, std::ostream& out, std::ostream& err);

} // namespace ms::cli
