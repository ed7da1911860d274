// SPDX-License-Identifier: MIT
// The decision engine's speed: ranking the bundled catalog under each method, ranking
// 10,000 and 100,000 generated alternatives (a slider move), and the sensitivity
// analysis with 10,000 random weight vectors. Figures: docs/performance.md.
#include <random>

#include <benchmark/benchmark.h>

#include "core/catalog/loader.h"
#include "generatedcatalog.h"
#include "core/decision/ranking.h"
#include "core/decision/rankingengine.h"
#include "core/decision/sensitivity.h"

namespace {

using bench::bundled;
using bench::generated;

void rankBundled(benchmark::State& state)
{
    ms::Scenario s = bundled().profile("guide")->scenario;
    s.method = static_cast<ms::Method>(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(ms::rankAlternatives(bundled(), s));
}
BENCHMARK(rankBundled)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMicrosecond);

void rankGenerated(benchmark::State& state)
{
    const ms::Catalog c = generated(static_cast<std::size_t>(state.range(0)));
    ms::Scenario s = c.profile("guide")->scenario;
    double w = 1.0;
    for (auto _ : state) {
        s.weights["free_quota"] = w; // as a slider move does
        w = w > 5 ? 1.0 : w + 0.5;
        benchmark::DoNotOptimize(ms::rankAlternatives(c, s));
    }
}
BENCHMARK(rankGenerated)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

/** The cached re-ranking (rankingengine.h) for a slider move: weights -> scores ->
 *  order -> ranks, and the first 40 rows' contributions and dominators (what a table
 *  shows). Method as range(1). */
void rerankGenerated(benchmark::State& state)
{
    const ms::Catalog c = generated(static_cast<std::size_t>(state.range(0)));
    ms::Scenario s = c.profile("guide")->scenario;
    s.method = static_cast<ms::Method>(state.range(1));
    ms::RankingEngine engine;
    if (engine.prepare(c, s)) {
        state.SkipWithError("prepare failed");
        return;
    }
    // Warm-up: the first ranking after prepare also finds which of the rows asked for
    // are dominated (cached while the same criteria are weighted); see prepareGenerated.
    if (engine.rank(s.weights)) {
        state.SkipWithError("rank failed");
        return;
    }
    for (std::size_t p = 0; p < 40 && p < engine.size(); ++p)
        benchmark::DoNotOptimize(engine.row(p));
    double w = 1.0;
    for (auto _ : state) {
        s.weights["free_quota"] = w;
        w = w > 5 ? 1.0 : w + 0.5;
        if (engine.rank(s.weights)) {
            state.SkipWithError("rank failed");
            return;
        }
        for (std::size_t p = 0; p < 40 && p < engine.size(); ++p)
            benchmark::DoNotOptimize(engine.row(p));
    }
}
BENCHMARK(rerankGenerated)->Args({10000, 0})->Args({100000, 0})->Args({100000, 1})->Args({100000, 2})->Unit(benchmark::kMillisecond);

/** Preparing the engine (constraints, both matrices) once per catalog or scenario shape. */
void prepareGenerated(benchmark::State& state)
{
    const ms::Catalog c = generated(static_cast<std::size_t>(state.range(0)));
    const ms::Scenario s = c.profile("guide")->scenario;
    for (auto _ : state) {
        ms::RankingEngine engine;
        benchmark::DoNotOptimize(engine.prepare(c, s));
    }
}
BENCHMARK(prepareGenerated)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

void sensitivityBundled(benchmark::State& state)
{
    const ms::Scenario s = bundled().profile("guide")->scenario;
    for (auto _ : state)
        benchmark::DoNotOptimize(ms::analyseSensitivity(bundled(), s));
}
BENCHMARK(sensitivityBundled)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
