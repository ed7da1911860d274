// SPDX-License-Identifier: MIT
// Catalog loading on a 10,000-alternative catalog generated in memory from the bundled
// catalog's criteria and sources: ms::loadCatalogFromText (checked parse, validation,
// building the Catalog) against a bare nlohmann::json::parse of the same text. Target:
// the loader within 1.3x of the bare parse. Figures: docs/performance.md.
//
//   build/bench/bench_catalog_load --benchmark_repetitions=7 --benchmark_report_aggregates_only=true
//
// For instruction counts (valgrind callgrind), three single-shot modes replace the
// benchmarks: write a generated catalog of N alternatives to a file, then load it once
// or parse it bare once (each reads the file, does the work and frees the result):
//   build/bench/bench_catalog_load --write-catalog 2000 /tmp/catalog-2000.json
//   valgrind --tool=callgrind build/bench/bench_catalog_load --load-once /tmp/catalog-2000.json
//   valgrind --tool=callgrind build/bench/bench_catalog_load --parse-once /tmp/catalog-2000.json
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "core/catalog/layers.h"
#include "core/catalog/loader.h"

namespace {

constexpr int kAlternatives = 10000;

/** A valid catalog of `count` alternatives with a fact for every bundled criterion (the
 *  value cycling through its type's range; about one in eight unknown), a note on some,
 *  and three details each, indented like a hand-written file. */
std::string generateCatalog(int count)
{
    std::ifstream in(std::string(MODELSCOUT_BUNDLED_DATA_DIR) + "/catalog.json", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const nlohmann::json bundled = nlohmann::json::parse(ss.str());

    nlohmann::ordered_json c;
    c["format"] = "modelscout-catalog";
    c["format_version"] = 1;
    c["catalog_version"] = "bench.1";
    c["title"] = "Generated catalog for the loading benchmark";
    c["as_of"] = "2026-11";
    c["sources"] = bundled.at("sources");
    c["criteria"] = bundled.at("criteria");
    const auto& sources = bundled.at("sources");
    const char* kinds[] = {"local_model", "online_api", "character_service"};
    auto& alternatives = c["alternatives"] = nlohmann::ordered_json::array();
    for (int i = 0; i < count; ++i) {
        nlohmann::ordered_json a;
        const std::string n = std::to_string(i);
        a["id"] = "alt-" + n;
        a["name"] = "Alternative " + n;
        a["kind"] = kinds[i % 3];
        a["vendor"] = "Vendor " + std::to_string(i % 97);
        a["homepage"] = "https://example.org/" + n;
        a["status"] = "public";
        a["summary"] = {{"en", "A generated alternative number " + n + " for timing the loader."}};
        nlohmann::ordered_json facts = nlohmann::ordered_json::object();
        int k = 0;
        for (const auto& cr : bundled.at("criteria")) {
            ++k;
            nlohmann::ordered_json f;
            const std::string type = cr.at("type");
            if ((i + k) % 8 == 0) {
                f["value"] = nullptr;
            } else if (type == "boolean") {
                f["value"] = (i + k) % 2 == 0;
            } else if (type == "ordinal") {
                const auto& levels = cr.at("levels");
                f["value"] = levels[static_cast<std::size_t>(i + k) % levels.size()];
            } else if (cr.value("unlimited", false) && (i + k) % 5 == 0) {
                f["value"] = "unlimited";
            } else {
                const double lo = cr.at("bounds")[0].get<double>();
                const double hi = cr.at("bounds")[1].get<double>();
                f["value"] = lo + (hi - lo) * static_cast<double>((i * 7 + k * 13) % 101) / 100.0;
            }
            if (!f["value"].is_null()) {
                f["source"] = sources[static_cast<std::size_t>(i + k) % sources.size()].at("id");
                f["as_of"] = (i % 2) ? "2023-10" : "2026-11-29";
                if ((i + k) % 4 == 0)
                    f["note"] = "Generated note for criterion " + cr.at("id").get<std::string>() + ".";
            }
            facts[cr.at("id").get<std::string>()] = std::move(f);
        }
        a["facts"] = std::move(facts);
        a["details"] = nlohmann::ordered_json::array({
            {{"key", "parameters"}, {"label", {{"en", "Parameters"}}}, {"value", 7000000000.0 + i}, {"unit", "parameters"},
             {"source", sources[0].at("id")}, {"as_of", "2023-10"}},
            {{"key", "licence"}, {"value", "Apache-2.0"}, {"source", sources[0].at("id")}, {"as_of", "2023-10"}},
            {{"key", "self_hosted"}, {"value", i % 3 == 0}, {"source", sources[0].at("id")}, {"as_of", "2023-10"}},
        });
        alternatives.push_back(std::move(a));
    }
    return c.dump(2) + "\n";
}

const std::string& catalogText()
{
    static const std::string text = [] {
        std::string t = generateCatalog(kAlternatives);
        const auto check = ms::loadCatalogFromText(t, "generated.json");
        if (!check.ok() || !check.diagnostics.empty())
            throw std::runtime_error("the generated catalog does not load cleanly:\n"
                                     + ms::formatDiagnostics(check.diagnostics));
        return t;
    }();
    return text;
}

void BM_BareJsonParse(benchmark::State& state)
{
    const std::string& text = catalogText();
    for (auto _ : state) {
        nlohmann::json j = nlohmann::json::parse(text);
        benchmark::DoNotOptimize(j);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
    state.counters["bytes"] = static_cast<double>(text.size());
}
BENCHMARK(BM_BareJsonParse)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_LoadCatalogFromText(benchmark::State& state)
{
    const std::string& text = catalogText();
    for (auto _ : state) {
        ms::CatalogLoadResult r = ms::loadCatalogFromText(text, "generated.json");
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_LoadCatalogFromText)->Unit(benchmark::kMillisecond)->UseRealTime();

/** Merging the 10,000 alternatives with an update layer that replaces one fact of each
 *  and a user layer of one override (the work loadLayeredCatalog adds to loading; it
 *  moves the first layer instead of copying it). */
void BM_MergeLayers(benchmark::State& state)
{
    const ms::Catalog base = *ms::loadCatalogFromText(catalogText(), "generated.json").catalog;
    ms::Catalog update = base;
    for (auto& a : update.alternatives) {
        auto first = a.facts.begin();
        a.facts = {{first->first, first->second}};
        a.details.clear();
    }
    ms::Override o;
    o.alternative = base.alternatives.front().id;
    o.criterion = base.criteria.front().id;
    o.value = ms::FactValue::ofNumber(1);
    o.asOf = "2026-11-29";
    const std::vector<ms::CatalogLayer> layers = {
        {"bundled", base, {}}, {"update", update, {}}, {"user", ms::overridesLayer({o}, base), {}}};
    for (auto _ : state) {
        std::vector<ms::Diagnostic> diagnostics;
        ms::Catalog merged = ms::mergeLayers(layers, diagnostics); // includes copying the first layer
        benchmark::DoNotOptimize(merged);
    }
}
BENCHMARK(BM_MergeLayers)->Unit(benchmark::kMillisecond)->UseRealTime();

std::string readWholeFile(const char* path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--write-catalog") == 0) {
        std::ofstream(argv[3], std::ios::binary) << generateCatalog(std::stoi(argv[2]));
        return 0;
    }
    if (argc == 3 && std::strcmp(argv[1], "--load-once") == 0) {
        const std::string text = readWholeFile(argv[2]);
        const ms::CatalogLoadResult r = ms::loadCatalogFromText(text, argv[2]);
        std::printf("%zu alternatives, %zu diagnostics\n", r.ok() ? r.catalog->alternatives.size() : 0,
                    r.diagnostics.size());
        return r.ok() && r.diagnostics.empty() ? 0 : 1;
    }
    if (argc == 3 && std::strcmp(argv[1], "--parse-once") == 0) {
        const std::string text = readWholeFile(argv[2]);
        const nlohmann::json j = nlohmann::json::parse(text);
        std::printf("%zu alternatives\n", j.at("alternatives").size());
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
