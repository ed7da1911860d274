// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>

#include "core/catalog/catalog.h"
#include "core/scenario/scenario.h"

namespace ms::gui {

/** Where the window keeps the user's last scenario: `last-scenario.json` in
 *  QStandardPaths::AppDataLocation. */
[[nodiscard]] QString lastScenarioPath();

/** Saves `scenario` (chosen for `catalog`) as a scenario file (ms::scenarioToJson)
 *  through QSaveFile, so a save that is killed leaves the previous file whole (case
 *  C15), and records the catalog's title and version. A scenario whose weights are all
 *  zero is not saved (it could not be loaded back; case C05): the previous file stays.
 *  Returns an empty string, or the reason it was not written. */
QString saveLastScenario(const ms::Scenario& scenario, const ms::Catalog& catalog);

/** The outcome of reading the last scenario back. */
struct RestoredScenario {
    std::optional<ms::Scenario> scenario; ///< set when a scenario was read for this catalog
    QString problem;                      ///< set when a file was there but could not be used
};

/** Reads the last scenario when it was saved for a catalog with `catalog`'s title and
 *  version, with ms::loadScenarioFromText. A file with any diagnostic (a truncated or
 *  edited file) is ignored and `problem` says so; no file or another catalog's file is
 *  neither a scenario nor a problem. */
RestoredScenario loadLastScenario(const ms::Catalog& catalog);

} // namespace ms::gui
