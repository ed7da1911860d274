// SPDX-License-Identifier: MIT
#include "core/util/paths.h"

#include <cstdlib>
#include <string>

namespace ms {

namespace {

/** The variable's value, or empty when it is unset or empty. */
std::string env(const char* name)
{
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

} // namespace

std::filesystem::path userDataDir()
{
    namespace fs = std::filesystem;
    if (const std::string own = env("MODELSCOUT_DATA_HOME"); !own.empty())
        return fs::path(own);
    fs::path dataHome;
    if (const std::string xdg = env("XDG_DATA_HOME"); !xdg.empty()) {
        dataHome = fs::path(xdg);
    } else {
        const std::string home = env("HOME");
        // Qt's QDir::homePath() falls back to the root folder when HOME is unset.
        dataHome = fs::path(home.empty() ? std::string("/") : home) / ".local" / "share";
    }
    return dataHome / "ModelScout" / "ModelScout";
}

UserDataLayout userDataLayout(const std::filesystem::path& dataDir)
{
    return {dataDir / "update" / "catalog.json", dataDir / "imports", dataDir / "overrides.json"};
}

} // namespace ms
