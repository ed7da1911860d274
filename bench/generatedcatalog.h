// SPDX-License-Identifier: MIT
// The catalogs the engine and GUI benchmarks rank: the bundled one, and a generated one
// with the bundled criteria and `n` alternatives.
#pragma once

#include <cstddef>
#include <random>
#include <string>
#include <vector>

#include "core/catalog/loader.h"

namespace bench {

/** The bundled catalog (data/catalog.json), loaded once. */
inline const ms::Catalog& bundled()
{
    static const ms::Catalog catalog =
        *ms::loadCatalogFromFile(std::string(MODELSCOUT_BUNDLED_DATA_DIR) + "/catalog.json").catalog;
    return catalog;
}

/** The bundled catalog's criteria with `n` alternatives copied from its own, each numeric
 *  fact jittered within its criterion's bounds (seeded, so every run ranks the same
 *  catalog and scores differ); ids and names made unique with the copy's number. */
inline ms::Catalog generated(std::size_t n)
{
    ms::Catalog c = bundled();
    const std::vector<ms::Alternative> seeds = c.alternatives;
    c.alternatives.clear();
    c.alternatives.reserve(n);
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (std::size_t i = 0; i < n; ++i) {
        ms::Alternative a = seeds[i % seeds.size()];
        a.id += "-" + std::to_string(i);
        a.name += " " + std::to_string(i);
        for (auto& [id, fact] : a.facts) {
            const ms::Criterion* cr = c.criterion(id);
            if (cr->type == ms::CriterionType::Numeric && fact.value.kind == ms::FactValue::Kind::Number)
                fact.value.number = cr->lower + unit(rng) * (cr->upper - cr->lower);
        }
        c.alternatives.push_back(std::move(a));
    }
    return c;
}

} // namespace bench
