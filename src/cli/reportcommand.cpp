// SPDX-License-Identifier: MIT
#include "cli/reportcommand.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <system_error>
#include <variant>

#include <QGuiApplication>

#include "cli/rankcommand.h"
#include "core/report/renderers.h"
#include "core/report/report.h"
#include "core/report/reporttext.h"
#include "report/pdfreport.h"

namespace ms::cli {

namespace {

/** The scenario's name in the report's language; empty lets the report use the profile's
 *  own label. */
std::string scenarioLabel(const Catalog& catalog, const Scenario& scenario, const ReportCommandOptions& options)
{
    const ReportTexts& t = reportTexts(options.lang);
    const bool adjusted = !options.weights.empty();
    if (const Profile* profile = catalog.profile(scenario.profile))
        return adjusted ? profile->label.get(options.lang) + " (" + t.adjusted + ")" : std::string();
    if (!options.scenarioPath.empty()) {
        const std::string name = std::filesystem::path(options.scenarioPath).filename().string();
        return adjusted ? name + " (" + t.adjusted + ")" : name;
    }
    return adjusted ? t.customWeights : t.equalWeights;
}

/** Writes `text` to `path` through a temporary file in the same folder, so that a failure
 *  never leaves half a report behind. Returns an error message, or empty. */
std::string writeTextFile(const std::string& path, const std::string& text)
{
    const std::filesystem::path target(path);
    std::filesystem::path temporary = target;
    temporary += ".part";
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        if (!file)
            return "cannot write the report to '" + path + "': the file cannot be created";
        file << text;
        file.flush();
        if (!file) {
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            return "cannot write the report to '" + path + "': writing failed";
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, target, error);
    if (error) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        return "cannot write the report to '" + path + "': " + error.message();
    }
    return {};
}

} // namespace

int runReport(const ReportCommandOptions& options, std::ostream& out, std::ostream& err)
{
    if (options.outputPath.empty()) {
        err << "modelscout-cli: error: report: name the output file with -o FILE\n";
        return ExitUsage;
    }
    if (options.outputPath == "-" && options.format == "pdf") {
        err << "modelscout-cli: error: report: a PDF cannot be written to standard output; name a file with -o\n";
        return ExitUsage;
    }
    const std::optional<Catalog> catalog = loadCatalogOrReport(options.catalogPath, err);
    if (!catalog)
        return ExitBadInput;
    std::string weightsLabel;
    const std::optional<Scenario> scenario = buildScenario(*catalog, options, weightsLabel, err);
    if (!scenario)
        return ExitBadInput;

    ReportOptions reportOptions;
    reportOptions.language = options.lang;
    reportOptions.topN = options.top;
    reportOptions.generatedAt = options.generatedAt;
    reportOptions.appVersion = MODELSCOUT_VERSION;
    reportOptions.scenarioLabel = scenarioLabel(*catalog, *scenario, options);
    reportOptions.includeSensitivity = options.sensitivity;
    auto built = buildReport(*catalog, *scenario, reportOptions);
    if (const auto* e = std::get_if<RankingError>(&built)) {
        err << "modelscout-cli: error: " << e->message << "\n";
        return ExitBadInput;
    }
    const Report& report = std::get<Report>(built);

    if (options.format == "pdf") {
        // No display is needed for a PDF: use the offscreen platform unless told otherwise.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        int argc = 1;
        char name[] = "modelscout-cli";
        char* argv[] = { name, nullptr };
        QGuiApplication app(argc, argv);
        PdfOptions pdfOptions;
        pdfOptions.paper = options.paper == "letter" ? PaperSize::Letter : PaperSize::A4;
        pdfOptions.charts = options.charts;
        const std::string error = writeReportPdf(report, options.outputPath, pdfOptions);
        if (!error.empty()) {
            err << "modelscout-cli: error: " << error << "\n";
            return ExitBadInput;
        }
    } else {
        std::string text;
        if (options.format == "html")
            text = renderHtml(report);
        else if (options.format == "md")
            text = renderMarkdown(report);
        else if (options.format == "csv")
            text = renderCsv(report);
        else
            text = renderJson(report);
        if (options.outputPath == "-") {
            out << text;
            return out ? ExitOk : ExitBadInput;
        }
        if (const std::string error = writeTextFile(options.outputPath, text); !error.empty()) {
            err << "modelscout-cli: error: " << error << "\n";
            return ExitBadInput;
        }
    }
    out << "Report (" << options.format << ", " << report.rows.size() << " ranked) written to " << options.outputPath
        << "\n";
    return ExitOk;
}

} // namespace ms::cli
