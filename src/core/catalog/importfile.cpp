// SPDX-License-Identifier: MIT
#include "core/catalog/importfile.h"

#include <regex>

namespace ms {

std::string importFormatId(ImportFormat format)
{
    switch (format) {
    case ImportFormat::LiteLlm:
        return "litellm";
    case ImportFormat::OpenRouter:
        return "openrouter";
    case ImportFormat::Gpt4All:
        return "gpt4all";
    }
    return "import";
}

std::filesystem::path importLayerPath(const std::filesystem::path& dataDir, ImportFormat format)
{
    return dataDir / "imports" / (importFormatId(format) + ".json");
}

std::optional<std::string> dateFromFileName(std::string_view path)
{
    std::string name(path);
    if (const auto slash = name.find_last_of("/\\"); slash != std::string::npos)
        name.erase(0, slash + 1);
    // A date not glued to other digits: "_2026-03." or "2026-08-01".
    static const std::regex re(R"((^|[^0-9])([0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)(?![0-9]))");
    std::smatch m;
    if (std::regex_search(name, m, re))
        return m[2].str();
    return std::nullopt;
}

} // namespace ms
