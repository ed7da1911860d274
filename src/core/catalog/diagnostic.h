// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace ms {

enum class Severity { Error, Warning };

/** One finding about an input file: where it is and what was expected.
 *  `line` and `column` are 1-based; 0 means unknown. `pointer` is an RFC 6901 JSON
 *  pointer ("" for the whole document). */
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;
    std::string pointer;
    int line = 0;
    int column = 0;
    std::string message;

    /** "file:line:col: error: at /pointer: message" (parts that are unknown are left out). */
    [[nodiscard]] std::string toString() const;
};

/** True when any diagnostic is an error. */
bool hasErrors(const std::vector<Diagnostic>& diagnostics);

/** All diagnostics, one per line, in toString() form. */
std::string formatDiagnostics(const std::vector<Diagnostic>& diagnostics);

} // namespace ms
