// SPDX-License-Identifier: MIT
#include "core/catalog/diagnostic.h"

#include <algorithm>

namespace ms {

std::string Diagnostic::toString() const
{
    std::string out = file.empty() ? std::string("<input>") : file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0)
            out += ':' + std::to_string(column);
    }
    out += severity == Severity::Error ? ": error: " : ": warning: ";
    if (!pointer.empty())
        out += pointer + ": ";
    out += message;
    return out;
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

std::string formatDiagnostics(const std::vector<Diagnostic>& diagnostics)
{
    std::string out;
    for (const auto& d : diagnostics) {
        out += d.toString();
        out += '\n';
    }
    return out;
}

} // namespace ms
