// SPDX-License-Identifier: MIT
#include "cli/importcommand.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "cli/rankcommand.h"
#include "core/catalog/catalogjson.h"
#include "core/catalog/importfile.h"
#include "core/catalog/importers.h"
#include "core/catalog/loader.h"

namespace ms::cli {

namespace {

constexpr std::uintmax_t kMaxInputBytes = 64u * 1024 * 1024;

std::string twoDigits(unsigned v)
{
    return std::string(1, static_cast<char>('0' + v / 10)) + static_cast<char>('0' + v % 10);
}

/** Today's date in UTC, "YYYY-MM-DD" (locale-free). */
std::string todayUtc()
{
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd { today };
    return std::to_string(static_cast<int>(ymd.year())) + "-" + twoDigits(static_cast<unsigned>(ymd.month())) + "-"
        + twoDigits(static_cast<unsigned>(ymd.day()));
}

bool readWholeFile(const std::string& path, std::string& text, std::ostream& err)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        err << path << ": error: cannot read the file: " << ec.message() << "\n";
        return false;
    }
    if (size > kMaxInputBytes) {
        err << path << ": error: the file is " << std::to_string(size) << " bytes; a model list may be at most "
            << std::to_string(kMaxInputBytes) << " bytes\n";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        err << path << ": error: cannot open the file for reading\n";
        return false;
    }
    text.resize(static_cast<std::size_t>(size));
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return true;
}

/** Writes `text` to `<path>.tmp` and renames it over `path`, so a reader never sees a
 *  half-written catalog. Returns an error message, or "" on success. */
std::string writeAtomically(const std::string& path, const std::string& text)
{
    const std::string tmp = path + ".tmp";
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        if (!f)
            return "cannot open " + tmp + " for writing";
        f.write(text.data(), static_cast<std::streamsize>(text.size()));
        f.flush();
        if (!f) {
            f.close();
            std::error_code ignored;
            std::filesystem::remove(tmp, ignored);
            return "cannot write " + tmp;
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(tmp, ignored);
        return "cannot rename " + tmp + " to " + path + ": " + ec.message();
    }
    return {};
}

} // namespace

std::optional<std::string> dateFromFileName(std::string_view path)
{
    return ms::dateFromFileName(path);
}

int runImport(const ImportOptions& options, std::ostream& out, std::ostream& err)
{
    const auto format = importFormatFromString(options.from);
    if (!format) {
        err << "modelscout-cli: error: --from: expected litellm, openrouter or gpt4all, found \"" << options.from
            << "\"\n";
        return ExitBadInput;
    }
    std::string asOf = options.asOf;
    if (asOf.empty())
        asOf = dateFromFileName(options.inputPath).value_or(todayUtc());

    const std::filesystem::path templatePath = bundledCatalogPath();
    if (templatePath.empty()) {
        err << "modelscout-cli: error: the bundled catalog (whose criteria the import uses) was not found; "
               "set MODELSCOUT_DATA_DIR to the folder that holds catalog.json\n";
        return ExitBadInput;
    }
    CatalogLoadResult bundled = loadCatalogFromFile(templatePath);
    if (!bundled.ok()) {
        err << formatDiagnostics(bundled.diagnostics);
        err << "modelscout-cli: error: the bundled catalog " << templatePath.string() << " was not loaded\n";
        return ExitBadInput;
    }

    std::string text;
    if (!readWholeFile(options.inputPath, text, err))
        return ExitBadInput;
    ImportResult result = importCatalog(text, *format, options.inputPath, asOf, *bundled.catalog);
    err << formatDiagnostics(result.diagnostics);
    if (!result.ok()) {
        err << "modelscout-cli: error: " << options.inputPath << " was not imported\n";
        return ExitBadInput;
    }

    const std::string json = catalogToJson(*result.catalog);
    // The output must be a catalog this program loads: check before replacing anything.
    const CatalogLoadResult check = loadCatalogFromText(json, options.outputPath);
    if (!check.ok()) {
        err << formatDiagnostics(check.diagnostics);
        err << "modelscout-cli: error: the imported catalog does not validate; " << options.outputPath
            << " was not written\n";
        return ExitBadInput;
    }
    if (const std::string error = writeAtomically(options.outputPath, json); !error.empty()) {
        err << "modelscout-cli: error: " << error << "\n";
        return ExitBadInput;
    }
    out << "imported " << std::to_string(result.imported) << " alternatives, skipped " << std::to_string(result.skipped)
        << (result.skipped > 0 ? " (see warnings)" : "") << "\n";
    out << "wrote " << options.outputPath << " (as of " << asOf << ")\n";
    return ExitOk;
}

} // namespace ms::cli
