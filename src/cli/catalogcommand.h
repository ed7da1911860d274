// SPDX-License-Identifier: MIT
#pragma once
// `modelscout-cli catalog stale | override | layers`, and the layered loading behind
// `rank --with-user-data`.

#include <iosfwd>
#include <optional>
#include <string>

#include "core/catalog/catalog.h"

namespace CLI {
class App;
}

namespace ms::cli {

/** What the `catalog` subcommands were asked to do. */
struct CatalogCommandOptions {
    std::string catalogPath;   ///< the bottom layer (or, without --with-user-data, the only one); empty: bundled
    bool withUserData = false; ///< stale: add the layers of the user's data folder
    int months = 12;           ///< stale: the threshold in months
    std::string today;         ///< stale: "YYYY-MM-DD"; empty: today in UTC
    std::string alternative;   ///< override: the alternative id
    std::string criterion;     ///< override: a criterion id, or a detail key of the alternative
    std::string value;         ///< override: the value as typed
    std::string note;          ///< override: why
    std::string asOf;          ///< override: the value's date; empty: today in UTC
};

/** The `catalog` subcommand and its three subcommands, as registered with CLI11. */
struct CatalogCommand {
    CLI::App* group = nullptr;
    CLI::App* stale = nullptr;
    CLI::App* override_ = nullptr;
    CLI::App* layers = nullptr;
};

/** Registers `catalog stale|override|layers` on `app`, storing into `options`. */
CatalogCommand addCatalogCommand(CLI::App& app, CatalogCommandOptions& options);

/** Runs whichever `catalog` subcommand was parsed. Returns an ExitCode (rankcommand.h). */
int runCatalogCommand(const CatalogCommand& command, const CatalogCommandOptions& options, std::ostream& out,
                      std::ostream& err);

/** `catalog stale`: "N of M facts are older than T months:" and one line per stale fact
 *  ("  <name>: <criterion>, as of <date>, <k> months old"; details "detail <key>"; the
 *  layer in brackets when layered). ExitOk, or ExitBadInput for a bad catalog or date. */
int runCatalogStale(const CatalogCommandOptions& options, std::ostream& out, std::ostream& err);

/** `catalog override ALT CRITERION VALUE`: checks the value against the criterion's type
 *  (true/false; a number with '.' or, where allowed, "unlimited"; a level) or, for a
 *  detail key of ALT, reads true/false/a number/else text; then adds or replaces the
 *  override in the user's overrides.json, written atomically. ExitOk or ExitBadInput. */
int runCatalogOverride(const CatalogCommandOptions& options, std::ostream& out, std::ostream& err);

/** `catalog layers`: the data folder, every layer found (lowest first) with how many
 *  facts it supplies to the merged catalog, or why it was skipped. */
int runCatalogLayers(const CatalogCommandOptions& options, std::ostream& out, std::ostream& err);

/** The catalog `rank --with-user-data` ranks: `bottomPath` (empty: the bundled catalog)
 *  with the layers of userDataDir() merged on top. Diagnostics go to `err`; nullopt
 *  when no layer loaded. */
std::optional<Catalog> loadLayeredForCli(const std::string& bottomPath, std::ostream& err);

} // namespace ms::cli
