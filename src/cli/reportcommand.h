// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>

#include "cli/scenariooptions.h"

namespace ms::cli {

/** What `modelscout-cli report` was asked to do. */
struct ReportCommandOptions : ScenarioOptions {
    std::string format = "pdf";   ///< pdf | html | md | csv | json
    std::string outputPath;       ///< the file to write; "-" writes a text format to stdout
    std::string lang = "en";      ///< en | tr
    std::string paper = "a4";     ///< a4 | letter (PDF only)
    std::size_t top = 5;          ///< alternatives explained in detail
    bool sensitivity = true;      ///< stability intervals and win probabilities
    bool charts = true;           ///< contribution bars and radar (PDF only)
    std::string generatedAt;      ///< ISO date-time to print; empty: now (UTC)
};

/** Runs `report`: loads the catalog, builds the scenario (as `rank` does), builds the
 *  report model (core/report/report.h) and writes it in `format` to the output file
 *  (atomically for PDF; text formats are written to a temporary file and renamed).
 *  Diagnostics go to `err`, a confirmation to `out`. Returns ExitOk, or ExitBadInput for
 *  a bad catalog, scenario, weights or an unwritable file. Writing a PDF starts a
 *  QGuiApplication on the offscreen platform unless QT_QPA_PLATFORM is set. */
int runReport(const ReportCommandOptions& options, std::ostream& out, std::ostream& err);

} // namespace ms::cli
