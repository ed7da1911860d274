// SPDX-License-Identifier: MIT
// The recommendation report for a catalog of 50 alternatives (the bundled catalog's 15,
// repeated with new ids and names): building the model, the PDF with charts, and the text
// renderers. Targets (docs/performance.md): PDF under 250 ms and under 150 KB.
#include <cstdio>
#include <filesystem>
#include <string>
#include <variant>

#include <benchmark/benchmark.h>

#include <QGuiApplication>

#include "core/catalog/loader.h"
#include "core/report/renderers.h"
#include "core/report/report.h"
#include "report/pdfreport.h"

namespace {

/** The bundled catalog grown to `count` alternatives, and its guide profile. */
struct Input {
    ms::Catalog catalog;
    ms::Scenario scenario;
};

const Input& input50()
{
    static const Input input = [] {
        Input in;
        const ms::CatalogLoadResult loaded
            = ms::loadCatalogFromFile(std::filesystem::path(MODELSCOUT_BUNDLED_DATA_DIR) / "catalog.json");
        if (!loaded.ok()) {
            std::fprintf(stderr, "bench_report: the bundled catalog did not load\n");
            std::exit(1);
        }
        in.catalog = *loaded.catalog;
        const std::size_t base = in.catalog.alternatives.size();
        for (std::size_t i = base; i < 50; ++i) {
            ms::Alternative a = loaded.catalog->alternatives[i % base];
            a.id += "-" + std::to_string(i);
            a.name += " #" + std::to_string(i);
            in.catalog.alternatives.push_back(std::move(a));
        }
        in.scenario = in.catalog.profile("guide")->scenario;
        return in;
    }();
    return input;
}

ms::ReportOptions options()
{
    ms::ReportOptions o;
    o.generatedAt = "2026-11-29T10:00:00Z";
    o.appVersion = "bench";
    return o; // sensitivity on: 10,000 samples
}

const ms::Report& report50()
{
    static const ms::Report report
        = std::get<ms::Report>(ms::buildReport(input50().catalog, input50().scenario, options()));
    return report;
}

void BM_BuildReport50(benchmark::State& state)
{
    for (auto _ : state) {
        auto report = ms::buildReport(input50().catalog, input50().scenario, options());
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_BuildReport50)->Unit(benchmark::kMillisecond);

void BM_PdfWithCharts50(benchmark::State& state)
{
    const std::string path = (std::filesystem::temp_directory_path() / "bench_report_50.pdf").string();
    const ms::Report& report = report50();
    for (auto _ : state) {
        const std::string error = ms::writeReportPdf(report, path);
        if (!error.empty()) {
            state.SkipWithError(error.c_str());
            break;
        }
    }
    state.counters["bytes"] = static_cast<double>(std::filesystem::file_size(path));
    std::filesystem::remove(path);
}
BENCHMARK(BM_PdfWithCharts50)->Unit(benchmark::kMillisecond);

void BM_BuildAndPdf50(benchmark::State& state)
{
    const std::string path = (std::filesystem::temp_directory_path() / "bench_report_50b.pdf").string();
    for (auto _ : state) {
        const auto report = std::get<ms::Report>(ms::buildReport(input50().catalog, input50().scenario, options()));
        benchmark::DoNotOptimize(ms::writeReportPdf(report, path));
    }
    std::filesystem::remove(path);
}
BENCHMARK(BM_BuildAndPdf50)->Unit(benchmark::kMillisecond);

template <std::string (*Render)(const ms::Report&)> void BM_Text50(benchmark::State& state)
{
    const ms::Report& report = report50();
    std::size_t bytes = 0;
    for (auto _ : state) {
        const std::string text = Render(report);
        bytes = text.size();
        benchmark::DoNotOptimize(text.data());
    }
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_Text50<ms::renderMarkdown>)->Name("BM_Markdown50")->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Text50<ms::renderHtml>)->Name("BM_Html50")->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Text50<ms::renderCsv>)->Name("BM_Csv50")->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Text50<ms::renderJson>)->Name("BM_Json50")->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDF writer needs one
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
