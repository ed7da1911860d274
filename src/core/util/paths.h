// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

namespace ms {

/** The user's data folder, shared by the GUI and the CLI:
 *
 *  1. `$MODELSCOUT_DATA_HOME` when set and not empty (tests, portable installs);
 *  2. else `$XDG_DATA_HOME/ModelScout/ModelScout` when `XDG_DATA_HOME` is set and not empty;
 *  3. else `$HOME/.local/share/ModelScout/ModelScout` (`/.local/share/...` without `HOME`).
 *
 *  2 and 3 are exactly what Qt 6 returns for `QStandardPaths::AppDataLocation` on Linux
 *  with organisation "ModelScout" and application "ModelScout" (src/app/main.cpp):
 *  `<GenericDataLocation>/<organisation>/<application>`, GenericDataLocation being
 *  `$XDG_DATA_HOME` taken as given (Qt 6.4 uses even a relative value as is) or
 *  `$HOME/.local/share`. So a file the CLI writes here the GUI reads, and back.
 *
 *  What lives there (see userDataLayout below; nothing is created by this call):
 *  `update/catalog.json` (the downloaded catalog update), `imports/<name>.json` (imported
 *  catalogs, one file each), `overrides.json` (the user's own figures). */
std::filesystem::path userDataDir();

/** The files of the data folder `dataDir`. */
struct UserDataLayout {
    std::filesystem::path updateCatalog; ///< dataDir/update/catalog.json
    std::filesystem::path importsDir;    ///< dataDir/imports
    std::filesystem::path overrides;     ///< dataDir/overrides.json
};
UserDataLayout userDataLayout(const std::filesystem::path& dataDir);

} // namespace ms
